/**
 * `npm run bench`: builds the production app once into a temp folder, serves it with the mock API, and prints what a
 * first visit costs per role (bytes, time to a usable map against a bare maplibre page, one interaction), how the RGW
 * density scales to 1M cases, and how fast the cluster index is. Writes bench-results/latest.{json,md} (git-ignored).
 * Figures from a shared 2-core machine with software WebGL (SwiftShader) are indicative: compare runs, not machines.
 *
 * Options: --runs N (fresh browser contexts per role, default 5), --zonder-browser, --zonder-1m.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { genereerDemoDataset, maakDemoDataset } from '../../mock-api/generate/dataset';
import { startApiServer, type ApiServer } from '../../mock-api/server';
import { PADEN } from '../../src/contract/endpoints';
import { meetClusters, type ClusterMeting } from './clusters';
import { meetAggregatie, meetPayloads, type SchaalMeting } from './schaal';
import { gzipBytes, kb, ms, spreiding, tijd, type Spreiding } from './statistiek';
import { CHROMIUM_START } from '../chromium-opties.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTATEN = join(ROOT, 'bench-results');
const OPSLAGSLEUTEL = 'hkd-kaart.sessie'; // src/api/sessie.ts
const VIEWPORT = { width: 1280, height: 800 };

const args = process.argv.slice(2);
function optie(naam: string): string | undefined {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
}
const RUNS = Number(optie('--runs') ?? 5);
const MET_BROWSER = !args.includes('--zonder-browser');
const SCHALEN = args.includes('--zonder-1m') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];

type Rol = 'publiek' | 'zorgaanbieder' | 'draagkrachtscan';
const ROLLEN: readonly Rol[] = ['publiek', 'zorgaanbieder', 'draagkrachtscan'];

/** Modules that should not reach a first visit unless the role needs them; matched against sourcemap sources. */
const VERDACHT: readonly { naam: string; patroon: RegExp; rollen: readonly Rol[] }[] = [
  { naam: 'recharts', patroon: /node_modules\/recharts\//, rollen: [] },
  { naam: 'src/charts', patroon: /src\/charts\//, rollen: [] },
  { naam: '@deck.gl/aggregation-layers', patroon: /@deck\.gl\/aggregation-layers\//, rollen: [] },
  { naam: '@deck.gl/geo-layers', patroon: /@deck\.gl\/geo-layers\//, rollen: ['draagkrachtscan'] },
  { naam: 'h3-js', patroon: /node_modules\/h3-js\//, rollen: ['draagkrachtscan'] },
  { naam: 'src/scan (draagkrachtscan)', patroon: /src\/scan\//, rollen: ['draagkrachtscan'] },
  {
    naam: 'fase-* layers (draagkrachtscan)',
    patroon: /src\/map\/layers\/fase-/,
    rollen: ['draagkrachtscan'],
  },
  {
    naam: 'cluster/dekking/eigen layers (zorgaanbieder)',
    patroon: /src\/map\/layers\/(cluster|dekking|eigen)-/,
    rollen: ['zorgaanbieder', 'draagkrachtscan'],
  },
];

// ---------------------------------------------------------------------------------------------- servers and build

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      const poort = typeof adres === 'object' && adres !== null ? adres.port : 0;
      server.close(() => resolve(poort));
    });
  });
}

async function bouwAlles(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
  // The baseline page in a folder of its own inside the same build, so it is served from the same origin as the tiles.
  await build({
    root: join(ROOT, 'scripts', 'bench'),
    configFile: false,
    base: '/bench-bare/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: join(outDir, 'bench-bare'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 5_000,
      rolldownOptions: { input: join(ROOT, 'scripts', 'bench', 'bare.html') },
    },
  });
}

