// A care provider's map in Chromium: signed in through the demo form, extended details for every location,
// the escalation phase only for the provider's own.
import { describe, expect, it } from 'vitest';
import {
  VoorzieningenZorgaanbiederAntwoord,
  type VoorzieningVoorZorgaanbieder,
} from '../../src/contract/voorziening';
import { scanVoorzieningen } from './api';
import { clusterBeeld, zoomUitUrl } from './clusters';
import { verbodenSleutels } from './privacy';
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
  kaartWijzigingen,
  wachtOpKaart,
  type Sessie,
  type Symbool,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();

type Record = VoorzieningVoorZorgaanbieder;
type Openbaar = Extract<Record, { precisie: 'pc6' }>;

/** The provider with the most non-confidential locations: the most own symbols to choose from. */
async function organisatieMetDeMeesteLocaties(): Promise<string> {
  const perOrganisatie = new Map<string, number>();
  for (const v of await scanVoorzieningen()) {
    if (v.vertrouwelijk) continue;
    perOrganisatie.set(v.zorgaanbieder.naam, (perOrganisatie.get(v.zorgaanbieder.naam) ?? 0) + 1);
  }
  const [naam] = [...perOrganisatie.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!naam) throw new Error('de API kent geen niet-vertrouwelijke voorzieningen');
  return naam;
}

function alleOpenbaar(s: Symbool<Record>, eigen: boolean): boolean {
  return s.items.every((v) => !v.vertrouwelijk && v.eigen === eigen);
}

/** Clicks the symbol and returns the details region once every facility in it has loaded. */
async function openDetails(sessie: Sessie, symbool: Symbool<Record>) {
  const { page } = sessie;
  const items = symbool.items as Openbaar[];
  const [eerste, ...overige] = items;
  if (!eerste) throw new Error('leeg symbool');
  await klikOp(sessie, symbool.positie);
  const detail = await wachtOpDetail(page, eerste.naam);
  for (const v of overige) {
    await detail
      .getByRole('heading', { name: v.naam, exact: true })
      .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
  }
  // The PC6 postcode, written as people write it.
  await expect(detail.innerText()).resolves.toMatch(
    new RegExp(`Postcode\\s+${escapeRegExp(metSpatie(eerste.pc6))}`),
  );
  return { detail, items };
}

describe('zorgaanbieder: ingelogd via het demo-formulier', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`toont uitgebreide details, de fase alleen bij eigen locaties (${scherm.naam})`, async () => {
      const organisatie = await organisatieMetDeMeesteLocaties();
      await metSessie(await browser(), scherm, `zorgaanbieder-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await openApp(sessie);
        await logInViaScherm(sessie, 'Zorgaanbieder', organisatie);

        const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenZorgaanbiederAntwoord);
        expect(
          voorzieningen.some((v) => v.eigen),
          `${organisatie} heeft eigen locaties in het antwoord`,
        ).toBe(true);
        const symbolen = groepeerOpPositie(voorzieningen);
        // A care provider never receives an address, not even of its own locations.
        await sessie.netwerk.klaar();
        const adressen = sessie.netwerk.api.flatMap((a) =>
          verbodenSleutels(a.body, ['adres', 'straat', 'huisnummer']).map(
            (sleutel) => `${a.pad}: "${sleutel}"`,
          ),
        );
        expect(adressen).toEqual([]);

        // Own location: capacity, management and the phase with its history.
        const eigen = await kiesVrijSymbool(page, symbolen, (s) => alleOpenbaar(s, true));
        expect((await tekeningRond(page, eigen.symbool.positie)).anders).toBeGreaterThan(0.6);
        const { detail: eigenDetail, items: eigenItems } = await openDetails(sessie, eigen.symbool);
        const eigenLabels = await veldLabels(eigenDetail);
        for (const label of [
          'Zorgaanbieder',
          'Woonvorm',
          'Capaciteit (plaatsen)',
          'Beheercommissie',
          'Beheerconvenant',
        ]) {
          expect(eigenLabels).toContain(label);
        }
        expect(eigenLabels).toContain('Fase');
        expect(eigenLabels).not.toContain('Adres');
        const eersteEigen = eigenItems[0];
        if (eersteEigen?.eigen) {
          await eigenDetail
            .getByText(`Fase ${eersteEigen.fase}: ${FASE_NAAM[eersteEigen.fase]}`)
            .first()
            .waitFor();
        }
        await eigenDetail
          .getByRole('heading', { name: 'Fasehistorie' })
          .first()
          .waitFor({ state: 'visible' });
        await expect(eigenDetail.innerText()).resolves.toContain(organisatie);
        await eigenDetail.scrollIntoViewIfNeeded();
        await screenshot(page, `zorgaanbieder-${scherm.naam}-eigen`, { heel: scherm.telefoon });

        // Another provider's location: the same extended info, but no phase.
        // On a phone the details sheet covers half the map: fold it away first, as a person would.
        if (scherm.telefoon) {
          await page.getByRole('button', { name: /Inklappen/ }).click();
          // A phone's city view packs the symbols a few pixels apart: zoom in two levels, as a person would, so the
          // symbol chosen below stands clear of its neighbours and a click cannot land on another.
          for (let i = 0; i < 2; i++) {
            const voor = await kaartWijzigingen(page);
            await page.getByRole('button', { name: 'Inzoomen' }).click();
            await wachtOpKaart(sessie, { naWijziging: voor });
          }
        }
        // At city zoom other providers' symbols may sit in a cluster: pick one that stands alone on the map.
        const los = new Set(
          clusterBeeld(voorzieningen, await zoomUitUrl(page)).losse.map((g) => g.positie.join(',')),
        );
        const ander = await kiesVrijSymbool(
          page,
          symbolen,
          (s) => alleOpenbaar(s, false) && los.has(s.positie.join(',')),
        );
        const { detail: anderDetail } = await openDetails(sessie, ander.symbool);
        const anderLabels = await veldLabels(anderDetail);
        for (const label of [
          'Zorgaanbieder',
          'Capaciteit (plaatsen)',
          'Beheercommissie',
          'Beheerconvenant',
        ]) {
          expect(anderLabels).toContain(label);
        }
        expect(anderLabels.filter((l) => /^(Fase|Adres)/.test(l))).toEqual([]);
        await expect(anderDetail.innerText()).resolves.not.toMatch(/Fasehistorie/);
        await anderDetail.scrollIntoViewIfNeeded();
        await screenshot(page, `zorgaanbieder-${scherm.naam}-ander`, { heel: scherm.telefoon });
        // Last, so a layout fault does not hide the checks above.
        await vultKaart(page, symbolen);
        await pastOpScherm(sessie);
      });
    });
  }
});
