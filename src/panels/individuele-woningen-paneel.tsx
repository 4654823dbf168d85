/**
 * The side-panel section "Individuele woningen" (draagkrachtscan and beheer): per buurt the homes of individual
 * clients, zelfstandig wonen met huur-/zorgovereenkomst and Wonen eerst. They are never points: the API sends counts
 * per buurt only, below 5 as "minder dan 5", and the section shows no total, so no hidden count can be worked out.
 */
import { useId, useState } from 'react';
import { useIndividueleWoningen } from '../api/individuele-woningen';
import { useSessie } from '../api/sessie';
import type { Telling } from '../contract/common';
import type { IndividueleWoningenBuurt } from '../contract/gebied';
import { toonDatumKort } from '../domain/datalagen';
import { RECHTEN } from '../domain/roles';
import { MINDER_DAN_5 } from '../domain/rgw-tabel';
import type { NieuwDoel } from '../map/kaart-doel';
import { buurtNaam, doelVoorBuurtSleutel } from './buurt-naam';
import { DataTabel, type Kolom } from './data-tabel';

export interface IndividueleWoningenPaneelProps {
  onDoel?: (doel: NieuwDoel) => void;
}

/** Sorts a suppressed count between 0 and 5, so "minder dan 5" stands among the small ones. */
function sorteerwaarde(t: Telling): number {
  return t.onderdrukt ? 2.5 : t.aantal;
}

function toon(t: Telling): string {
  return t.onderdrukt ? MINDER_DAN_5 : t.aantal.toLocaleString('nl-NL');
}

const KOLOMMEN: readonly Kolom<IndividueleWoningenBuurt>[] = [
  { id: 'buurt', kop: 'Buurt', waarde: (b) => buurtNaam(b.buurt) ?? b.buurt },
  {
    id: 'huurzorg',
    kop: 'Met huur-/zorgovereenkomst',
    waarde: (b) => sorteerwaarde(b.zelfstandigMetHuurzorg),
    toon: (b) => toon(b.zelfstandigMetHuurzorg),
    numeriek: true,
  },
  {
    id: 'wonen-eerst',
    kop: 'Wonen eerst',
    waarde: (b) => sorteerwaarde(b.wonenEerst),
    toon: (b) => toon(b.wonenEerst),
    numeriek: true,
  },
];

/** Buurten where both counts are a released 0 say nothing: left out, so the table lists where homes are. */
function heeftWoningen(b: IndividueleWoningenBuurt): boolean {
  const leeg = (t: Telling) => !t.onderdrukt && t.aantal === 0;
  return !(leeg(b.zelfstandigMetHuurzorg) && leeg(b.wonenEerst));
}

export function IndividueleWoningenPaneel({ onDoel }: IndividueleWoningenPaneelProps) {
  const { gebruiker } = useSessie();
  const mag = RECHTEN[gebruiker.rol].individueleWoningen;
  const [open, setOpen] = useState(false);
  const [gekozen, setGekozen] = useState<string | null>(null);
  const kopId = useId();
  // Asked for only once the section is opened: most visits never need it.
  const woningen = useIndividueleWoningen(mag && open);
  if (!mag) return null;
  const buurten = woningen.status === 'ok' ? woningen.data.buurten.filter(heeftWoningen) : null;
  return (
    <section className="paneel" aria-labelledby={kopId}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id={kopId} className="paneel__kop-in-samenvatting">
            Individuele woningen per buurt
          </h2>
        </summary>
        <p className="paneel__uitleg">
          Cliënten die zelfstandig wonen met een huur- en zorgovereenkomst, en de woningen van Wonen eerst. Ze
          staan nooit als punt op de kaart: alleen het aantal per buurt, en onder de 5 als &lsquo;
          {MINDER_DAN_5}&rsquo;.
        </p>
        {woningen.status === 'laden' ? (
          <p className="laden" role="status">
            Individuele woningen laden…
          </p>
        ) : null}
        {woningen.status === 'fout' ? (
          <p className="paneel__fout">De aantallen konden niet worden geladen: {woningen.fout.message}</p>
        ) : null}
        {buurten && woningen.status === 'ok' ? (
          <>
            <DataTabel<IndividueleWoningenBuurt>
              bijschrift="Individuele woningen per buurt"
              kolommen={KOLOMMEN}
              rijen={buurten}
              rijSleutel={(b) => b.buurt}
              selectieSleutel={(b) => `buurt:${b.buurt}`}
              geselecteerd={gekozen}
              onSelecteer={(sleutel) => {
                setGekozen(sleutel);
                const doel = doelVoorBuurtSleutel(sleutel);
                if (doel && onDoel) onDoel(doel);
              }}
              standaardSortering={{ kolom: 'huurzorg', richting: 'aflopend' }}
            />
            <p className="paneel__bron">
              Bron: {woningen.data.bron.omschrijving} Peildatum {toonDatumKort(woningen.data.bron.peildatum)}.
            </p>
          </>
        ) : null}
      </details>
    </section>
  );
}