async function startWeb(outDir: string, apiUrl: string): Promise<{ server: PreviewServer; url: string }> {
  const poort = await vrijePoort();
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: poort,
      strictPort: true,
      open: false,
      proxy: { '/api': { target: apiUrl } },
    },
  });
  return { server, url: `http://127.0.0.1:${poort}` };
}

function startBrowser(): Promise<Browser> {
  // The flags of tests/e2e/browser.ts: SwiftShader gives WebGL2 without a GPU.
  return chromium.launch(CHROMIUM_START);
}

/** A sessionStorage entry as src/api/sessie.ts writes it after a demo login, for an init script. */
async function sessieScript(apiUrl: string, rol: Rol, organisatie: string): Promise<string | null> {
  if (rol === 'publiek') return null;
  const verzoek = rol === 'zorgaanbieder' ? { rol, organisatie } : { rol };
  const res = await fetch(apiUrl + PADEN.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(verzoek),
  });
  if (!res.ok) throw new Error(`demo-login als ${rol} gaf ${res.status}: ${await res.text()}`);
  const sessie = await res.text(); // { token, gebruiker, verlooptOp }: exactly what sessie.ts stores
  return `sessionStorage.setItem(${JSON.stringify(OPSLAGSLEUTEL)}, ${JSON.stringify(sessie)});`;
}

// ---------------------------------------------------------------------------------------------- one visit

interface Download {
  pad: string;
  soort: 'js' | 'css' | 'api' | 'tegel' | 'overig';
  bytes: number;
  gzip: number;
  /** ms after navigation started (Node clock). */
  na: number;
}

interface Bezoek {
  usableMs: number;
  eerste: Download[];
  later: Download[];
  fouten: string[];
  page: Page;
  sluit(): Promise<void>;
}

function soortVan(pad: string, type: string): Download['soort'] {
  if (pad.startsWith('/api/')) return 'api';
  if (pad.endsWith('.pbf')) return 'tegel';
  if (type === 'stylesheet' || pad.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(pad)) return 'js';
  return 'overig';
}

interface BezoekOpties {
  pad: string;
  voorScript: string | null;
  /** Evaluated in the page; the visit is usable when it returns true. */
  klaar: string;
  /** Waits for this API path before checking `klaar` (the density answer at scale). */
  wachtOpApi?: string;
  laterMs?: number;
}

async function bezoek(browser: Browser, basis: string, opties: BezoekOpties): Promise<Bezoek> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });
  if (opties.voorScript) await context.addInitScript({ content: opties.voorScript });
  const page = await context.newPage();
  const downloads: Download[] = [];
  const bezig: Promise<void>[] = [];
  const fouten: string[] = [];
  let start = 0;
  page.on('pageerror', (f) => fouten.push(f.message));
  page.on('response', (antwoord) => {
    const url = new URL(antwoord.url());
    if (url.origin !== basis || antwoord.status() === 204) return;
    const na = Date.now() - start;
    bezig.push(
      antwoord.body().then(
        (body) =>
          void downloads.push({
            pad: url.pathname + url.search,
            soort: soortVan(url.pathname, antwoord.request().resourceType()),
            bytes: body.length,
            gzip: gzipBytes(body),
            na,
          }),
        () => undefined,
      ),
    );
  });
  const api = opties.wachtOpApi
    ? page.waitForResponse((r) => new URL(r.url()).pathname === opties.wachtOpApi, { timeout: 120_000 })
    : null;
  start = Date.now();
  await page.goto(basis + opties.pad);
  await api;
  await page.waitForFunction(opties.klaar, undefined, { timeout: 120_000, polling: 'raf' });
  const usableMs = Date.now() - start;
  await page.waitForTimeout(opties.laterMs ?? 1_500);
  await Promise.all(bezig);
  return {
    usableMs,
    eerste: downloads.filter((d) => d.na <= usableMs),
    later: downloads.filter((d) => d.na > usableMs),
    fouten,
    page,
    sluit: () => context.close(),
  };
}

