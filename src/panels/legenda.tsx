/** What the symbols on the map mean for the signed-in role; for the draagkrachtscan the phase shapes and colours, counted after the filters. */
import { useSessie } from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import type { Filters } from '../domain/datalagen';
import { filterGroepen } from '../domain/filters';
import { GEBIEDSINDELING } from '../geo/gebiedsindeling';
import { EigenLegenda, FaseLegenda } from './filters-legenda';
import { Pc4Legenda } from './pc4-legenda';
import {
  BUURT_GRENS,
  FOCUS_KLEUR,
  LAND_KLEUR,
  PC4_GRENS,
  WATER_KLEUR,
  WATER_RAND,
  WIJK_GRENS,
  cssKleur,
  EIGEN_KLEUR,
  HOL_VULLING,
  RAND_KLEUR,
  SYMBOOL_KLEUR,
  WIT,
  type Rgba,
} from '../stijl/kleuren';
import { LEGENDA } from '../domain/publiek-teksten';

const GEEN_FILTERS: Filters = Object.freeze({});

interface SymboolProps {
  vulling: Rgba;
  rand: Rgba;
  randdikte: number;
  straal?: number;
  tekst?: string;
  /** The thin dark outline the map draws around hollow confidential rings. */
  contour?: boolean;
}

/** The map symbol as SVG; SVG strokes are centred on the radius, deck.gl's lie inside it, hence the half-width shift. */
function Symbool({ vulling, rand, randdikte, straal = 7, tekst, contour = false }: SymboolProps) {
  return (
    <svg className="legenda__symbool" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      {contour ? (
        <circle
          cx="14"
          cy="14"
          r={straal + 0.6}
          fill="none"
          stroke={cssKleur(RAND_KLEUR)}
          strokeWidth={1.25}
        />
      ) : null}
      <circle
        cx="14"
        cy="14"
        r={straal - randdikte / 2}
        fill={cssKleur(vulling)}
        fillOpacity={vulling[3] / 255}
        stroke={cssKleur(rand)}
        strokeWidth={randdikte}
      />
      {tekst ? (
        <text
          x="14"
          y="14"
          textAnchor="middle"
          dominantBaseline="central"
          fontSize="11"
          fontWeight="700"
          fill="#fff"
        >
          {tekst}
        </text>
      ) : null}
    </svg>
  );
}

/** A basemap swatch: a square of land with the line or fill the map draws. */
function Vlakje({
  vulling,
  rand,
  randdikte = 1,
  streep,
}: {
  vulling: string;
  rand: string;
  randdikte?: number;
  streep?: string;
}) {
  return (
    <svg className="legenda__symbool" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      <rect x="1" y="1" width="26" height="18" fill={vulling} />
      <rect
        x="1"
        y="1"
        width="26"
        height="18"
        fill="none"
        stroke={rand}
        strokeWidth={randdikte}
        strokeDasharray={streep}
      />
    </svg>
  );
}

/** What the basemap's lines and fills mean, and what it leaves out. */
function Achtergrondkaart() {
  return (
    <>
      <h3 className="legenda__subkop">Achtergrondkaart</h3>
      <ul className="legenda">
        <li>
          <Vlakje vulling={LAND_KLEUR} rand={WIJK_GRENS} randdikte={2.5} />
          Wijkgrens
        </li>
        <li>
          <Vlakje vulling={LAND_KLEUR} rand={BUURT_GRENS} randdikte={1.2} />
          {LEGENDA.buurtgrens}
        </li>
        <li>
          <Vlakje vulling={LAND_KLEUR} rand={PC4_GRENS} randdikte={1.5} streep="4 3" />
          {LEGENDA.pc4Grens}
        </li>
        <li>
          <Vlakje vulling={`${FOCUS_KLEUR}26`} rand={FOCUS_KLEUR} randdikte={2} />
          {LEGENDA.focusgebied}
        </li>
        <li>
          <Vlakje vulling={WATER_KLEUR} rand={WATER_RAND} />
          Water
        </li>
      </ul>
      <p className="paneel__uitleg">
        {GEBIEDSINDELING.bron === 'schematische gebiedsindeling'
          ? LEGENDA.grenzenSchematisch
          : LEGENDA.grenzenCbs}{' '}
        {GEBIEDSINDELING.toelichting ? `${GEBIEDSINDELING.toelichting}.` : null}
      </p>
    </>
  );
}

export function Legenda({ filters = GEEN_FILTERS }: { filters?: Filters }) {
  const { gebruiker } = useSessie();
  const lijst = useSymboolgroepen();
  // Counts follow the filters: the legend describes what is on the map now.
  const weergave = lijst.status === 'ok' ? filterGroepen(lijst.data.groepen, filters) : null;
  const verborgen =
    lijst.status === 'ok' && lijst.data.antwoord.rol === 'publiek'
      ? lijst.data.antwoord.nietGetoond.vertrouwelijk
      : 0;

  return (
    <section className="paneel" aria-labelledby="legenda-kop">
      <h2 id="legenda-kop">Legenda</h2>
      {gebruiker.rol === 'publiek' ? (
        <>
          <ul className="legenda">
            <li>
              <Symbool vulling={SYMBOOL_KLEUR} rand={WIT} randdikte={2} straal={11} tekst="3" />
              {LEGENDA.pc4Symbool}
            </li>
          </ul>
          <p className="paneel__uitleg">{LEGENDA.pc4Uitleg}</p>
          <Pc4Legenda />
          {verborgen > 0 ? (
            <p className="paneel__uitleg">
              {verborgen} vertrouwelijke {verborgen === 1 ? 'locatie staat' : 'locaties staan'} niet op de
              openbare kaart.
            </p>
          ) : null}
        </>
      ) : null}
      {gebruiker.rol === 'zorgaanbieder' ? (
        <ul className="legenda">
          <li>
            <Symbool vulling={SYMBOOL_KLEUR} rand={WIT} randdikte={1.5} />
            Voorziening van een andere zorgaanbieder, per postcode (PC6)
          </li>
          <li>
            <Symbool vulling={EIGEN_KLEUR} rand={RAND_KLEUR} randdikte={2.5} straal={9} />
            Locatie van je eigen organisatie{gebruiker.organisatie ? ` (${gebruiker.organisatie.naam})` : ''}
          </li>
          <li>
            <Symbool vulling={HOL_VULLING} rand={SYMBOOL_KLEUR} randdikte={3} straal={9} contour />
            Vertrouwelijke locatie, alleen op buurtniveau
          </li>
        </ul>
      ) : null}
      {weergave?.rol === 'zorgaanbieder' ? <EigenLegenda weergave={weergave} /> : null}
      {weergave?.rol === 'draagkrachtscan' ? <FaseLegenda weergave={weergave} /> : null}
      <Achtergrondkaart />
    </section>
  );
}
