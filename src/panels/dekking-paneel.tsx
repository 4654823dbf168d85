/** The side-panel section "Spreiding" (the concentration of places per 1,000 inhabitants; code name dekking): wijk or buurt, the city average, the legend of the ratio classes and the sortable table twin of the choropleth. */
import { useId, useState } from 'react';
import { useSessie } from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import { begin } from '../meting/prestatie';
import type { Filters } from '../domain/datalagen';
import {
  aantalPerKlasse,
  DEKKING_KLASSE_LABEL,
  DEKKING_KLASSEN,
  DEKKING_NIVEAUS,
  MINIMUM_INWONERS,
  toonAantal,
  toonPer1000,
  toonVerhouding,
  type Dekking,
  type DekkingKlasse,
  type DekkingNiveau,
  type DekkingRij,
} from '../domain/dekking';
import { filterGroepen, heeftFilters } from '../domain/filters';
import { zoekindex } from '../geo/zoekindex';
import { doelVoorPlaats, type NieuwDoel } from '../map/kaart-doel';
import { cssKleur, DEKKING_KLEUR } from '../stijl/kleuren';
import { DataTabel, type Kolom } from './data-tabel';
import { DEKKING_LAAG_ID, dekkingNiveau, magLaag, useDekking, WEGGELATEN_TOELICHTING } from './dekking-staat';

/** What every side-panel section receives (app.tsx ZijpaneelDeelProps); this one needs only these. */
export interface DekkingPaneelProps {
  lagenAan: ReadonlySet<string>;
  filters: Filters;
  /** The wijk/buurt choice lives in the URL with the filters (`?dekking-niveau=buurt`). */
  zetFilters?: (filters: Filters) => void;
  onDoel?: (doel: NieuwDoel) => void;
}

const NIVEAU_LABEL: Readonly<Record<DekkingNiveau, string>> = { wijk: 'Per wijk', buurt: 'Per buurt' };
const NIVEAU_KOP: Readonly<Record<DekkingNiveau, string>> = { wijk: 'Wijk', buurt: 'Buurt' };

/** A swatch as the map shows the class, drawn over the land colour with the map's own transparency. */
export function KlasseVlak({ klasse }: { klasse: DekkingKlasse }) {
  const kleur = DEKKING_KLEUR[klasse];
  return (
    <span
      className="legenda__vlak"
      style={{ backgroundColor: cssKleur(kleur), opacity: kleur[3] / 255 }}
      aria-hidden="true"
    />
  );
}

function kolommen(niveau: DekkingNiveau): readonly Kolom<DekkingRij>[] {
  return [
    { id: 'naam', kop: NIVEAU_KOP[niveau], waarde: (r) => r.naam },
    {
      id: 'inwoners',
      kop: 'Inwoners',
      waarde: (r) => r.inwoners,
      toon: (r) => toonAantal(r.inwoners),
      numeriek: true,
    },
    {
      id: 'capaciteit',
      kop: 'Capaciteit',
      waarde: (r) => r.capaciteit,
      toon: (r) => toonAantal(r.capaciteit),
      numeriek: true,
    },
    {
      id: 'per1000',
      kop: 'Per 1.000 inwoners',
      // No figure sorts after every figure when ascending: "no ratio" is not the lowest coverage.
      waarde: (r) => r.per1000 ?? Number.POSITIVE_INFINITY,
      toon: (r) => toonPer1000(r.per1000),
      numeriek: true,
    },
    {
      id: 'verhouding',
      kop: 't.o.v. gemiddelde',
      waarde: (r) => r.verhouding ?? Number.POSITIVE_INFINITY,
      toon: (r) => (
        <span className="dekking__verhouding">
          <KlasseVlak klasse={r.klasse} />
          {r.verhouding === null ? 'te weinig inwoners' : toonVerhouding(r.verhouding)}
        </span>
      ),
      numeriek: true,
    },
  ];
}

function Gemiddelde({ dekking }: { dekking: Dekking }) {
  return (
    <p className="dekking__gemiddelde">
      Rotterdams gemiddelde: <strong>{toonPer1000(dekking.gemiddeldePer1000)}</strong> plaatsen per 1.000
      inwoners
      <span className="dekking__bron">
        {' '}
        ({toonAantal(dekking.totaalCapaciteit)} plaatsen, {toonAantal(dekking.totaalInwoners)} inwoners)
      </span>
    </p>
  );
}

