/** The side-panel section holding the facilities layer's table twin, with its own loading and error state. */
import type { ApiFout } from '../api/client';
import type { RolGroepen } from '../domain/symboolgroepen';
import { TabelVoorzieningen } from './tabel-voorzieningen';

interface Props {
  /** The groups on the map (after the filters); null while loading or after a failure. */
  groepen: RolGroepen | null;
  fout: ApiFout | null;
  /** Whether the layer is switched on; the table stays available either way. */
  aan: boolean;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string) => void;
}

/** The id of the table's section, for the skip links that jump there. */
export const TABEL_ANKER = 'tabel-van-de-kaart';

export function VoorzieningenTabelPaneel({ groepen, fout, aan, geselecteerd, onSelecteer }: Props) {
  // The section's error boundary shows the failure with its retry button.
  if (fout) throw fout;
  return (
    // The target of the skip link beside the search (TABEL_ANKER): focusable, so the next Tab lands in the table.
    <section className="paneel" id={TABEL_ANKER} tabIndex={-1} aria-labelledby="tabel-voorzieningen-kop">
      <h2 id="tabel-voorzieningen-kop">Tabel van de kaart</h2>
      {groepen === null ? (
        <p className="laden" role="status">
          Voorzieningen laden…
        </p>
      ) : (
        <>
          <p className="paneel__uitleg">
            {groepen.rol === 'publiek'
              ? 'Elke regel is een postcodegebied op de kaart. Kies een regel om het gebied te tonen.'
              : 'Elke regel is een voorziening op de kaart. Kies een regel om haar op de kaart te tonen.'}
            {aan ? '' : ' De laag staat uit op de kaart.'}
          </p>
          <TabelVoorzieningen groepen={groepen} geselecteerd={geselecteerd} onSelecteer={onSelecteer} />
        </>
      )}
    </section>
  );
}
