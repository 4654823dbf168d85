// RGW case density in Chromium, on the production build: the assessor sees hexagons drawn (read from the screen's
// pixels, against the same spot with the layer switched off) and suppressed cells hatched and listed as "minder dan
// 5"; a resident sees the totals per focus area, and the page never receives an H3 cell or a buurt count.
import { cellToLatLng } from 'h3-js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/contract/common';
import { DichtheidFocusgebiedAntwoord, DichtheidH3Antwoord } from '../../src/contract/rgw';
import { getoondeAantallen, klasseVan, maakKlassen } from '../../src/domain/rgw-klassen';
import { klasseKleur } from '../../src/stijl/kleuren';
import { logInViaScherm, pastOpScherm } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  metSessie,
  schermpunt,
  screenshot,
  TELEFOON,
  wachtOpKaart,
  type Sessie,
  WACHTTIJD_MS,
  kaartWijzigingen,
} from './browser';

const browser = browserPerBestand();

/** A view of Zuid with the five focus areas, where the cells are large enough to read their pixels. */
const ZUID = '?beeld=12.6/51.885/4.49';
const ZUID_TELEFOON = '?beeld=12.3/51.885/4.49';

type Rgb = [number, number, number];

/** The pixels of a square around a page point, as the screen shows them. */
async function pixels(page: Page, x: number, y: number, r: number): Promise<Rgb[]> {
  const clip = { x: Math.round(x) - r, y: Math.round(y) - r, width: 2 * r + 1, height: 2 * r + 1 };
  const png = await page.screenshot({ clip, scale: 'css' });
  const data = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const doek = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = doek.getContext('2d');
    if (!ctx) throw new Error('geen 2d-context');
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, png.toString('base64'));
  const uit: Rgb[] = [];
  for (let i = 0; i < data.length; i += 4) uit.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
  return uit;
}

function gemiddelde(kleuren: readonly Rgb[]): Rgb {
  const som = kleuren.reduce<Rgb>((s, k) => [s[0] + k[0], s[1] + k[1], s[2] + k[2]], [0, 0, 0]);
  return [som[0] / kleuren.length, som[1] / kleuren.length, som[2] / kleuren.length];
}

function afstand(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}

/** Spread of brightness: near zero on a flat fill, large on hatching. */
function spreiding(kleuren: readonly Rgb[]): number {
  const licht = kleuren.map((k) => (k[0] + k[1] + k[2]) / 3);
  const m = licht.reduce((s, l) => s + l, 0) / licht.length;
  return Math.sqrt(licht.reduce((s, l) => s + (l - m) ** 2, 0) / licht.length);
}

/** Scrolls the side panel (not the page) until the element is at its top, as a person scrolling the panel would. */
async function scrolNaar(page: Page, naam: string): Promise<void> {
  await page.getByRole('heading', { name: naam }).evaluate((e) => {
    let houder = e.parentElement;
    while (
      houder &&
      !(houder.scrollHeight > houder.clientHeight && /auto|scroll/.test(getComputedStyle(houder).overflowY))
    ) {
      houder = houder.parentElement;
    }
    if (houder) houder.scrollTop += e.getBoundingClientRect().top - houder.getBoundingClientRect().top;
  });
}

function midden(h3: string): LonLat {
  const [lat, lon] = cellToLatLng(h3);
  return [lon, lat];
}

