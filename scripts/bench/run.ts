/**
 * `npm run bench`: builds the production app once into a temp folder, serves it with the mock API, and prints what a
 * first visit costs per role against a bare maplibre page in alternating visits (wall time to usable, script and task
 * time, JavaScript bytes, requests, frames drawn; the targets of issue 13), what each role's first visit downloads, how long the interactions
 * take (the app's own `hkd:*` performance measures, src/meting/prestatie.ts), how the RGW density scales to 1M cases,
 * how fast the cluster index is, the draagkrachtscan's analysis at each scale (scripts/bench/scan.ts: median and p95
 * against issue 14's 300 ms at 1M cases), and the API under load (req/s, p50/p99 at 50 clients per endpoint and role,
 * scripts/bench/api-last.ts). Writes bench-results/latest.{json,md} (git-ignored).
 * Figures from a shared 2-core machine with software WebGL (SwiftShader) are indicative: compare runs, not machines.
 *
 * Options: --paren N (rounds of alternating visits, bare page and each role, default 7), --alleen-bezoek (only that
 * table: a quick run), --alleen-scan (only the draagkrachtscan's analysis at 10k, 100k and 1M cases: no build, no
 * browser), --vergelijk <git ref> (that commit's app built too and visited in the same rounds, for a
 * before/after), --runs N (fresh browser contexts per scale, default 5), --interacties N (each interaction per
 * role, default 12, at least 10), --zonder-browser, --zonder-1m.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser, type CDPSession, type Locator, type Page } from 'playwright-core';
import { build, type PreviewServer } from 'vite';
import { genereerDemoDataset, maakDemoDataset } from '../../mock-api/generate/dataset';
import { startApiServer, type ApiServer } from '../../mock-api/server';
import { PADEN } from '../../src/contract/endpoints';
import { apiLastTabel, CLIENTS, doelZin, meetApiLast } from './api-last';
import { meetClusters, type ClusterMeting } from './clusters';
import { meetAggregatie, meetPayloads, SCHAAL_KOPPEN, schaalRij, type SchaalMeting } from './schaal';
import { meetScan, SCAN_KOPPEN, scanRij, type ScanMeting } from './scan';
import { gzipBytes, kb, ms, spreiding, tijd, type Spreiding } from './statistiek';
import { CHROMIUM_START } from '../chromium-opties.mjs';
import { ROOT, startPreview } from '../servers.mjs';

const RESULTATEN = join(ROOT, 'bench-results');
const OPSLAGSLEUTEL = 'hkd-kaart.sessie'; // src/api/sessie.ts
const VIEWPORT = { width: 1280, height: 800 };

const args = process.argv.slice(2);
function optie(naam: string): string | undefined {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
}
const RUNS = Number(optie('--runs') ?? 5);
/** Rounds of alternating visits: per round, each role right after (or before) a visit of the bare page. */
const PAREN = Number(optie('--paren') ?? 7);
/** Only the visit table (`--alleen-bezoek`): no interactions, role switches, scale, clusters or API load. */
const ALLEEN_BEZOEK = args.includes('--alleen-bezoek');
/** Only the draagkrachtscan's analysis at each scale (`--alleen-scan`): no build, no browser, no other section. */
const ALLEEN_SCAN = args.includes('--alleen-scan');
/** Even, so a toggled layer or filter ends where it started; at least 10 for a p95 that means something. */
const INTERACTIES = Math.max(10, Math.ceil(Number(optie('--interacties') ?? 12) / 2) * 2);
/** Role switches: publiek → draagkrachtscan → zorgaanbieder → publiek, this many times (3 switches each). */
const ROL_CYCLI = 2;
const MET_BROWSER = !args.includes('--zonder-browser');
const SCHALEN = args.includes('--zonder-1m') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];

type Rol = 'publiek' | 'zorgaanbieder' | 'draagkrachtscan' | 'beheer';
/** The roles whose interactions are driven (beheer's map is the draagkrachtscan's). */
const ROLLEN: readonly Rol[] = ['publiek', 'zorgaanbieder', 'draagkrachtscan'];
/** The roles of the visit table: every role. */
const BEZOEK_ROLLEN: readonly Rol[] = ['publiek', 'zorgaanbieder', 'draagkrachtscan', 'beheer'];

/** Targets of issue 13 (wall time to usable against the bare page; publiek's first-visit JavaScript, gzip). */
const DOEL_PUBLIEK = 1.5;
const DOEL_INGELOGD = 2.5;
const DOEL_PUBLIEK_JS_KB = 540;
/** Target of issue 14: the draagkrachtscan's analysis over HTTP at 1M RGW cases (p95 of the warm requests). */
const DOEL_SCAN_MS = 300;
/** The build of the working tree, in the visit table. */
const HUIDIG = 'app';
/** `--vergelijk <git ref>`: that commit's app (its index.html and src/) built too and visited in the same rounds. */
const VERGELIJK = optie('--vergelijk') ?? null;

