/** The small layer control on the map: background (our own map or PDOK), PC4 boundaries, and the notice when PDOK cannot be reached. */
import { useId } from 'react';
import type { AchtergrondStatus } from '../app/use-kaart-instellingen';
import { GEBIEDSINDELING } from '../geo/kaartlabels';
import type { Achtergrond } from '../map/basemap-style';

interface Props {
  /** What the user chose. */
  gewenst: Achtergrond;
  status: AchtergrondStatus;
  postcodegebieden: boolean;
  onAchtergrond: (keuze: Achtergrond) => void;
  onPostcodegebieden: (aan: boolean) => void;
}

export const PDOK_ONBEREIKBAAR = 'PDOK is niet bereikbaar; de eigen kaart wordt getoond.';

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

export function Kaartlagen({ gewenst, status, postcodegebieden, onAchtergrond, onPostcodegebieden }: Props) {
  const naam = useId();
  // The radio shows what is on screen: after a failed probe that is our own map again; choosing PDOK retries.
  const aangevinkt: Achtergrond = status === 'onbereikbaar' ? 'eigen' : gewenst;
  const melding = statusTekst(status);
  return (
    <div className="kaartlagen">
      <details className="kaartlagen__paneel">
        <summary>Kaartlagen</summary>
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
            PDOK BRT-Achtergrondkaart (grijs)
          </label>
        </fieldset>
        <label className="kaartlagen__keuze">
          <input
            type="checkbox"
            checked={postcodegebieden}
            onChange={(e) => onPostcodegebieden(e.currentTarget.checked)}
          />
          Postcodegebieden
        </label>
        <p className="kaartlagen__uitleg">
          {GEBIEDSINDELING.bron === 'schematische gebiedsindeling'
            ? 'Schematische gebiedsindeling'
            : 'Gebiedsindeling CBS'}
          {GEBIEDSINDELING.toelichting ? `; ${GEBIEDSINDELING.toelichting}.` : '.'} De PDOK-kaart wordt van
          internet gehaald; de eigen kaart werkt ook zonder verbinding.
        </p>
      </details>
      {/* Always in the DOM, so screen readers announce the notice when it appears. */}
      <p className={melding ? 'kaartlagen__melding' : 'visueel-verborgen'} role="status">
        {melding}
      </p>
    </div>
  );
}
