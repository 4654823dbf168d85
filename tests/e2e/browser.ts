// Browser helpers for the e2e tests: Debian's Chromium through playwright-core, a fresh context per test, the map's
// test hooks (window.hkdKaart), screenshots, and a record of every /api answer and every script and stylesheet
// the page downloaded, so a test can check what actually crossed the wire.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';
import type { LonLat } from '../../src/contract/common';
import { CHROMIUM_START } from '../../scripts/chromium-opties.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_MAP = join(ROOT, 'test-results', 'screenshots');

export const DESKTOP = { naam: 'desktop', viewport: { width: 1280, height: 800 }, telefoon: false } as const;
export const TELEFOON = { naam: 'telefoon', viewport: { width: 360, height: 740 }, telefoon: true } as const;
export type Scherm = typeof DESKTOP | typeof TELEFOON;

/** The app's origin; throws the setup's own message when the e2e environment could not be prepared. */
export function basisUrl(): string {
  const fout = inject('e2eFout');
  if (fout) throw new Error(fout);
  const url = inject('basisUrl');
  if (!url) throw new Error('e2e-omgeving niet klaar: de global setup gaf geen basisUrl');
  return url;
}

export function buildMap(): string {
  return inject('buildMap');
}

export function startBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM_START);
}

export interface ApiAntwoord {
  url: string;
  /** Path and query, e.g. `/api/voorzieningen?bbox=...`. */
  pad: string;
  methode: string;
  status: number;
  body: string;
  /** Set when the body could not be read; a privacy check must then fail rather than pass on nothing. */
  bodyFout?: string;
}

export interface Bestand {
  url: string;
  /** `overig`: anything else the page fetched from its origin (HTML, tiles, fonts, JSON, images). */
  soort: 'js' | 'css' | 'overig';
  body: string;
}

/** Everything one page received from its own origin, bodies included: /api answers apart, and every other file. */
export class Netwerk {
  readonly api: ApiAntwoord[] = [];
  readonly bestanden: Bestand[] = [];
  private readonly bezig = new Set<Promise<void>>();
  /** Requests to the page's own origin that have not finished or failed yet. */
  private open = 0;

  constructor(private readonly basis: string) {}

  /** Counts a request to the page's own origin until it finished or failed (`page.on('request')`). */
  begonnen(verzoek: Request, einde: Promise<unknown>): void {
    if (new URL(verzoek.url()).origin !== this.basis) return;
    this.open += 1;
    void einde.finally(() => (this.open -= 1));
  }

  /** Requests to the page's own origin still under way. */
  openVerzoeken(): number {
    return this.open;
  }

  volg(antwoord: Response): void {
    const url = new URL(antwoord.url());
    if (url.origin !== this.basis) return;
    const soort = bestandSoort(antwoord, url);
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const klus = (async () => {
      let body = '';
      let bodyFout: string | undefined;
      try {
        // Binary files (vector tiles) decoded as UTF-8 too, so the text inside them (street names, postcodes) stays searchable.
        body = isApi || soort !== 'overig' ? await antwoord.text() : (await antwoord.body()).toString('utf8');
      } catch (fout) {
        bodyFout = fout instanceof Error ? fout.message : String(fout);
      }
      if (isApi) {
        this.api.push({
          url: url.href,
          pad: url.pathname + url.search,
          methode: antwoord.request().method(),
          status: antwoord.status(),
          body,
          ...(bodyFout === undefined ? {} : { bodyFout }),
        });
      } else {
        this.bestanden.push({ url: url.href, soort, body });
      }
    })();
    this.bezig.add(klus);
    void klus.finally(() => this.bezig.delete(klus));
  }

  /** Waits until every body seen so far has been read. */
  async klaar(): Promise<void> {
    while (this.bezig.size > 0) await Promise.all([...this.bezig]);
  }

  /** The answers whose path starts with `pad` (query ignored), oldest first. */
  antwoorden(pad: string): ApiAntwoord[] {
    return this.api.filter((a) => new URL(a.url).pathname === pad);
  }
}

function bestandSoort(antwoord: Response, url: URL): 'js' | 'css' | 'overig' {
  const type = antwoord.request().resourceType();
  if (type === 'stylesheet' || /\.css$/.test(url.pathname)) return 'css';
  if (type === 'script' || /\.m?js$/.test(url.pathname)) return 'js';
  return 'overig';
}

export interface Sessie {
  context: BrowserContext;
  page: Page;
  netwerk: Netwerk;
  scherm: Scherm;
  /** Uncaught errors and console errors of the page, for failure messages. */
  fouten: string[];
  sluit(): Promise<void>;
}

