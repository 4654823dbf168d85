/** The comparison of two to four sites (`POST /vergelijk`): one row per site with the figures that weigh most, the same planned facility for each. */
import { useAdresBijPunt } from '../api/draagkrachtscan';
import type { LonLat } from '../contract/common';
import type { AnalyseAntwoord } from '../contract/draagkrachtscan';
import type { Filters } from '../domain/datalagen';
import { tenOpzichteVanStad, toonPer1000 } from '../domain/scan-concentratie';
import { vergelijkLetter } from '../domain/scan-letter';
import { kaderRond } from '../geo/ringen';
import type { NieuwDoel } from '../map/kaart-doel';
import { DataTabel, type Kolom } from './data-tabel';
import { useScanVergelijking } from './draagkrachtscan-staat';

interface Rij {
  readonly label: string;
  readonly analyse: AnalyseAntwoord;
}

/**
 * A site's letter with its nearest address ("A · Kluutstraat 24, 3083 BC Rotterdam"): the link keeps only the
 * positions of the sites, so the address is looked up as for a site opened from a link (the same cached answer).
 */
function LocatieNaam({ letter, positie }: { letter: string; positie: Readonly<LonLat> }) {
  const adres = useAdresBijPunt(positie);
  const naam = adres.status === 'ok' ? adres.data.kandidaten[0]?.weergave : undefined;
  return (
    <>
      <span className="scan__letter">
        <span className="visueel-verborgen">Locatie </span>
        {letter}
      </span>{' '}
      {naam ??
        (adres.status === 'laden' ? 'adres zoeken…' : `${positie[1].toFixed(5)}, ${positie[0].toFixed(5)}`)}
    </>
  );
}

/** "Locatie B" → "B". */
function letterVan(label: string): string {
  return label.replace(/^Locatie /, '');
}

const GETAL = new Intl.NumberFormat('nl-NL');

function binnen(a: AnalyseAntwoord, i: number) {
  return a.ringen[i];
}

const KOLOMMEN: readonly Kolom<Rij>[] = [
  {
    id: 'locatie',
    kop: 'Locatie',
    waarde: (r) => r.label,
    toon: (r) => (
      <>
        <LocatieNaam letter={letterVan(r.label)} positie={r.analyse.locatie.positie} />
        <span className="scan__klein">
          {r.analyse.locatie.buurt.naam}, {r.analyse.locatie.wijk.naam}
        </span>
      </>
    ),
  },
  {
    id: 'per1000',
    kop: 'Per 1.000 na',
    waarde: (r) => r.analyse.concentratie.alle.buurt.per1000Na ?? -1,
    toon: (r) => (
      <>
        {toonPer1000(r.analyse.concentratie.alle.buurt.per1000Na)}
        <span className="scan__klein">
          {tenOpzichteVanStad(
            r.analyse.concentratie.alle.buurt.per1000Na,
            r.analyse.concentratie.alle.stad.per1000,
          )}
        </span>
      </>
    ),
    numeriek: true,
  },
  {
    id: 'ring',
    kop: 'In de ring',
    waarde: (r) => binnen(r.analyse, 1)?.totaal.locaties ?? binnen(r.analyse, 0)?.totaal.locaties ?? 0,
    toon: (r) => {
      const ring = binnen(r.analyse, 1) ?? binnen(r.analyse, 0);
      return ring ? `${ring.totaal.locaties} (${GETAL.format(ring.straalM)} m)` : '–';
    },
    numeriek: true,
  },
  {
    id: 'signalen',
    kop: 'Fase 2+',
    waarde: (r) => r.analyse.signalen.length,
    numeriek: true,
    smal: true,
  },
];

export interface ScanVergelijkingProps {
  filters: Filters;
  zetFilters(filters: Filters): void;
  onDoel(doel: NieuwDoel): void;
}

function zonderPunt(filters: Filters, weg: Readonly<LonLat>): Filters {
  const rest = (filters['scan-vergelijk'] ?? []).filter((p) => p[0] !== weg[0] || p[1] !== weg[1]);
  const kopie: Record<string, unknown> = { ...filters, 'scan-vergelijk': rest };
  if (rest.length === 0) delete kopie['scan-vergelijk'];
  return kopie as Filters;
}

function zelfde(a: Readonly<LonLat>, b: Readonly<LonLat> | undefined): boolean {
  return b !== undefined && a[0] === b[0] && a[1] === b[1];
}

export function ScanVergelijking({ filters, zetFilters, onDoel }: ScanVergelijkingProps) {
  const vergelijking = useScanVergelijking(filters);
  const bewaard = filters['scan-vergelijk'] ?? [];
  if (bewaard.length === 0) return null;
  // The letters of the table (vergelijkVraag): the other kept sites in order, the current site last.
  const andere = bewaard.filter((p) => !zelfde(p, filters.scan));
  const letter = (p: Readonly<LonLat>) =>
    vergelijkLetter(zelfde(p, filters.scan) ? andere.length : andere.indexOf(p));
  return (
    <div className="scan__vergelijking">
      <h3 className="paneel__subkop">Locaties vergelijken</h3>
      <p className="paneel__uitleg">
        De bewaarde locaties naast de huidige, met dezelfde geplande voorziening. Zoek een andere locatie om
        die erbij te zetten.
      </p>
      <ul className="scan__bewaard">
        {bewaard.map((p) => (
          <li key={p.join(',')}>
            <span>
              <LocatieNaam letter={letter(p)} positie={p} />
            </span>
            <button
              type="button"
              className="knop knop--tekst"
              onClick={() => zetFilters(zonderPunt(filters, p))}
            >
              Verwijder <span className="visueel-verborgen">locatie {letter(p)} uit de vergelijking</span>
            </button>
          </li>
        ))}
      </ul>
      {vergelijking?.status === 'laden' ? (
        <p className="laden" role="status">
          Vergelijking laden…
        </p>
      ) : null}
      {vergelijking?.status === 'fout' ? (
        <p className="paneel__fout" role="alert">
          De vergelijking kon niet worden gemaakt: {vergelijking.fout.message}
        </p>
      ) : null}
      {vergelijking?.status === 'ok' ? (
        <DataTabel<Rij>
          bijschrift="Vergelijking van de locaties"
          kolommen={KOLOMMEN}
          rijen={vergelijking.data.locaties}
          rijSleutel={(r) => r.label}
          selectieSleutel={(r) => `vergelijk:${r.label}`}
          geselecteerd={null}
          onSelecteer={(sleutel) => {
            const rij = vergelijking.data.locaties.find((r) => `vergelijk:${r.label}` === sleutel);
            const buiten = rij?.analyse.ringen.at(-1)?.straalM ?? 1000;
            if (rij)
              onDoel({
                soort: 'kader',
                kader: kaderRond(rij.analyse.locatie.positie, buiten),
                maxZoom: 16,
                markeer: null,
              });
          }}
        />
      ) : null}
    </div>
  );
}
