// The steps a person takes in the HKD-kaart, shared by the role tests: open the app, sign in through the demo
// sign-in form, and read the facilities answer the page itself received.
import type { Locator, Page, Response } from 'playwright-core';
import type { z } from 'zod';
import { expect } from 'vitest';
import { VoorzieningenAntwoord } from '../../src/contract/voorziening';
import { basisUrl, dekking, groepeerOpPositie, wachtOpKaart, type Sessie, type Symbool } from './browser';

/** The escalatieladder names from the covenant (DOMAIN.md), as the detail panel must show them. */
export const FASE_NAAM = {
  '0': 'Slapend regime',
  '1': 'Actief basisregime',
  '2': 'Verscherpt regime',
  '3a': 'Multidisciplinaire aanpak met verbetertraject',
  '3b': 'Bij uitzondering',
} as const;

/** `3084NP` → `3084 NP`. */
export function metSpatie(pc6: string): string {
  return `${pc6.slice(0, 4)} ${pc6.slice(4)}`;
}

export function escapeRegExp(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the app, checks the demodata label and waits for the map to settle with symbols. */
export async function openApp(sessie: Sessie): Promise<void> {
  const { page } = sessie;
  await page.goto(`${basisUrl()}/`);
  await page.getByText('demodata', { exact: true }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await wachtOpKaart(sessie);
}

function isVoorzieningenLijst(antwoord: Response): boolean {
  return new URL(antwoord.url()).pathname === '/api/voorzieningen' && antwoord.status() === 200;
}

/**
 * Signs in through the form as a person would: "Inloggen (demo)", a role, for a care provider an organisation,
 * "Inloggen". Waits until the header names the role and the map shows that role's symbols.
 */
export async function logInViaScherm(
  sessie: Sessie,
  rol: 'Zorgaanbieder' | 'Draagkrachtscan',
  organisatie?: string,
): Promise<void> {
  const { page } = sessie;
  // Upper bounds, not waits: generous, so a busy 2-core machine (other test runs, the build) does not fail a sign-in.
  const grens = 30_000;
  await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
  const formulier = page.getByRole('region', { name: 'Inloggen (demo)' });
  await formulier.waitFor({ state: 'visible', timeout: grens });
  await formulier.getByRole('radio', { name: new RegExp(`^${rol}`) }).check();
  if (organisatie !== undefined) {
    const keuze = formulier.getByLabel('Organisatie');
    await expect.poll(() => keuze.isEnabled(), { timeout: grens }).toBe(true);
    await keuze.selectOption({ label: organisatie });
  }
  const lijst = page.waitForResponse(isVoorzieningenLijst, { timeout: grens });
  await formulier.getByRole('button', { name: 'Inloggen', exact: true }).click();
  const { voorzieningen } = VoorzieningenAntwoord.parse(await (await lijst).json());
  const kop = page.getByRole('banner');
  await kop.getByText(rol, { exact: false }).first().waitFor({ state: 'visible', timeout: grens });
  if (organisatie !== undefined) {
    await kop.getByText(organisatie, { exact: true }).waitFor({ state: 'visible', timeout: grens });
  }
  // The new role's symbols, not the public ones still on the map a moment ago.
  const posities = voorzieningen.map((v) => ({ positie: v.positie }));
  await wachtOpKaart(sessie, { aantal: groepeerOpPositie(posities).length });
}

/** The newest 200 answer of /api/voorzieningen the page received, parsed with the role's contract schema. */
export async function laatsteVoorzieningen<S extends z.ZodType>(
  sessie: Sessie,
  schema: S,
): Promise<z.output<S>> {
  await sessie.netwerk.klaar();
  const lijsten = sessie.netwerk.antwoorden('/api/voorzieningen').filter((a) => a.status === 200);
  const laatste = lijsten.at(-1);
  if (!laatste) throw new Error('de pagina haalde /api/voorzieningen niet (met succes) op');
  return schema.parse(JSON.parse(laatste.body));
}

/** No page wider than the screen (WCAG 1.4.10 reflow) and the demodata label entirely in view. */
export async function pastOpScherm(sessie: Sessie): Promise<void> {
  const { page, scherm } = sessie;
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, `de pagina is breder dan het scherm van ${scherm.viewport.width} px`).toBeLessThanOrEqual(
    scherm.viewport.width,
  );
  const label = await page.getByText('demodata', { exact: true }).first().boundingBox();
  expect(label, 'het demodata-label is zichtbaar').not.toBeNull();
  if (label)
    expect(label.x + label.width, 'het demodata-label valt rechts van het scherm').toBeLessThanOrEqual(
      scherm.viewport.width,
    );
}

/**
 * Waits for the details region that shows the facility `naam` as a heading, which is what a click on its symbol
 * must bring up; on failure says which regions the page does show.
 */
export async function wachtOpDetail(page: Page, naam: string, timeout = 10_000): Promise<Locator> {
  // Regions nest (the side panel holds the details panel); the innermost one, last in document order, is the panel.
  const regio = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { name: naam, exact: true, level: 3 }) })
    .last();
  try {
    await regio.waitFor({ state: 'visible', timeout });
  } catch (fout) {
    const koppen = await page
      .getByRole('heading', { level: 2 })
      .allInnerTexts()
      .catch(() => []);
    throw new Error(`na de klik geen details van "${naam}"; wel te zien: ${JSON.stringify(koppen)}`, {
      cause: fout,
    });
  }
  return regio;
}

/** The view is fitted to the role's data: the symbols span at least half the map's width or height. */
export async function vultKaart(page: Page, symbolen: readonly Symbool<unknown>[]): Promise<void> {
  const { breedte, hoogte } = await dekking(page, symbolen);
  expect(
    Math.max(breedte, hoogte),
    `de symbolen beslaan maar ${Math.round(breedte * 100)}% van de breedte en ${Math.round(hoogte * 100)}% van de hoogte van de kaart`,
  ).toBeGreaterThanOrEqual(0.5);
}