export interface SessieOpties {
  /** Runs in the page before the app's own scripts, e.g. to put something in sessionStorage. */
  voorScript?: string;
  /** The origin whose requests the network record keeps; default the suite's app (`basisUrl`). */
  basis?: string;
}

/** A fresh context (own storage, own cache) and page, with the network record running from the first request. */
export async function nieuweSessie(
  browser: Browser,
  scherm: Scherm,
  opties: SessieOpties = {},
): Promise<Sessie> {
  const basis = opties.basis ?? basisUrl();
  const context = await browser.newContext({
    viewport: scherm.viewport,
    deviceScaleFactor: scherm.telefoon ? 2 : 1,
    isMobile: scherm.telefoon,
    hasTouch: scherm.telefoon,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });
  // Clicks, fills and locator waits without a time-out of their own: sized for a loaded machine too.
  context.setDefaultTimeout(WACHTTIJD_MS);
  if (opties.voorScript) await context.addInitScript({ content: opties.voorScript });
  const page = await context.newPage();
  const netwerk = new Netwerk(new URL(basis).origin);
  const fouten: string[] = [];
  page.on('response', (antwoord) => netwerk.volg(antwoord));
  page.on('request', (verzoek) => {
    const einde = new Promise<void>((klaar) => {
      const kijk = (ander: Request) => {
        if (ander !== verzoek) return;
        page.off('requestfinished', kijk);
        page.off('requestfailed', kijk);
        klaar();
      };
      page.on('requestfinished', kijk);
      page.on('requestfailed', kijk);
    });
    netwerk.begonnen(verzoek, einde);
  });
  page.on('pageerror', (fout) => fouten.push(`pageerror: ${fout.message}`));
  page.on('console', (bericht) => {
    if (bericht.type() === 'error') fouten.push(`console: ${bericht.text()}`);
  });
  return {
    context,
    page,
    netwerk,
    scherm,
    fouten,
    async sluit() {
      await netwerk.klaar().catch(() => undefined);
      await context.close();
    },
  };
}

/**
 * How long a test waits for something the app marks itself (the map settled, a role's data drawn, a measure): sized
 * for a loaded 2-core machine with software WebGL, where one deck.gl shader compile can hold a page for seconds. A
 * wait ends as soon as its condition holds; this is only how long before it is called a failure.
 */
export const WACHTTIJD_MS = 60_000;

interface KaartToestand {
  haak: boolean;
  idle: boolean;
  objecten: number;
  wijzigingen: number;
  rgw: string | null;
}

interface TestHaak {
  project(lonLat: LonLat): [number, number] | null;
  isIdle(): boolean;
  aantalObjecten(): number;
  wijzigingen(): number;
  rgwNiveau(): string | null;
}

function kaartToestand(page: Page): Promise<KaartToestand> {
  return page.evaluate(() => {
    const haak = (window as unknown as { hkdKaart?: TestHaak }).hkdKaart;
    return {
      haak: haak !== undefined,
      idle: haak?.isIdle() ?? false,
      objecten: haak?.aantalObjecten() ?? 0,
      wijzigingen: haak?.wijzigingen() ?? -1,
      rgw: haak?.rgwNiveau() ?? null,
    };
  });
}

/**
 * How many changes the app has made to the map so far: read it before an action, then `wachtOpKaart` with
 * `naWijziging` waits for the change the action causes and for the map to settle after it.
 */
/**
 * Waits until the page has no request to its own origin under way, the map has settled and every body has been
 * read: after an action, everything it fetched is in `sessie.netwerk`.
 */
export async function wachtOpRust(sessie: Sessie): Promise<void> {
  await expect.poll(() => sessie.netwerk.openVerzoeken(), { timeout: WACHTTIJD_MS, interval: 50 }).toBe(0);
  await wachtOpKaart(sessie);
  await sessie.netwerk.klaar();
}

export async function kaartWijzigingen(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { hkdKaart?: TestHaak }).hkdKaart?.wijzigingen() ?? -1);
}

/** Waits until the page has one more entry of the app's own performance measure `naam` than `eerder` (prestatie.ts). */
export async function wachtOpMeting(page: Page, naam: string, eerder: number): Promise<void> {
  await page.waitForFunction(
    ([n, e]) => performance.getEntriesByName(n).length > e,
    [naam, eerder] as const,
    { timeout: WACHTTIJD_MS, polling: 100 },
  );
}

export async function aantalMetingen(page: Page, naam: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).length, naam);
}

