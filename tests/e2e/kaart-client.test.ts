// Around the map in Chromium, on the production build: the URL holds view, layers, filters and selection across a
// reload; a colleague's draagkrachtscan link opens for a resident at PC4 precision without an error; recharts is
// fetched only when an area is chosen; the table twin works by keyboard alone; on a phone the panel is a bottom sheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VoorzieningenPubliekAntwoord } from '../../src/contract/voorziening';
import { scanVoorzieningen } from './api';
import { laatsteVoorzieningen, logInViaScherm, openApp, pastOpScherm } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  metSessie,
  screenshot,
  TELEFOON,
  wachtOpKaart,
  type Sessie,
  WACHTTIJD_MS,
  kaartWijzigingen,
} from './browser';
import { pc6Treffers } from './privacy';

const browser = browserPerBestand();

function aantalObjecten(sessie: Sessie): Promise<number> {
  return sessie.page.evaluate(() =>
    (window as unknown as { hkdKaart: { aantalObjecten(): number } }).hkdKaart.aantalObjecten(),
  );
}

/**
 * Where the view written in the URL (`beeld=zoom/lat/lon`) lands on the map: the pixels of its centre and of a point
 * a little north-east of it. The same pixels before and after a reload: the same centre and the same zoom. (Publiek
 * has no RD status line to read the centre from: RD coordinates are for the signed-in roles.)
 */
async function beeldInPixels(sessie: Sessie): Promise<number[]> {
  const beeld = new URL(sessie.page.url()).searchParams.get('beeld') ?? '';
  const [, lat, lon] = beeld.split('/').map(Number);
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon))
    throw new Error(`geen beeld in de URL: "${beeld}"`);
  return sessie.page.evaluate(
    ([x, y]) => {
      const haak = (
        window as unknown as { hkdKaart: { project(ll: [number, number]): [number, number] | null } }
      ).hkdKaart;
      const punten: [number, number][] = [
        [x, y],
        [x + 0.01, y + 0.01],
      ];
      return punten.flatMap((ll) => haak.project(ll) ?? [Number.NaN, Number.NaN]);
    },
    [lon, lat] as const,
  );
}

/** Waits until the side panel (a phone's bottom sheet) has no running transition or animation. */
async function stilBlad(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const blad = document.getElementById('zijpaneel');
      return blad !== null && blad.getAnimations({ subtree: true }).every((a) => a.playState !== 'running');
    },
    null,
    { timeout: WACHTTIJD_MS, polling: 'raf' },
  );
}

/** Whether JavaScript of the per-area chart (recharts) reached the page. */
function chartGeladen(sessie: Sessie): boolean {
  return sessie.netwerk.bestanden.some(
    (b) => b.soort === 'js' && /woonvorm-chart/.test(new URL(b.url).pathname),
  );
}

