// The assessor's scan in Chromium: search an address on Zuid, plan a facility of 24 places, see the rings on the map
// and the places per 1,000 inhabitants follow the capacity; then the same link opened without signing in shows no
// trace of the scan.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AnalyseAntwoord } from '../../src/contract/draagkrachtscan';
import { VoorzieningenScanAntwoord } from '../../src/contract/voorziening';
import { laatsteVoorzieningen, logInViaScherm, openApp, pastOpScherm } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  klikOp,
  metSessie,
  schermpunt,
  screenshot,
  tekeningRond,
  TELEFOON,
  wachtOpKaart,
  wachtOpRust,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();

/** The site as the link writes it: five decimals. */
function inLink([lon, lat]: readonly [number, number]): string {
  return `${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`;
}

const CONCENTRATIE = 'Alle woonvormen: plekken per 1.000 inwoners';

/** "12,3" → 12.3: the per-1,000 figure after the planned facility, in the buurt's row. */
async function buurtNa(tabel: Locator): Promise<number> {
  const cel = tabel.getByRole('row').nth(1).getByRole('cell').nth(2);
  // The figure, then the comparison with the city under it.
  return Number(/^[\d,]+/.exec((await cel.innerText()).trim())?.[0]?.replace(',', '.'));
}

async function openZijpaneel(page: Page): Promise<void> {
  const handvat = page.getByRole('button', { name: /Details en tabel/ });
  if (await handvat.isVisible()) await handvat.click();
}