/**
 * Waits until the map has settled with symbols on it; with `aantal`, until it shows exactly that many (so a
 * previous role's symbols do not count as done).
 */
export async function wachtOpKaart(
  sessie: Sessie,
  opties: {
    aantal?: number;
    /** From `kaartWijzigingen` before an action: wait for a change after it. */
    naWijziging?: number;
    /** The level of the RGW answer the map must show. */
    rgw?: string;
    timeoutMs?: number;
  } = {},
): Promise<void> {
  const timeoutMs = opties.timeoutMs ?? WACHTTIJD_MS;
  try {
    await sessie.page.waitForFunction(
      ({ aantal, naWijziging, rgw }) => {
        const haak = (window as unknown as { hkdKaart?: TestHaak }).hkdKaart;
        if (haak === undefined || !haak.isIdle()) return false;
        if (naWijziging !== null && haak.wijzigingen() <= naWijziging) return false;
        if (rgw !== null && haak.rgwNiveau() !== rgw) return false;
        const objecten = haak.aantalObjecten();
        return aantal === null ? objecten > 0 : objecten === aantal;
      },
      { aantal: opties.aantal ?? null, naWijziging: opties.naWijziging ?? null, rgw: opties.rgw ?? null },
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (fout) {
    const toestand = await kaartToestand(sessie.page).catch(() => null);
    const tekst = await sessie.page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(
      `de kaart kwam niet tot rust met ${opties.aantal ?? 'enkele'} symbolen` +
        (opties.naWijziging === undefined ? '' : ` na wijziging ${opties.naWijziging}`) +
        (opties.rgw === undefined ? '' : ` en RGW op niveau ${opties.rgw}`) +
        ` binnen ${timeoutMs / 1000} s ` +
        `(window.hkdKaart: ${JSON.stringify(toestand)}).\n` +
        `Fouten in de pagina: ${sessie.fouten.join(' | ') || 'geen'}\n` +
        `Zichtbare tekst: ${tekst.slice(0, 600)}`,
      { cause: fout },
    );
  }
}

export interface Schermpunt {
  /** Page coordinates in CSS pixels. */
  x: number;
  y: number;
  /** Inside the map and not covered by a panel or control. */
  vrij: boolean;
  /** What covers the point when it is not free, for messages. */
  bedekt: string | null;
}

/** Where a coordinate is on the page, and whether a click there reaches the map. */
export async function schermpunt(page: Page, lonLat: LonLat): Promise<Schermpunt> {
  const punt = await page.evaluate((ll) => {
    const haak = (window as unknown as { hkdKaart?: TestHaak }).hkdKaart;
    const p = haak?.project(ll) ?? null;
    const kaart = document.querySelector('.maplibregl-map');
    if (!p || !kaart) return null;
    const kader = kaart.getBoundingClientRect();
    const x = kader.left + p[0];
    const y = kader.top + p[1];
    const marge = 4;
    const binnen =
      x >= kader.left + marge &&
      x <= kader.right - marge &&
      y >= kader.top + marge &&
      y <= kader.bottom - marge;
    const bovenste = binnen ? document.elementFromPoint(x, y) : null;
    const vrij = bovenste !== null && bovenste.tagName === 'CANVAS' && kaart.contains(bovenste);
    let bedekt: string | null = null;
    if (!binnen) bedekt = 'buiten de kaart';
    else if (!vrij && bovenste) {
      const el = bovenste.closest('[aria-label],[role],section,aside,header,nav,dialog,button') ?? bovenste;
      bedekt = `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : ''}${
        el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''
      }`;
    }
    return { x, y, vrij, bedekt };
  }, lonLat);
  if (!punt)
    throw new Error(`window.hkdKaart.project(${JSON.stringify(lonLat)}) gaf geen punt: kaart niet geladen?`);
  return punt;
}

/** Clicks (on a phone: taps) the map at a coordinate, after checking that nothing covers that spot. */
export async function klikOp(sessie: Sessie, lonLat: LonLat): Promise<void> {
  const punt = await schermpunt(sessie.page, lonLat);
  if (!punt.vrij) {
    throw new Error(
      `kan niet op ${JSON.stringify(lonLat)} klikken: het punt ligt ${punt.bedekt ?? 'niet vrij'}`,
    );
  }
  if (sessie.scherm.telefoon) await sessie.page.touchscreen.tap(punt.x, punt.y);
  else await sessie.page.mouse.click(punt.x, punt.y);
}

/** Saves a screenshot of the viewport (`heel`: the whole page) to test-results/screenshots/<naam>.png. */
export async function screenshot(page: Page, naam: string, opties: { heel?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_MAP, { recursive: true });
  const pad = join(SCREENSHOT_MAP, `${naam}.png`);
  await page.screenshot({ path: pad, fullPage: opties.heel ?? false });
  return pad;
}

type Rgb = readonly [number, number, number];

function afstand(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function mediaan(kleuren: Rgb[]): Rgb {
  const per = (i: 0 | 1 | 2) => {
    const waarden = kleuren.map((k) => k[i]).sort((a, b) => a - b);
    return waarden[Math.floor(waarden.length / 2)] ?? 0;
  };
  return [per(0), per(1), per(2)];
}

export interface Tekening {
  /** Median colour of a ring well outside the symbol: what the map looks like without it. */
  achtergrond: Rgb;
  /** Share of the pixels near the point that clearly differ from that background. */
  anders: number;
}

/**
 * Looks at the screen pixels around a coordinate: does something stand out from the map around it?
 * Reads an actual screenshot, so it sees what a person sees, whatever draws it.
 */
export async function tekeningRond(
  page: Page,
  lonLat: LonLat,
  kern = 4,
  ring = [30, 40] as const,
): Promise<Tekening> {
  const punt = await schermpunt(page, lonLat);
  const r = ring[1];
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const links = Math.max(0, Math.round(punt.x) - r);
  const boven = Math.max(0, Math.round(punt.y) - r);
  const clip = {
    x: links,
    y: boven,
    width: Math.min(viewport.width, Math.round(punt.x) + r) - links,
    height: Math.min(viewport.height, Math.round(punt.y) + r) - boven,
  };
  const png = await page.screenshot({ clip, scale: 'css' });
  const beeld = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const doek = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = doek.getContext('2d');
    if (!ctx) throw new Error('geen 2d-context');
    ctx.drawImage(bitmap, 0, 0);
    return {
      breedte: bitmap.width,
      hoogte: bitmap.height,
      data: Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data),
    };
  }, png.toString('base64'));
  const cx = punt.x - links;
  const cy = punt.y - boven;
  const binnen: Rgb[] = [];
  const buiten: Rgb[] = [];
  for (let y = 0; y < beeld.hoogte; y++) {
    for (let x = 0; x < beeld.breedte; x++) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      const i = 4 * (y * beeld.breedte + x);
      const kleur: Rgb = [beeld.data[i] ?? 0, beeld.data[i + 1] ?? 0, beeld.data[i + 2] ?? 0];
      if (d <= kern) binnen.push(kleur);
      else if (d >= ring[0] && d <= ring[1]) buiten.push(kleur);
    }
  }
  const achtergrond = mediaan(buiten);
  const anders = binnen.filter((k) => afstand(k, achtergrond) > 40).length / Math.max(binnen.length, 1);
  return { achtergrond, anders };
}

