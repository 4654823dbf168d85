// `npm run screenshots`: the basemap as a person sees it, offline. Builds the app (skip with --no-build), starts the
// mock API and `vite preview` on free ports, drives Debian's Chromium with every request to another host refused,
// and saves test-results/screenshots/basemap-*.png: city, wijk and street zoom for publiek and draagkrachtscan on a
// desktop, one phone view, PDOK switched on while offline, and a postcode and an RD search. Stops its own servers.
// Options: --no-build, --alleen=<part of a name> (only matching shots).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, runOnce } from './run-servers.mjs';
import { CHROMIUM_START } from './chromium-opties.mjs';

const MAP = join(ROOT, 'test-results', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const TELEFOON = { width: 360, height: 740 };
const START_TIMEOUT_MS = 60_000;
const RUST_TIMEOUT_MS = 45_000;

/** Zoom/lat/lon for `?beeld=`: the whole city, a wijk on Zuid with focus areas, streets in the centre. */
const BEELDEN = {
  stad: '11/51.9/4.47',
  wijk: '13/51.893/4.497',
  straat: '15.5/51.8939/4.5009',
};

/** Publiek with an area chosen in the table twin: details, chart (recharts, loaded then) and the map outline. */
async function kiesGebied(page) {
  const tabel = page.getByRole('table', { name: 'Voorzieningen per postcodegebied' });
  // The area with the most facilities: the fullest chart.
  await tabel.getByRole('button', { name: /^Aantal/ }).click();
  await tabel.getByRole('button', { name: /^Aantal/ }).click();
  await tabel.locator('tbody .data-tabel__kies').first().click();
  await page.locator('.grafiek').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(600);
  await wachtOpRust(page);
}

/** The bottom sheet moved to a state with its handle button, as a person would. */
async function blad(page, stand) {
  const knop = page.locator('.zijpaneel__handvat');
  for (let i = 0; i < 3; i++) {
    const klasse = (await page.locator('.zijpaneel').getAttribute('class')) ?? '';
    if (klasse.includes(`zijpaneel--${stand}`)) return;
    if (stand === 'dicht') await page.locator('.zijpaneel__sluit').click();
    else await knop.click();
    await page.waitForTimeout(300);
  }
}

const OPNAMES = [
  { naam: 'kaart-publiek-desktop', scherm: DESKTOP, zoek: '' },
  { naam: 'kaart-publiek-gebied-desktop', scherm: DESKTOP, zoek: '', stap: kiesGebied },
  {
    naam: 'kaart-publiek-lagen-desktop',
    scherm: DESKTOP,
    zoek: '',
    stap: (page) => page.getByText('Kaartlagen', { exact: true }).click(),
  },
  { naam: 'kaart-telefoon-dicht', scherm: TELEFOON, zoek: '' },
  {
    naam: 'kaart-telefoon-gebied-half',
    scherm: TELEFOON,
    zoek: '',
    stap: async (page) => {
      await blad(page, 'open');
      await kiesGebied(page);
      await blad(page, 'half');
      // The details of the chosen area at the top of the half-open sheet.
      await page.locator('.zijpaneel__inhoud').evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(300);
    },
  },
  {
    naam: 'kaart-telefoon-gebied-open',
    scherm: TELEFOON,
    zoek: '',
    stap: async (page) => {
      await blad(page, 'open');
      await kiesGebied(page);
      await blad(page, 'open');
      await page.locator('.grafiek').scrollIntoViewIfNeeded();
    },
  },
  {
    naam: 'kaart-telefoon-lagen',
    scherm: TELEFOON,
    zoek: '',
    stap: (page) => page.getByText('Kaartlagen', { exact: true }).click(),
  },
  { naam: 'kaart-draagkrachtscan-desktop', scherm: DESKTOP, zoek: '', rol: 'Draagkrachtscan' },
  ...Object.entries(BEELDEN).flatMap(([niveau, beeld]) => [
    { naam: `basemap-publiek-${niveau}`, scherm: DESKTOP, zoek: `?beeld=${beeld}` },
    {
      naam: `basemap-draagkrachtscan-${niveau}`,
      scherm: DESKTOP,
      zoek: `?beeld=${beeld}`,
      rol: 'Draagkrachtscan',
    },
  ]),
  { naam: 'basemap-telefoon', scherm: TELEFOON, zoek: '' },
  { naam: 'basemap-telefoon-wijk', scherm: TELEFOON, zoek: `?beeld=13/51.893/4.497` },
  {
    naam: 'basemap-pdok-offline',
    scherm: DESKTOP,
    zoek: `?achtergrond=pdok&beeld=${BEELDEN.stad}`,
    wacht: async (page) => {
      await page
        .getByText('De kaart van PDOK is niet bereikbaar. Je ziet nu de eigen kaart.')
        .waitFor({ timeout: 10_000 });
      await page.getByText('Kaartlagen', { exact: true }).click();
    },
  },
  {
    naam: 'basemap-zoek-postcode',
    scherm: DESKTOP,
    zoek: '?postcodes=aan',
    rol: 'Draagkrachtscan',
    stap: (page) => zoek(page, '3073'),
  },
  {
    naam: 'basemap-zoek-pc6',
    scherm: DESKTOP,
    zoek: '',
    rol: 'Draagkrachtscan',
    // A postcode with a facility, from the list the page itself received.
    stap: (page, { voorzieningen }) => {
      const v = voorzieningen.find((x) => x.adres);
      if (!v) throw new Error('geen voorziening met adres in het antwoord');
      return zoek(page, `${v.adres.postcode.slice(0, 4)} ${v.adres.postcode.slice(4)}`);
    },
  },
  {
    naam: 'basemap-zoek-rd',
    scherm: DESKTOP,
    zoek: '',
    stap: (page) => zoek(page, '92500, 436000'),
  },
  {
    naam: 'basemap-zoek-fout',
    scherm: TELEFOON,
    zoek: '',
    stap: async (page) => {
      await page.locator('.zoekveld__invoer').fill('30A4');
      await page.getByRole('button', { name: 'Zoek', exact: true }).click();
      await page.getByText(/geen geldige postcode/).waitFor({ timeout: 5_000 });
    },
  },
];

async function zoek(page, tekst) {
  await page.locator('.zoekveld__invoer').fill(tekst);
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
  await page.locator('.zoekveld__melding').waitFor({ timeout: 10_000 });
  // The fly-to animation, then the tiles at the new place.
  await page.waitForTimeout(400);
  await wachtOpRust(page);
}

function vrijePoort(voorkeur) {
  return new Promise((resolve) => {
    const probeer = (poort, terug) => {
      const server = createServer();
      server.once('error', () => (terug ? resolve(vrijePoort(0)) : probeer(0, true)));
      server.listen(poort, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    };
    probeer(voorkeur, false);
  });
}

const kinderen = [];

function start(bin, args, env) {
  // Own process group: tsx starts node in a child process, and both must stop together.
  const kind = spawn(join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const bewaar = (stuk) => (log = (log + stuk).slice(-4000));
  kind.stdout.on('data', bewaar);
  kind.stderr.on('data', bewaar);
  kind.log = () => log;
  kinderen.push(kind);
  return kind;
}

function stopAlles() {
  for (const kind of kinderen) {
    if (kind.pid === undefined || kind.exitCode !== null || kind.signalCode !== null) continue;
    try {
      process.kill(-kind.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function wachtOp(url, kind, wat) {
  const einde = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < einde) {
    if (kind.exitCode !== null) throw new Error(`${wat} stopte:\n${kind.log()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${wat} gaf binnen ${START_TIMEOUT_MS / 1000} s geen antwoord op ${url}:\n${kind.log()}`);
}

async function wachtOpRust(page) {
  await page.waitForFunction(
    () => {
      const haak = globalThis.hkdKaart;
      return haak !== undefined && haak.isIdle() && haak.aantalObjecten() > 0;
    },
    null,
    { timeout: RUST_TIMEOUT_MS, polling: 100 },
  );
}

async function logIn(page, rol) {
  await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
  const formulier = page.getByRole('region', { name: 'Inloggen (demo)' });
  await formulier.getByRole('radio', { name: new RegExp(`^${rol}`) }).check();
  await formulier.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('banner').getByText(rol).first().waitFor({ timeout: 10_000 });
  // The new role's symbols replace the public ones.
  await page.waitForTimeout(500);
}

async function opname(browser, basis, o, buiten) {
  const context = await browser.newContext({
    viewport: o.scherm,
    deviceScaleFactor: o.scherm === TELEFOON ? 2 : 1,
    isMobile: o.scherm === TELEFOON,
    hasTouch: o.scherm === TELEFOON,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });
  // Offline, whatever the machine's network: only our own origin answers.
  await context.route(
    (url) => url.origin !== basis,
    (route) => {
      buiten.add(new URL(route.request().url()).host);
      return route.abort('internetdisconnected');
    },
  );
  const page = await context.newPage();
  const ontvangen = { voorzieningen: [] };
  page.on('response', async (antwoord) => {
    if (new URL(antwoord.url()).pathname !== '/api/voorzieningen' || !antwoord.ok()) return;
    const body = await antwoord.json().catch(() => null);
    if (body && Array.isArray(body.voorzieningen)) ontvangen.voorzieningen = body.voorzieningen;
  });
  const fouten = [];
  page.on('pageerror', (f) => fouten.push(f.message));
  page.on('console', (b) => b.type() === 'error' && fouten.push(b.text()));
  try {
    await page.goto(`${basis}/${o.zoek}`);
    await wachtOpRust(page);
    if (o.rol) {
      await logIn(page, o.rol);
      await wachtOpRust(page);
    }
    if (o.stap) await o.stap(page, ontvangen);
    if (o.wacht) await o.wacht(page);
    await page.waitForTimeout(300);
    const pad = join(MAP, `${o.naam}.png`);
    await page.screenshot({ path: pad });
    const zoom = await page.evaluate(
      () => globalThis.document.querySelector('.kaart__rd')?.textContent ?? '',
    );
    console.log(
      `${o.naam}.png  ${zoom.replace(/\s+/g, ' ').trim()}${fouten.length ? `  (fouten: ${fouten.join(' | ')})` : ''}`,
    );
  } finally {
    await context.close();
  }
}

async function main() {
  const alleen = process.argv.find((a) => a.startsWith('--alleen='))?.slice('--alleen='.length);
  if (!process.argv.includes('--no-build')) {
    // Mode e2e: the production build plus the map's test hooks (window.hkdKaart), which tell when the map is at rest.
    const code = await runOnce('vite', ['build', '--mode', 'e2e']);
    if (code !== 0) throw new Error(`vite build mislukte (exit ${code})`);
  }
  mkdirSync(MAP, { recursive: true });
  const apiPoort = await vrijePoort(0);
  const webPoort = await vrijePoort(4173);
  // A fresh store with the demo data: the screenshots show the same data on every machine.
  const dataMap = mkdtempSync(join(tmpdir(), 'hkd-screenshots-data-'));
  process.on('exit', () => rmSync(dataMap, { recursive: true, force: true }));
  const env = { HKD_API_PORT: String(apiPoort), HKD_DATA_DIR: dataMap };
  const api = start('tsx', ['mock-api/server.ts'], env);
  const web = start(
    'vite',
    ['preview', '--host', '127.0.0.1', '--port', String(webPoort), '--strictPort'],
    env,
  );
  await wachtOp(`http://127.0.0.1:${apiPoort}/api/meta`, api, 'de mock-API');
  const basis = `http://127.0.0.1:${webPoort}`;
  await wachtOp(`${basis}/`, web, 'vite preview');

  const browser = await chromium.launch(CHROMIUM_START);
  const buiten = new Set();
  try {
    for (const o of OPNAMES.filter((x) => !alleen || x.naam.includes(alleen))) {
      await opname(browser, basis, o, buiten);
    }
  } finally {
    await browser.close();
  }
  console.log(
    buiten.size
      ? `Geweigerde verzoeken naar buiten: ${[...buiten].join(', ')}`
      : 'Geen verzoeken naar buiten de eigen server.',
  );
  console.log(`Opgeslagen in ${MAP}`);
}

process.on('SIGINT', () => {
  stopAlles();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stopAlles();
  process.exit(143);
});

try {
  await main();
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exitCode = 1;
} finally {
  stopAlles();
}
