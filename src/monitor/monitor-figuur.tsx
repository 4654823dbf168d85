/** One Monitor figure: title, chart, legend in words and patterns, its table twin, CSV export, and the data's source and date. */
import { bewaarBestand } from '../api/bewaar-bestand';
import type { ReactNode } from 'react';
import { MonitorLegenda } from '../charts/monitor-grafieken';
import type { Reeks } from '../charts/to-monitor-series';
import { naarCsv, type Cel } from './csv';

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const DATUM = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

export function nlDatum(iso: string): string {
  return DATUM.format(new Date(`${iso}T00:00:00Z`));
}

export interface TabelKolom<T> {
  readonly kop: string;
  readonly waarde: (rij: T) => Cel;
  readonly numeriek?: boolean;
  /** Shown for null: "minder dan 5" for a suppressed count, "–" for a figure not known. */
  readonly leeg?: string;
}

export interface Tweeling<T> {
  readonly bijschrift: string;
  readonly kolommen: readonly TabelKolom<T>[];
  readonly rijen: readonly T[];
}

export function MonitorTabel<T>({ bijschrift, kolommen, rijen }: Tweeling<T>) {
  return (
    // Scrolls on its own when long; focusable, so a keyboard can scroll it too.
    <div className="monitor-tabel" tabIndex={0} role="region" aria-label={`Tabel: ${bijschrift}`}>
      <table>
        <caption>{bijschrift}</caption>
        <thead>
          <tr>
            {kolommen.map((k) => (
              <th key={k.kop} scope="col" className={k.numeriek ? 'monitor-tabel__getal' : undefined}>
                {k.kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r, i) => (
            <tr key={i}>
              {kolommen.map((k, j) => {
                const w = k.waarde(r);
                const tekst = w === null ? (k.leeg ?? '–') : typeof w === 'number' ? GETAL.format(w) : w;
                const Cel = j === 0 ? 'th' : 'td';
                return (
                  <Cel
                    key={k.kop}
                    {...(j === 0 ? { scope: 'row' } : {})}
                    className={k.numeriek ? 'monitor-tabel__getal' : undefined}
                  >
                    {tekst}
                  </Cel>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function downloadCsv<T>(naam: string, tweeling: Tweeling<T>): void {
  const tekst = naarCsv(
    tweeling.kolommen.map((k) => k.kop),
    tweeling.rijen.map((r) => tweeling.kolommen.map((k) => k.waarde(r))),
  );
  bewaarBestand(new Blob([tekst], { type: 'text/csv;charset=utf-8' }), `${naam}.csv`);
}

interface FiguurProps<T> {
  id: string;
  titel: string;
  uitleg?: ReactNode;
  /** The chart; none for a figure that is a table only (a list of locations). */
  grafiek?: ReactNode;
  legenda?: { reeksen: readonly Reeks[]; soort: 'lijn' | 'staaf' };
  tabel: Tweeling<T>;
  bron: string;
  /** ISO date the figures hold for. */
  datum: string;
  breed?: boolean;
  /**
   * Set when the figures are demodata: which part comes from the source documents and which part is made up. Shown
   * under the title with the label "demodata", so a made-up series is never read as a realisation.
   */
  demo?: string | undefined;
}

export function MonitorFiguur<T>({
  id,
  titel,
  uitleg,
  grafiek,
  legenda,
  tabel,
  bron,
  datum,
  breed,
  demo,
}: FiguurProps<T>) {
  const kopId = `${id}-kop`;
  return (
    <section
      className={breed ? 'monitor-figuur monitor-figuur--breed' : 'monitor-figuur'}
      aria-labelledby={kopId}
    >
      <h3 id={kopId}>{titel}</h3>
      {uitleg ? <p className="monitor-figuur__uitleg">{uitleg}</p> : null}
      {demo ? (
        <p className="monitor-figuur__demo">
          <span className="demodata-label">demodata</span> {demo}
        </p>
      ) : null}
      {grafiek}
      {legenda ? <MonitorLegenda reeksen={legenda.reeksen} soort={legenda.soort} /> : null}
      <p className="monitor-figuur__bron">
        Bron: {bron} · Stand: {nlDatum(datum)}
      </p>
      <MonitorTabel {...tabel} />
      <button type="button" className="knop knop--klein" onClick={() => downloadCsv(id, tabel)}>
        Download CSV<span className="visueel-verborgen"> van {titel}</span>
      </button>
    </section>
  );
}