const APP_KLAAR =
  '(() => { const h = window.hkdKaart; return !!h && h.isIdle() && h.aantalObjecten() > 0; })()';
const BARE_KLAAR = '(() => window.bareKaart?.idle != null)()';

/** Toggles the first data layer in "Kaartlagen" and times click → two animation frames, in the page. */
async function laagWissel(page: Page, keer: number): Promise<number[] | string> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const script = `(async () => {
    const details = [...document.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')?.textContent?.includes('Kaartlagen'));
    if (!details) return 'geen "Kaartlagen"-paneel gevonden';
    details.open = true;
    await new Promise((r) => setTimeout(r, 100));
    const vakje = details.querySelector('.kaartlagen__groep input[type="checkbox"]');
    if (!vakje) return 'geen laagvakje in "Kaartlagen"';
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const tijden = [];
    for (let i = 0; i < ${keer}; i++) {
      const t0 = performance.now();
      vakje.click();
      await frame();
      await frame();
      tijden.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 150));
    }
    if (${keer} % 2 === 1) vakje.click();
    return tijden;
  })()`;
  const uitkomst: unknown = await page.evaluate(script);
  if (typeof uitkomst === 'string') return uitkomst;
  if (Array.isArray(uitkomst) && uitkomst.every((t) => typeof t === 'number')) return uitkomst;
  return 'onverwachte uitkomst van de meting in de pagina';
}

// ---------------------------------------------------------------------------------------------- the bundle

interface Chunk {
  bestand: string;
  gzip: number;
  bronnen: string[];
}

