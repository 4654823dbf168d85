// The assessor's map in Chromium: address points in the shape and colour of their phase, the filter "Fase 2"
// in the layer control leaves exactly the six locations under verscherpt regime, the legend counts follow, and the
// filter is in the URL, so a reload (or a shared link) shows the same.
import { describe, expect, it } from 'vitest';
import { VoorzieningenScanAntwoord, type Fase } from '../../src/contract/voorziening';
import { FASEN } from '../../src/domain/escalatie';
import { laatsteVoorzieningen, logInViaScherm, openApp, pastOpScherm } from './app';
import {
  browserPerBestand,
  DESKTOP,
  groepeerOpPositie,
  kiesVrijSymbool,
  metSessie,
  screenshot,
  tekeningRond,
  TELEFOON,
  wachtOpKaart,
  type Sessie,
} from './browser';
import { sluitKaartlagen, zetVinkje } from './clusters';

const browser = browserPerBestand();

/** Per phase, the count the legend shows next to it; on a phone the sheet is opened first, as a person would. */
async function legendaAantallen(sessie: Sessie): Promise<Record<Fase, number>> {
  if (sessie.scherm.telefoon) {
    const handvat = sessie.page.locator('.zijpaneel__handvat');
    if ((await handvat.getAttribute('aria-expanded')) === 'false') await handvat.click();
  }
  const lijst = sessie.page.getByRole('list', { name: 'Fasen met aantal voorzieningen op de kaart' });
  const regels = await lijst
    .getByRole('listitem')
    .evaluateAll((lis) =>
      lis.map((li) => [li.textContent ?? '', li.querySelector('.legenda__aantal')?.textContent ?? '']),
    );
  const uit: Partial<Record<Fase, number>> = {};
  for (const [tekst, aantal] of regels) {
    const fase = FASEN.find((f) => tekst?.includes(`Fase ${f}:`));
    const n = /^(\d+)/.exec(aantal ?? '')?.[1];
    if (fase && n !== undefined) uit[fase] = Number(n);
  }
  return uit as Record<Fase, number>;
}

/** On a phone: the bottom sheet back down, so the whole map is free again. */
async function klapIn(sessie: Sessie): Promise<void> {
  const knop = sessie.page.getByRole('button', { name: /^Inklappen/ });
  if (sessie.scherm.telefoon && (await knop.count()) > 0) await knop.click();
}

function aantalObjecten(sessie: Sessie): Promise<number> {
  return sessie.page.evaluate(() =>
    (window as unknown as { hkdKaart: { aantalObjecten(): number } }).hkdKaart.aantalObjecten(),
  );
}

describe('draagkrachtscan: filters en fasesymbolen', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`fase 2 laat 6 adrespunten over en de legenda telt mee (${scherm.naam})`, async () => {
      await metSessie(await browser(), scherm, `draagkrachtscan-filters-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await openApp(sessie);
        await logInViaScherm(sessie, 'Draagkrachtscan');
        // Only the facilities: the RGW hexagons would cover the shapes the screenshots are meant to show.
        await zetVinkje(sessie, 'RGW-zaken (dichtheid)', false);
        await sluitKaartlagen(page);
        await wachtOpKaart(sessie);
        await screenshot(page, `draagkrachtscan-fasen-${scherm.naam}`);

        const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenScanAntwoord);
        const perFase = Object.fromEntries(
          FASEN.map((f) => [f, voorzieningen.filter((v) => v.fase === f).length]),
        );
        expect(perFase['2'], 'de demodata hebben 6 locaties in fase 2').toBe(6);
        await expect.poll(() => legendaAantallen(sessie)).toEqual(perFase);

        await klapIn(sessie);
        await zetVinkje(sessie, 'Fase 2: Verscherpt regime', true);
        await sluitKaartlagen(page);
        const fase2 = voorzieningen.filter((v) => v.fase === '2');
        const symbolen = groepeerOpPositie(fase2);
        await wachtOpKaart(sessie, { aantal: symbolen.length });
        expect(await aantalObjecten(sessie)).toBe(6);
        expect(await legendaAantallen(sessie)).toEqual({ '0': 0, '1': 0, '2': 6, '3a': 0, '3b': 0 });
        expect(new URL(page.url()).searchParams.get('fase')).toBe('2');
        await klapIn(sessie);
        await expect(page.getByText('6 van 78 voorzieningen op de kaart').count()).resolves.toBe(1);

        // What is left is drawn: a phase-2 triangle stands out from the map at its address.
        const gekozen = await kiesVrijSymbool(page, symbolen);
        expect((await tekeningRond(page, gekozen.symbool.positie, 3)).anders).toBeGreaterThan(0.5);
        await screenshot(page, `draagkrachtscan-fase2-${scherm.naam}`);

        // The filter lives in the URL: after a reload the map and the box show the same.
        await page.reload();
        await wachtOpKaart(sessie, { aantal: symbolen.length });
        const paneel = page.locator('details.kaartlagen__paneel');
        await paneel.locator('summary').click();
        await expect(
          paneel.getByRole('checkbox', { name: 'Fase 2: Verscherpt regime' }).isChecked(),
        ).resolves.toBe(true);
        await sluitKaartlagen(page);
        await pastOpScherm(sessie);
      });
    });
  }
});
