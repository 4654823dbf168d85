/**
 * RGW density at 10k, 100k and 1M cases: the density index built at server start, the first and later requests (the
 * pure functions the handlers call, and over HTTP), the payload each role receives, and the naive alternative (every
 * point to the browser, aggregated there with h3-js). `npm run bench` uses the exports; run alone it prints its own
 * table without a browser: `npx tsx scripts/bench/schaal.ts [--zonder-1m]`.
 */
import { latLngToCell } from 'h3-js';
import {
  dichtheidsindex,
  H3_RESOLUTIES,
  telPerBuurt,
  telPerFocusgebied,
  telPerH3,
  type ZaakFilter,
} from '../../mock-api/aggregate/rgw-dichtheid';
import { genereerDemoDataset } from '../../mock-api/generate/dataset';
import type { DemoDataset } from '../../mock-api/generate/dataset-types';
import { STANDAARD_RESOLUTIE } from '../../mock-api/handlers/rgw';
import { startApiServer } from '../../mock-api/server';
import { koppelOpslag } from '../../mock-api/store/koppeling';
import { migreer } from '../../mock-api/store/migreer';
import { vulMetDataset } from '../../mock-api/store/opslag';
import { open } from '../../mock-api/store/verbinding';
import { PADEN } from '../../src/contract/endpoints';
import { laatsteVolledige, standaardPeriode } from '../../src/domain/rgw-periode';
import { gzipBytes, kb, mediaanMs, ms, tijd } from './statistiek';
import { isHoofdmodule } from '../../mock-api/hoofdmodule';

export interface Payload {
  rol: string;
  bytes: number;
  gzip: number;
  /** The first request of this kind to the server, round trip over HTTP on 127.0.0.1. */
  eersteMs: number;
  /** Median of later requests of this kind. */
  warmMs: number;
}

export interface SchaalMeting {
  zaken: number;
  /** Cases in the default period (the last whole quarter), all categories. */
  inPeriode: number;
  genererenMs: number;
  /** Building the density index, as the API server does before it listens (mock-api/server.ts). */
  indexMs: number;
  /** First H3 resolution-8 count on the fresh index (cold code, no indexing left to do). */
  h3KoudMs: number;
  /** Later H3 resolution-8 counts: the median. */
  h3WarmMs: number;
  /** First focus-area count on the fresh index (publiek's and zorgaanbieder's answer). */
  focusKoudMs: number;
  focusWarmMs: number;
  /** The slowest level (H3 7, 8, 9, buurt, focus areas) over the longest period the API allows (a year), one category: the median. */
  langsteVraagMs: number;
  payloads: Payload[];
  /** Every point of the period as a `[lon,lat]` JSON array: what a browser would need to aggregate itself. */
  naiefBytes: number;
  naiefGzip: number;
  /** h3-js latLngToCell for each of those points plus a Map count, in Node (a stand-in for the browser). */
  naiefClientMs: number;
}

export function periodeVan(dataset: DemoDataset): ZaakFilter {
  const { van, tot } = standaardPeriode(dataset.peildatum);
  return { van, tot, categorie: null };
}

/**
 * Index build and counting, on a dataset no server has indexed yet: call it before `startApiServer` with the same
 * dataset, which then finds the index built (one index per case list).
 */
export function meetAggregatie(dataset: DemoDataset, genererenMs: number): Omit<SchaalMeting, 'payloads'> {
  const { zaken } = dataset.rgw;
  const filter = periodeVan(dataset);
  const index = dichtheidsindex(zaken);
  // Focus areas first, as on a fresh server whose first density request is publiek's.
  const focusKoud = tijd(() => telPerFocusgebied(index, filter));
  const h3Koud = tijd(() => telPerH3(index, filter, STANDAARD_RESOLUTIE));
  const h3WarmMs = mediaanMs(() => telPerH3(index, filter, STANDAARD_RESOLUTIE), 9, false);
  const focusWarmMs = mediaanMs(() => telPerFocusgebied(index, filter), 9, false);
  const jaar = laatsteVolledige('jaar', dataset.peildatum);
  const lang: ZaakFilter = { van: jaar.van, tot: jaar.tot, categorie: 'woonoverlast' };
  const langsteVraagMs = Math.max(
    ...H3_RESOLUTIES.map((r) => mediaanMs(() => telPerH3(index, lang, r), 9)),
    mediaanMs(() => telPerBuurt(index, lang), 9),
    mediaanMs(() => telPerFocusgebied(index, lang), 9),
  );

  const punten: [number, number][] = [];
  for (const z of zaken) {
    if (z.geopend >= filter.van && z.geopend <= filter.tot) punten.push([z.positie[0], z.positie[1]]);
  }
  const naief = JSON.stringify(punten);
  const naiefClientMs = mediaanMs(
    () => {
      // What a browser would do with the naive payload: parse it, key every point, count.
      const lijst = JSON.parse(naief) as [number, number][];
      const tellers = new Map<string, number>();
      for (const [lon, lat] of lijst) {
        const cel = latLngToCell(lat, lon, STANDAARD_RESOLUTIE);
        tellers.set(cel, (tellers.get(cel) ?? 0) + 1);
      }
      return tellers.size;
    },
    zaken.length >= 1_000_000 ? 1 : 3,
    false,
  );
  return {
    zaken: zaken.length,
    inPeriode: h3Koud.uitkomst.totaal.aantal,
    genererenMs,
    indexMs: index.bouwMs,
    h3KoudMs: h3Koud.ms,
    h3WarmMs,
    focusKoudMs: focusKoud.ms,
    focusWarmMs,
    langsteVraagMs,
    naiefBytes: Buffer.byteLength(naief),
    naiefGzip: gzipBytes(naief),
    naiefClientMs,
  };
}

