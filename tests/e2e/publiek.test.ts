// The public map in Chromium, on the production build: what a resident sees, and what the browser received.
import { describe, expect, it } from 'vitest';
import { VoorzieningenPubliekAntwoord, type VoorzieningPubliek } from '../../src/contract/voorziening';
import { pc4Centroiden, scanVoorzieningen } from './api';
import { laatsteVoorzieningen, openApp, pastOpScherm, vultKaart, wachtOpDetail } from './app';
import {
  basisUrl,
  browserPerBestand,
  buildMap,
  DESKTOP,
  groepeerOpPositie,
  kiesVrijSymbool,
  klikOp,
  legePlek,
  metSessie,
  screenshot,
  tekeningRond,
  TELEFOON,
  veldLabels,
  type Sessie,
  WACHTTIJD_MS,
} from './browser';
import {
  buildBestanden,
  MOCK_API_MERKTEKENS,
  omgeving,
  pc6Treffers,
  posities,
  verbodenSleutels,
  zelfdePositie,
} from './privacy';

const browser = browserPerBestand();

/** Fields that reach a resident (capacity too, as in the seed's popup); and fields that must not (phase, address, PC6). */
const PUBLIEKE_LABELS = ['Woonvorm', 'Zorgaanbieder', 'Capaciteit (plaatsen)', 'Postcodegebied'];
const VERBODEN_LABEL = /^(Fase|Adres|Postcode$|Beheer|Doelgroep)/;
const VERBODEN_SLEUTELS = ['adres', 'straat', 'huisnummer', 'fase', 'faseHistorie', 'pc6', 'beheer'];

async function openPubliek(sessie: Sessie): Promise<VoorzieningPubliek[]> {
  await openApp(sessie);
  return (await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord)).voorzieningen;
}

