/** The fields of one facility as the role received them, with Dutch labels, and its phase history when present. */
import type { FaseWissel, VoorzieningVoorRol } from '../contract/voorziening';
import { detailVelden, faseHistorie, isVertrouwelijk, toonDatum } from '../domain/detail-velden';
import { FASE_NAAM } from '../domain/escalatie';
import { rdRij } from '../geo/rd-weergave';
import { cssKleur, FASE_KLEUR } from '../map/kleuren';
import { buurtNaam } from './buurt-naam';

function FaseStip({ fase }: { fase: keyof typeof FASE_KLEUR }) {
  return (
    <span className="fase-stip" style={{ backgroundColor: cssKleur(FASE_KLEUR[fase]) }} aria-hidden="true" />
  );
}

function Wissel({ wissel }: { wissel: FaseWissel }) {
  const van = wissel.van === null ? 'Eerste vastlegging' : `Fase ${wissel.van}`;
  return (
    <li>
      <time dateTime={wissel.datum}>{toonDatum(wissel.datum)}</time>
      <span className="fasehistorie__stap">
        {van} → <FaseStip fase={wissel.naar} /> Fase {wissel.naar} ({FASE_NAAM[wissel.naar]})
      </span>
      <span className="fasehistorie__reden">{wissel.reden}</span>
    </li>
  );
}

export function VoorzieningVelden({ voorziening }: { voorziening: VoorzieningVoorRol }) {
  const rijen = detailVelden(voorziening, { buurtNaam });
  const historie = faseHistorie(voorziening);
  // Assessors work in RD; the label says whether the point is the address or only the centre of an area.
  const rd = rdRij(voorziening.positie, voorziening.precisie);
  return (
    <>
      {isVertrouwelijk(voorziening) ? (
        <p className="vertrouwelijk-melding">Vertrouwelijke locatie — alleen op buurtniveau</p>
      ) : null}
      <dl className="velden">
        {rijen.map((rij) => (
          <div className="velden__rij" key={rij.label}>
            <dt>{rij.label}</dt>
            <dd>
              {rij.href ? (
                <a href={rij.href} target="_blank" rel="noopener noreferrer">
                  {rij.waarde}
                  <span className="visueel-verborgen"> (opent in een nieuw venster)</span>
                </a>
              ) : (
                <>
                  {rij.fase ? <FaseStip fase={rij.fase} /> : null}
                  {rij.waarde}
                </>
              )}
            </dd>
          </div>
        ))}
        <div className="velden__rij">
          <dt>{rd.label}</dt>
          <dd>
            <span aria-hidden="true">{rd.waarde}</span>
            <span className="visueel-verborgen">{rd.gesproken}</span>
          </dd>
        </div>
      </dl>
      {historie ? (
        <div className="fasehistorie">
          <h4>Fasehistorie</h4>
          <ol>
            {historie.map((wissel) => (
              <Wissel key={`${wissel.datum}-${wissel.naar}`} wissel={wissel} />
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
}
