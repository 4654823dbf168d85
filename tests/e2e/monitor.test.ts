// The Monitor in Chromium as each of the four roles, desktop and phone: the charts the role may see with their table
// twins, publiek's answers without any per-location phase, and no axe-core violations (WCAG 2.1 A and AA).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EscalatieladderPubliek } from '../../src/contract/monitor';
import type { Rol } from '../../src/contract/common';
import { ROL_LABEL } from '../../src/domain/roles';
import { pastOpScherm } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  metSessie,
  screenshot,
  SCREENSHOT_MAP,
  TELEFOON,
  WACHTTIJD_MS,
  type Sessie,
} from './browser';

const browser = browserPerBestand();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The headings of the figures every role sees; the ladder's per-location parts depend on the role. */
const VOOR_IEDEREEN = [
  'Locaties per fase per maand (heel Rotterdam)',
  'Uitstroom uit beschermd wonen per jaar',
  'Wachttijd voor directe bemiddeling (norm 3 maanden)',
  'Zelfstandig wonen met huur- en zorgovereenkomst',
  'Wonen eerst: nieuwe woningen per jaar (afspraak 50)',
  'Zaken per jaar (doel: minstens 1.250 nieuwe zaken)',
  'Nieuwe zaken per 1.000 inwoners per focuswijk',
];

async function logIn(sessie: Sessie, rol: Exclude<Rol, 'publiek'>): Promise<string | null> {
  const { page } = sessie;
  await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
  const formulier = page.getByRole('region', { name: 'Inloggen (demo)' });
  await formulier
    .getByRole('radio', { name: new RegExp(`^${ROL_LABEL[rol].replace(/[()]/g, '\\$&')}`) })
    .check();
  let organisatie: string | null = null;
  if (rol === 'zorgaanbieder') {
    const keuze = formulier.getByLabel('Organisatie');
    await expect.poll(() => keuze.locator('option').count(), { timeout: WACHTTIJD_MS }).toBeGreaterThan(2);
    await keuze.selectOption({ index: 1 });
    organisatie = (await keuze.locator('option:checked').innerText()).trim();
  }
  await formulier.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page
    .getByRole('banner')
    .getByText(ROL_LABEL[rol], { exact: false })
    .first()
    .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
  return organisatie;
}

/** Every figure's heading is there, and under each heading a table twin with rows. */
async function controleerFiguren(page: Page, koppen: readonly string[]): Promise<void> {
  for (const kop of koppen) {
    const figuur = page.getByRole('region', { name: kop, exact: false }).first();
    await figuur.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
    const tabel = figuur.getByRole('table');
    await expect.poll(() => tabel.locator('tbody tr').count(), { timeout: WACHTTIJD_MS }).toBeGreaterThan(0);
    await expect(figuur.getByRole('button', { name: /Download CSV/ }).count()).resolves.toBe(1);
    await expect(figuur.innerText()).resolves.toMatch(/Bron: .+ · Stand: \d{1,2} \w+ \d{4}/);
  }
}

async function axeOvertredingen(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const uitslag = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    return (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  });
  return uitslag.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}

/**
 * What covers what in the charts: every reference line's label (norm, ijkpunt, doel, afspraak) against the bars, the
 * bars' values and the lines' points, and the bars' values against each other. Also how many labels it looked at, so
 * a check that found nothing cannot pass.
 */
async function overlappingen(page: Page): Promise<{ labels: number; botsingen: string[] }> {
  return page.evaluate(() => {
    const botsingen: string[] = [];
    let labels = 0;
    const snijden = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const naam = (e: Element) => `${e.tagName} "${e.textContent ?? ''}"`;
    for (const grafiek of document.querySelectorAll('.monitor-grafiek')) {
      const titel = grafiek.getAttribute('aria-label')?.slice(0, 50) ?? '';
      const referentie = [...grafiek.querySelectorAll('.recharts-reference-line text')];
      const waarden = [...grafiek.querySelectorAll('.recharts-label-list text')];
      const vormen = [
        ...grafiek.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect'),
        ...grafiek.querySelectorAll('.recharts-line-dots > *'),
      ];
      labels += referentie.length;
      for (const r of referentie) {
        for (const o of [...waarden, ...vormen]) {
          if (snijden(r.getBoundingClientRect(), o.getBoundingClientRect()))
            botsingen.push(`${titel}: ${naam(r)} over ${naam(o)}`);
        }
      }
      waarden.forEach((w, i) => {
        for (const v of waarden.slice(i + 1)) {
          if (snijden(w.getBoundingClientRect(), v.getBoundingClientRect()))
            botsingen.push(`${titel}: ${naam(w)} over ${naam(v)}`);
        }
      });
    }
    return { labels, botsingen };
  });
}

