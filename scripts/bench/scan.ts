/**
 * Benchmark script (not a test): how long the draagkrachtscan's analysis takes at 10k, 100k and 1M RGW cases, in
 * process (the computation alone) and over HTTP from the real server (first request and warm), for the default rings,
 * four rings up to 5 km, and a comparison of four sites. Run alone: `npx tsx scripts/bench/scan.ts [--zonder-1m]`;
 * `meetScan` is exported for run.ts.
 */
import { genereerDemoDataset } from '../../mock-api/generate/dataset';
import type { DemoDataset } from '../../mock-api/generate/dataset-types';
import { dichtheidsindex } from '../../mock-api/aggregate/rgw-dichtheid';
import { maakGegevens } from '../../mock-api/context';
import { isHoofdmodule } from '../../mock-api/hoofdmodule';
import { analyseer, controleerInvoer } from '../../mock-api/scan/analyse';
import { startApiServer } from '../../mock-api/server';
import { PADEN } from '../../src/contract/endpoints';
import { standaardPeriode } from '../../src/domain/rgw-periode';
import { ms, spreiding, tijd } from './statistiek';

export interface ScanMeting {
  zaken: number;
  indexMs: number;
  /** In process: controleerInvoer + analyseer, default rings, median over the sites. */
  rekenMs: number;
  rekenGrootMs: number;
  httpEersteMs: number;
  httpMediaanMs: number;
  httpP95Ms: number;
  httpGrootMediaanMs: number;
  vergelijkMediaanMs: number;
  bytes: number;
}

/** Sites: every non-confidential facility on Zuid and elsewhere, so rings land in dense and sparse parts. */
function locaties(dataset: DemoDataset): [number, number][] {
  return dataset.voorzieningen.filter((v) => !v.vertrouwelijk).map((v) => [v.positie[0], v.positie[1]]);
}

export async function meetScan(dataset: DemoDataset): Promise<ScanMeting> {
  const index = tijd(() => dichtheidsindex(dataset.rgw.zaken));
  const g = maakGegevens(dataset, 'bench');
  const periode = standaardPeriode(dataset.peildatum);
  const plekken = locaties(dataset);
  const reken = (ringen: number[]) =>
    spreiding(
      plekken.map(([lon, lat]) => {
        const start = performance.now();
        const invoer = { lon, lat, ringen, capaciteit: 24 };
        analyseer(g, 'draagkrachtscan', invoer, controleerInvoer(g, invoer), index.uitkomst, periode);
        return performance.now() - start;
      }),
    ).mediaan;
  const rekenMs = reken([250, 500, 1000]);
  const rekenGrootMs = reken([500, 1000, 2500, 5000]);

  const api = await startApiServer({ port: 0, dataset });
  try {
    const login = await fetch(api.url + PADEN.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'draagkrachtscan' }),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    let bytes = 0;
    const haal = async (lon: number, lat: number, ringen: string) => {
      const start = performance.now();
      const res = await fetch(
        `${api.url}${PADEN.scanAnalyse}?lon=${lon}&lat=${lat}&ringen=${ringen}&capaciteit=24`,
        {
          headers,
        },
      );
      const body = await res.text();
      if (!res.ok) throw new Error(`analyse gaf ${res.status}: ${body}`);
      bytes = Math.max(bytes, Buffer.byteLength(body));
      return performance.now() - start;
    };
    const [lon0, lat0] = plekken[0] ?? [4.5, 51.9];
    const httpEersteMs = await haal(lon0, lat0, '250,500,1000');
    const warm: number[] = [];
    for (const [lon, lat] of plekken) warm.push(await haal(lon, lat, '250,500,1000'));
    const groot: number[] = [];
    for (const [lon, lat] of plekken.slice(0, 20)) groot.push(await haal(lon, lat, '500,1000,2500,5000'));
    const vergelijk: number[] = [];
    for (let i = 0; i + 4 <= Math.min(plekken.length, 40); i += 4) {
      const start = performance.now();
      const res = await fetch(api.url + PADEN.scanVergelijk, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          locaties: plekken.slice(i, i + 4).map(([lon, lat]) => ({ lon, lat })),
          capaciteit: 24,
        }),
      });
      await res.text();
      if (!res.ok) throw new Error(`vergelijk gaf ${res.status}`);
      vergelijk.push(performance.now() - start);
    }
    const w = spreiding(warm);
    return {
      zaken: dataset.rgw.zaken.length,
      indexMs: index.ms,
      rekenMs,
      rekenGrootMs,
      httpEersteMs,
      httpMediaanMs: w.mediaan,
      httpP95Ms: w.p95,
      httpGrootMediaanMs: spreiding(groot).mediaan,
      vergelijkMediaanMs: spreiding(vergelijk).mediaan,
      bytes,
    };
  } finally {
    await api.close();
  }
}

export const SCAN_KOPPEN = [
  'RGW cases',
  'index build',
  'analysis in process (3 rings / 4 rings to 5 km)',
  'HTTP first',
  'HTTP warm median / p95 (3 rings)',
  'HTTP warm median (4 rings to 5 km)',
  'HTTP compare 4 sites (median)',
  'largest answer',
];

export function scanRij(m: ScanMeting): string[] {
  return [
    m.zaken.toLocaleString('en-GB'),
    ms(m.indexMs),
    `${ms(m.rekenMs)} / ${ms(m.rekenGrootMs)}`,
    ms(m.httpEersteMs),
    `${ms(m.httpMediaanMs)} / ${ms(m.httpP95Ms)}`,
    ms(m.httpGrootMediaanMs),
    ms(m.vergelijkMediaanMs),
    `${(m.bytes / 1024).toFixed(0)} KB`,
  ];
}

async function main(): Promise<void> {
  const schalen = process.argv.includes('--zonder-1m') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const regel = (cellen: readonly string[]) => `| ${cellen.join(' | ')} |`;
  const rijen: string[][] = [];
  for (const n of schalen) {
    const gen = tijd(() => genereerDemoDataset({ rgwAantalStad: n }));
    console.log(`[bench scan] ${n.toLocaleString('nl-NL')} zaken gegenereerd in ${ms(gen.ms)}`);
    rijen.push(scanRij(await meetScan(gen.uitkomst)));
    console.log(`[bench scan] ${regel(rijen.at(-1) ?? [])}`);
  }
  console.log([regel(SCAN_KOPPEN), regel(SCAN_KOPPEN.map(() => '---')), ...rijen.map(regel)].join('\n'));
}

if (isHoofdmodule(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (fout: unknown) => {
      console.error('scanmeting mislukt:', fout);
      process.exit(1);
    },
  );
}