/** Switches the density layer in the layer control, as a person would, and waits for the map to settle. */
async function zetLaag(sessie: Sessie, aan: boolean): Promise<void> {
  const { page } = sessie;
  const paneel = page.locator('details.kaartlagen__paneel');
  if (!(await paneel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await paneel.locator('summary').click();
  }
  const vinkje = paneel.getByRole('checkbox', { name: 'RGW-zaken (dichtheid)' });
  const voor = await kaartWijzigingen(page);
  if (aan) await vinkje.check();
  else await vinkje.uncheck();
  await paneel.locator('summary').click();
  await wachtOpKaart(sessie, { naWijziging: voor });
}

/** The newest 200 answer of the density endpoint the page itself received. */
async function laatsteDichtheid(sessie: Sessie): Promise<unknown> {
  await sessie.netwerk.klaar();
  const laatste = sessie.netwerk
    .antwoorden('/api/rgw/dichtheid')
    .filter((a) => a.status === 200)
    .at(-1);
  if (!laatste) throw new Error('de pagina haalde /api/rgw/dichtheid niet (met succes) op');
  return JSON.parse(laatste.body);
}

async function wachtOpDichtheid(sessie: Sessie, niveau: 'h3' | 'focusgebied'): Promise<void> {
  await expect
    .poll(
      async () => {
        await sessie.netwerk.klaar();
        return sessie.netwerk
          .antwoorden('/api/rgw/dichtheid')
          .some((a) => a.status === 200 && a.body.includes(`"niveau":"${niveau}"`));
      },
      { timeout: WACHTTIJD_MS },
    )
    .toBe(true);
}

describe('RGW-zaken op de kaart', () => {
  it('draagkrachtscan: zeshoeken in de kleur van hun klasse, onderdrukte cellen gearceerd en in de tabel "minder dan 5"', async () => {
    await metSessie(await browser(), DESKTOP, 'rgw-draagkrachtscan', async (sessie) => {
      const { page } = sessie;
      await page.goto(`${basisUrl()}/${ZUID}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
      await wachtOpKaart(sessie);
      await logInViaScherm(sessie, 'Draagkrachtscan');
      await wachtOpDichtheid(sessie, 'h3');
      const antwoord = DichtheidH3Antwoord.parse(await laatsteDichtheid(sessie));
      await wachtOpKaart(sessie);

      // The cells whose centre is on the map and under no panel: their colour is read from the screen's pixels.
      const klassen = maakKlassen(getoondeAantallen(antwoord.cellen), antwoord.minimum);
      const opScherm = [];
      for (const cel of antwoord.cellen) {
        const punt = await schermpunt(page, midden(cel.h3));
        if (punt.vrij) opScherm.push({ cel, punt });
      }
      const getoond = opScherm.filter((c) => !c.cel.onderdrukt);
      const onderdrukt = opScherm.filter((c) => c.cel.onderdrukt);
      expect(getoond.length, 'getoonde cellen op het scherm').toBeGreaterThan(3);
      expect(onderdrukt.length, 'onderdrukte cellen op het scherm').toBeGreaterThan(0);

      const aan = new Map<string, Rgb[]>();
      for (const { cel, punt } of opScherm) aan.set(cel.h3, await pixels(page, punt.x, punt.y, 6));
      await screenshot(page, 'rgw-draagkrachtscan-desktop');

      // The same spots with the layer off: what lies under the cells.
      await zetLaag(sessie, false);
      const problemen: string[] = [];
      let getekend = 0;
      for (const { cel, punt } of opScherm) {
        const onder = gemiddelde(await pixels(page, punt.x, punt.y, 6));
        const metLaag = aan.get(cel.h3) ?? [];
        if (cel.onderdrukt) {
          // Hatched: dark lines over light grey, so the brightness varies a lot within a few pixels.
          if (spreiding(metLaag) < 12) problemen.push(`${cel.h3}: onderdrukt maar niet gearceerd`);
          continue;
        }
        const klasse = klasseVan(cel, klassen);
        if (typeof klasse !== 'number') throw new Error(`cel ${cel.h3} zonder klasse`);
        const kleur = klasseKleur(klasse, klassen.ondergrenzen.length);
        const a = kleur[3] / 255;
        const verwacht = [0, 1, 2].map((i) => (kleur[i] ?? 0) * a + (onder[i] ?? 0) * (1 - a));
        const gezien = gemiddelde(metLaag);
        if (afstand(gezien, onder) > 15 && afstand(gezien, verwacht) <= 30) getekend += 1;
        // Symbols or names may cross a cell's centre: a few such cells are no failure, every cell wrong would be.
        if (afstand(gezien, verwacht) > 30)
          problemen.push(`${cel.h3} (${cel.aantal}): ${gezien} ≠ ${verwacht}`);
        if (spreiding(metLaag) > 25) problemen.push(`${cel.h3}: getoonde cel lijkt gearceerd`);
      }
      expect(problemen.length, problemen.join('\n')).toBeLessThanOrEqual(Math.floor(opScherm.length / 4));
      expect(getekend, 'getoonde cellen in de kleur van hun klasse').toBeGreaterThanOrEqual(3);
      await zetLaag(sessie, true);

      // The table twin: every suppressed cell listed, with the words, never a number.
      const tabel = page.getByRole('table', { name: /^RGW-zaken per zeshoek \(H3\)/ });
      await tabel.waitFor({ timeout: WACHTTIJD_MS });
      for (const cel of antwoord.cellen.filter((c) => c.onderdrukt)) {
        const rij = tabel.getByRole('row').filter({ hasText: cel.h3 });
        await expect(rij.innerText()).resolves.toMatch(/minder dan 5$/);
      }
      const [eerste] = antwoord.cellen.filter((c) => c.onderdrukt);
      if (!eerste) throw new Error('geen onderdrukte cel');
      await tabel.getByRole('row').filter({ hasText: eerste.h3 }).getByRole('button').click();
      const detail = page.getByRole('region', { name: /^Cel / });
      await detail.getByText('minder dan 5 (0 tot 5)').waitFor({ timeout: WACHTTIJD_MS });

      // A focus-area preset: the map flies there and its figures stand beside the average.
      const voorVlucht = await kaartWijzigingen(page);
      await page.getByRole('button', { name: 'Tarwewijk', exact: true }).click();
      await page.getByRole('table', { name: /^Kerncijfers Tarwewijk, / }).waitFor({ timeout: WACHTTIJD_MS });
      // The map flies to the focus area: wait for that change and for the map to stand still after it.
      await wachtOpKaart(sessie, { naWijziging: voorVlucht });
      await screenshot(page, 'rgw-draagkrachtscan-desktop-tarwewijk');
      await scrolNaar(page, 'Rotterdams Goed Wonen');
      await screenshot(page, 'rgw-draagkrachtscan-desktop-filters');
      await scrolNaar(page, 'Focusgebieden');
      await screenshot(page, 'rgw-draagkrachtscan-desktop-kerncijfers');
      await scrolNaar(page, 'Op de kaart');
      await screenshot(page, 'rgw-draagkrachtscan-desktop-tabel');
      await pastOpScherm(sessie);
    });
  });

  it('draagkrachtscan op een telefoon: de zeshoeken passen op het scherm', async () => {
    await metSessie(await browser(), TELEFOON, 'rgw-draagkrachtscan-telefoon', async (sessie) => {
      const { page } = sessie;
      await page.goto(`${basisUrl()}/${ZUID_TELEFOON}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
      await wachtOpKaart(sessie);
      await logInViaScherm(sessie, 'Draagkrachtscan');
      await wachtOpDichtheid(sessie, 'h3');
      await wachtOpKaart(sessie, { rgw: 'h3' });
      await screenshot(page, 'rgw-draagkrachtscan-telefoon');
      await pastOpScherm(sessie);
    });
  });

  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`publiek: de totalen per focusgebied, en geen H3-cel of buurttelling over de lijn (${scherm.naam})`, async () => {
      await metSessie(await browser(), scherm, `rgw-publiek-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await page.goto(`${basisUrl()}/${scherm.telefoon ? ZUID_TELEFOON : ZUID}`);
        await page.getByText('demodata', { exact: true }).first().waitFor({ timeout: WACHTTIJD_MS });
        await wachtOpKaart(sessie);
        await wachtOpDichtheid(sessie, 'focusgebied');
        const antwoord = DichtheidFocusgebiedAntwoord.parse(await laatsteDichtheid(sessie));
        expect(antwoord.focusgebieden).toHaveLength(5);
        await wachtOpKaart(sessie, { rgw: 'focusgebied' });
        await screenshot(page, `rgw-publiek-${scherm.naam}`);

        if (scherm.telefoon) {
          // The sheet holds the panels on a phone.
          await page
            .getByRole('region', { name: 'Informatie bij de kaart' })
            .getByRole('button', { expanded: false })
            .first()
            .click();
        }
        const tabel = page.getByRole('table', {
          name: 'RGW-zaken per focusgebied in 3e kwartaal 2026',
        });
        await tabel.waitFor({ timeout: WACHTTIJD_MS });
        for (const f of antwoord.focusgebieden) {
          const rij = tabel.getByRole('row').filter({ hasText: f.naam });
          const tekst = await rij.innerText();
          expect(tekst).toContain(f.telling.onderdrukt ? 'minder dan 5' : String(f.telling.aantal));
        }
        if (!scherm.telefoon) {
          await scrolNaar(page, 'Op de kaart');
          await screenshot(page, `rgw-publiek-${scherm.naam}-tabel`);
        }

        // What crossed the wire: totals per focus area only, never a cell, a buurt count, or a question for them.
        await sessie.netwerk.klaar();
        const problemen: string[] = [];
        for (const a of sessie.netwerk.api) {
          if (a.bodyFout) problemen.push(`${a.pad}: body niet leesbaar (${a.bodyFout})`);
          const h3 = a.body.match(/\b8[0-9a-f]{14}\b/);
          if (h3) problemen.push(`${a.pad}: H3-index ${h3[0]}`);
          if (/"h3"|"cellen"|"resolutie"/.test(a.body)) problemen.push(`${a.pad}: veld voor H3-cellen`);
          if (a.pad.startsWith('/api/rgw/')) {
            if (/BU0599\d{4}|"buurten?"/.test(a.body)) problemen.push(`${a.pad}: telling per buurt`);
            if (/[?&](niveau|resolutie)=/.test(a.pad))
              problemen.push(`${a.pad}: vroeg om niveau of resolutie`);
          }
        }
        expect(problemen).toEqual([]);
        await pastOpScherm(sessie);
      });
    });
  }
});