/** One symbol on the map as the test derives it from the network: the records that share a position. */
export interface Symbool<T> {
  positie: LonLat;
  items: T[];
}

/** Groups records by exact position, the way every role's map draws one symbol per position. */
export function groepeerOpPositie<T extends { positie: LonLat }>(items: readonly T[]): Symbool<T>[] {
  const perPositie = new Map<string, Symbool<T>>();
  for (const item of items) {
    const sleutel = `${item.positie[0]},${item.positie[1]}`;
    const symbool = perPositie.get(sleutel);
    if (symbool) symbool.items.push(item);
    else perPositie.set(sleutel, { positie: item.positie, items: [item] });
  }
  return [...perPositie.values()];
}

export interface GekozenSymbool<T> {
  symbool: Symbool<T>;
  punt: Schermpunt;
  /** Screen distance in CSS pixels to the nearest other symbol. */
  ruimte: number;
}

/**
 * Of the candidates that pass `past`, the one a click hits most surely: on the map, not under a panel, and
 * farthest from every other symbol on screen.
 */
export async function kiesVrijSymbool<T>(
  page: Page,
  alle: readonly Symbool<T>[],
  past: (s: Symbool<T>) => boolean = () => true,
): Promise<GekozenSymbool<T>> {
  const punten = await Promise.all(alle.map((s) => schermpunt(page, s.positie)));
  let beste: GekozenSymbool<T> | null = null;
  for (const [i, symbool] of alle.entries()) {
    const punt = punten[i];
    if (!punt || !punt.vrij || !past(symbool)) continue;
    let ruimte = Infinity;
    for (const [j, ander] of punten.entries()) {
      if (j !== i) ruimte = Math.min(ruimte, Math.hypot(ander.x - punt.x, ander.y - punt.y));
    }
    if (!beste || ruimte > beste.ruimte) beste = { symbool, punt, ruimte };
  }
  if (!beste) {
    const kandidaten = alle.filter(past).length;
    throw new Error(
      `geen vrij zichtbaar symbool om op te klikken (${kandidaten} kandidaten, geen op een vrije plek)`,
    );
  }
  return beste;
}

