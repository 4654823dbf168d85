// A resident's walk through every view of the public map, in Chromium on the production build, with every answer the
// page received checked: no PC6, address, capacity, phase, H3 cell or buurt-level RGW count, every position on its PC4
// centroid; and no demo record in the JavaScript or CSS it downloaded.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leesUrlStaat, schrijfUrlStaat } from '../../src/app/url-staat';
import { pc4Centroiden, scanVoorzieningen } from './api';
import { openApp } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  metSessie,
  TELEFOON,
  type Sessie,
  WACHTTIJD_MS,
  wachtOpRust,
} from './browser';
import {
  MOCK_API_MERKTEKENS,
  omgeving,
  pc6Treffers,
  posities,
  verbodenSleutels,
  zelfdePositie,
} from './privacy';

const browser = browserPerBestand();

const VERBODEN_SLEUTELS = [
  'adres',
  'straat',
  'huisnummer',
  'fase',
  'faseHistorie',
  'pc6',
  'beheer',
  'h3',
  'cellen',
  'resolutie',
];

/** What the test checks the page against, fetched once from the API behind the preview server. */
interface Feiten {
  centroiden: Map<string, readonly [number, number]>;
  postcodes: Set<string>;
  straten: Set<string>;
  /** A draagkrachtscan link as a scan session writes it (url-staat's own serialiser). */
  scanLink: string;
}

async function feiten(): Promise<Feiten> {
  const scan = await scanVoorzieningen();
  const adressen = scan.flatMap((v) => ('adres' in v ? [v.adres] : []));
  const metAdres =
    scan.find((v) => v.precisie === 'adres' && v.fase === '2') ?? scan.find((v) => 'adres' in v);
  if (!metAdres) throw new Error('geen adrespunt in de scandata');
  const [lon, lat] = metAdres.positie;
  const staat = leesUrlStaat(
    schrijfUrlStaat('', {
      beeld: { centrum: [lon, lat], zoom: 16 },
      lagen: ['voorzieningen', 'rgw-dichtheid', 'wijkprofiel'],
      filters: {
        fase: ['2'],
        beheer: ['geen-beheercommissie'],
        'rgw-niveau': 'h3',
        'rgw-cel': 9,
        'dekking-niveau': 'buurt',
        'wijkprofiel-index': 'fysiek',
      },
      selectie: `adres:${lon.toFixed(6)},${lat.toFixed(6)}`,
    }),
    'draagkrachtscan',
  );
  const scanLink = schrijfUrlStaat('', staat);
  // The link must really carry the scan's state, or opening it as publiek proves nothing.
  for (const deel of ['fase=2', 'rgw-niveau=h3', 'rgw-cel=9', 'selectie=adres:', 'wijkprofiel-index=fysiek'])
    expect(scanLink).toContain(deel);
  return {
    centroiden: await pc4Centroiden(),
    postcodes: new Set(
      adressen.flatMap((a) => [a.postcode, `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}`]),
    ),
    straten: new Set(adressen.map((a) => a.straat)),
    scanLink,
  };
}