/** Modules that should not reach a first visit unless the role needs them; matched against sourcemap sources. */
const VERDACHT: readonly { naam: string; patroon: RegExp; rollen: readonly Rol[] }[] = [
  { naam: 'recharts', patroon: /node_modules\/recharts\//, rollen: [] },
  // The chart components; the pure helpers beside them (colours, series) serve the legend and the details.
  { naam: 'src/charts (chart components)', patroon: /src\/charts\/[^/]*-chart\.tsx/, rollen: [] },
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

async function bouwAlles(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    // Source maps tell which modules each chunk holds (VERDACHT); the production default has none.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000, sourcemap: true },
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

/**
 * `--vergelijk <ref>`: the app as it was at that commit (its index.html, src/ and mock-api/ from git, built with
 * today's config, dependencies and public/ tiles), for before/after visits in the same alternating rounds.
 */
async function bouwVergelijking(ref: string, outDir: string): Promise<void> {
  const bron = join(RESULTATEN, 'vergelijk-bron');
  rmSync(bron, { recursive: true, force: true });
  mkdirSync(bron, { recursive: true });
  const archief = execFileSync('git', ['-C', ROOT, 'archive', ref, 'index.html', 'src', 'mock-api'], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', bron], { input: archief });
  await build({
    root: bron,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
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

/** Main-thread time until usable (CDP `Performance.getMetrics`, taken right after `klaar`), ms. */
interface Cpu {
  /** `ScriptDuration`: compiling and running JavaScript. */
  scriptMs: number;
  /** `TaskDuration`: every main-thread task (script, style, layout, paint, and here the software WebGL raster). */
  taakMs: number;
}

interface Bezoek {
  /** Navigation → `klaar` true, on the Node clock (includes the polling and the round trips to the page). */
  usableMs: number;
  cpu: Cpu | null;
  /** WebGL redraws until the `hkd:kaart-bruikbaar` mark (BEELDEN_TELLER), or null without the mark. */
  beelden: number | null;
  /** The bare page only: maplibre's `render` events until the mark, the check of `beelden`. */
  renders: number | null;
  /** Requests the page started until usable (every origin, the tiles' 204s included). */
  verzoeken: number;
  /** What the page itself reports (ms since navigation start, the page's clock), or null when it reports nothing. */
  inPaginaMs: number | null;
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
  /** Evaluated in the page once `klaar`: the page's own figure for "usable" (a number or null). */
  inPagina?: string;
  /** How long to wait for `inPagina` after `klaar` when it is still null (the app's mark may follow its readiness). */
  inPaginaWachtMs?: number;
  /** Waits for this API path before checking `klaar` (the density answer at scale). */
  wachtOpApi?: string;
  laterMs?: number;
}

/**
 * Frames drawn: every redraw of a WebGL canvas, counted in the page by both pages alike without any app hook. A
 * redraw is a run of draw calls on one WebGL context within one task or callback (a microtask ends it): one per
 * maplibre `render` (all its layers, in one rAF callback) and one per deck.gl frame on its own canvas (in the
 * interleaved mode deck.gl draws inside maplibre's render and counts with it). Read at the `hkd:kaart-bruikbaar` mark
 * (the bare page sets the same mark at its first idle frame), so it counts the frames until usable.
 */
const BEELDEN_TELLER = `(() => {
  let beelden = 0;
  const bezig = new WeakSet();
  const namen = ['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const soort of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!soort) continue;
    for (const naam of namen) {
      const origineel = soort.prototype[naam];
      if (typeof origineel !== 'function') continue;
      soort.prototype[naam] = function (...a) {
        if (!bezig.has(this)) {
          bezig.add(this);
          beelden += 1;
          queueMicrotask(() => bezig.delete(this));
        }
        return origineel.apply(this, a);
      };
    }
  }
  const teller = { beelden: () => beelden, bijBruikbaar: null, rendersBijBruikbaar: null };
  Object.defineProperty(self, '__hkdBeelden', { value: teller });
  new PerformanceObserver((lijst) => {
    if (teller.bijBruikbaar === null && lijst.getEntriesByName('hkd:kaart-bruikbaar').length > 0) {
      teller.bijBruikbaar = beelden;
      // The bare page counts maplibre's own 'render' events: the check of this count.
      teller.rendersBijBruikbaar = self.bareKaart?.renders ?? null;
    }
  }).observe({ type: 'mark' });
})();`;

async function cpuNu(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const waarde = (naam: string) => (metrics.find((m) => m.name === naam)?.value ?? Number.NaN) * 1000;
  return { scriptMs: waarde('ScriptDuration'), taakMs: waarde('TaskDuration') };
}

async function bezoek(browser: Browser, basis: string, opties: BezoekOpties): Promise<Bezoek> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
    // The harness's checks are strings evaluated in the page, which the CSP's script-src 'self' (no eval) refuses.
    bypassCSP: true,
  });
  await context.addInitScript({ content: BEELDEN_TELLER });
  if (opties.voorScript) await context.addInitScript({ content: opties.voorScript });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const downloads: Download[] = [];
  const bezig: Promise<void>[] = [];
  const fouten: string[] = [];
  const verzoekTijden: number[] = [];
  let start = 0;
  page.on('pageerror', (f) => fouten.push(f.message));
  page.on('request', () => void verzoekTijden.push(Date.now() - start));
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
  // The blank page's own time, taken off below (when the navigation kept the renderer; otherwise it starts at zero).
  const cpuVoor = await cpuNu(cdp);
  start = Date.now();
  await page.goto(basis + opties.pad);
  await api;
  await page.waitForFunction(opties.klaar, undefined, { timeout: 120_000, polling: 'raf' });
  const usableMs = Date.now() - start;
  const cpuNa = await cpuNu(cdp);
  const cpu: Cpu | null = Number.isFinite(cpuNa.taakMs)
    ? cpuNa.taakMs >= cpuVoor.taakMs
      ? { scriptMs: cpuNa.scriptMs - cpuVoor.scriptMs, taakMs: cpuNa.taakMs - cpuVoor.taakMs }
      : cpuNa
    : null;
  let inPaginaMs: number | null = null;
  if (opties.inPagina) {
    inPaginaMs = getal(await page.evaluate(opties.inPagina));
    if (inPaginaMs === null && (opties.inPaginaWachtMs ?? 0) > 0) {
      await page
        .waitForFunction(`(${opties.inPagina}) != null`, undefined, {
          timeout: opties.inPaginaWachtMs,
          polling: 100,
        })
        .catch(() => undefined);
      inPaginaMs = getal(await page.evaluate(opties.inPagina));
    }
  }
  const beelden = getal(await page.evaluate('globalThis.__hkdBeelden?.bijBruikbaar ?? null'));
  const renders = getal(await page.evaluate('globalThis.__hkdBeelden?.rendersBijBruikbaar ?? null'));
  await page.waitForTimeout(opties.laterMs ?? 1_500);
  await Promise.all(bezig);
  return {
    usableMs,
    cpu,
    beelden,
    renders,
    verzoeken: verzoekTijden.filter((t) => t <= usableMs).length,
    inPaginaMs,
    eerste: downloads.filter((d) => d.na <= usableMs),
    later: downloads.filter((d) => d.na > usableMs),
    fouten,
    page,
    sluit: () => context.close(),
  };
}

function getal(waarde: unknown): number | null {
  return typeof waarde === 'number' && Number.isFinite(waarde) ? waarde : null;
}

// Page scripts are strings, not functions: tsx's name-keeping helper (__name) does not exist in the page.

/** Readiness: the map's test hook says idle with the role's data (200 ms without change); without the hook, the mark. */
const APP_KLAAR = `(() => {
  const h = window.hkdKaart;
  if (h) return h.isIdle() && h.aantalObjecten() > 0;
  return performance.getEntriesByName('hkd:kaart-bruikbaar', 'mark').length > 0;
})()`;
/** The app's "usable": the map marks `hkd:kaart-bruikbaar` when the role's data is drawn and the map idle. */
const APP_BRUIKBAAR = `(performance.getEntriesByName('hkd:kaart-bruikbaar', 'mark')[0]?.startTime ?? null)`;
const BARE_KLAAR = '(() => window.bareKaart?.idle != null)()';
/** performance.now() at maplibre's first 'idle' (scripts/bench/bare.ts): the same clock as the app's mark. */
const BARE_BRUIKBAAR = '(window.bareKaart?.idle ?? null)';
/** A visit of the bare maplibre page (scripts/bench/bare.ts); it fetches nothing after its map. */
const BARE_BEZOEK: BezoekOpties = {
  pad: '/bench-bare/bare.html',
  voorScript: null,
  klaar: BARE_KLAAR,
  inPagina: BARE_BRUIKBAAR,
  laterMs: 0,
};

// ---------------------------------------------------------------------------------------------- interactions

/** src/meting/prestatie.ts Interactie: each is a `hkd:<soort>` measure in the page. */
type Interactie = 'laag-wissel' | 'filter' | 'selectie' | 'rol-wissel';
/** Durations in ms, or why there are none. */
type Uitkomst = number[] | string;

/** The role's label at the start of its radio button in the sign-in form (ROL_LABEL in src/domain/roles.ts). */
const ROL_KEUZE: Record<Exclude<Rol, 'publiek'>, RegExp> = {
  zorgaanbieder: /^Zorgaanbieder/,
  draagkrachtscan: /^Draagkrachtscan/,
  beheer: /^Beheer/,
};

const aantalMetingen = (naam: string) => `performance.getEntriesByName('${naam}', 'measure').length`;

/** After an interaction: the map idle again (as a person would look at the result), so the next starts from rest. */
async function rust(page: Page): Promise<void> {
  await page
    .waitForFunction('(() => { const h = window.hkdKaart; return !h || h.isIdle(); })()', undefined, {
      timeout: 20_000,
      polling: 100,
    })
    .catch(() => undefined);
  await page.waitForTimeout(100);
}

/**
 * Does `doe` `keer` times and returns, per time, the duration of the `hkd:<soort>` measure it caused (null: none), or
 * why there is nothing at all. Each time it waits for the new measure (interactions never overlap: the start mark has
 * one name) and then for rest.
 */
async function herhaal(
  page: Page,
  soort: Interactie,
  keer: number,
  doe: (i: number) => Promise<void>,
  wachtMs = 10_000,
  /** Another measure to wait for and read instead (a role switch: until the new role is drawn). */
  naam = `hkd:${soort}`,
): Promise<(number | null)[] | string> {
  const tijden: (number | null)[] = [];
  for (let i = 0; i < keer; i++) {
    const voor = Number(await page.evaluate(aantalMetingen(naam)));
    try {
      await doe(i);
    } catch (fout) {
      const waarom = `de ${i + 1}e ${soort} lukte niet: ${fout instanceof Error ? fout.message.split('\n')[0] : String(fout)}`;
      if (tijden.length === 0) return waarom;
      console.warn(`[bench] ${waarom}; gestopt na ${i} keer`);
      break;
    }
    const gemeten = await page
      .waitForFunction(`${aantalMetingen(naam)} > ${voor}`, undefined, { timeout: wachtMs, polling: 100 })
      .then(
        () => true,
        () => false,
      );
    // The app does not measure this at all: no use trying the other times.
    if (!gemeten && i === 0) return `geen ${naam} binnen ${wachtMs / 1000} s na de invoer`;
    tijden.push(
      gemeten
        ? getal(
            await page.evaluate(
              `performance.getEntriesByName('${naam}', 'measure').at(-1)?.duration ?? null`,
            ),
          )
        : null,
    );
    await rust(page);
  }
  const gemist = tijden.filter((t) => t === null).length;
  if (gemist > 0) console.warn(`[bench] ${gemist} van ${tijden.length} keer ${soort} zonder meting`);
  return tijden;
}

/** The measured durations only; a string when there are none. */
function gemeten(uitkomst: (number | null)[] | string, soort: Interactie): Uitkomst {
  if (typeof uitkomst === 'string') return uitkomst;
  const tijden = uitkomst.filter((t): t is number => t !== null);
  return tijden.length > 0 ? tijden : `geen hkd:${soort}`;
}

/** Opens or closes "Kaartlagen" (a <details>, as tests/e2e/clusters.ts drives it); returns the panel. */
async function kaartlagen(page: Page, open: boolean): Promise<Locator> {
  const paneel = page.locator('details.kaartlagen__paneel');
  const isOpen = (await paneel.getAttribute('open')) !== null;
  if (isOpen !== open) await paneel.locator('summary').click();
  return paneel;
}

/**
 * Drives the interactions of issue 5 in a page that shows the role's map, through the UI as a person would: the
 * "Voorzieningen" layer off and on, the first "Woonvorm" filter box on and off (every role has both), and rows of the
 * table twin ("Tabel van de kaart") one after another.
 */
async function meetInteracties(
  page: Page,
  keer: number,
): Promise<Record<'laag-wissel' | 'filter' | 'selectie', Uitkomst>> {
  const paneel = await kaartlagen(page, true);
  const laag = paneel.getByRole('checkbox', { name: 'Voorzieningen', exact: true });
  const laagWissel = gemeten(await herhaal(page, 'laag-wissel', keer, () => laag.click()), 'laag-wissel');
  const vakje = paneel.getByRole('group', { name: 'Woonvorm', exact: true }).getByRole('checkbox').first();
  const filter = gemeten(await herhaal(page, 'filter', keer, () => vakje.click()), 'filter');
  await kaartlagen(page, false);
  const knoppen = page.getByRole('region', { name: 'Tabel van de kaart' }).locator('tbody .data-tabel__kies');
  const regels = Math.min(await knoppen.count(), 6);
  const selectie =
    regels < 2
      ? `te weinig regels in "Tabel van de kaart" (${regels})`
      : gemeten(await herhaal(page, 'selectie', keer, (i) => knoppen.nth(i % regels).click()), 'selectie');
  return { 'laag-wissel': laagWissel, filter, selectie };
}

interface RolWisselMeting {
  /** Until the new role's data is drawn, per role switched to and all together; a string says why there is no figure. */
  perRol: Partial<Record<Rol, Spreiding>>;
  alle: Spreiding | string;
  /** From the input to the next painted frame (`hkd:rol-wissel`, as the other interactions), per role and all. */
  invoerPerRol: Partial<Record<Rol, Spreiding>>;
  invoer: Spreiding | string;
  /** From the input until the header names the new role in a painted frame (`hkd:rol-naam`), per role. */
  naamPerRol: Partial<Record<Rol, Spreiding>>;
  /**
   * Sign-ins only: from the sign-in answer until the header with the new name was painted
   * (`hkd:rol-naam-na-antwoord`), and in which frame after the answer that was (1: the very next).
   */
  naamNaAntwoord: Spreiding | string;
  naamBeelden: number[];
}

/**
 * Role switches through the sign-in form, from publiek: sign in as draagkrachtscan, switch to zorgaanbieder ("Andere
 * rol"), sign out, `cycli` times. Two measures per switch from the submit: to the next painted frame, and to the map
 * having drawn the new role's data (`hkd:rol-wissel-getekend`), which each switch waits for.
 */
async function meetRolWissels(browser: Browser, basis: string, cycli: number): Promise<RolWisselMeting> {
  const b = await bezoek(browser, basis, {
    pad: '/',
    voorScript: null,
    klaar: APP_KLAAR,
    inPagina: APP_BRUIKBAAR,
    inPaginaWachtMs: 5_000,
    laterMs: 500,
  });
  try {
    const { page } = b;
    if (b.inPaginaMs === null) {
      const waarom =
        'de kaart meldt nog niet dat ze getekend is (geen hkd:kaart-bruikbaar), dus eindigt geen rolwissel';
      return {
        perRol: {},
        alle: waarom,
        invoerPerRol: {},
        invoer: waarom,
        naamPerRol: {},
        naamNaAntwoord: waarom,
        naamBeelden: [],
      };
    }
    const kop = page.getByRole('banner');
    const formulier = page.getByRole('region', { name: 'Inloggen (demo)' });
    const volgorde: Rol[] = [];
    for (let c = 0; c < cycli; c++) volgorde.push('draagkrachtscan', 'zorgaanbieder', 'publiek');
    const uitkomst = await herhaal(
      page,
      'rol-wissel',
      volgorde.length,
      async (i) => {
        const naar = volgorde[i] ?? 'publiek';
        if (naar === 'publiek') {
          await kop.getByRole('button', { name: 'Uitloggen', exact: true }).click();
          return;
        }
        await kop.getByRole('button', { name: /^(Inloggen \(demo\)|Andere rol)$/ }).click();
        await formulier.getByRole('radio', { name: ROL_KEUZE[naar] }).check();
        // selectOption waits until the list of organisations has loaded and the select is enabled.
        if (naar === 'zorgaanbieder') await formulier.getByLabel('Organisatie').selectOption({ index: 1 });
        await formulier.getByRole('button', { name: 'Inloggen', exact: true }).click();
      },
      30_000,
      'hkd:rol-wissel-getekend',
    );
    const geen = { perRol: {}, invoerPerRol: {}, naamPerRol: {}, naamBeelden: [] };
    if (typeof uitkomst === 'string')
      return { ...geen, alle: uitkomst, invoer: uitkomst, naamNaAntwoord: uitkomst };
    // Each switch waited for its drawing, so the input measures are in the same order, one per switch.
    const invoerTijden = (await page.evaluate(
      `performance.getEntriesByName('hkd:rol-wissel', 'measure').map((m) => m.duration)`,
    )) as number[];
    const perRolVan = (tijden: readonly (number | null)[]) => {
      const uit: Partial<Record<Rol, Spreiding>> = {};
      for (const rol of ROLLEN) {
        const vanRol = tijden.filter((t, i): t is number => t !== null && volgorde[i] === rol);
        if (vanRol.length > 0) uit[rol] = spreiding(vanRol);
      }
      return uit;
    };
    const alle = gemeten(uitkomst, 'rol-wissel');
    const invoer = invoerTijden.length === volgorde.length ? invoerTijden : null;
    const naamTijden = (await page.evaluate(
      `performance.getEntriesByName('hkd:rol-naam', 'measure').map((m) => m.duration)`,
    )) as number[];
    const naAntwoord = (await page.evaluate(
      `performance.getEntriesByName('hkd:rol-naam-na-antwoord', 'measure').map((m) => [m.duration, m.detail?.beelden ?? -1])`,
    )) as [number, number][];
    const aanmeldingen = volgorde.filter((r) => r !== 'publiek').length;
    return {
      naamPerRol: naamTijden.length === volgorde.length ? perRolVan(naamTijden) : {},
      naamNaAntwoord:
        naAntwoord.length === aanmeldingen
          ? spreiding(naAntwoord.map(([ms]) => ms))
          : `${naAntwoord.length} hkd:rol-naam-na-antwoord voor ${aanmeldingen} aanmeldingen`,
      naamBeelden: naAntwoord.map(([, beelden]) => beelden),
      perRol: perRolVan(uitkomst),
      alle: typeof alle === 'string' ? alle : spreiding(alle),
      invoerPerRol: invoer ? perRolVan(invoer) : {},
      invoer: invoer
        ? spreiding(invoer)
        : `${invoerTijden.length} hkd:rol-wissel voor ${volgorde.length} wissels`,
    };
  } finally {
    await b.sluit();
  }
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

/**
 * How "usable" was measured. `in-pagina`: the page's own clock (the app's `hkd:kaart-bruikbaar` mark, the bare page's
 * first maplibre 'idle'), ms since navigation start. `polling`: Node polls `isIdle()`, which holds off until 200 ms
 * without change, so it carries that floor plus the polling; the fallback while the map sets no mark.
 */
type Methode = 'in-pagina' | 'polling';

interface Bruikbaar {
  methode: Methode;
  /** By `methode`. */
  usable: Spreiding;
  /** Navigation → `klaar` polled from Node: always measured (the readiness signal). */
  gepold: Spreiding;
  /** Visits that had the in-page figure. */
  metInPagina: number;
}

interface RolMeting {
  rol: Rol;
  bruikbaar: Bruikbaar;
  fouten: string[];
  bytes: Record<Download['soort'], { bestanden: number; gzip: number; bytes: number }>;
  eersteJs: { bestand: string; gzip: number }[];
  laterJs: string[];
  nooitJs: string[];
  verdacht: string[];
  interacties: Record<'laag-wissel' | 'filter' | 'selectie', Spreiding | string>;
}

/**
 * One unmeasured visit (it warms the API's caches and the OS file cache, and shows whether the page reports its own
 * figure), then `runs` fresh contexts. Returns the figures and the first measured visit, still open.
 */
async function meetBezoeken(
  browser: Browser,
  basis: string,
  opties: BezoekOpties,
  runs: number,
): Promise<{ bruikbaar: Bruikbaar; eerste: Bezoek; fouten: string[] }> {
  const warm = await bezoek(browser, basis, { ...opties, inPaginaWachtMs: 5_000 });
  await warm.sluit();
  // A page that reported nothing while warming up will not start now: no waiting for it on every visit.
  const inPaginaWachtMs = warm.inPaginaMs === null ? 0 : 2_000;
  const gepold: number[] = [];
  const inPagina: number[] = [];
  const fouten = [...warm.fouten];
  let eerste: Bezoek | undefined;
  for (let i = 0; i < runs; i++) {
    const b = await bezoek(browser, basis, { ...opties, inPaginaWachtMs });
    gepold.push(b.usableMs);
    if (b.inPaginaMs !== null) inPagina.push(b.inPaginaMs);
    fouten.push(...b.fouten);
    if (eerste === undefined) eerste = b;
    else await b.sluit();
  }
  if (!eerste) throw new Error('geen bezoek gemeten');
  // One method for all visits: a mix of clocks is no distribution.
  const methode: Methode = inPagina.length === runs ? 'in-pagina' : 'polling';
  return {
    bruikbaar: {
      methode,
      usable: spreiding(methode === 'in-pagina' ? inPagina : gepold),
      gepold: spreiding(gepold),
      metInPagina: inPagina.length,
    },
    eerste,
    fouten: [...new Set(fouten)],
  };
}

/** One page's figures over the alternating visits. */
interface PaginaReeks {
  /** Navigation → usable, the page's own clock (the app's mark, the bare page's first idle frame). */
  usable: Spreiding;
  /** The same, polled from Node (a visit whose page reported no mark still has this). */
  gepold: Spreiding;
  scriptMs: Spreiding;
  taakMs: Spreiding;
  /** Gzip of the JavaScript downloaded until usable, per visit (the same every visit, barring lazy timing). */
  jsGzip: Spreiding;
  verzoeken: Spreiding;
  beelden: Spreiding;
}

interface RolReeks extends PaginaReeks {
  rol: Rol;
  /** Which build: 'app' (this one) or `app at <ref>` (`--vergelijk`). */
  variant: string;
  /** Per round, this role's usable time over the bare visit next to it: the median of these is the figure. */
  verhouding: Spreiding;
  /** The same for the task time. */
  taakVerhouding: Spreiding;
  fouten: string[];
}

interface AfwisselendeMeting {
  bare: PaginaReeks;
  /** The bare page's visits where the WebGL redraws counted differ from maplibre's `render` events, of all. */
  telVerschil: { anders: number; van: number };
  rollen: RolReeks[];
}

interface Monster {
  usable: number;
  gepold: number;
  cpu: Cpu | null;
  jsGzip: number;
  verzoeken: number;
  beelden: number | null;
  renders: number | null;
}

function reeks(monsters: readonly Monster[]): PaginaReeks {
  const van = (f: (m: Monster) => number | null | undefined) =>
    spreiding(monsters.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
  return {
    usable: van((m) => m.usable),
    gepold: van((m) => m.gepold),
    scriptMs: van((m) => m.cpu?.scriptMs),
    taakMs: van((m) => m.cpu?.taakMs),
    jsGzip: van((m) => m.jsGzip),
    verzoeken: van((m) => m.verzoeken),
    beelden: van((m) => m.beelden),
  };
}

/**
 * The visit table: `rondes` rounds in which every role follows a visit of the bare page (bare, publiek, bare,
 * zorgaanbieder, …; every other round the role first, then the bare page), each a fresh browser context, so a machine
 * that speeds up or slows down during the run (a shared 2-core VM does) affects both pages of a pair alike. Each pair
 * gives a ratio; the median of a role's ratios is its figure. One unmeasured visit of every page first (caches).
 */
/** A build whose visits go into the table: the current one, and with `--vergelijk <ref>` that commit's. */
interface Variant {
  naam: string;
  basis: string;
}

async function meetAfwisselend(
  browser: Browser,
  basis: string,
  varianten: readonly Variant[],
  sessies: ReadonlyMap<Rol, string | null>,
  rondes: number,
): Promise<AfwisselendeMeting> {
  const appOpties = (rol: Rol): BezoekOpties => ({
    pad: '/',
    voorScript: sessies.get(rol) ?? null,
    klaar: APP_KLAAR,
    inPagina: APP_BRUIKBAAR,
    inPaginaWachtMs: 2_000,
    laterMs: 0,
  });
  const fouten = new Map<string, Set<string>>();
  const een = async (waar: string, opties: BezoekOpties, sleutel: string | null): Promise<Monster> => {
    const b = await bezoek(browser, waar, opties);
    await b.sluit();
    if (sleutel) {
      const lijst = fouten.get(sleutel) ?? new Set<string>();
      for (const f of b.fouten) lijst.add(f);
      fouten.set(sleutel, lijst);
    }
    return {
      usable: b.inPaginaMs ?? Number.NaN,
      gepold: b.usableMs,
      cpu: b.cpu,
      jsGzip: b.eerste.filter((d) => d.soort === 'js').reduce((som, d) => som + d.gzip, 0),
      verzoeken: b.verzoeken,
      beelden: b.beelden,
      renders: b.renders,
    };
  };
  const sleutelVan = (v: Variant, rol: Rol) => `${v.naam} ${rol}`;
  await een(basis, BARE_BEZOEK, null);
  for (const v of varianten) for (const rol of BEZOEK_ROLLEN) await een(v.basis, appOpties(rol), null);
  const bare: Monster[] = [];
  /** Per variant and role: its visits, each with the bare visit of the same round. */
  const paren = new Map<string, [Monster, Monster][]>();
  for (let ronde = 0; ronde < rondes; ronde++) {
    console.log(`[bench] ronde ${ronde + 1} van ${rondes} (load ${loadavg()[0]?.toFixed(2) ?? '?'})`);
    for (const rol of BEZOEK_ROLLEN) {
      // The bare page and each build in turn, the order rotated every round (bare first, then a build first, …).
      const volgorde: (Variant | null)[] = [null, ...varianten];
      const gedraaid = volgorde.map((_, i) => volgorde[(i + ronde) % volgorde.length] ?? null);
      const gemeten = new Map<Variant | null, Monster>();
      for (const v of gedraaid) {
        gemeten.set(
          v,
          v === null
            ? await een(basis, BARE_BEZOEK, null)
            : await een(v.basis, appOpties(rol), sleutelVan(v, rol)),
        );
      }
      const kaal = gemeten.get(null);
      if (!kaal) continue;
      bare.push(kaal);
      for (const v of varianten) {
        const app = gemeten.get(v);
        if (!app) continue;
        const sleutel = sleutelVan(v, rol);
        paren.set(sleutel, [...(paren.get(sleutel) ?? []), [app, kaal]]);
      }
    }
  }
  const geteld = bare.filter((m) => m.beelden !== null && m.renders !== null);
  return {
    bare: reeks(bare),
    telVerschil: { anders: geteld.filter((m) => m.beelden !== m.renders).length, van: geteld.length },
    rollen: varianten.flatMap((v) =>
      BEZOEK_ROLLEN.map((rol) => {
        const lijst = paren.get(sleutelVan(v, rol)) ?? [];
        const verhoudingen = (f: (m: Monster) => number | undefined) =>
          spreiding(
            lijst
              .map(([a, k]) => (f(a) ?? Number.NaN) / (f(k) ?? Number.NaN))
              .filter((x) => Number.isFinite(x)),
          );
        return {
          rol,
          variant: v.naam,
          ...reeks(lijst.map(([a]) => a)),
          verhouding: verhoudingen((m) => m.usable),
          taakVerhouding: verhoudingen((m) => m.cpu?.taakMs),
          fouten: [...(fouten.get(sleutelVan(v, rol)) ?? [])],
        };
      }),
    ),
  };
}

/** The targets of issue 13 against the visit table: one line each, met or not. */
function doelen(m: AfwisselendeMeting): { tekst: string; gehaald: boolean }[] {
  const uit: { tekst: string; gehaald: boolean }[] = [];
  for (const r of m.rollen.filter((x) => x.variant === HUIDIG)) {
    const doel = r.rol === 'publiek' ? DOEL_PUBLIEK : DOEL_INGELOGD;
    const x = r.verhouding.mediaan;
    uit.push({
      tekst: `${r.rol}: wall time to usable ${x.toFixed(2)}× the bare page (target ≤ ${doel.toFixed(1)}×)`,
      gehaald: x <= doel,
    });
  }
  const publiek = m.rollen.find((r) => r.rol === 'publiek' && r.variant === HUIDIG);
  if (publiek) {
    const kbJs = publiek.jsGzip.max / 1024;
    uit.push({
      tekst: `publiek first-visit JavaScript ${kbJs.toFixed(1)} KB gzip (target ≤ ${DOEL_PUBLIEK_JS_KB} KB)`,
      gehaald: kbJs <= DOEL_PUBLIEK_JS_KB,
    });
  }
  return uit;
}

function bezoekTabel(m: AfwisselendeMeting, rondes: number, load: readonly number[]): string[] {
  const mediaanMs = (s: Spreiding) => ms(s.mediaan);
  const rij = (naam: string, p: PaginaReeks, verhouding: string, taak: string): string[] => [
    naam,
    spr(p.usable),
    verhouding,
    `${mediaanMs(p.scriptMs)} / ${mediaanMs(p.taakMs)}`,
    taak,
    kb(p.jsGzip.mediaan),
    String(p.verzoeken.mediaan),
    Number.isFinite(p.beelden.mediaan) ? `${p.beelden.mediaan} (${p.beelden.min}–${p.beelden.max})` : '–',
  ];
  const uit = [
    `## First visit per role against the bare maplibre page (${rondes} rounds of alternating visits)`,
    '',
    'Every visit a fresh browser context of the production build; each role right after (or, every other round, ' +
      "right before) a visit of the bare page. Usable: navigation start → the app's `hkd:kaart-bruikbaar` mark " +
      "(the role's data drawn, maplibre idle, that frame handed to the screen) and the bare page's first idle frame " +
      'taken the same way. Ratio: median over the rounds of role / the bare visit beside it. Script and task time: CDP ' +
      '`Performance.getMetrics` (`ScriptDuration`, `TaskDuration`) right after usable, median. JS: gzip (level 6) of ' +
      'the JavaScript downloaded until usable. Requests: started until usable. Frames: WebGL redraws until usable ' +
      '(one per maplibre `render`, one per deck.gl frame on its own canvas), median (min–max). Load average at the ' +
      `start: ${load.map((l) => l.toFixed(2)).join(', ')}.`,
    '',
    tabel(
      [
        'page',
        'usable, median (min–max)',
        'ratio to bare',
        'script / task time',
        'task ratio to bare',
        'JS (gzip)',
        'requests',
        'frames until usable',
      ],
      [
        ...m.rollen.map((r) =>
          rij(
            `${r.variant}, ${r.rol}`,
            r,
            `${r.verhouding.mediaan.toFixed(2)}× (${r.verhouding.min.toFixed(2)}–${r.verhouding.max.toFixed(2)})`,
            `${r.taakVerhouding.mediaan.toFixed(2)}×`,
          ),
        ),
        rij('bare maplibre (same style, tiles, options)', m.bare, '1.00×', '1.00×'),
      ],
    ),
    '',
    ...doelen(m).map((d) => `- ${d.gehaald ? 'met' : '**not met**'}: ${d.tekst}`),
    '',
    `Frame count checked on the bare page against maplibre's own \`render\` events: ${m.telVerschil.van - m.telVerschil.anders} ` +
      `of ${m.telVerschil.van} visits equal.`,
    '',
  ];
  const fouten = m.rollen.filter((r) => r.fouten.length > 0);
  if (fouten.length > 0) {
    uit.push('Page errors: ' + fouten.map((r) => `${r.rol}: ${r.fouten.join(' | ')}`).join('; '), '');
  }
  return uit;
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

/** `mediaan / p95 (n=…)`, or "geen meting" and why. */
function latentie(x: Spreiding | string): string {
  return typeof x === 'string' ? `geen meting (${x})` : `${ms(x.mediaan)} / ${ms(x.p95)} (n=${x.n})`;
}

function naarSpreiding(x: Uitkomst): Spreiding | string {
  return typeof x === 'string' ? x : spreiding(x);
}

function tabel(koppen: string[], rijen: (string | number)[][]): string {
  const regels = [`| ${koppen.join(' | ')} |`, `| ${koppen.map(() => '---').join(' | ')} |`];
  for (const r of rijen) regels.push(`| ${r.join(' | ')} |`);
  return regels.join('\n');
}

// ---------------------------------------------------------------------------------------------- main

function schrijf(md: readonly string[], json: Record<string, unknown>): void {
  const tekst = md.join('\n');
  console.log(`\n${tekst}`);
  mkdirSync(RESULTATEN, { recursive: true });
  writeFileSync(join(RESULTATEN, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTATEN, 'latest.md'), `${tekst}\n`);
  console.log(`\ngeschreven: ${relative(ROOT, join(RESULTATEN, 'latest.md'))} en latest.json`);
}

/** Issue 14's target, on the largest scale measured: the warm HTTP analysis, median and p95, under DOEL_SCAN_MS. */
function scanDoel(scans: readonly ScanMeting[]): { tekst: string; gehaald: boolean } {
  const grootste = scans.at(-1);
  if (!grootste) return { tekst: 'draagkrachtscan: niet gemeten', gehaald: false };
  const gehaald = grootste.httpP95Ms < DOEL_SCAN_MS;
  return {
    tekst:
      `Target (issue 14): the analysis under ${DOEL_SCAN_MS} ms at ${grootste.zaken.toLocaleString('en-GB')} cases ` +
      `(HTTP, warm, three rings): median ${ms(grootste.httpMediaanMs)}, p95 ${ms(grootste.httpP95Ms)}: ` +
      (gehaald ? 'met' : 'not met'),
    gehaald,
  };
}

function scanTabel(scans: readonly ScanMeting[]): string[] {
  return [
    '## Draagkrachtscan analysis at scale (scripts/bench/scan.ts: in process, and over HTTP from the real server)',
    '',
    tabel([...SCAN_KOPPEN], scans.map(scanRij)),
    '',
    scanDoel(scans).tekst,
    '',
  ];
}

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
  const kopRegels = md.length;
  const json: Record<string, unknown> = {
    datum: begonnen.toISOString(),
    runs: RUNS,
    interacties: INTERACTIES,
  };
  let api: ApiServer | undefined;
  let web: { server: PreviewServer; url: string } | undefined;
  let browser: Browser | undefined;
  let vergelijkWeb: { server: PreviewServer; url: string } | undefined;
  try {
    // ------------------------------------------------------------------ build
    if (ALLEEN_SCAN) {
      const scans: ScanMeting[] = [];
      for (const n of SCHALEN) {
        console.log(`[bench] draagkrachtscan bij ${n.toLocaleString('nl-NL')} zaken`);
        scans.push(await meetScan(genereerDemoDataset({ rgwAantalStad: n })));
      }
      json.scan = { metingen: scans, doel: scanDoel(scans) };
      md.push(...scanTabel(scans));
      schrijf(md, json);
      return;
    }
    console.log('[bench] productiebuild naar een tijdelijke map');
    await bouwAlles(outDir);
    const chunks = leesChunks(outDir);
    const standaard = maakDemoDataset();
    const organisatie = standaard.zorgaanbieders[0]?.id ?? '';

    // ------------------------------------------------------------------ browser: first visit per role
    if (MET_BROWSER) {
      api = await startApiServer({ port: 0 });
      web = await startPreview({ outDir, apiUrl: api.url });
      browser = await startBrowser();
      const sessies = new Map<Rol, string | null>();
      for (const rol of BEZOEK_ROLLEN) sessies.set(rol, await sessieScript(api.url, rol, organisatie));
      const load = loadavg();
      console.log(
        `[bench] eerste bezoeken om en om met de kale pagina: ${PAREN} rondes × ${BEZOEK_ROLLEN.length} rollen (load ${load.map((l) => l.toFixed(2)).join(', ')})`,
      );
      const varianten: Variant[] = [{ naam: HUIDIG, basis: web.url }];
      if (VERGELIJK) {
        console.log(`[bench] de app van ${VERGELIJK} bouwen, ter vergelijking`);
        const vergelijkDir = join(tmp, 'vergelijk');
        await bouwVergelijking(VERGELIJK, vergelijkDir);
        vergelijkWeb = await startPreview({ outDir: vergelijkDir, apiUrl: api.url });
        varianten.push({ naam: `app at ${VERGELIJK}`, basis: vergelijkWeb.url });
      }
      const afwisselend = await meetAfwisselend(browser, web.url, varianten, sessies, PAREN);
      json.bezoeken = { ...afwisselend, load, doelen: doelen(afwisselend) };
      const bezoekRegels = bezoekTabel(afwisselend, PAREN, load);
      md.push(...bezoekRegels);
      console.log(`\n${bezoekRegels.join('\n')}`);
    }
    if (MET_BROWSER && browser && web && !ALLEEN_BEZOEK) {
      const rollen: RolMeting[] = [];
      for (const rol of ROLLEN) {
        console.log(`[bench] eerste bezoek ${rol} met interacties`);
        const voorScript = await sessieScript(web.url, rol, organisatie);
        // One warm-up visit and one measured: the visit table above has the times.
        const { bruikbaar, eerste, fouten } = await meetBezoeken(
          browser,
          web.url,
          { pad: '/', voorScript, klaar: APP_KLAAR, inPagina: APP_BRUIKBAAR },
          1,
        );
        console.log(
          `[bench] ${rol}: bruikbaar ${ms(bruikbaar.usable.mediaan)} (${bruikbaar.methode === 'in-pagina' ? 'hkd:kaart-bruikbaar' : 'isIdle-polling, geen hkd:kaart-bruikbaar'}); interacties ${INTERACTIES}×`,
        );
        const interacties = await meetInteracties(eerste.page, INTERACTIES);
        const eersteJs = eerste.eerste.filter((d) => d.soort === 'js');
        const geladen = new Set([...eerste.eerste, ...eerste.later].map((d) => d.pad));
        const verdacht = VERDACHT.filter(
          (v) =>
            !v.rollen.includes(rol) &&
            eersteJs.some((d) => chunks.get(d.pad)?.bronnen.some((b) => v.patroon.test(b))),
        ).map((v) => v.naam);
        rollen.push({
          rol,
          bruikbaar,
          fouten,
          bytes: somPerSoort(eerste.eerste),
          eersteJs: eersteJs.map((d) => ({ bestand: d.pad.replace('/assets/', ''), gzip: d.gzip })),
          laterJs: eerste.later.filter((d) => d.soort === 'js').map((d) => d.pad.replace('/assets/', '')),
          nooitJs: [...chunks.keys()]
            .filter((p) => /\.m?js$/.test(p) && !geladen.has(p))
            .map((p) => p.replace('/assets/', '')),
          verdacht,
          interacties: {
            'laag-wissel': naarSpreiding(interacties['laag-wissel']),
            filter: naarSpreiding(interacties.filter),
            selectie: naarSpreiding(interacties.selectie),
          },
        });
        await eerste.sluit();
      }
      console.log(`[bench] rolwissels via het inlogformulier: ${ROL_CYCLI * 3}×`);
      const rolWissels = await meetRolWissels(browser, web.url, ROL_CYCLI);
      json.rollen = rollen;
      json.rolWissels = rolWissels;

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
      md.push('## Interaction latency (the app’s `hkd:*` measures: input → next painted frame)', '');
      md.push(
        `Median / p95 (n) per role, ${INTERACTIES} times each, driven through the UI in the first measured visit, ` +
          'the map at rest before every input: the "Voorzieningen" box in Kaartlagen off and on; the first ' +
          '"Woonvorm" filter box on and off; rows of "Tabel van de kaart" one after another. A role switch runs ' +
          "from the sign-in form's submit (or Uitloggen) to the next painted frame, and on until the map has drawn the " +
          "new role's data (the sign-in request, the new role's answers and, the first time, the deck.gl chunk).",
        '',
      );
      md.push(
        tabel(
          ['rol', 'layer toggle', 'filter change', 'selection (table row)'],
          rollen.map((r) => [
            r.rol,
            latentie(r.interacties['laag-wissel']),
            latentie(r.interacties.filter),
            latentie(r.interacties.selectie),
          ]),
        ),
        '',
      );
      md.push(
        tabel(
          [
            'role switch (publiek → draagkrachtscan → zorgaanbieder → publiek, via the UI)',
            'input → next painted frame, median / p95 (n)',
            'input → header names the role, painted, median / p95 (n)',
            "input → the new role's data drawn, median / p95 (n)",
          ],
          [
            ...ROLLEN.map((rol) => [
              `to ${rol}`,
              typeof rolWissels.invoer === 'string'
                ? '–'
                : latentie(rolWissels.invoerPerRol[rol] ?? 'geen hkd:rol-wissel'),
              latentie(rolWissels.naamPerRol[rol] ?? 'geen hkd:rol-naam'),
              typeof rolWissels.alle === 'string'
                ? '–'
                : latentie(rolWissels.perRol[rol] ?? 'geen hkd:rol-wissel-getekend'),
            ]),
            ['all switches', latentie(rolWissels.invoer), '', latentie(rolWissels.alle)],
          ],
        ),
        '',
        `Sign-in answer → header names the role, painted: ${latentie(rolWissels.naamNaAntwoord)}; ` +
          `painted in frame ${rolWissels.naamBeelden.join(', ') || '–'} after the answer (1 = the next frame).`,
        '',
      );
      const fouten = rollen.filter((r) => r.fouten.length > 0);
      if (fouten.length > 0) {
        md.push('Page errors: ' + fouten.map((r) => `${r.rol}: ${r.fouten.join(' | ')}`).join('; '), '');
      }
    }

    // ------------------------------------------------------------------ scale
    if (!ALLEEN_BEZOEK) {
      const schalen: (SchaalMeting & { browser?: Spreiding; dichtheidGzip?: number })[] = [];
      const scans: ScanMeting[] = [];
      for (const n of SCHALEN) {
        console.log(`[bench] RGW-dichtheid bij ${n.toLocaleString('nl-NL')} zaken`);
        const gen = tijd(() => genereerDemoDataset({ rgwAantalStad: n }));
        const dataset = gen.uitkomst;
        const agg = meetAggregatie(dataset, gen.ms);
        scans.push(await meetScan(dataset));
        const schaalApi = await startApiServer({ port: 0, dataset });
        try {
          const payloads = await meetPayloads(schaalApi.url, dataset);
          const meting: (typeof schalen)[number] = { ...agg, payloads };
          if (browser) {
            // The API server takes a dataset; pointing a preview at it needs no app change.
            const schaalWeb = await startPreview({ outDir, apiUrl: schaalApi.url });
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
              // One warm-up visit (browser caches, the preview server's first transforms), as for the roles above.
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
          [...SCHAAL_KOPPEN, 'scan: navigation → density drawn, map idle'],
          schalen.map((s) => [...schaalRij(s), s.browser ? spr(s.browser) : 'not run']),
        ),
        '',
      );

      json.scan = { metingen: scans, doel: scanDoel(scans) };
      md.push(...scanTabel(scans));

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

      // ------------------------------------------------------------------ API under load
      const last = await meetApiLast();
      json.apiLast = last;
      md.push(
        `## API under load (${CLIENTS} concurrent clients, loopback, gzip accepted; scripts/bench/api-last.ts)`,
        '',
      );
      md.push(apiLastTabel(last), '', doelZin(last), '');
    }

    schrijf(md, json);
  } catch (fout) {
    // A later section failed: what was measured until then is still worth reading.
    if (md.length > kopRegels) console.log(`\n[bench] onvolledig, gemeten tot de fout:\n${md.join('\n')}`);
    throw fout;
  } finally {
    await browser?.close();
    await web?.server.close();
    await vergelijkWeb?.server.close();
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
