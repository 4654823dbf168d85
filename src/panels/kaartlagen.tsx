/** The layer control on the map: the role's data layers (on/off, loading, error with retry, source and date), their filters, the background (our own map or PDOK), PC4 boundaries, and the notice when PDOK cannot be reached. */
import { useId, type ReactNode } from 'react';
import { begin } from '../meting/prestatie';
import { bronRegel, datalaag, type DatalaagId } from '../domain/datalagen';
import { GEBIEDSINDELING } from '../geo/gebiedsindeling';
import type { Achtergrond, AchtergrondStatus } from '../map/basemap-style';
import type { LaagToestand } from './laag-toestand';
import { KAARTLAGEN, LEGENDA } from '../domain/publiek-teksten';

interface Props {
  /** What the user chose. */
  gewenst: Achtergrond;
  status: AchtergrondStatus;
  postcodegebieden: boolean;
  onAchtergrond: (keuze: Achtergrond) => void;
  onPostcodegebieden: (aan: boolean) => void;
  /** The data layers this role may see, in DATALAGEN order. */
  datalagen?: readonly LaagToestand[];
  onLaag?: (id: DatalaagId, aan: boolean) => void;
  /** Filters, shown under the data layers (e.g. <WoonvormFilter>); other features add theirs here. */
  filters?: ReactNode;
}

/** One data layer: a checkbox, its state in words, and its source; a failed layer names the problem and can retry alone. */
function Datalaag({
  laag,
  onLaag,
  noot,
}: {
  laag: LaagToestand;
  onLaag: ((id: DatalaagId, aan: boolean) => void) | undefined;
  /** The id of the "one area layer at a time" note, for an area layer. */
  noot?: string | undefined;
}) {
  const statusId = useId();
  return (
    <li className={`datalaag datalaag--${laag.status}`}>
      <label className="kaartlagen__keuze">
        <input
          type="checkbox"
          checked={laag.aan}
          aria-describedby={noot ? `${statusId} ${noot}` : statusId}
          onChange={(e) => {
            begin('laag-wissel');
            onLaag?.(laag.id, e.currentTarget.checked);
          }}
        />
        {laag.titel}
      </label>
      <div id={statusId} className="datalaag__status">
        {laag.status === 'laden' ? (
          <p className="datalaag__laden">
            <span className="draaier" aria-hidden="true" /> laden…
          </p>
        ) : null}
        {laag.status === 'fout' ? (
          <p className="datalaag__fout">Niet geladen: {laag.melding ?? 'onbekende fout'}</p>
        ) : null}
        {laag.status === 'ok' && laag.samenvatting ? <p>{laag.samenvatting}</p> : null}
        {laag.bron ? <p className="datalaag__bron">{bronRegel(laag.bron)}</p> : null}
      </div>
      {laag.status === 'fout' && laag.opnieuw ? (
        <button type="button" className="knop knop--secundair knop--klein" onClick={laag.opnieuw}>
          Opnieuw proberen<span className="visueel-verborgen"> ({laag.titel})</span>
        </button>
      ) : null}
    </li>
  );
}

export const PDOK_ONBEREIKBAAR = KAARTLAGEN.pdokOnbereikbaar;

function statusTekst(status: AchtergrondStatus): string | null {
  switch (status) {
    case 'controleren':
      return 'PDOK-achtergrond laden…';
    case 'onbereikbaar':
      return PDOK_ONBEREIKBAAR;
    case 'eigen':
    case 'pdok':
      return null;
  }
}

export function Kaartlagen({
  gewenst,
  status,
  postcodegebieden,
  onAchtergrond,
  onPostcodegebieden,
  datalagen = [],
  onLaag,
  filters,
}: Props) {
  const naam = useId();
  const gegevensKop = useId();
  // The radio shows what is on screen: after a failed probe that is our own map again; choosing PDOK retries.
  const aangevinkt: Achtergrond = status === 'onbereikbaar' ? 'eigen' : gewenst;
  const melding = statusTekst(status);
  const vlakken = datalagen.filter((l) => datalaag(l.id).soort === 'vlak');
  const vlakkenNoot = useId();
  return (
    <div className="kaartlagen">
      <details className="kaartlagen__paneel">
        <summary>Kaartlagen</summary>
        {datalagen.length > 0 ? (
          <div className="kaartlagen__groep" role="group" aria-labelledby={gegevensKop}>
            <p id={gegevensKop} className="kaartlagen__kop">
              Gegevens
            </p>
            <ul className="datalagen">
              {datalagen.map((laag) => (
                <Datalaag
                  key={laag.id}
                  laag={laag}
                  onLaag={onLaag}
                  noot={vlakken.length > 1 && datalaag(laag.id).soort === 'vlak' ? vlakkenNoot : undefined}
                />
              ))}
            </ul>
            {vlakken.length > 1 ? (
              // Areas cover each other: switching one on switches the others off (datalagen.ts eenVlaklaag).
              <p id={vlakkenNoot} className="kaartlagen__noot">
                Eén vlakkenlaag tegelijk: {vlakken.map((l) => l.titel.replace(/ \(.*\)$/, '')).join(', ')}.
                Een andere aanzetten zet de vorige uit.
              </p>
            ) : null}
          </div>
        ) : null}
        {filters}
        <fieldset className="kaartlagen__groep">
          <legend>Achtergrond</legend>
          <label className="kaartlagen__keuze">
            <input
              type="radio"
              name={naam}
              value="eigen"
              checked={aangevinkt === 'eigen'}
              onChange={() => onAchtergrond('eigen')}
            />
            Eigen kaart
          </label>
          <label className="kaartlagen__keuze">
            <input
              type="radio"
              name={naam}
              value="pdok"
              checked={aangevinkt === 'pdok'}
              onChange={() => onAchtergrond('pdok')}
            />
            {KAARTLAGEN.pdokKeuze}
          </label>
        </fieldset>
        <label className="kaartlagen__keuze">
          <input
            type="checkbox"
            checked={postcodegebieden}
            onChange={(e) => {
              begin('laag-wissel');
              onPostcodegebieden(e.currentTarget.checked);
            }}
          />
          Postcodegebieden
        </label>
        <p className="kaartlagen__uitleg">
          {GEBIEDSINDELING.bron === 'schematische gebiedsindeling'
            ? LEGENDA.grenzenSchematisch
            : LEGENDA.grenzenCbs}
          {GEBIEDSINDELING.toelichting ? ` ${GEBIEDSINDELING.toelichting}.` : ''} {KAARTLAGEN.pdokUitleg}
        </p>
      </details>
      {/* Always in the DOM, so screen readers announce the notice when it appears. */}
      <p className={melding ? 'kaartlagen__melding' : 'visueel-verborgen'} role="status">
        {melding}
      </p>
    </div>
  );
}
