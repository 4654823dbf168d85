/**
 * The API under load: requests per second and p50/p99 latency at 50 concurrent clients, per endpoint and role, against
 * the real server (`tsx mock-api/server.ts`) in a process of its own on 127.0.0.1, with autocannon as the clients.
 * Part of `npm run bench`; alone: `npx tsx scripts/bench/api-last.ts [--verzoeken N]`. Prints figures, asserts nothing.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { PADEN } from '../../src/contract/endpoints';
import { ROOT, vrijePoort } from '../servers.mjs';
import { isHoofdmodule } from '../../mock-api/hoofdmodule';

export const CLIENTS = 50;
/** Requests per row: enough for a p99 over 50 clients, bounded so the whole table takes well under a minute. */
export const STANDAARD_VERZOEKEN = 4_000;
/** The target of issue 11 for publiek `/api/voorzieningen`. */
export const DOEL = { perSeconde: 1_000, p99Ms: 200 };

type Rol = 'publiek' | 'zorgaanbieder' | 'draagkrachtscan';

interface Geval {
  rol: Rol;
  pad: string;
  /** Sends the If-None-Match of the first answer: what a browser or shared cache revalidating costs. */
  voorwaardelijk?: boolean;
}

const GEVALLEN: readonly Geval[] = [
  { rol: 'publiek', pad: PADEN.voorzieningen },
  { rol: 'publiek', pad: PADEN.voorzieningen, voorwaardelijk: true },
  { rol: 'publiek', pad: PADEN.meta },
  { rol: 'publiek', pad: '/api/gebieden/buurten' },
  { rol: 'publiek', pad: PADEN.rgwDichtheid },
  { rol: 'publiek', pad: '/api/voorzieningen?postcode=3084' },
  { rol: 'zorgaanbieder', pad: PADEN.voorzieningen },
  { rol: 'draagkrachtscan', pad: PADEN.voorzieningen },
  { rol: 'draagkrachtscan', pad: PADEN.rgwDichtheid },
];

export interface ApiLastMeting {
  rol: Rol;
  pad: string;
  voorwaardelijk: boolean;
  verzoeken: number;
  perSeconde: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than the expected 200 (or 304), and connection errors. */
  fouten: number;
  status: number;
}

export const API_LAST_KOPPEN = ['role', 'endpoint', 'requests', 'req/s', 'p50', 'p99', 'status', 'errors'];

export function apiLastRij(m: ApiLastMeting): (string | number)[] {
  return [
    m.rol,
    `\`${m.pad}\`${m.voorwaardelijk ? ' (If-None-Match → 304)' : ''}`,
    m.verzoeken.toLocaleString('en-GB'),
    Math.round(m.perSeconde).toLocaleString('en-GB'),
    `${m.p50Ms} ms`,
    `${m.p99Ms} ms`,
    m.status,
    m.fouten,
  ];
}

/** Whether publiek /api/voorzieningen met the target, as one sentence for the table's caption. */
export function doelZin(metingen: readonly ApiLastMeting[]): string {
  const m = metingen.find((x) => x.rol === 'publiek' && x.pad === PADEN.voorzieningen && !x.voorwaardelijk);
  if (!m) return '';
  const gehaald = m.perSeconde >= DOEL.perSeconde && m.p99Ms < DOEL.p99Ms;
  return (
    `Target for publiek \`/api/voorzieningen\`: ≥ ${DOEL.perSeconde.toLocaleString('en-GB')} req/s and p99 < ${DOEL.p99Ms} ms: ` +
    `${gehaald ? 'met' : 'NOT met'} (${Math.round(m.perSeconde).toLocaleString('en-GB')} req/s, p99 ${m.p99Ms} ms).`
  );
}

