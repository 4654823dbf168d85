/** Legend parts that count what the map shows after the filters: the phases of the assessor's map, the own locations per phase and the clusters of the care provider's map. */
import type { Fase } from '../contract/voorziening';
import { FASE_BETEKENIS, FASE_NAAM, FASEN } from '../domain/escalatie';
import { aantalPerFase, aantalVoorzieningen } from '../domain/filters';
import type { RolGroepen } from '../domain/symboolgroepen';
import { cssKleur, SYMBOOL_KLEUR, WIT } from '../stijl/kleuren';
import { FaseSymbool } from './fase-symbool-lui';

function Aantal({ n, enkel, meer }: { n: number; enkel: string; meer: string }) {
  return (
    <span className="legenda__aantal">
      {n}
      <span className="visueel-verborgen"> {n === 1 ? enkel : meer}</span>
    </span>
  );
}

function FaseRegel({ fase, n, soort }: { fase: Fase; n: number; soort: 'vol' | 'eigen' }) {
  return (
    <li className={n === 0 ? 'legenda__leeg' : undefined}>
      <FaseSymbool fase={fase} soort={soort} grootte={22} />
      <span>
        Fase {fase}: {FASE_NAAM[fase]}
        <span className="legenda__uitleg">{FASE_BETEKENIS[fase]}</span>
      </span>
      <Aantal n={n} enkel="voorziening" meer="voorzieningen" />
    </li>
  );
}

/** Draagkrachtscan: shape and colour per phase, with the number of facilities on the map in that phase. */
export function FaseLegenda({ weergave }: { weergave: Extract<RolGroepen, { rol: 'draagkrachtscan' }> }) {
  const perFase = aantalPerFase(weergave.groepen);
  const totaal = aantalVoorzieningen(weergave.groepen);
  return (
    <>
      <h3 className="legenda__subkop">Fase op de escalatieladder</h3>
      <p className="paneel__uitleg">Vorm én kleur geven de fase aan; het getal is het aantal op de kaart.</p>
      <ul className="legenda legenda--fasen" aria-label="Fasen met aantal voorzieningen op de kaart">
        {FASEN.map((fase) => (
          <FaseRegel key={fase} fase={fase} n={perFase[fase]} soort="vol" />
        ))}
        <li>
          <FaseSymbool fase="0" soort="hol" grootte={22} />
          <span>
            Vertrouwelijke locatie, alleen op buurtniveau (hol, rand in de kleur en vorm van de fase)
          </span>
        </li>
      </ul>
      <p className="paneel__uitleg legenda__totaal" role="status">
        {totaal} {totaal === 1 ? 'voorziening' : 'voorzieningen'} op de kaart. Staan er meer op één punt, dan
        telt de hoogste fase.
      </p>
    </>
  );
}

function ClusterSymbool() {
  // As the map draws a cluster: a soft halo, the circle with a white edge, the count.
  return (
    <svg className="legenda__symbool" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      <circle cx="14" cy="14" r="13.5" fill={cssKleur(SYMBOOL_KLEUR)} fillOpacity={70 / 255} />
      <circle cx="14" cy="14" r="10" fill={cssKleur(SYMBOOL_KLEUR)} stroke={cssKleur(WIT)} strokeWidth="2" />
      <text
        x="14"
        y="14"
        textAnchor="middle"
        dominantBaseline="central"
        fontSize="10"
        fontWeight="700"
        fill="#fff"
      >
        4
      </text>
    </svg>
  );
}

/** Zorgaanbieder: what a cluster is, and the own locations per phase (shape), counted after the filters. */
export function EigenLegenda({ weergave }: { weergave: Extract<RolGroepen, { rol: 'zorgaanbieder' }> }) {
  const perFase = aantalPerFase(weergave.groepen, { alleenEigen: true });
  const eigen = FASEN.reduce((som, f) => som + perFase[f], 0);
  return (
    <>
      <ul className="legenda">
        <li>
          <ClusterSymbool />
          <span>
            Groep voorzieningen van andere aanbieders (uitgezoomd); het getal is het aantal. Klik om in te
            zoomen. Wijs een groep aan met de muis om de capaciteit per woonvorm te zien.
          </span>
        </li>
      </ul>
      <h3 className="legenda__subkop">Eigen locaties per fase</h3>
      <ul className="legenda legenda--fasen" aria-label="Eigen locaties per fase">
        {FASEN.map((fase) => (
          <FaseRegel key={fase} fase={fase} n={perFase[fase]} soort="eigen" />
        ))}
        <li>
          <FaseSymbool fase="0" soort="eigen-hol" grootte={22} />
          <span>Eigen vertrouwelijke locatie, alleen op buurtniveau</span>
        </li>
      </ul>
      <p className="paneel__uitleg">
        {eigen} eigen {eigen === 1 ? 'locatie' : 'locaties'} op de kaart, altijd los getekend en nooit in een
        groep.
      </p>
    </>
  );
}