async function token(apiUrl: string, verzoek: object): Promise<string> {
  const res = await fetch(apiUrl + PADEN.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(verzoek),
  });
  if (!res.ok)
    throw new Error(`demo-login ${JSON.stringify(verzoek)} gaf ${res.status}: ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return token;
}

/**
 * The density answer per role, as the HTTP server (the real handlers) sends it, with the time of the first request
 * of each kind and of later ones. Call it on a freshly started server: the first row is then the server's first
 * density request.
 */
export async function meetPayloads(apiUrl: string, dataset: DemoDataset): Promise<Payload[]> {
  const organisatie = dataset.zorgaanbieders[0]?.id;
  if (!organisatie) throw new Error('de dataset heeft geen zorgaanbieders');
  const scan = await token(apiUrl, { rol: 'draagkrachtscan' });
  const zorg = await token(apiUrl, { rol: 'zorgaanbieder', organisatie });
  const varianten: { rol: string; token: string | null; query: string }[] = [
    { rol: 'publiek (focusgebied)', token: null, query: '' },
    { rol: 'zorgaanbieder (focusgebied)', token: zorg, query: '' },
    { rol: 'draagkrachtscan (h3 r8)', token: scan, query: '?niveau=h3&resolutie=8' },
    { rol: 'draagkrachtscan (buurt)', token: scan, query: '?niveau=buurt' },
    // Last, so the first four keep the order of the older tables: the finest cells, the scan's largest answer.
    { rol: 'draagkrachtscan (h3 r9)', token: scan, query: '?niveau=h3&resolutie=9' },
  ];
  const haal = async (v: (typeof varianten)[number]) => {
    const start = performance.now();
    const res = await fetch(apiUrl + PADEN.rgwDichtheid + v.query, {
      headers: v.token ? { authorization: `Bearer ${v.token}` } : {},
    });
    const body = await res.text();
    const duur = performance.now() - start;
    if (!res.ok) throw new Error(`${PADEN.rgwDichtheid}${v.query} als ${v.rol} gaf ${res.status}: ${body}`);
    return { body, duur };
  };
  const uit: Payload[] = [];
  for (const v of varianten) {
    const { body, duur: eersteMs } = await haal(v);
    const later: number[] = [];
    for (let i = 0; i < 5; i++) later.push((await haal(v)).duur);
    later.sort((a, b) => a - b);
    uit.push({
      rol: v.rol,
      bytes: Buffer.byteLength(body),
      gzip: gzipBytes(body),
      eersteMs,
      warmMs: later[2] ?? Number.NaN,
    });
  }
  return uit;
}

/** Column heads and one row per scale for the scale table (run.ts adds its browser column after these). */
export const SCHAAL_KOPPEN = [
  'cases (in period)',
  'index build at server start',
  'server: focus areas first / warm',
  'server: H3 r8 first / warm',
  'server: slowest level, a year',
  'HTTP first request / warm (publiek)',
  'payload gzip (raw): publiek · zorgaanbieder · scan h3 r8 · scan buurt · scan h3 r9',
  'naive: all points JSON gzip (raw)',
  'naive / largest answer (gzip)',
  'naive: client h3-js aggregation (Node)',
];

/** Sub-millisecond figures in microseconds: a warm count takes a few, and "0.00 ms" would hide them. */
function duur(waarde: number): string {
  return waarde < 1 ? `${Math.round(waarde * 1000)} µs` : ms(waarde);
}

export function schaalRij(s: SchaalMeting): string[] {
  const eerste = s.payloads[0];
  const grootste = Math.max(...s.payloads.map((p) => p.gzip));
  return [
    `${s.zaken.toLocaleString('nl-NL')} (${s.inPeriode.toLocaleString('nl-NL')})`,
    duur(s.indexMs),
    `${duur(s.focusKoudMs)} / ${duur(s.focusWarmMs)}`,
    `${duur(s.h3KoudMs)} / ${duur(s.h3WarmMs)}`,
    duur(s.langsteVraagMs),
    eerste ? `${duur(eerste.eersteMs)} / ${duur(eerste.warmMs)}` : '–',
    s.payloads.map((p) => `${kb(p.gzip)} (${kb(p.bytes)})`).join(' · '),
    `${kb(s.naiefGzip)} (${kb(s.naiefBytes)})`,
    `${(s.naiefGzip / grootste).toFixed(0)}×`,
    ms(s.naiefClientMs),
  ];
}

export interface OpslagMeting {
  zaken: number;
  /** Writing the dataset into a new PGlite (in memory): once, at the first start. */
  vullenMs: number;
  /** Reading it back and building the index before the server listens: every start, and after the register changed. */
  ladenMs: number;
  payloads: Payload[];
}

/**
 * The same server on the store, as `npm start` runs it: PGlite (in memory here) filled with the dataset, read back at
 * start, and every request reading the store's version counters before it answers.
 */
export async function meetOpslag(dataset: DemoDataset): Promise<OpslagMeting> {
  const db = await open();
  try {
    await migreer(db);
    const vullen = performance.now();
    await vulMetDataset(db, dataset, 'demodata');
    const vullenMs = performance.now() - vullen;
    const koppeling = koppelOpslag(db, dataset);
    const api = await startApiServer({ port: 0, opslag: koppeling });
    try {
      return {
        zaken: dataset.rgw.zaken.length,
        vullenMs,
        ladenMs: api.ladenMs + api.dichtheidsindex.bouwMs,
        payloads: await meetPayloads(api.url, dataset),
      };
    } finally {
      await api.close();
    }
  } finally {
    await db.sluit();
  }
}

export const OPSLAG_KOPPEN = [
  'cases',
  'fill PGlite (once)',
  'load + index at start',
  'H3 first / warm (per request)',
] as const;

export function opslagRij(m: OpslagMeting): string[] {
  const eerste = m.payloads[0];
  return [
    m.zaken.toLocaleString('nl-NL'),
    duur(m.vullenMs),
    duur(m.ladenMs),
    eerste ? `${duur(eerste.eersteMs)} / ${duur(eerste.warmMs)}` : '–',
  ];
}

async function main(): Promise<void> {
  const schalen = process.argv.includes('--zonder-1m') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const metOpslag = !process.argv.includes('--zonder-opslag');
  const rijen: string[][] = [];
  const opslagRijen: string[][] = [];
  for (const n of schalen) {
    const gen = tijd(() => genereerDemoDataset({ rgwAantalStad: n }));
    const agg = meetAggregatie(gen.uitkomst, gen.ms);
    const api = await startApiServer({ port: 0, dataset: gen.uitkomst });
    try {
      rijen.push(schaalRij({ ...agg, payloads: await meetPayloads(api.url, gen.uitkomst) }));
    } finally {
      await api.close();
    }
    if (metOpslag) {
      console.log(`[bench] ${n.toLocaleString('nl-NL')} zaken in de opslag (PGlite)`);
      opslagRijen.push(opslagRij(await meetOpslag(gen.uitkomst)));
      // Printed at once too: filling 1M cases into PGlite takes minutes on a shared machine.
      console.log(`[bench] opslag: ${opslagRijen.at(-1)?.join(' | ')}`);
    }
  }
  const regel = (cellen: readonly string[]) => `| ${cellen.join(' | ')} |`;
  console.log([regel(SCHAAL_KOPPEN), regel(SCHAAL_KOPPEN.map(() => '---')), ...rijen.map(regel)].join('\n'));
  if (metOpslag) {
    console.log(
      [
        '',
        'On the store (PGlite in memory):',
        regel(OPSLAG_KOPPEN),
        regel(OPSLAG_KOPPEN.map(() => '---')),
        ...opslagRijen.map(regel),
      ].join('\n'),
    );
  }
}

if (isHoofdmodule(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (fout: unknown) => {
      console.error('schaalmeting mislukt:', fout);
      process.exit(1);
    },
  );
}
