// Publiek's canvas over the map in Chromium: its symbols follow the map when it is dragged, and hovering one tells
// what it is. (What is drawn where is unit-tested in src/map/publiek-canvas.test.ts; this checks the screen.)
import { describe, expect, it } from 'vitest';
import { VoorzieningenPubliekAntwoord } from '../../src/contract/voorziening';
import { laatsteVoorzieningen, openApp } from './app';
import {
  browserPerBestand,
  DESKTOP,
  groepeerOpPositie,
  kiesVrijSymbool,
  metSessie,
  schermpunt,
  screenshot,
  tekeningRond,
  wachtOpKaart,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();

describe('publiek: de symbolen op de kaart', () => {
  it('volgen de kaart als die versleept wordt, en zeggen bij aanwijzen wat ze zijn', async () => {
    await metSessie(await browser(), DESKTOP, 'publiek-kaart-slepen', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord);
      const symbolen = groepeerOpPositie(voorzieningen);
      const gekozen = await kiesVrijSymbool(page, symbolen);
      const pc4 = gekozen.symbool.items[0]?.pc4 ?? '';

      // Hover: the tooltip names the postcode area and the count.
      const tooltip = page.locator('.kaart__tooltip');
      await page.mouse.move(gekozen.punt.x, gekozen.punt.y);
      await expect.poll(() => tooltip.isVisible(), { timeout: WACHTTIJD_MS }).toBe(true);
      expect(await tooltip.innerText()).toContain(pc4);
      await screenshot(page, 'publiek-kaart-tooltip');

      // Drag the map 120 px right and 80 px down; the symbol must be drawn where its coordinate now is.
      await page.mouse.move(gekozen.punt.x, gekozen.punt.y + 40);
      await page.mouse.down();
      for (let stap = 1; stap <= 8; stap++) {
        await page.mouse.move(gekozen.punt.x + 15 * stap, gekozen.punt.y + 40 + 10 * stap);
      }
      await page.mouse.up();
      await page.mouse.move(5, 5);
      await wachtOpKaart(sessie);
      const nu = await schermpunt(page, gekozen.symbool.positie);
      // About as far as the pointer went (maplibre may add a pixel or two of inertia).
      expect(Math.abs(nu.x - gekozen.punt.x - 120)).toBeLessThan(8);
      expect(Math.abs(nu.y - gekozen.punt.y - 80)).toBeLessThan(8);
      const tekening = await tekeningRond(page, gekozen.symbool.positie);
      expect(tekening.anders, 'het symbool staat niet op zijn nieuwe plek').toBeGreaterThan(0.6);
      await screenshot(page, 'publiek-kaart-versleept');
    });
  });
});