function leesChunks(outDir: string): Map<string, Chunk> {
  const assets = join(outDir, 'assets');
  const uit = new Map<string, Chunk>();
  for (const bestand of readdirSync(assets)) {
    if (!/\.(m?js|css)$/.test(bestand)) continue;
    let bronnen: string[] = [];
    try {
      const kaart = JSON.parse(readFileSync(join(assets, `${bestand}.map`), 'utf8')) as {
        sources?: string[];
      };
      bronnen = (kaart.sources ?? []).map((b) => b.replace(/\\/g, '/'));
    } catch {
      // CSS and the maplibre worker come without a source map.
    }
    uit.set(`/assets/${bestand}`, { bestand, gzip: gzipBytes(readFileSync(join(assets, bestand))), bronnen });
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------- report

interface RolMeting {
  rol: Rol;
  usable: Spreiding;
  fouten: string[];
  bytes: Record<Download['soort'], { bestanden: number; gzip: number; bytes: number }>;
  eersteJs: { bestand: string; gzip: number }[];
  laterJs: string[];
  nooitJs: string[];
  verdacht: string[];
  laagWissel: Spreiding | string;
}

function somPerSoort(lijst: readonly Download[]): RolMeting['bytes'] {
  const leeg = () => ({ bestanden: 0, gzip: 0, bytes: 0 });
  const uit = { js: leeg(), css: leeg(), api: leeg(), tegel: leeg(), overig: leeg() };
  for (const d of lijst) {
    uit[d.soort].bestanden++;
    uit[d.soort].gzip += d.gzip;
    uit[d.soort].bytes += d.bytes;
  }
  return uit;
}

function spr(s: Spreiding): string {
  return `${ms(s.mediaan)} (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
}

function tabel(koppen: string[], rijen: (string | number)[][]): string {
  const regels = [`| ${koppen.join(' | ')} |`, `| ${koppen.map(() => '---').join(' | ')} |`];
  for (const r of rijen) regels.push(`| ${r.join(' | ')} |`);
  return regels.join('\n');
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const begonnen = new Date();
  const tmp = mkdtempSync(join(tmpdir(), 'hkd-bench-'));
  const outDir = join(tmp, 'app');
  const md: string[] = [
    `# HKD-kaart benchmark ${begonnen.toISOString()}`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, headless Chromium with ` +
      'SwiftShader (software WebGL). Indicative figures: a loaded 2-core machine; compare runs on the same machine.',
    '',
  ];
  const json: Record<string, unknown> = { datum: begonnen.toISOString(), runs: RUNS };
  let api: ApiServer | undefined;
  let web: { server: PreviewServer; url: string } | undefined;
  let browser: Browser | undefined;
  try {
    // ------------------------------------------------------------------ build
    console.log('[bench] productiebuild naar een tijdelijke map');
    await bouwAlles(outDir);
    const chunks = leesChunks(outDir);
    const standaard = maakDemoDataset();
    const organisatie = standaard.zorgaanbieders[0]?.id ?? '';

    // ------------------------------------------------------------------ browser: first visit per role
    if (MET_BROWSER) {
      api = await startApiServer({ port: 0 });
      web = await startWeb(outDir, api.url);
      browser = await startBrowser();
      const rollen: RolMeting[] = [];
      for (const rol of ROLLEN) {
        console.log(`[bench] eerste bezoek ${rol}: ${RUNS} verse contexten`);
        const voorScript = await sessieScript(api.url, rol, organisatie);
        const opties = { pad: '/', voorScript, klaar: APP_KLAAR };
        // One unmeasured visit warms the API's caches (case index, projections) and the OS file cache.
        await (await bezoek(browser, web.url, opties)).sluit();
        const tijden: number[] = [];
        let eerste: Bezoek | undefined;
        const fouten: string[] = [];
        for (let i = 0; i < RUNS; i++) {
          const b = await bezoek(browser, web.url, opties);
          tijden.push(b.usableMs);
          fouten.push(...b.fouten);
          if (eerste === undefined) eerste = b;
          else await b.sluit();
        }
        if (!eerste) throw new Error('geen bezoek gemeten');
        const wissel = await laagWissel(eerste.page, 20);
        const eersteJs = eerste.eerste.filter((d) => d.soort === 'js');
        const geladen = new Set([...eerste.eerste, ...eerste.later].map((d) => d.pad));
        const verdacht = VERDACHT.filter(
          (v) =>
            !v.rollen.includes(rol) &&
            eersteJs.some((d) => chunks.get(d.pad)?.bronnen.some((b) => v.patroon.test(b))),
        ).map((v) => v.naam);
        rollen.push({
          rol,
          usable: spreiding(tijden),
          fouten: [...new Set(fouten)],
          bytes: somPerSoort(eerste.eerste),
          eersteJs: eersteJs.map((d) => ({ bestand: d.pad.replace('/assets/', ''), gzip: d.gzip })),
          laterJs: eerste.later.filter((d) => d.soort === 'js').map((d) => d.pad.replace('/assets/', '')),
          nooitJs: [...chunks.keys()]
            .filter((p) => /\.m?js$/.test(p) && !geladen.has(p))
            .map((p) => p.replace('/assets/', '')),
          verdacht,
          laagWissel: typeof wissel === 'string' ? wissel : spreiding(wissel),
        });
        await eerste.sluit();
      }
      // The bare maplibre page, same tiles and style.
      const bare: number[] = [];
      await (
        await bezoek(browser, web.url, {
          pad: '/bench-bare/bare.html',
          voorScript: null,
          klaar: BARE_KLAAR,
          laterMs: 0,
        })
      ).sluit();
      for (let i = 0; i < RUNS; i++) {
        const b = await bezoek(browser, web.url, {
          pad: '/bench-bare/bare.html',
          voorScript: null,
          klaar: BARE_KLAAR,
          laterMs: 0,
        });
        bare.push(b.usableMs);
        await b.sluit();
      }
      const bareS = spreiding(bare);
      json.rollen = rollen;
      json.bare = bareS;

      md.push(
        '## First visit per role (gzip level 6 of every file the page downloaded until the map was usable)',
        '',
      );
      md.push(
        tabel(
          ['rol', 'JS', 'CSS', 'API (JSON)', 'tiles (.pbf)', 'other (HTML…)', 'total'],
          rollen.map((r) => [
            r.rol,
            `${kb(r.bytes.js.gzip)} (${r.bytes.js.bestanden})`,
            `${kb(r.bytes.css.gzip)} (${r.bytes.css.bestanden})`,
            `${kb(r.bytes.api.gzip)} (${r.bytes.api.bestanden})`,
            `${kb(r.bytes.tegel.gzip)} (${r.bytes.tegel.bestanden}; raw ${kb(r.bytes.tegel.bytes)})`,
            `${kb(r.bytes.overig.gzip)} (${r.bytes.overig.bestanden})`,
            kb(Object.values(r.bytes).reduce((s, b) => s + b.gzip, 0)),
          ]),
        ),
        '',
      );
      md.push(
        tabel(
          [
            'rol',
            'JS in first visit (gzip)',
            'JS after usable (lazy)',
            'JS never loaded',
            'not for this role, yet in first visit',
          ],
          rollen.map((r) => [
            r.rol,
            r.eersteJs.map((j) => `${j.bestand.replace(/-[\w-]{8}\./, '.')} ${kb(j.gzip)}`).join(', '),
            r.laterJs.join(', ') || '–',
            r.nooitJs.map((j) => j.replace(/-[\w-]{8}\./, '.')).join(', ') || '–',
            r.verdacht.join(', ') || 'none',
          ]),
        ),
        '',
      );
      md.push('## Time to a usable map (navigation → `hkdKaart.isIdle() && aantalObjecten() > 0`)', '');
      md.push(
        'Median (min–max) over fresh browser contexts after one warm-up visit. `isIdle()` waits 200 ms without change ' +
          '(RUST_MS in map-view.tsx), so the app figure carries a 200 ms floor that the bare page does not.',
        '',
      );
      md.push(
        tabel(
          ['page', 'usable', 'ratio to bare maplibre', 'layer toggle: click → 2 frames, median / p95 (n)'],
          [
            ...rollen.map((r) => [
              `app, ${r.rol}`,
              spr(r.usable),
              `${(r.usable.mediaan / bareS.mediaan).toFixed(2)}×`,
              typeof r.laagWissel === 'string'
                ? r.laagWissel
                : `${ms(r.laagWissel.mediaan)} / ${ms(r.laagWissel.p95)} (${r.laagWissel.n})`,
            ]),
            ['bare maplibre (same style + tiles), first `idle`', spr(bareS), '1.00×', '–'],
          ],
        ),
        '',
      );
      const fouten = rollen.filter((r) => r.fouten.length > 0);
      if (fouten.length > 0) {
        md.push('Page errors: ' + fouten.map((r) => `${r.rol}: ${r.fouten.join(' | ')}`).join('; '), '');
      }
    }

    // ------------------------------------------------------------------ scale
    const schalen: (SchaalMeting & { browser?: Spreiding; dichtheidGzip?: number })[] = [];
    for (const n of SCHALEN) {
      console.log(`[bench] RGW-dichtheid bij ${n.toLocaleString('nl-NL')} zaken`);
      const gen = tijd(() => genereerDemoDataset({ rgwAantalStad: n }));
      const dataset = gen.uitkomst;
      const agg = meetAggregatie(dataset, gen.ms);
      const schaalApi = await startApiServer({ port: 0, dataset });
      try {
        const payloads = await meetPayloads(schaalApi.url, dataset);
        const meting: (typeof schalen)[number] = { ...agg, payloads };
        if (browser) {
          // The API server takes a dataset; pointing a preview at it needs no app change.
          const schaalWeb = await startWeb(outDir, schaalApi.url);
          try {
            const voorScript = await sessieScript(schaalApi.url, 'draagkrachtscan', organisatie);
            const opties = {
              pad: '/',
              voorScript,
              klaar: APP_KLAAR,
              wachtOpApi: PADEN.rgwDichtheid,
              laterMs: 0,
            };
            const tijden: number[] = [];
            let dichtheidGzip = 0;
            const runs = n >= 1_000_000 ? Math.min(RUNS, 3) : RUNS;
            // The first visit pays the server's cold H3 indexing; that figure is in the aggregation column.
            await (await bezoek(browser, schaalWeb.url, opties)).sluit();
            for (let i = 0; i < runs; i++) {
              const b = await bezoek(browser, schaalWeb.url, opties);
              tijden.push(b.usableMs);
              dichtheidGzip = b.eerste.find((d) => d.pad.startsWith(PADEN.rgwDichtheid))?.gzip ?? 0;
              await b.sluit();
            }
            meting.browser = spreiding(tijden);
            meting.dichtheidGzip = dichtheidGzip;
          } finally {
            await schaalWeb.server.close();
          }
        }
        schalen.push(meting);
      } finally {
        await schaalApi.close();
      }
    }
    json.schaal = schalen;
    md.push('## RGW density at scale (default period: 12 months to the peildatum, all categories)', '');
    md.push(
      tabel(
        [
          'cases (in period)',
          'server: focus areas cold / warm',
          'server: H3 r8 cold / warm',
          'payload gzip (raw): publiek · zorgaanbieder · scan h3 r8 · scan buurt',
          'naive: all points JSON gzip (raw)',
          'naive: client h3-js aggregation (Node)',
          'bytes naive / scan h3',
          'scan: navigation → density drawn, map idle',
        ],
        schalen.map((s) => {
          const h3 = s.payloads.find((p) => p.rol.startsWith('draagkrachtscan (h3'));
          return [
            `${s.zaken.toLocaleString('nl-NL')} (${s.inPeriode.toLocaleString('nl-NL')})`,
            `${ms(s.focusKoudMs)} / ${ms(s.focusWarmMs)}`,
            `${ms(s.h3KoudMs)} / ${ms(s.h3WarmMs)}`,
            s.payloads.map((p) => `${kb(p.gzip)} (${kb(p.bytes)})`).join(' · '),
            `${kb(s.naiefGzip)} (${kb(s.naiefBytes)})`,
            ms(s.naiefClientMs),
            h3
              ? `${(s.naiefGzip / h3.gzip).toFixed(0)}× gzip, ${(s.naiefBytes / h3.bytes).toFixed(0)}× raw`
              : '–',
            s.browser ? spr(s.browser) : 'not run',
          ];
        }),
      ),
      '',
    );

    // ------------------------------------------------------------------ clusters
    const clusters: ClusterMeting[] = meetClusters();
    json.clusters = clusters;
    md.push('## Supercluster (synthetic symbols in the Rotterdam bbox, radius 28 px, maxZoom 13)', '');
    md.push(
      tabel(
        [
          'symbols',
          'index build (once per dataset)',
          'query, uncached: mean over z9–16 / slowest zoom (start view)',
          'clusters at z11',
        ],
        clusters.map((c) => [
          c.punten.toLocaleString('nl-NL'),
          ms(c.bouwMs),
          `${ms(c.queryPerZoomMs)} / ${ms(c.queryMaxMs)}`,
          c.clustersOpZoom11,
        ]),
      ),
      '',
    );

    const tekst = md.join('\n');
    console.log(`\n${tekst}`);
    mkdirSync(RESULTATEN, { recursive: true });
    writeFileSync(join(RESULTATEN, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(RESULTATEN, 'latest.md'), `${tekst}\n`);
    console.log(`\ngeschreven: ${relative(ROOT, join(RESULTATEN, 'latest.md'))} en latest.json`);
  } finally {
    await browser?.close();
    await web?.server.close();
    await api?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (fout: unknown) => {
    console.error('benchmark mislukt:', fout);
    process.exit(1);
  },
);