/** Every answer and file of the session so far, checked; returns the problems and the number of answers checked. */
async function controleer(sessie: Sessie, f: Feiten): Promise<{ problemen: string[]; antwoorden: number }> {
  await sessie.netwerk.klaar();
  const problemen: string[] = [];
  for (const a of sessie.netwerk.api) {
    if (a.bodyFout) problemen.push(`${a.pad}: body niet leesbaar (${a.bodyFout})`);
    if (/"rol":"(draagkrachtscan|zorgaanbieder)"/.test(a.body))
      problemen.push(`${a.pad}: antwoord van een andere rol`);
    for (const pc6 of pc6Treffers(a.body))
      problemen.push(`${a.pad}: PC6 "${pc6}" in "${omgeving(a.body, pc6)}"`);
    for (const s of verbodenSleutels(a.body, VERBODEN_SLEUTELS)) problemen.push(`${a.pad}: veld "${s}"`);
    for (const pc of f.postcodes) if (a.body.includes(pc)) problemen.push(`${a.pad}: adrespostcode "${pc}"`);
    for (const straat of f.straten)
      if (a.body.includes(straat)) problemen.push(`${a.pad}: straat "${straat}"`);
    const h3 = /\b8[0-9a-f]{14}\b/.exec(a.body);
    if (h3) problemen.push(`${a.pad}: H3-index ${h3[0]}`);
    if (a.pad.startsWith('/api/rgw/')) {
      if (/BU0599\d{4}|"buurten?"/.test(a.body)) problemen.push(`${a.pad}: RGW-telling per buurt`);
      if (/[?&](niveau|resolutie)=/.test(a.pad)) problemen.push(`${a.pad}: vroeg om niveau of resolutie`);
    }
    if (!a.body.trim().startsWith('{') && !a.body.trim().startsWith('[')) continue;
    for (const p of posities(JSON.parse(a.body))) {
      const centroide = typeof p.pc4 === 'string' ? f.centroiden.get(p.pc4) : undefined;
      if (!centroide)
        problemen.push(`${a.pad} ${p.pad}: positie zonder bekend pc4 (${JSON.stringify(p.pc4)})`);
      else if (!zelfdePositie(p.positie, centroide))
        problemen.push(`${a.pad} ${p.pad}: ${JSON.stringify(p.positie)} is niet het centroïde van ${p.pc4}`);
    }
  }
  // The JavaScript and CSS the page downloaded: no demo record, no mock-API code.
  for (const b of sessie.netwerk.bestanden) {
    if (b.soort === 'overig') continue;
    const naam = new URL(b.url).pathname;
    for (const pc of f.postcodes) if (b.body.includes(pc)) problemen.push(`${naam}: adrespostcode "${pc}"`);
    for (const straat of f.straten)
      if (b.body.includes(straat)) problemen.push(`${naam}: straat "${straat}"`);
    for (const merk of MOCK_API_MERKTEKENS) if (b.body.includes(merk)) problemen.push(`${naam}: "${merk}"`);
  }
  return { problemen, antwoorden: sessie.netwerk.api.length };
}

/** After an action: every request it started has been answered and read, and the map has settled. */
const rust = wachtOpRust;

async function zoek(sessie: Sessie, tekst: string): Promise<void> {
  const { page } = sessie;
  const veld = page.getByRole('searchbox', { name: /^Zoek (op )?postcode/ });
  await veld.fill(tekst);
  await veld.press('Enter');
  // A name that fits several places offers a choice: take the first, as a person would.
  const keuze = page.locator('.zoekveld__optie').first();
  if (await keuze.isVisible({ timeout: WACHTTIJD_MS }).catch(() => false)) await keuze.click();
  await rust(sessie);
}

