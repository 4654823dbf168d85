/** The fields of one facility as the role received them, with Dutch labels, the management arrangements grouped, and its phase history as a timeline when present. */
import type { VoorzieningVoorRol } from '../contract/voorziening';
import { detailVelden, isVertrouwelijk, type DetailVeld } from '../domain/detail-velden';
import { BEHEER_PROBLEEM_LABEL, beheerProblemen } from '../domain/filters';
import { rdRij } from '../geo/rd-weergave';
import { buurtNaam } from './buurt-naam';
import { FaseSymbool } from './fase-symbool-lui';
import { FaseTijdlijn } from './fase-tijdlijn';

function Rij({ rij }: { rij: DetailVeld }) {
  return (
    <div className="velden__rij">
      <dt>{rij.label}</dt>
      <dd>
        {rij.href ? (
          <a href={rij.href} target="_blank" rel="noopener noreferrer">
            {rij.waarde}
            <span className="visueel-verborgen"> (opent in een nieuw venster)</span>
          </a>
        ) : (
          <>
            {/* The phase's map symbol: shape and colour, so the detail matches what the map and legend show. */}
            {rij.fase ? <FaseSymbool fase={rij.fase} grootte={16} /> : null}
            {rij.waarde}
          </>
        )}
      </dd>
    </div>
  );
}

/** The management arrangements under one heading, with what falls short said first in words. */
function Beheer({ voorziening, rijen }: { voorziening: VoorzieningVoorRol; rijen: readonly DetailVeld[] }) {
  if (rijen.length === 0 || !('beheer' in voorziening)) return null;
  const problemen = beheerProblemen(voorziening.beheer);
  return (
    <div className="beheer">
      <h4>Beheerafspraken</h4>
      {problemen.length === 0 ? (
        <p className="beheer__oordeel beheer__oordeel--op-orde">Op orde volgens de inventarisatie.</p>
      ) : (
        <p className="beheer__oordeel beheer__oordeel--aandacht">
          <strong>Aandachtspunten:</strong>{' '}
          {problemen.map((p) => BEHEER_PROBLEEM_LABEL[p].toLowerCase()).join('; ')}.
        </p>
      )}
      <dl className="velden">
        {rijen.map((rij) => (
          <Rij key={rij.label} rij={rij} />
        ))}
      </dl>
    </div>
  );
}

export function VoorzieningVelden({ voorziening }: { voorziening: VoorzieningVoorRol }) {
  const rijen = detailVelden(voorziening, { buurtNaam });
  const beheer = rijen.filter((r) => r.groep === 'beheer');
  const historie = 'faseHistorie' in voorziening ? voorziening.faseHistorie : null;
  // Professionals work in RD; the label says whether the point is the address or only the centre of an area. A
  // resident (publiek, per postcodegebied) gets no coordinates: they mean nothing to them (taalniveau B1).
  const rd = voorziening.precisie === 'pc4' ? null : rdRij(voorziening.positie, voorziening.precisie);
  return (
    <>
      {isVertrouwelijk(voorziening) ? (
        <p className="vertrouwelijk-melding">Vertrouwelijke locatie — alleen op buurtniveau</p>
      ) : null}
      <dl className="velden">
        {rijen
          .filter((r) => r.groep !== 'beheer')
          .map((rij) => (
            <Rij key={rij.label} rij={rij} />
          ))}
        {rd ? (
          <div className="velden__rij">
            <dt>{rd.label}</dt>
            <dd>
              <span aria-hidden="true">{rd.waarde}</span>
              <span className="visueel-verborgen">{rd.gesproken}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      <Beheer voorziening={voorziening} rijen={beheer} />
      {historie ? <FaseTijdlijn historie={historie} /> : null}
    </>
  );
}
