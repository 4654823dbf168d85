// The assessor's map in Chromium: signed in through the demo form, facilities at their address, with the phase
// on the escalatieladder and its history.
import { describe, expect, it } from 'vitest';
import { VoorzieningenScanAntwoord, type VoorzieningVoorScan } from '../../src/contract/voorziening';
import {
  escapeRegExp,
  FASE_NAAM,
  laatsteVoorzieningen,
  logInViaScherm,
  metSpatie,
  openApp,
  pastOpScherm,
  vultKaart,
  wachtOpDetail,
} from './app';
import {
  browserPerBestand,
  DESKTOP,
  groepeerOpPositie,
  kiesVrijSymbool,
  klikOp,
  metSessie,
  screenshot,
  tekeningRond,
  TELEFOON,
  veldLabels,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();

type Adrespunt = Extract<VoorzieningVoorScan, { precisie: 'adres' }>;

describe('draagkrachtscan: ingelogd via het demo-formulier', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`toont voorzieningen op adres met fase en fasehistorie (${scherm.naam})`, async () => {
      await metSessie(await browser(), scherm, `draagkrachtscan-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await openApp(sessie);
        await logInViaScherm(sessie, 'Draagkrachtscan');

        const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenScanAntwoord);
        const adrespunten = voorzieningen.filter((v): v is Adrespunt => v.precisie === 'adres');
        expect(adrespunten.length, 'het antwoord bevat adrespunten').toBeGreaterThan(0);
        const symbolen = groepeerOpPositie(voorzieningen);
        const aantal = await page.evaluate(() =>
          (window as unknown as { hkdKaart: { aantalObjecten(): number } }).hkdKaart.aantalObjecten(),
        );
        expect(aantal, 'één symbool per adres of buurt').toBe(symbolen.length);

        // A single facility at its own address.
        const gekozen = await kiesVrijSymbool(
          page,
          symbolen,
          (s) => s.items.length === 1 && s.items[0]?.precisie === 'adres',
        );
        expect((await tekeningRond(page, gekozen.symbool.positie)).anders).toBeGreaterThan(0.6);
        if (scherm.telefoon) await screenshot(page, `draagkrachtscan-${scherm.naam}-kaart`);
        const v = gekozen.symbool.items[0] as Adrespunt;
        await klikOp(sessie, v.positie);

        const detail = await wachtOpDetail(page, v.naam);
        await detail
          .getByRole('heading', { name: v.naam, exact: true, level: 3 })
          .waitFor({ timeout: WACHTTIJD_MS });
        const labels = await veldLabels(detail);
        for (const label of [
          'Zorgaanbieder',
          'Woonvorm',
          'Capaciteit (plaatsen)',
          'Adres',
          'Fase',
          'Beheercommissie',
        ]) {
          expect(labels).toContain(label);
        }
        const tekst = await detail.innerText();
        // The address as people write it: street and number, postcode with a space, city.
        expect(tekst).toMatch(
          new RegExp(
            `${escapeRegExp(v.adres.straat)} ${v.adres.huisnummer}\\b.*${metSpatie(v.adres.postcode)} Rotterdam`,
          ),
        );
        expect(tekst).toContain(`Fase ${v.fase}: ${FASE_NAAM[v.fase]}`);

        // The history, one line per step on the ladder.
        const historie = detail.getByRole('heading', { name: 'Fasehistorie' });
        await historie.waitFor({ state: 'visible' });
        const stappen = historie.locator('xpath=following-sibling::ol[1]/li');
        expect(await stappen.count()).toBe(v.faseHistorie.length);
        for (const wissel of v.faseHistorie) expect(tekst).toContain(wissel.reden);

        await historie.scrollIntoViewIfNeeded();
        await screenshot(page, `draagkrachtscan-${scherm.naam}`, { heel: scherm.telefoon });

        // A confidential location: known to the scan, but only at buurt level, never with its address.
        if (!scherm.telefoon) {
          const vertrouwelijk = await kiesVrijSymbool(page, symbolen, (s) =>
            s.items.every((item) => item.precisie === 'buurt'),
          );
          const [eerste] = vertrouwelijk.symbool.items;
          if (!eerste) throw new Error('leeg symbool');
          await klikOp(sessie, vertrouwelijk.symbool.positie);
          const geheim = await wachtOpDetail(page, eerste.naam);
          await geheim
            .getByText(/Vertrouwelijke locatie/)
            .first()
            .waitFor({ state: 'visible' });
          const geheimeLabels = await veldLabels(geheim);
          expect(geheimeLabels).toContain('Buurt');
          expect(geheimeLabels.filter((l) => /^(Adres|Postcode)/.test(l))).toEqual([]);
          await screenshot(page, `draagkrachtscan-${scherm.naam}-vertrouwelijk`);
        }
        // Last, so a layout fault does not hide the checks above.
        await vultKaart(page, symbolen);
        await pastOpScherm(sessie);
      });
    });
  }
});