async function wachtOpApi(url: string, api: ChildProcess): Promise<void> {
  for (;;) {
    if (api.exitCode !== null) throw new Error(`de API stopte bij het starten (exit ${api.exitCode})`);
    try {
      const res = await fetch(`${url}${PADEN.meta}`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function token(url: string, rol: Rol): Promise<string | null> {
  if (rol === 'publiek') return null;
  const verzoek =
    rol === 'zorgaanbieder' ? { rol, organisatie: maakDemoDataset().zorgaanbieders[0]?.id } : { rol };
  const res = await fetch(`${url}${PADEN.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(verzoek),
  });
  if (!res.ok) throw new Error(`demo-login als ${rol}: ${res.status} ${await res.text()}`);
  const { token: t } = (await res.json()) as { token: string };
  return t;
}

async function meetGeval(
  url: string,
  geval: Geval,
  t: string | null,
  verzoeken: number,
): Promise<ApiLastMeting> {
  // As a browser asks: compressed.
  const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
  if (t) headers.authorization = `Bearer ${t}`;
  const eerste = await fetch(`${url}${geval.pad}`, { headers });
  await eerste.arrayBuffer();
  const etag = eerste.headers.get('etag');
  if (geval.voorwaardelijk && etag) headers['if-none-match'] = etag;
  const verwacht = geval.voorwaardelijk ? 304 : 200;
  // autocannon notices the last answer only at its next sample, so a short sample interval keeps the time honest.
  const opties = { url: `${url}${geval.pad}`, headers, connections: CLIENTS, sampleInt: 20 };
  // Warm-up: the memo, the JIT and the connections, outside the figures.
  await autocannon({ ...opties, amount: 1_000 });
  const uitslag = await autocannon({ ...opties, amount: verzoeken });
  const goed =
    uitslag.statusCodeStats?.[String(verwacht) as keyof typeof uitslag.statusCodeStats]?.count ?? 0;
  return {
    rol: geval.rol,
    pad: geval.pad,
    voorwaardelijk: geval.voorwaardelijk ?? false,
    verzoeken: uitslag.requests.total,
    perSeconde: uitslag.requests.total / (uitslag.duration || 1),
    p50Ms: uitslag.latency.p50,
    p99Ms: uitslag.latency.p99,
    fouten: uitslag.requests.total - goed + uitslag.errors,
    status: verwacht,
  };
}

/** Starts the API in a process of its own (so clients and server do not share one event loop) and measures every case. */
export async function meetApiLast(verzoeken = STANDAARD_VERZOEKEN): Promise<ApiLastMeting[]> {
  const poort = await vrijePoort();
  const url = `http://127.0.0.1:${poort}`;
  const dataMap = mkdtempSync(join(tmpdir(), 'hkd-bench-data-'));
  const api = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['mock-api/server.ts'], {
    cwd: ROOT,
    // A store of its own (PGlite, fresh demo data): the load includes the per-request version check and the audit.
    env: { ...process.env, HKD_API_PORT: String(poort), HKD_DATA_DIR: dataMap },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await wachtOpApi(url, api);
    const tokens = new Map<Rol, string | null>();
    const metingen: ApiLastMeting[] = [];
    for (const geval of GEVALLEN) {
      if (!tokens.has(geval.rol)) tokens.set(geval.rol, await token(url, geval.rol));
      console.log(`[bench] API-last ${geval.rol} ${geval.pad}${geval.voorwaardelijk ? ' (304)' : ''}`);
      metingen.push(await meetGeval(url, geval, tokens.get(geval.rol) ?? null, verzoeken));
    }
    return metingen;
  } finally {
    if (api.pid !== undefined && api.exitCode === null) {
      const gestopt = new Promise((resolve) => api.once('exit', resolve));
      try {
        // The whole group: tsx runs node in a child process of its own.
        process.kill(-api.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await gestopt;
    }
    rmSync(dataMap, { recursive: true, force: true });
  }
}

export function apiLastTabel(metingen: readonly ApiLastMeting[]): string {
  const regels = [`| ${API_LAST_KOPPEN.join(' | ')} |`, `|${API_LAST_KOPPEN.map(() => ' --- ').join('|')}|`];
  for (const m of metingen) regels.push(`| ${apiLastRij(m).join(' | ')} |`);
  return regels.join('\n');
}

if (isHoofdmodule(import.meta.url)) {
  const i = process.argv.indexOf('--verzoeken');
  const verzoeken = i >= 0 ? Number(process.argv[i + 1]) : STANDAARD_VERZOEKEN;
  const metingen = await meetApiLast(verzoeken);
  console.log(`\n## API under load (${CLIENTS} concurrent clients, loopback)\n`);
  console.log(apiLastTabel(metingen));
  console.log(`\n${doelZin(metingen)}`);
}
