/**
 * RGW density at 10k, 100k and 1M cases: server-side aggregation time (the pure functions the handlers call), the
 * payload each role receives, and the naive alternative (every point to the browser, aggregated there with h3-js).
 */
import { latLngToCell } from 'h3-js';
import { PADEN } from '../../src/contract/endpoints';
import { telPerFocusgebied, telPerH3 } from '../../mock-api/aggregate/rgw-dichtheid';
import type { DemoDataset } from '../../mock-api/generate/dataset-types';
import { bepaalPeriode, STANDAARD_RESOLUTIE } from '../../mock-api/handlers/rgw';
import { gzipBytes, mediaanMs, tijd } from './statistiek';

export interface Payload {
  rol: string;
  bytes: number;
  gzip: number;
}

export interface SchaalMeting {
  zaken: number;
  /** Cases in the default period (twelve months up to the peildatum), all categories. */
  inPeriode: number;
  genererenMs: number;
  /** First call: builds the case index and the H3 keys (latLngToCell per case), then counts. */
  h3KoudMs: number;
  /** Later calls with the index cached: the counting loop only. */
  h3WarmMs: number;
  focusKoudMs: number;
  focusWarmMs: number;
  payloads: Payload[];
  /** Every point of the period as a `[lon,lat]` JSON array: what a browser would need to aggregate itself. */
  naiefBytes: number;
  naiefGzip: number;
  /** h3-js latLngToCell for each of those points plus a Map count, in Node (a stand-in for the browser). */
  naiefClientMs: number;
}

export function periodeVan(dataset: DemoDataset) {
  return { ...bepaalPeriode(undefined, undefined, dataset.peildatum), categorie: null };
}

export function meetAggregatie(dataset: DemoDataset, genererenMs: number): Omit<SchaalMeting, 'payloads'> {
  const { zaken } = dataset.rgw;
  const filter = periodeVan(dataset);
  // Focus areas first, as on a fresh server whose first density request is publiek's: that call builds the shared
  // case index (dates, categories, buurt keys); the cold H3 figure then adds latLngToCell for every case.
  const focusKoud = tijd(() => telPerFocusgebied(zaken, filter));
  const h3Koud = tijd(() => telPerH3(zaken, filter, STANDAARD_RESOLUTIE));
  const h3WarmMs = mediaanMs(() => telPerH3(zaken, filter, STANDAARD_RESOLUTIE), 5, false);
  const focusWarmMs = mediaanMs(() => telPerFocusgebied(zaken, filter), 5, false);

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
    inPeriode: h3Koud.uitkomst.totaal,
    genererenMs,
    h3KoudMs: h3Koud.ms,
    h3WarmMs,
    focusKoudMs: focusKoud.ms,
    focusWarmMs,
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

/** The density answer per role, as the HTTP server (the real handlers) sends it. */
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
  ];
  const uit: Payload[] = [];
  for (const v of varianten) {
    const res = await fetch(apiUrl + PADEN.rgwDichtheid + v.query, {
      headers: v.token ? { authorization: `Bearer ${v.token}` } : {},
    });
    const body = await res.text();
    if (!res.ok) throw new Error(`${PADEN.rgwDichtheid}${v.query} als ${v.rol} gaf ${res.status}: ${body}`);
    uit.push({ rol: v.rol, bytes: Buffer.byteLength(body), gzip: gzipBytes(body) });
  }
  return uit;
}