/**
 * One browser per test file, launched by the first test that needs it (so a missing Chromium fails tests, not
 * the file's hooks) and closed after the file.
 */
export function browserPerBestand(): () => Promise<Browser> {
  let browser: Promise<Browser> | null = null;
  afterAll(async () => {
    if (browser) await (await browser.catch(() => null))?.close();
  });
  return () => {
    basisUrl();
    browser ??= startBrowser();
    return browser;
  };
}

/** Runs `stap` with a fresh session and always closes it; on failure, a screenshot `<naam>-fout` is kept. */
export async function metSessie(
  browser: Browser,
  scherm: Scherm,
  naam: string,
  stap: (sessie: Sessie) => Promise<void>,
  opties: SessieOpties = {},
): Promise<void> {
  const sessie = await nieuweSessie(browser, scherm, opties);
  try {
    await stap(sessie);
  } catch (fout) {
    await screenshot(sessie.page, `${naam}-fout`).catch(() => undefined);
    if (fout instanceof Error && sessie.fouten.length > 0) {
      fout.message += `\nFouten in de pagina: ${sessie.fouten.join(' | ')}`;
    }
    throw fout;
  } finally {
    await sessie.sluit();
  }
}

/** The visible labels (dt) of a details region, in order. */
export async function veldLabels(regio: Locator): Promise<string[]> {
  return (await regio.locator('dt').allInnerTexts()).map((t) => t.trim());
}

/**
 * A coordinate on a free part of the map at least `afstand` CSS pixels from every symbol: the control for
 * `tekeningRond`, which must find nothing there.
 */
export async function legePlek(page: Page, alle: readonly Symbool<unknown>[], afstand = 60): Promise<LonLat> {
  const lons = alle.map((s) => s.positie[0]);
  const lats = alle.map((s) => s.positie[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const symboolPunten = await Promise.all(alle.map((s) => schermpunt(page, s.positie)));
  // Over the symbols' extent and a third beyond it on every side: a phone's map is full of symbols and small areas,
  // and the quiet places may lie outside the city.
  const [rLon, rLat] = [(maxLon - minLon) / 3, (maxLat - minLat) / 3];
  const stappen = 16;
  for (let i = 0; i <= stappen; i++) {
    for (let j = 0; j <= stappen; j++) {
      const lonLat: LonLat = [
        minLon - rLon + ((maxLon - minLon + 2 * rLon) * i) / stappen,
        minLat - rLat + ((maxLat - minLat + 2 * rLat) * j) / stappen,
      ];
      const punt = await schermpunt(page, lonLat);
      if (!punt.vrij || symboolPunten.some((s) => Math.hypot(s.x - punt.x, s.y - punt.y) < afstand)) continue;
      // Nothing else drawn there either (a name, a card, a boundary line), and one area fill all round, by the
      // map's own account: otherwise the pixel check would rightly see something.
      const rustig = await page.evaluate(
        ([plek, straal]) => window.hkdKaart?.rustigePlek(plek, straal) ?? false,
        [lonLat, 42] as const,
      );
      if (rustig) return lonLat;
    }
  }
  throw new Error(`geen lege, rustige plek op de kaart gevonden op ${afstand} px van alle symbolen`);
}

/**
 * How much of the map the symbols span, as a share of the map's width and height: a view fitted to the data
 * spans most of one of them; a cramped cluster in the middle of an empty map does not.
 */
export async function dekking(
  page: Page,
  alle: readonly Symbool<unknown>[],
): Promise<{ breedte: number; hoogte: number }> {
  const punten = await Promise.all(alle.map((s) => schermpunt(page, s.positie)));
  const kader = await page.locator('.maplibregl-map').boundingBox();
  if (!kader || punten.length === 0) return { breedte: 0, hoogte: 0 };
  const xs = punten.map((p) => p.x);
  const ys = punten.map((p) => p.y);
  return {
    breedte: (Math.max(...xs) - Math.min(...xs)) / kader.width,
    hoogte: (Math.max(...ys) - Math.min(...ys)) / kader.height,
  };
}