describe('draagkrachtscan: een scan rond een adres op Zuid', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`zoekt een adres, plant 24 plekken en toont ringen en cijfers (${scherm.naam})`, async () => {
      let link = '';
      await metSessie(await browser(), scherm, `draagkrachtscan-scan-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await openApp(sessie);
        await logInViaScherm(sessie, 'Draagkrachtscan');
        await openZijpaneel(page);

        const sectie = page.getByRole('region', { name: 'Draagkrachtscan', exact: true });
        const zoek = sectie.getByLabel('Adres van de beoogde locatie');
        await zoek.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
        await zoek.fill('Kluutstraat 24');
        await zoek.press('Enter');
        const kandidaat = sectie.getByRole('list', { name: 'Gevonden locaties' }).getByRole('button').first();
        await kandidaat.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
        expect(await kandidaat.innerText()).toContain('Kluutstraat 24');
        // The keyboard alone: focus the candidate and press Enter.
        await kandidaat.focus();
        await page.keyboard.press('Enter');

        const tabel = sectie.getByRole('table', { name: CONCENTRATIE });
        await tabel.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
        await expect
          .poll(() =>
            sectie
              .getByText(/Beoogde locatie:/)
              .locator('xpath=..')
              .innerText(),
          )
          .toContain('Tarwewijk');
        const zonder = await buurtNa(tabel);

        await sectie.getByLabel('Woonvorm').selectOption({ label: 'Beschermd wonen' });
        await sectie.getByLabel('Aantal plekken (capaciteit)').fill('24');
        await expect.poll(() => buurtNa(tabel)).toBeGreaterThan(zonder);
        // The link follows after a pause, and so does the server, with the same figure.
        await expect.poll(() => page.url()).toContain('scan-plekken=24');
        // The request follows the URL in the next render: wait for its answer, not only for a quiet network.
        await expect
          .poll(() =>
            sessie.netwerk
              .antwoorden('/api/draagkrachtscan/analyse')
              .some((a) => a.status === 200 && a.pad.includes('capaciteit=24')),
          )
          .toBe(true);
        await wachtOpRust(sessie);
        const analyses = sessie.netwerk
          .antwoorden('/api/draagkrachtscan/analyse')
          .filter((a) => a.status === 200 && a.pad.includes('capaciteit=24'));
        const analyse = AnalyseAntwoord.parse(JSON.parse(analyses.at(-1)?.body ?? 'null'));
        expect(analyse.gepland.capaciteit).toBe(24);
        expect(analyse.ringen.map((r) => r.straalM)).toEqual([250, 500, 1000]);
        expect(await buurtNa(tabel)).toBe(analyse.concentratie.alle.buurt.per1000Na);
        await sectie.getByRole('table', { name: 'Beschermd wonen: plekken per 1.000 inwoners' }).waitFor();

        if (!scherm.telefoon) {
          // The site and its rings are on the map: a marker on the site, the 500 m ring's line north of it.
          await wachtOpKaart(sessie);
          const [lon, lat] = analyse.locatie.positie;
          expect((await tekeningRond(page, [lon, lat])).anders).toBeGreaterThan(0.6);
          const opRing = (await tekeningRond(page, [lon, lat + 500 / 111_195], 2)).anders;
          expect(opRing, 'de ring van 500 m is getekend').toBeGreaterThan(0.5);
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}`);
          await tabel.scrollIntoViewIfNeeded();
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}-tabellen`);

          // A second site by a click on the map: 400 m from the first, in a direction with no symbol nearby.
          const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenScanAntwoord);
          const symbolen = await Promise.all(voorzieningen.map((v) => schermpunt(page, v.positie)));
          let doel: [number, number] | null = null;
          for (let hoek = 0; hoek < 360 && !doel; hoek += 30) {
            const r = (hoek * Math.PI) / 180;
            const kandidaat: [number, number] = [
              lon + (400 / (111_195 * Math.cos((lat * Math.PI) / 180))) * Math.sin(r),
              lat + (400 / 111_195) * Math.cos(r),
            ];
            const p = await schermpunt(page, kandidaat);
            if (p.vrij && symbolen.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 30)) doel = kandidaat;
          }
          if (!doel) throw new Error('geen vrije plek 400 m van de locatie');
          // Kept for a comparison with the site the click chooses.
          await sectie.getByRole('button', { name: 'Bewaar voor vergelijking' }).click();
          await sectie.getByRole('button', { name: 'Of kies een punt op de kaart' }).click();
          await klikOp(sessie, doel);
          await expect.poll(() => page.url()).not.toContain(`scan=${inLink(analyse.locatie.positie)}`);
          await expect
            .poll(() =>
              sectie
                .getByText(/Beoogde locatie:/)
                .locator('xpath=..')
                .innerText(),
            )
            .not.toContain('Kluutstraat 24');
          await wachtOpRust(sessie);
          const tweede = sessie.netwerk.antwoorden('/api/draagkrachtscan/analyse').at(-1);
          expect(tweede?.status).toBe(200);
          expect(new URL(page.url()).searchParams.get('selectie')).toBeNull();
          const vergelijking = sectie.getByRole('table', { name: 'Vergelijking van de locaties' });
          await vergelijking.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
          expect(await vergelijking.getByRole('row').count()).toBe(3);
          // Each site by its letter and nearest address; the kept one was found as Kluutstraat 24.
          await expect
            .poll(() => vergelijking.getByRole('row').nth(1).innerText())
            .toMatch(/A\s+Kluutstraat 24, 3\d{3} [A-Z]{2} Rotterdam/);
          await vergelijking.scrollIntoViewIfNeeded();
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}-vergelijking`);

          // Other rings: the link, the analysis and the comparison follow.
          const ringenVeld = sectie.getByLabel('Ringen (meter)');
          await ringenVeld.fill('300, 600');
          await expect.poll(() => new URL(page.url()).searchParams.get('scan-ringen')).toBe('300,600');
          const metRingenPad = /ringen=300(%2C|,)600(&|$)/;
          await expect
            .poll(() =>
              sessie.netwerk
                .antwoorden('/api/draagkrachtscan/analyse')
                .some((a) => a.status === 200 && metRingenPad.test(a.pad)),
            )
            .toBe(true);
          await wachtOpRust(sessie);
          const metRingen = sessie.netwerk
            .antwoorden('/api/draagkrachtscan/analyse')
            .findLast((a) => a.status === 200 && metRingenPad.test(a.pad));
          expect(
            AnalyseAntwoord.parse(JSON.parse(metRingen?.body ?? 'null')).ringen.map((r) => r.straalM),
          ).toEqual([300, 600]);
          await sectie.getByRole('table', { name: 'Voorzieningen binnen 600 m' }).waitFor();
          await ringenVeld.scrollIntoViewIfNeeded();
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}-ringen`);
          await ringenVeld.fill('300, 100');
          const ringFout = sectie.getByText('Zet de stralen van klein naar groot, elk groter dan de vorige.');
          await ringFout.waitFor();
          await ringFout.scrollIntoViewIfNeeded();
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}-ringen-fout`);
          await sectie.getByRole('button', { name: 'Standaard' }).click();
          await expect.poll(() => new URL(page.url()).searchParams.get('scan-ringen')).toBeNull();
        } else {
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}`);
          await page.getByRole('button', { name: /Groter/ }).click();
          await tabel.scrollIntoViewIfNeeded();
          await screenshot(page, `draagkrachtscan-scan-${scherm.naam}-tabellen`);
        }
        await pastOpScherm(sessie);
        link = new URL(page.url()).search;
      });

      // The same link without signing in: no scan in the URL, the panel or the requests.
      expect(link).toMatch(/scan=4\.\d+,51\.\d+/);
      await metSessie(
        await browser(),
        scherm,
        `draagkrachtscan-scan-publiek-${scherm.naam}`,
        async (sessie) => {
          const { page } = sessie;
          await page.goto(`${basisUrl()}/${link}`);
          await page.getByText('demodata', { exact: true }).first().waitFor({ state: 'visible' });
          await wachtOpKaart(sessie);
          await wachtOpRust(sessie);
          expect(page.url()).not.toMatch(/scan/);
          expect(await page.getByRole('region', { name: 'Draagkrachtscan', exact: true }).count()).toBe(0);
          expect(sessie.netwerk.api.filter((a) => a.pad.startsWith('/api/draagkrachtscan'))).toEqual([]);
          expect(await page.getByText('Beoogde locatie').count()).toBe(0);
        },
      );
    });
  }
});