async function kaartlagen(page: Page): Promise<ReturnType<Page['locator']>> {
  const paneel = page.locator('details.kaartlagen__paneel');
  if (!(await paneel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await paneel.locator('summary').click();
  return paneel;
}

describe('privacy: een rondgang als publiek langs elk beeld', () => {
  it('desktop: geen PC6, adres, fase, H3 of buurttelling, posities op het PC4-centroïde', async () => {
    const f = await feiten();
    const beelden: string[] = [];
    await metSessie(await browser(), DESKTOP, 'privacy-rondgang-desktop', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      beelden.push('standaardkaart');

      // A PC4 area from the table: its details and the chart (recharts, loaded on demand).
      const tabel = page.getByRole('table', { name: 'Voorzieningen per postcodegebied' });
      await tabel.locator('tbody .data-tabel__kies').first().click();
      await page.getByRole('img', { name: /per woonvorm/ }).waitFor({ timeout: WACHTTIJD_MS });
      await rust(sessie);
      beelden.push('PC4-gebied gekozen in de tabel, met grafiek');

      for (const [tekst, beeld] of [
        ['3084', 'zoeken: PC4'],
        ['3084 NP', 'zoeken: PC6'],
        ['Carnisse', 'zoeken: buurtnaam'],
      ] as const) {
        await zoek(sessie, tekst);
        beelden.push(beeld);
      }

      // Every layer publiek has, off and on again in the layer control.
      const paneel = await kaartlagen(page);
      for (const laag of [
        'Voorzieningen',
        'Aantal voorzieningen per postcodegebied',
        'Zaken Rotterdams Goed Wonen per gebied',
      ]) {
        const vinkje = paneel.getByRole('checkbox', { name: laag, exact: true });
        await vinkje.uncheck();
        await rust(sessie);
        await vinkje.check();
        await rust(sessie);
        beelden.push(`laag ${laag} uit en aan`);
      }
      await paneel.locator('summary').click();

      // One period of each kind the RGW totals offer (quarter, month, year), and a problem category.
      const periode = page.getByRole('combobox', { name: 'Periode' });
      for (const groep of ['Kwartalen', 'Maanden', 'Jaren']) {
        const waarde = await periode
          .locator(`optgroup[label="${groep}"] option`)
          .first()
          .getAttribute('value');
        if (waarde === null) throw new Error(`geen ${groep} in de periodekeuze`);
        await periode.selectOption(waarde);
        await rust(sessie);
        beelden.push(`RGW-periode ${waarde}`);
      }
      const categorie = page.getByLabel('Soort probleem');
      await categorie.selectOption({ index: 1 });
      await rust(sessie);
      beelden.push('RGW-categorie');

      // Every focus-area preset.
      const focus = page.getByRole('group', { name: 'Focusgebieden' });
      const knoppen = focus.getByRole('button');
      const aantalFocus = await knoppen.count();
      expect(aantalFocus).toBe(5);
      for (let i = 0; i < aantalFocus; i++) {
        const knop = knoppen.nth(i);
        const naam = (await knop.innerText()).trim();
        await knop.click();
        await page
          .getByRole('table', { name: new RegExp(`^Kerncijfers ${naam}`) })
          .waitFor({ timeout: WACHTTIJD_MS });
        await rust(sessie);
        beelden.push(`focusgebied ${naam}`);
      }

      // The table twin with a row selected (after the focus areas, so the selection is a PC4 area again).
      await tabel.locator('tbody .data-tabel__kies').last().click();
      await page.getByRole('img', { name: /per woonvorm/ }).waitFor({ timeout: WACHTTIJD_MS });
      await rust(sessie);
      beelden.push('tabel met gekozen regel');

      // A draagkrachtscan link, opened in the same session as publiek.
      await page.goto(`${basisUrl()}/${f.scanLink}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
      await rust(sessie);
      expect(new URL(page.url()).searchParams.get('selectie')).toBeNull();
      beelden.push('draagkrachtscan-link als publiek');

      const { problemen, antwoorden } = await controleer(sessie, f);
      console.info(
        `privacy-rondgang desktop: ${beelden.length} beelden, ${antwoorden} API-antwoorden, ` +
          `${sessie.netwerk.bestanden.length} bestanden:\n  ${beelden.join('\n  ')}`,
      );
      console.info(sessie.netwerk.api.map((a) => `${a.status} ${a.pad}`).join('\n'));
      // The presets and the category each asked anew (the cache keeps the rest): the walk really changed the view.
      expect(sessie.netwerk.antwoorden('/api/rgw/dichtheid').length).toBeGreaterThanOrEqual(4);
      expect(antwoorden).toBeGreaterThan(8);
      expect(problemen).toEqual([]);
    });
  });

  it('telefoon: het onderblad met een gekozen gebied', async () => {
    const f = await feiten();
    await metSessie(await browser(), TELEFOON, 'privacy-rondgang-telefoon', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      const handvat = page.locator('.zijpaneel__handvat');
      await handvat.click();
      await handvat.click();
      await page
        .getByRole('table', { name: 'Voorzieningen per postcodegebied' })
        .locator('tbody .data-tabel__kies')
        .first()
        .click();
      await page.getByRole('img', { name: /per woonvorm/ }).waitFor({ timeout: WACHTTIJD_MS });
      await rust(sessie);
      await page.goto(`${basisUrl()}/${f.scanLink}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
      await rust(sessie);
      const { problemen, antwoorden } = await controleer(sessie, f);
      console.info(
        `privacy-rondgang telefoon: ${antwoorden} API-antwoorden, ${sessie.netwerk.bestanden.length} bestanden`,
      );
      expect(antwoorden).toBeGreaterThan(3);
      expect(problemen).toEqual([]);
    });
  });
});
