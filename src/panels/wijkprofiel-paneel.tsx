/** The side-panel section "Wijkprofiel" (draagkrachtscan): which index the map colours, its legend around 100 (the Rotterdam average) and a sortable table of all three indices per buurt. */
import { useId, useState } from 'react';
import { useGebieden } from '../api/gebieden';
import { useSessie } from '../api/sessie';
import { begin } from '../meting/prestatie';
import type { Buurt } from '../contract/gebied';
import type { Filters } from '../domain/datalagen';
import type { NieuwDoel } from '../map/kaart-doel';
import {
  toonIndex,
  WIJKPROFIEL_INDEX_LABEL,
  WIJKPROFIEL_INDICES,
  WIJKPROFIEL_KLASSE_LABEL,
  wijkprofielKlasse,
  type WijkprofielIndex,
} from '../domain/wijkprofiel';
import { cssKleur, wijkprofielKleur } from '../stijl/kleuren';
import { doelVoorBuurtSleutel } from './buurt-naam';
import { DataTabel, type Kolom } from './data-tabel';
import { magLaag } from './dekking-staat';
import { WIJKPROFIEL_LAAG_ID, wijkprofielIndex } from './wijkprofiel-staat';

export interface WijkprofielPaneelProps {
  lagenAan: ReadonlySet<string>;
  /** The chosen index lives in the URL with the filters (`?wijkprofiel-index=fysiek`). */
  filters: Filters;
  zetFilters?: (filters: Filters) => void;
  onDoel?: (doel: NieuwDoel) => void;
}

function Vlak({ klasse }: { klasse: number }) {
  const kleur = wijkprofielKleur(klasse);
  return (
    <span
      className="legenda__vlak"
      style={{ backgroundColor: cssKleur(kleur), opacity: kleur[3] / 255 }}
      aria-hidden="true"
    />
  );
}

const KOLOM_KOP: Readonly<Record<WijkprofielIndex, string>> = {
  sociaal: 'Sociaal',
  fysiek: 'Fysiek',
  veiligheid: 'Veiligheid',
};

function indexKolom(index: WijkprofielIndex, gekozen: WijkprofielIndex): Kolom<Buurt> {
  return {
    id: index,
    kop: KOLOM_KOP[index],
    waarde: (b) => b.wijkprofiel[index],
    // The column the map colours carries the swatch, so table and map can be matched without colour alone.
    toon: (b) =>
      index === gekozen ? (
        <span className="dekking__verhouding">
          <Vlak klasse={wijkprofielKlasse(b.wijkprofiel[index])} />
          {toonIndex(b.wijkprofiel[index])}
        </span>
      ) : (
        toonIndex(b.wijkprofiel[index])
      ),
    numeriek: true,
  };
}

export function WijkprofielPaneel({ lagenAan, filters, zetFilters, onDoel }: WijkprofielPaneelProps) {
  const { gebruiker } = useSessie();
  const aan = lagenAan.has(WIJKPROFIEL_LAAG_ID) && magLaag(gebruiker.rol, WIJKPROFIEL_LAAG_ID);
  const gebieden = useGebieden(aan);
  const index = wijkprofielIndex(filters);
  const [gekozen, setGekozen] = useState<string | null>(null);
  const naam = useId();
  if (!aan) return null;
  const buurten = gebieden.status === 'ok' ? gebieden.data.buurten : null;
  const perKlasse = WIJKPROFIEL_KLASSE_LABEL.map(
    (_, klasse) => buurten?.filter((b) => wijkprofielKlasse(b.wijkprofiel[index]) === klasse).length ?? 0,
  );

  return (
    <section className="paneel paneel--wijkprofiel" aria-labelledby="wijkprofiel-kop">
      <h2 id="wijkprofiel-kop">Wijkprofiel</h2>
      <p className="paneel__uitleg">
        Demo-indices per buurt op de schaal van het Rotterdamse Wijkprofiel: 100 is het Rotterdamse
        gemiddelde, hoger is beter.
      </p>
      <fieldset className="keuze-rij">
        <legend>Index op de kaart</legend>
        {WIJKPROFIEL_INDICES.map((i) => (
          <label key={i} className="keuze-rij__optie">
            <input
              type="radio"
              name={naam}
              value={i}
              checked={index === i}
              onChange={() => {
                begin('filter');
                // Sociaal is the default: it leaves the URL plain.
                const { 'wijkprofiel-index': _oud, ...rest } = filters;
                zetFilters?.(i === 'sociaal' ? rest : { ...rest, 'wijkprofiel-index': i });
              }}
            />
            {WIJKPROFIEL_INDEX_LABEL[i]}
          </label>
        ))}
      </fieldset>
      <h3 className="legenda__subkop">{WIJKPROFIEL_INDEX_LABEL[index]} · 100 = Rotterdams gemiddelde</h3>
      <ul className="legenda legenda--klassen" aria-label={`Legenda ${WIJKPROFIEL_INDEX_LABEL[index]}`}>
        {WIJKPROFIEL_KLASSE_LABEL.map((label, klasse) => (
          <li key={label}>
            <Vlak klasse={klasse} />
            <span>{label}</span>
            {buurten ? (
              <span className="legenda__aantal">
                {perKlasse[klasse]} {perKlasse[klasse] === 1 ? 'buurt' : 'buurten'}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {gebieden.status === 'laden' ? (
        <p className="laden" role="status">
          Wijkprofiel laden…
        </p>
      ) : null}
      {gebieden.status === 'fout' ? (
        <p className="paneel__fout">
          Het Wijkprofiel kon niet worden geladen: {gebieden.fout.message} Probeer het opnieuw via Kaartlagen.
        </p>
      ) : null}
      {buurten ? (
        <DataTabel<Buurt>
          bijschrift="Wijkprofiel per buurt (100 = Rotterdams gemiddelde)"
          kolommen={[
            { id: 'naam', kop: 'Buurt', waarde: (b) => b.naam },
            ...WIJKPROFIEL_INDICES.map((i) => indexKolom(i, index)),
          ]}
          rijen={buurten}
          rijSleutel={(b) => b.code}
          selectieSleutel={(b) => `buurt:${b.code}`}
          geselecteerd={gekozen}
          onSelecteer={(sleutel) => {
            setGekozen(sleutel);
            const doel = doelVoorBuurtSleutel(sleutel);
            if (doel && onDoel) onDoel(doel);
          }}
          standaardSortering={{ kolom: index, richting: 'oplopend' }}
        />
      ) : null}
    </section>
  );
}