function Legenda({ dekking }: { dekking: Dekking }) {
  const aantallen = aantalPerKlasse(dekking);
  const eenheid = dekking.niveau === 'wijk' ? ['wijk', 'wijken'] : ['buurt', 'buurten'];
  return (
    <ul className="legenda legenda--klassen" aria-label="Legenda spreiding">
      {DEKKING_KLASSEN.map((klasse) => (
        <li key={klasse}>
          <KlasseVlak klasse={klasse} />
          <span>{DEKKING_KLASSE_LABEL[klasse]}</span>
          <span className="legenda__aantal">
            {aantallen[klasse]} {aantallen[klasse] === 1 ? eenheid[0] : eenheid[1]}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DekkingPaneel({ lagenAan, filters, zetFilters, onDoel }: DekkingPaneelProps) {
  const { gebruiker } = useSessie();
  const aan = lagenAan.has(DEKKING_LAAG_ID) && magLaag(gebruiker.rol, DEKKING_LAAG_ID);
  const lijst = useSymboolgroepen();
  const weergave = lijst.status === 'ok' ? filterGroepen(lijst.data.groepen, filters) : null;
  const { niveau, gebieden, dekking } = useDekking(weergave, aan, dekkingNiveau(filters));
  const [gekozen, setGekozen] = useState<string | null>(null);
  const naam = useId();
  if (!aan) return null;

  const kies = (sleutel: string) => {
    setGekozen(sleutel);
    const code = sleutel.slice(sleutel.indexOf(':') + 1);
    const plaats = zoekindex().namen.find((p) => p.soort === niveau && p.code === code);
    if (plaats && onDoel) onDoel(doelVoorPlaats(plaats));
  };

  return (
    <section className="paneel paneel--dekking" aria-labelledby="dekking-kop">
      <h2 id="dekking-kop">Spreiding</h2>
      <p className="paneel__uitleg">
        Capaciteit (plaatsen) per 1.000 inwoners, vergeleken met het Rotterdamse gemiddelde. Inwoners: CBS.
        {heeftFilters(filters) ? ' Alleen de voorzieningen die door de filters komen, tellen mee.' : ''}
      </p>
      <fieldset className="keuze-rij">
        <legend>Indeling</legend>
        {DEKKING_NIVEAUS.map((n) => (
          <label key={n} className="keuze-rij__optie">
            <input
              type="radio"
              name={naam}
              value={n}
              checked={niveau === n}
              onChange={() => {
                begin('filter');
                setGekozen(null);
                // Per wijk is the default: it leaves the URL plain.
                const { 'dekking-niveau': _oud, ...rest } = filters;
                zetFilters?.(n === 'wijk' ? rest : { ...rest, 'dekking-niveau': n });
              }}
            />
            {NIVEAU_LABEL[n]}
          </label>
        ))}
      </fieldset>
      {gebieden?.status === 'laden' ? (
        <p className="laden" role="status">
          Inwonertallen laden…
        </p>
      ) : null}
      {gebieden?.status === 'fout' ? (
        <p className="paneel__fout">
          De inwonertallen konden niet worden geladen: {gebieden.fout.message} Probeer het opnieuw via
          Kaartlagen.
        </p>
      ) : null}
      {dekking ? (
        <>
          <Gemiddelde dekking={dekking} />
          <Legenda dekking={dekking} />
          <p className="paneel__uitleg">
            Buurten en wijken met minder dan {MINIMUM_INWONERS} inwoners krijgen geen verhouding: een paar
            plaatsen geeft daar een misleidend hoog getal. Vertrouwelijke locaties tellen mee in hun buurt.
            {dekking.capaciteitBuitenIndeling > 0
              ? ` ${toonAantal(dekking.capaciteitBuitenIndeling)} plaatsen liggen buiten de getoonde indeling (haven).`
              : ''}
          </p>
          <DataTabel<DekkingRij>
            bijschrift={`Spreiding ${niveau === 'wijk' ? 'per wijk' : 'per buurt'}`}
            kolommen={kolommen(niveau)}
            rijen={dekking.rijen}
            rijSleutel={(r) => r.code}
            selectieSleutel={(r) => `${niveau}:${r.code}`}
            geselecteerd={gekozen}
            onSelecteer={kies}
            standaardSortering={{ kolom: 'verhouding', richting: 'oplopend' }}
          />
          {WEGGELATEN_TOELICHTING ? <p className="paneel__uitleg">{WEGGELATEN_TOELICHTING}.</p> : null}
        </>
      ) : null}
    </section>
  );
}