async function wachtOpMonitor(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Monitor', level: 2 }).waitFor({ timeout: WACHTTIJD_MS });
  // Every part loaded (no "… laden" left): the figures of all three parts are drawn.
  await expect.poll(() => page.getByText(/laden…$/).count(), { timeout: WACHTTIJD_MS }).toBe(0);
  await page.locator('.monitor-grafiek svg').first().waitFor({ timeout: WACHTTIJD_MS });
}

describe('monitor: elke rol, desktop en telefoon', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    for (const rol of ['publiek', 'zorgaanbieder', 'draagkrachtscan', 'beheer'] as const) {
      it(`${rol} op ${scherm.naam}: de grafieken van de rol met tabellen, en axe zonder overtredingen`, async () => {
        await metSessie(await browser(), scherm, `monitor-${rol}-${scherm.naam}`, async (sessie) => {
          const { page } = sessie;
          await page.goto(`${basisUrl()}/?weergave=monitor`);
          await wachtOpMonitor(page);
          let organisatie: string | null = null;
          if (rol !== 'publiek') {
            organisatie = await logIn(sessie, rol);
            await wachtOpMonitor(page);
          }
          const koppen = [...VOOR_IEDEREEN];
          if (rol === 'zorgaanbieder') {
            koppen.push(
              `Eigen locaties per fase per maand (${organisatie ?? ''})`,
              'Wissels tussen fasen per kwartaal (eigen locaties)',
              'Eigen locaties en hun fase',
            );
          }
          if (rol === 'draagkrachtscan' || rol === 'beheer') {
            koppen.push('Wissels tussen fasen per kwartaal (heel Rotterdam)', 'Alle locaties en hun fase');
          }
          await controleerFiguren(page, koppen);
          if (rol === 'publiek') {
            // Nothing per location on the page, and none in what the page received.
            await expect(
              page.getByRole('heading', { name: /locaties en hun fase|Wissels/ }).count(),
            ).resolves.toBe(0);
            await sessie.netwerk.klaar();
            const ladder = sessie.netwerk
              .antwoorden('/api/monitor/escalatieladder')
              .filter((a) => a.status === 200);
            expect(ladder.length).toBeGreaterThan(0);
            for (const a of ladder) EscalatieladderPubliek.parse(JSON.parse(a.body));
          }
          if (rol === 'draagkrachtscan' || rol === 'beheer') {
            const locaties = page.getByRole('region', { name: 'Alle locaties en hun fase' }).first();
            await expect(locaties.locator('tbody tr').count()).resolves.toBe(78);
          }
          // The map's link in the header leads back, the Monitor's is marked as the current page.
          await expect(
            page
              .getByRole('navigation', { name: 'Weergave' })
              .getByRole('link', { name: 'Monitor' })
              .getAttribute('aria-current'),
          ).resolves.toBe('page');
          if (scherm.telefoon) await pastOpScherm(sessie);
          // Reference lines' labels clear the bars, the values and the points, at this screen's width.
          const { labels, botsingen } = await overlappingen(page);
          expect(labels, 'labels van norm, ijkpunt, afspraak en doelen').toBeGreaterThanOrEqual(5);
          expect(botsingen).toEqual([]);
          if (rol === 'publiek') {
            // One picture per chart with a reference line, to look at.
            mkdirSync(SCREENSHOT_MAP, { recursive: true });
            for (const id of [
              'ijkpunt',
              'wachttijd',
              'woningen',
              'wonen-eerst',
              'rgw-jaar',
              'rgw-kwartaal',
            ]) {
              await page
                .locator(`section[aria-labelledby="${id}-kop"]`)
                .screenshot({ path: join(SCREENSHOT_MAP, `monitor-publiek-${scherm.naam}-${id}.png`) });
            }
          }
          // The view scrolls inside the page: one picture per part.
          await screenshot(page, `monitor-${rol}-${scherm.naam}`);
          for (const deel of ['uitstroom', 'rgw'] as const) {
            await page.locator(`#monitor-${deel}`).scrollIntoViewIfNeeded();
            await screenshot(page, `monitor-${rol}-${scherm.naam}-${deel}`);
          }
          expect(await axeOvertredingen(page)).toEqual([]);
        });
      });
    }
  }
});
