/** The five RGW focus areas as presets (fly there, outline it) and their yearly figures beside the average per focus area and the targets of the Uitvoeringsplan, in one compact table; the same for every role. */
import { useId } from 'react';
import { laadRgwKerncijfersOpnieuw, useRgwKerncijfers } from '../api/rgw-kerncijfers';
import type { FocusgebiedCode } from '../contract/gebied';
import { toonDatumKort } from '../domain/datalagen';
import { FOCUSGEBIEDEN, RGW_DOELEN } from '../domain/focusgebieden';
import { kerncijferTabel, toonGetal, type KerncijferTabel } from '../domain/rgw-kerncijfers';
import { toonDatum } from '../domain/rgw-filter';
import { MINDER_DAN_5 } from '../domain/rgw-tabel';
import { doelTotNu, RGW } from '../domain/publiek-teksten';

interface Props {
  focus: FocusgebiedCode | null;
  /** A preset pressed (again: null, all five). */
  onKies: (code: FocusgebiedCode | null) => void;
  /** The year of the figures; null: the year of the peildatum. */
  jaar: number | null;
}

function Kerncijfers({ tabel, focusNaam }: { tabel: KerncijferTabel; focusNaam: string | null }) {
  const lopend = tabel.deelVanJaar < 1;
  const periode = lopend
    ? `${tabel.jaar} t/m ${toonDatum(tabel.tot).replace(/ \d{4}$/, '')}`
    : `${tabel.jaar}`;
  // One target column: for a year in progress the yearly target pro rata, so the figures compare fairly.
  const doel = (rij: KerncijferTabel['rijen'][number]) => (lopend ? rij.doelTotNu : rij.doelJaar);
  return (
    <div className="rgw-kerncijfers">
      {/* A focusable region: if a narrow panel still scrolls sideways, keyboard users can scroll it too. */}
      <div
        className="rgw-kerncijfers__rol"
        role="region"
        aria-label={`Kerncijfers ${tabel.titel}`}
        tabIndex={0}
      >
        <table className="rgw-kerncijfers__tabel">
          <caption>
            Kerncijfers {tabel.titel}, {periode}
          </caption>
          <thead>
            <tr>
              <th scope="col">Kerncijfer</th>
              <th scope="col" className="rgw-getal">
                {focusNaam ?? 'Vijf samen'}
              </th>
              {focusNaam ? (
                <th scope="col" className="rgw-getal">
                  Gemiddeld<span className="visueel-verborgen"> per focusgebied</span>
                </th>
              ) : null}
              <th scope="col" className="rgw-getal">
                {lopend ? 'Doel tot nu' : 'Doel'}
              </th>
            </tr>
          </thead>
          <tbody>
            {tabel.rijen.map((rij) => {
              const d = doel(rij);
              return (
                <tr key={rij.veld}>
                  <th scope="row">{rij.label}</th>
                  <td className="rgw-getal">{rij.waarde === null ? MINDER_DAN_5 : toonGetal(rij.waarde)}</td>
                  {focusNaam ? (
                    <td className="rgw-getal">
                      {rij.gemiddelde === null ? MINDER_DAN_5 : toonGetal(rij.gemiddelde)}
                    </td>
                  ) : null}
                  <td className="rgw-getal">
                    {d === null ? '–' : toonGetal(d, rij.veld === 'nieuweZaken' ? 0 : 1)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="paneel__uitleg">
        {RGW.afgerond} {focusNaam ? `${RGW.gemiddeld} ` : ''}
        {lopend ? doelTotNu(Math.round(tabel.deelVanJaar * 100)) : RGW.jaardoel}
      </p>
    </div>
  );
}

export function RgwFocusgebieden({ focus, onKies, jaar }: Props) {
  const kopId = useId();
  const kerncijfers = useRgwKerncijfers(jaar);
  const focusNaam = FOCUSGEBIEDEN.find((f) => f.code === focus)?.naam ?? null;
  return (
    <div className="rgw-focus" role="group" aria-labelledby={kopId}>
      <h3 id={kopId} className="paneel__subkop">
        Focusgebieden
      </h3>
      <div className="rgw-focus__knoppen">
        {FOCUSGEBIEDEN.map((f) => (
          <button
            key={f.code}
            type="button"
            className="knop knop--secundair knop--klein rgw-focus__knop"
            aria-pressed={focus === f.code}
            onClick={() => onKies(focus === f.code ? null : f.code)}
          >
            {f.naam}
          </button>
        ))}
      </div>
      <p className="paneel__uitleg">
        {focusNaam
          ? `${focusNaam} is omlijnd op de kaart. Kies het nog eens om alle vijf te zien.`
          : 'Kies een focusgebied: de kaart gaat erheen en omlijnt het.'}
      </p>
      {kerncijfers.status === 'laden' ? (
        <p className="laden" role="status">
          Kerncijfers laden…
        </p>
      ) : kerncijfers.status === 'fout' ? (
        // Inline, with its own retry: the presets and the density above keep working.
        <div className="laag-melding laag-melding--fout">
          <p>Kerncijfers niet geladen: {kerncijfers.fout.message}</p>
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            onClick={() => laadRgwKerncijfersOpnieuw(jaar)}
          >
            Opnieuw proberen<span className="visueel-verborgen"> (kerncijfers)</span>
          </button>
        </div>
      ) : (
        <>
          <Kerncijfers tabel={kerncijferTabel(kerncijfers.data, focus)} focusNaam={focusNaam} />
          <p className="paneel__uitleg">
            Doelen uit het Uitvoeringsplan Rotterdams Goed Wonen, per jaar voor de vijf focusgebieden samen:
            minstens {toonGetal(RGW_DOELEN.nieuweZaken)} nieuwe zaken, {RGW_DOELEN.integraleActies} integrale
            acties, ongeveer {RGW_DOELEN.stopgesprekken} stopgesprekken, en elke twee weken een casustafel per
            focusgebied
            {focusNaam ? '; per focusgebied een vijfde' : ''}.
          </p>
          <p className="bron">
            Bron: {kerncijfers.data.bron.dataset} RGW, peildatum{' '}
            {toonDatumKort(kerncijfers.data.bron.peildatum)}
          </p>
        </>
      )}
    </div>
  );
}