describe('kaart: URL, gedeelde links, tabel en telefoon', () => {
  it('houdt beeld, lagen, filter en selectie vast in de URL, ook na herladen', async () => {
    await metSessie(await browser(), DESKTOP, 'url-rondreis', async (sessie) => {
      const { page } = sessie;
      // The filter comes from a link (the filter controls belong to another panel); the rest is set by hand.
      await page.goto(`${basisUrl()}/?woonvorm=opvang,beschermd-wonen`);
      await wachtOpKaart(sessie);
      const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord);
      const gefilterd = new Set(
        voorzieningen
          .filter((v) => v.woonvorm === 'opvang' || v.woonvorm === 'beschermd-wonen')
          .map((v) => v.pc4),
      );
      expect(gefilterd.size).toBeGreaterThan(0);
      expect(await aantalObjecten(sessie), 'het filter uit de link werkt').toBe(gefilterd.size);

      await page.getByText('Kaartlagen', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'Aantal voorzieningen per postcodegebied' }).uncheck();
      await page.getByRole('button', { name: 'Inzoomen' }).click();
      const tabel = page.getByRole('table', { name: 'Voorzieningen per postcodegebied' });
      const rij = tabel.locator('tbody .data-tabel__kies').nth(1);
      const code = (await rij.innerText()).trim();
      const voorVlucht = await kaartWijzigingen(page);
      await rij.click();
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Postcodegebied ${code}`) }).waitFor();
      await expect.poll(() => page.url(), { timeout: WACHTTIJD_MS }).toContain(`selectie=pc4:${code}`);
      // The table's row flies the map to its area (a frame after the click): wait for that flight to have ended.
      await wachtOpKaart(sessie, { naWijziging: voorVlucht });
      // The fly-to of the table ends in a moveend, which writes the view.
      await expect
        .poll(() => new URL(page.url()).searchParams.get('beeld'), { timeout: WACHTTIJD_MS })
        .not.toBeNull();
      const url = new URL(page.url());
      const lagen = url.searchParams.get('lagen')?.split(',') ?? [];
      expect(lagen).toContain('voorzieningen');
      expect(lagen).not.toContain('pc4-aantallen');
      expect(url.searchParams.get('woonvorm')).toBe('opvang,beschermd-wonen');
      const pixels = await beeldInPixels(sessie);

      await page.reload();
      await wachtOpKaart(sessie);
      expect(new URL(page.url()).search, 'de URL blijft dezelfde').toBe(url.search);
      const naHerladen = await beeldInPixels(sessie);
      naHerladen.forEach((px, i) => expect(px, 'hetzelfde beeld').toBeCloseTo(pixels[i] ?? Number.NaN, 0));
      expect(await page.locator('.kaart__rd').count(), 'geen RD-coördinaten voor bewoners').toBe(0);
      expect(await aantalObjecten(sessie), 'hetzelfde filter').toBe(gefilterd.size);
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Postcodegebied ${code}`) }).waitFor();
      await expect(tabel.locator('tr[aria-current="true"] .data-tabel__kies').innerText()).resolves.toBe(
        code,
      );
      await page.getByText('Kaartlagen', { exact: true }).click();
      await expect(
        page.getByRole('checkbox', { name: 'Aantal voorzieningen per postcodegebied' }).isChecked(),
      ).resolves.toBe(false);
      await expect(
        page.getByRole('checkbox', { name: 'Voorzieningen', exact: true }).isChecked(),
      ).resolves.toBe(true);
    });
  });

  it('een draagkrachtscan-link, geopend als publiek, toont PC4-precisie en geen fout', async () => {
    const scan = await scanVoorzieningen();
    const adres = scan.find((v) => v.precisie === 'adres');
    if (!adres) throw new Error('geen adrespunt in de scandata');
    const sleutel = `adres:${adres.positie[0].toFixed(6)},${adres.positie[1].toFixed(6)}`;
    const link = `/?beeld=16/${adres.positie[1].toFixed(5)}/${adres.positie[0].toFixed(5)}&lagen=voorzieningen,rgw-dichtheid&fase=2,3a&selectie=${sleutel}`;

    await metSessie(await browser(), DESKTOP, 'scanlink-als-publiek', async (sessie) => {
      const { page } = sessie;
      await page.goto(`${basisUrl()}${link}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
      await wachtOpKaart(sessie);
      const antwoord = await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord);
      expect(antwoord.precisie).toBe('pc4');
      expect(await aantalObjecten(sessie)).toBe(new Set(antwoord.voorzieningen.map((v) => v.pc4)).size);

      // The public view, no error page, nothing selected.
      await page.getByRole('heading', { level: 2, name: 'Weergave: Publiek' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Details' }).waitFor();
      const meldingen = await page.getByRole('alert').allInnerTexts();
      expect(meldingen.filter((t) => t.trim() !== '')).toEqual([]);
      const tekst = await page.locator('body').innerText();
      expect(tekst).not.toContain(adres.naam);
      expect(tekst).not.toContain(adres.adres.straat);
      // No postcode finer than PC4 from the data (the search box's own example "3084 NP" is not data).
      const pc6 = adres.adres.postcode;
      expect(pc6Treffers(tekst).filter((t) => t.replace(' ', '') === pc6)).toEqual([]);
      // What publiek may not have is gone from the address bar: the selection and the phase filter.
      const url = new URL(page.url());
      expect(url.searchParams.get('selectie')).toBeNull();
      expect(url.searchParams.get('fase')).toBeNull();
      expect(url.searchParams.get('beeld')).not.toBeNull();
      // Every answer the page received was a public one.
      await sessie.netwerk.klaar();
      for (const a of sessie.netwerk.api) {
        expect(a.status, `${a.pad} gaf ${a.status}`).toBeLessThan(400);
        expect(a.body).not.toMatch(/"rol":"(draagkrachtscan|zorgaanbieder)"/);
      }
      await screenshot(page, 'scanlink-als-publiek');
    });
  });

  it('laadt geen deck.gl, haalt de grafiekcode (recharts) pas op als een gebied gekozen is, en dat kan met alleen het toetsenbord', async () => {
    await metSessie(await browser(), DESKTOP, 'grafiek-lui', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      await sessie.netwerk.klaar();
      expect(chartGeladen(sessie), 'recharts bij het eerste bezoek').toBe(false);
      const eerste = sessie.netwerk.bestanden.filter((b) => b.soort === 'js');
      expect(eerste.some((b) => b.body.includes('recharts-bar'))).toBe(false);
      // Publiek's map is drawn on a 2D canvas over maplibre: no deck.gl at all, by chunk name or by content.
      expect(
        eerste.filter((b) => /deck/.test(new URL(b.url).pathname) || b.body.includes('ScatterplotLayer')),
        'deck.gl bij het eerste bezoek van publiek',
      ).toEqual([]);

      // Keyboard only: sort by count with the header button, then choose the first row.
      const tabel = page.getByRole('table', { name: 'Voorzieningen per postcodegebied' });
      await tabel.getByRole('button', { name: /^Aantal/ }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(
        tabel.getByRole('columnheader', { name: /Aantal/ }).getAttribute('aria-sort'),
      ).resolves.toBe('descending');
      await tabel.locator('tbody .data-tabel__kies').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const gekozen = tabel.locator('tr[aria-current="true"] .data-tabel__kies');
      const code = (await gekozen.innerText()).trim();
      await expect(gekozen.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      const grafiek = page.getByRole('img', {
        name: new RegExp(`Voorzieningen in postcodegebied ${code} per woonvorm`),
      });
      await grafiek.waitFor({ timeout: WACHTTIJD_MS });
      await sessie.netwerk.klaar();
      expect(chartGeladen(sessie), 'recharts na het kiezen van een gebied').toBe(true);
      await page.locator('.grafiek').scrollIntoViewIfNeeded();
      await screenshot(page, 'publiek-desktop-gebied-grafiek');
    });
  });

  it('de RD-regel onder de kaart: niet voor bewoners, wel na inloggen', async () => {
    await metSessie(await browser(), DESKTOP, 'rd-regel', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      expect(await page.locator('.kaart__rd').count(), 'publiek ziet geen RD-coördinaten').toBe(0);
      await logInViaScherm(sessie, 'Draagkrachtscan');
      const regel = page.locator('.kaart__rd p').first();
      await regel.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      // "Kaartmidden RD x 92 512 · y 437 301" (or "Cursor …" with the mouse on the map): grouped RD metres.
      await expect(regel.innerText()).resolves.toMatch(/(Kaartmidden|Cursor)\s+RD\s+x\s+\d{2,3}\s\d{3}/);
    });
  });

  it('telefoon: het paneel is een onderblad (dicht, half, open; knoppen en slepen) en de kaart houdt het grootste deel van het scherm', async () => {
    await metSessie(await browser(), TELEFOON, 'onderblad', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      const kaart = await page.locator('.maplibregl-map').boundingBox();
      if (!kaart) throw new Error('geen kaart');
      expect(kaart.y, 'kop en zoekveld laten de kaart hoog beginnen').toBeLessThan(80);
      expect(kaart.height / TELEFOON.viewport.height).toBeGreaterThan(0.8);

      const handvat = page.locator('.zijpaneel__handvat');
      await expect(handvat.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.getByRole('heading', { level: 2, name: 'Details' }).isVisible()).resolves.toBe(false);
      await screenshot(page, 'telefoon-onderblad-dicht');

      const hoogte = async () =>
        ((await page.locator('#zijpaneel').boundingBox())?.height ?? 0) / TELEFOON.viewport.height;
      await handvat.click();
      await expect(handvat.getAttribute('aria-expanded')).resolves.toBe('true');
      // The sheet slides (0.2 s): wait until it stands still at half height.
      await expect.poll(hoogte, { timeout: WACHTTIJD_MS }).toBeGreaterThan(0.4);
      expect(await hoogte()).toBeLessThan(0.6);
      await page.getByRole('heading', { level: 2, name: 'Details' }).waitFor();
      await screenshot(page, 'telefoon-onderblad-half');

      await handvat.click();
      await expect.poll(hoogte, { timeout: WACHTTIJD_MS }).toBeGreaterThan(0.8);
      // A row of the table, chosen in the expanded sheet, brings the map back into view: the sheet goes to half.
      await page
        .getByRole('table', { name: 'Voorzieningen per postcodegebied' })
        .locator('tbody .data-tabel__kies')
        .first()
        .click();
      await expect
        .poll(async () => (await page.locator('#zijpaneel').getAttribute('class')) ?? '')
        .toContain('half');
      await page.getByRole('img', { name: /per woonvorm/ }).waitFor({ timeout: WACHTTIJD_MS });
      await screenshot(page, 'telefoon-onderblad-gekozen');

      await page.getByRole('button', { name: /Inklappen/ }).click();
      await expect(handvat.getAttribute('aria-expanded')).resolves.toBe('false');

      // Dragged by its grip: up across most of the screen opens it fully, a short drag down takes it one step back.
      // First the sheet must have finished sliding down, or the grip is not where it is measured.
      await expect.poll(hoogte, { timeout: WACHTTIJD_MS }).toBeLessThan(0.15);
      const sleep = async (dy: number) => {
        // The sheet slides (a CSS transition): take hold of the grip once no animation moves it any more.
        await stilBlad(page);
        const vak = await handvat.boundingBox();
        if (!vak) throw new Error('geen handvat');
        const [x, y] = [vak.x + vak.width / 2, vak.y + vak.height / 2];
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x, y + dy / 2, { steps: 4 });
        await page.mouse.move(x, y + dy, { steps: 4 });
        await page.mouse.up();
      };
      await sleep(-0.6 * TELEFOON.viewport.height);
      await expect.poll(hoogte, { timeout: WACHTTIJD_MS }).toBeGreaterThan(0.8);
      await sleep(120);
      await expect
        .poll(async () => (await page.locator('#zijpaneel').getAttribute('class')) ?? '')
        .toContain('half');
      await pastOpScherm(sessie);
    });
  });
});
