import { describe, it } from 'vitest';
import { VoorzieningenZorgaanbiederAntwoord } from '../../src/contract/voorziening';
import { laatsteVoorzieningen, logInViaScherm, openApp } from './app';
import { browserPerBestand, groepeerOpPositie, kiesVrijSymbool, klikOp, metSessie, TELEFOON } from './browser';

const browser = browserPerBestand();
describe('debug', () => {
  it('tap', async () => {
    await metSessie(await browser(), TELEFOON, 'debug', async (sessie) => {
      const { page } = sessie;
      page.on('console', (m) => console.log('PAGE', m.text()));
      await page.addInitScript(() => {
        const orig = history.replaceState.bind(history);
        history.replaceState = (s: unknown, t: string, u?: string | URL | null) => {
          console.log('REPLACE', String(u), new Error().stack?.split('\n').slice(2, 5).join(' | '));
          orig(s, t, u);
        };
      });
      await openApp(sessie);
      await logInViaScherm(sessie, 'Zorgaanbieder', 'Zorgcoöperatie Het Veerhuis');
      const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenZorgaanbiederAntwoord);
      const symbolen = groepeerOpPositie(voorzieningen);
      const eigen = await kiesVrijSymbool(page, symbolen, (s) => s.items.every((v) => !v.vertrouwelijk && v.eigen));
      console.log('KLIK', JSON.stringify(eigen.punt), eigen.symbool.items.map((v) => v.id));
      await klikOp(sessie, eigen.symbool.positie);
      await page.waitForTimeout(2000);
      console.log('URL', page.url());
    });
  }, 60000);
});
