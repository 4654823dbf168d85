// The map's first picture in Chromium: hidden while it is built, shown whole once the role's data is drawn, and shown
// anyway (the basemap, with the error beside it) when the data does not come.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FoutAntwoord } from '../../src/contract/common';
import { VoorzieningenPubliekAntwoord } from '../../src/contract/voorziening';
import { laatsteVoorzieningen } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  groepeerOpPositie,
  metSessie,
  tekeningRond,
  wachtOpKaart,
} from './browser';

const browser = browserPerBestand();

/** Whether the map's canvas is shown, and whether the map's own "Kaart laden…" status is. */
function toestand(page: Page): Promise<{ canvas: string | null; laden: boolean }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.kaart__canvas canvas');
    const laden = document.querySelector('.kaart__laden');
    return {
      canvas: canvas ? getComputedStyle(canvas).visibility : null,
      laden: laden !== null && getComputedStyle(laden).display !== 'none',
    };
  });
}

const isLijst = (url: URL) => url.pathname === '/api/voorzieningen';

describe('het eerste kaartbeeld', () => {
  it('blijft verborgen tot de gegevens getekend zijn en verschijnt dan heel', async () => {
    await metSessie(await browser(), DESKTOP, 'eerste-beeld-heel', async (sessie) => {
      const { page } = sessie;
      // The list of facilities is held back until the test lets it go.
      let laatGaan: () => void = () => undefined;
      const losgelaten = new Promise<void>((klaar) => (laatGaan = klaar));
      await page.route(isLijst, async (route: Route) => {
        await losgelaten;
        await route.continue();
      });
      await page.goto(`${basisUrl()}/`);
      // The map exists (its test hook is there) and has had time for its basemap: still hidden, the status in sight.
      await page.waitForFunction(() => 'hkdKaart' in window, undefined, { timeout: 15_000 });
      await page.waitForTimeout(1_000);
      expect(await toestand(page)).toEqual({ canvas: 'hidden', laden: true });
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kaart laden…' }).count()).toBe(1);

      laatGaan();
      await wachtOpKaart(sessie);
      expect(await toestand(page)).toEqual({ canvas: 'visible', laden: false });
      // Shown with the data on it: a symbol is in the first picture.
      const voorzieningen = (await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord)).voorzieningen;
      const [symbool] = groepeerOpPositie(voorzieningen);
      if (!symbool) throw new Error('geen voorzieningen in het antwoord');
      expect((await tekeningRond(page, symbool.positie)).anders).toBeGreaterThan(0.6);
      const mark = await page.evaluate(() => performance.getEntriesByName('hkd:kaart-bruikbaar').length);
      expect(mark).toBe(1);
    });
  });

  it('verschijnt zonder gegevens toch, met de melding ernaast', async () => {
    await metSessie(await browser(), DESKTOP, 'eerste-beeld-fout', async (sessie) => {
      const { page } = sessie;
      await page.route(isLijst, (route: Route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: { code: 'serverfout', message: 'De dienst is tijdelijk niet beschikbaar.' },
          } satisfies FoutAntwoord),
        }),
      );
      const begin = Date.now();
      await page.goto(`${basisUrl()}/`);
      await page.waitForFunction(
        () => {
          const canvas = document.querySelector('.kaart__canvas canvas');
          return canvas !== null && getComputedStyle(canvas).visibility === 'visible';
        },
        undefined,
        { timeout: 15_000, polling: 100 },
      );
      // Not before the time limit: nothing of the role was drawn.
      expect(Date.now() - begin).toBeGreaterThanOrEqual(2_000);
      expect(await toestand(page)).toEqual({ canvas: 'visible', laden: false });
      // The resident is told, and nothing was marked usable.
      await expect
        .poll(() => page.getByText('De dienst is tijdelijk niet beschikbaar.').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect(await page.evaluate(() => performance.getEntriesByName('hkd:kaart-bruikbaar').length)).toBe(0);
      // The page's own error log has the failed request only.
      expect(sessie.fouten.filter((f) => !/503|Service Unavailable/i.test(f))).toEqual([]);
    });
  });
});