describe('publiek: de openbare kaart', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`toont symbolen per postcodegebied en de publieke details (${scherm.naam})`, async () => {
      await metSessie(await browser(), scherm, `publiek-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        const voorzieningen = await openPubliek(sessie);
        expect(voorzieningen.length).toBeGreaterThan(0);

        // One symbol per postcode area with facilities, drawn where the API put it.
        const symbolen = groepeerOpPositie(voorzieningen);
        const aantal = await page.evaluate(() =>
          (window as unknown as { hkdKaart: { aantalObjecten(): number } }).hkdKaart.aantalObjecten(),
        );
        expect(aantal).toBe(new Set(voorzieningen.map((v) => v.pc4)).size);

        const gekozen = await kiesVrijSymbool(page, symbolen);
        const tekening = await tekeningRond(page, gekozen.symbool.positie);
        expect(
          tekening.anders,
          `symbool bij ${gekozen.symbool.positie.join(',')} niet te zien op de kaart`,
        ).toBeGreaterThan(0.6);

        // The control: on an empty spot of the map the same check sees nothing.
        const leeg = await tekeningRond(page, await legePlek(page, symbolen));
        expect(leeg.anders, 'de pixelcontrole ziet iets op een lege plek').toBeLessThan(0.1);
        if (scherm.telefoon) await screenshot(page, `publiek-${scherm.naam}-kaart`);

        await klikOp(sessie, gekozen.symbool.positie);
        const [eerste, ...overige] = gekozen.symbool.items;
        if (!eerste) throw new Error('leeg symbool');
        const detail = await wachtOpDetail(page, eerste.naam);
        // Every facility of the area, in the same details panel.
        for (const v of overige) {
          await detail
            .getByRole('heading', { name: v.naam, exact: true })
            .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
        }
        await expect(detail.innerText()).resolves.toMatch(new RegExp(`Postcodegebied\\s+${eerste.pc4}\\b`));
        const labels = await veldLabels(detail);
        for (const label of PUBLIEKE_LABELS) expect(labels).toContain(label);
        expect(labels.filter((l) => VERBODEN_LABEL.test(l))).toEqual([]);
        await expect(detail.innerText()).resolves.not.toMatch(/Fasehistorie|Doelgroep/);
        await detail.scrollIntoViewIfNeeded();
        await screenshot(page, `publiek-${scherm.naam}`, { heel: scherm.telefoon });
        // Last, so a layout fault does not hide the checks above.
        await vultKaart(page, symbolen);
        await pastOpScherm(sessie);
      });
    });
  }

  it('ontvangt geen postcode6, adres of fase, en posities alleen op het PC4-centroïde', async () => {
    const centroiden = await pc4Centroiden();
    await metSessie(await browser(), DESKTOP, 'publiek-netwerk', async (sessie) => {
      await openPubliek(sessie);
      await sessie.netwerk.klaar();
      const antwoorden = sessie.netwerk.api;
      expect(antwoorden.length).toBeGreaterThan(0);
      const problemen: string[] = [];
      for (const a of antwoorden) {
        if (a.bodyFout) problemen.push(`${a.pad}: body niet leesbaar (${a.bodyFout})`);
        for (const pc6 of pc6Treffers(a.body))
          problemen.push(`${a.pad}: PC6 "${pc6}" in "${omgeving(a.body, pc6)}"`);
        for (const s of verbodenSleutels(a.body, VERBODEN_SLEUTELS)) problemen.push(`${a.pad}: veld "${s}"`);
        if (!a.body.trim().startsWith('{') && !a.body.trim().startsWith('[')) continue;
        for (const p of posities(JSON.parse(a.body))) {
          const centroide = typeof p.pc4 === 'string' ? centroiden.get(p.pc4) : undefined;
          if (!centroide)
            problemen.push(`${a.pad} ${p.pad}: positie zonder bekend pc4 (${JSON.stringify(p.pc4)})`);
          else if (!zelfdePositie(p.positie, centroide)) {
            problemen.push(
              `${a.pad} ${p.pad}: ${JSON.stringify(p.positie)} is niet het centroïde van ${p.pc4}`,
            );
          }
        }
      }
      expect(problemen).toEqual([]);
    });
  });

  it('downloadt geen adresgegevens en geen mock-API-code (alle bestanden van de pagina)', async () => {
    const scan = await scanVoorzieningen();
    const adressen = scan.flatMap((v) => ('adres' in v ? [v.adres] : []));
    expect(adressen.length, 'de scanrol kent adressen').toBeGreaterThan(0);
    const postcodes = new Set(
      adressen.flatMap((a) => [a.postcode, `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}`]),
    );
    const straten = new Set(adressen.map((a) => a.straat));

    await metSessie(await browser(), DESKTOP, 'publiek-bundel', async (sessie) => {
      await openPubliek(sessie);
      await sessie.netwerk.klaar();
      const bestanden = sessie.netwerk.bestanden;
      expect(bestanden.filter((b) => b.soort === 'js').length, 'de pagina laadde JavaScript').toBeGreaterThan(
        0,
      );
      const problemen: string[] = [];
      for (const b of bestanden) {
        const naam = new URL(b.url).pathname;
        for (const pc of postcodes) if (b.body.includes(pc)) problemen.push(`${naam}: postcode "${pc}"`);
        for (const straat of straten) {
          if (b.body.includes(straat))
            problemen.push(`${naam}: straat "${straat}" in "${omgeving(b.body, straat)}"`);
        }
        for (const merk of MOCK_API_MERKTEKENS)
          if (b.body.includes(merk)) problemen.push(`${naam}: "${merk}"`);
      }
      expect(problemen).toEqual([]);
    });
  });

  // Not only what this page loaded: no file of the production build carries mock-API or MSW code.
  it('de productiebuild bevat geen MSW- of mock-API-code', () => {
    basisUrl(); // fails with the setup's own message when there is no build
    const build = buildBestanden(buildMap());
    expect(build.js.length).toBeGreaterThan(0);
    const inBuild = build.js.flatMap((b) =>
      MOCK_API_MERKTEKENS.filter((m) => b.tekst.includes(m)).map((m) => `${b.naam}: "${m}"`),
    );
    const bronnen = build.bronnen.filter((b) => /mock-api\/|node_modules\/msw\//.test(b));
    expect([...inBuild, ...bronnen]).toEqual([]);
  });
});
