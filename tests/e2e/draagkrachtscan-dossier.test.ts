// The "done when" in Chromium, as an assessor: search an address on Zuid, plan 24 places, add a second site
// and compare, record the scan in a dossier, fill in the stappenplan, MO, SO, DV and the conclusion, save, make it
// definitief (then it is read-only), download the PDF through the page and read its text back, and find every step
// in the audit trail as beheer reads it. Then the same dossier by its link on a phone, where the panel is a sheet, and
// the link opened without signing in, which keeps no trace of it.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { pdfTekst } from '../pdf-tekst';
import { describe, expect, it } from 'vitest';
import { AuditAntwoord, type AuditRegel } from '../../src/contract/audit';
import { PADEN } from '../../src/contract/endpoints';
import { logIn } from './api';
import { logInViaScherm, openApp, pastOpScherm } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  metSessie,
  screenshot,
  TELEFOON,
  wachtOpKaart,
  wachtOpRust,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();
const DOEL = 'Beoordeling initiatief Kluutstraat (e2e)';

async function openZijpaneel(page: Page): Promise<void> {
  const handvat = page.getByRole('button', { name: /Details en tabel/ });
  if (await handvat.isVisible()) await handvat.click();
}

async function kiesAdres(sectie: Locator, page: Page, adres: string): Promise<void> {
  const zoek = sectie.getByLabel('Adres van de beoogde locatie');
  await zoek.fill(adres);
  await zoek.press('Enter');
  const kandidaat = sectie.getByRole('list', { name: 'Gevonden locaties' }).getByRole('button').first();
  await kandidaat.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
  expect(await kandidaat.innerText()).toContain(adres);
  await kandidaat.focus();
  await page.keyboard.press('Enter');
}

/** The audit rows of one kind, as beheer reads them through the API. */
async function auditRegels(token: string, wat: string): Promise<AuditRegel[]> {
  const url = new URL(PADEN.audit, basisUrl());
  url.searchParams.set('wat', wat);
  url.searchParams.set('limiet', '500');
  const antwoord = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  expect(antwoord.status).toBe(200);
  return AuditAntwoord.parse(await antwoord.json()).regels;
}

describe('draagkrachtscan: de scan vastgelegd in een dossier, definitief, als PDF en in de audittrail', () => {
  it('legt twee vergeleken locaties vast, vult in, maakt definitief, downloadt het rapport (desktop)', async () => {
    let dossierId = '';
    await metSessie(await browser(), DESKTOP, 'draagkrachtscan-dossier-desktop', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      await logInViaScherm(sessie, 'Draagkrachtscan');
      await openZijpaneel(page);

      const scan = page.getByRole('region', { name: 'Draagkrachtscan', exact: true });
      await scan
        .getByLabel('Adres van de beoogde locatie')
        .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await kiesAdres(scan, page, 'Kluutstraat 24');
      await scan.getByRole('table', { name: 'Alle woonvormen: plekken per 1.000 inwoners' }).waitFor();
      await scan.getByLabel('Woonvorm').selectOption({ label: 'Beschermd wonen' });
      await scan.getByLabel('Doelgroep').selectOption({ label: 'Jongeren (18-27 jaar)' });
      await scan.getByLabel('Aantal plekken (capaciteit)').fill('24');
      await expect.poll(() => page.url()).toContain('scan-plekken=24');

      // A second site, compared with the first.
      await scan.getByRole('button', { name: 'Bewaar voor vergelijking' }).click();
      await kiesAdres(scan, page, 'Albatrosplein 29');
      const vergelijking = scan.getByRole('table', { name: 'Vergelijking van de locaties' });
      await vergelijking.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      expect(await vergelijking.getByRole('row').count()).toBe(3);

      // Record it, by keyboard: the button, then the purpose asked once.
      const dossiers = page.getByRole('region', { name: 'Scandossiers', exact: true });
      const legVast = dossiers.getByRole('button', { name: 'Leg vast in een dossier' });
      await legVast.focus();
      await page.keyboard.press('Enter');
      const doel = dossiers.getByLabel('Doel van het inzien');
      await doel.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await doel.fill(DOEL);
      await doel.press('Enter');
      const kop = dossiers.getByRole('heading', {
        level: 3,
        name: /Beschermd wonen, 24 plekken: 2 locaties/,
      });
      await kop.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await expect.poll(() => new URL(page.url()).searchParams.get('dossier')).toMatch(/^DKS-\d{4}-\d{4}$/);
      dossierId = new URL(page.url()).searchParams.get('dossier') ?? '';

      // The stappenplan with the keyboard (Space ticks), a remark, the clusters and the conclusion.
      const stappen = dossiers.getByRole('group', { name: 'Stappenplan' }).getByRole('checkbox');
      expect(await stappen.count()).toBe(8);
      for (let i = 0; i < 7; i++) {
        await stappen.nth(i).focus();
        await page.keyboard.press('Space');
      }
      await dossiers.getByLabel('Opmerking bij stap 1').fill('Aanvraag ontvangen op 12 november 2026');
      await dossiers
        .getByLabel('Cluster MO (Maatschappelijke Ontwikkeling)', { exact: true })
        .fill('Wijkteam Tarwewijk: zorgen over stapeling.');
      await dossiers
        .getByLabel('Cluster SO (Stadsontwikkeling)', { exact: true })
        .fill('Bestemming staat wonen toe.');
      await dossiers
        .getByLabel('Cluster DV (Dienstverlening)', { exact: true })
        .fill('Geen bijzonderheden in de meldingen.');
      await dossiers.getByRole('radio', { name: 'Draagkracht twijfelachtig' }).check();
      const motivering = 'Concentratie in de buurt boven het stadsgemiddelde; locatie B is beter.';
      await dossiers.getByLabel('Motivering').fill(motivering);
      await dossiers.getByRole('button', { name: 'Opslaan' }).click();
      await dossiers.getByText(/^Opgeslagen \(versie 1/).waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await kop.scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-desktop-concept');
      await dossiers.getByRole('group', { name: 'Stappenplan' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-desktop-stappen');

      await dossiers.getByRole('button', { name: 'Maak definitief' }).click();
      await dossiers.getByRole('button', { name: 'Ja, maak definitief' }).click();
      await dossiers.getByText(/Versie 1 is definitief/).waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await dossiers.getByText('Definitief', { exact: true }).first().waitFor();
      // Read-only now: no field takes input, the buttons to change it are gone.
      const formulier = dossiers.getByRole('form', { name: 'Inhoud van het dossier' });
      for (const veld of await formulier.getByRole('textbox').all())
        expect(await veld.isEditable()).toBe(false);
      for (const vink of await formulier.getByRole('checkbox').all())
        expect(await vink.isEnabled()).toBe(false);
      expect(await dossiers.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
      expect(await dossiers.getByRole('button', { name: 'Corrigeer' }).count()).toBe(1);
      await kop.scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-desktop-definitief');

      // The report through the page: fetched with the token, saved under the server's name.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WACHTTIJD_MS }),
        dossiers.getByRole('button', { name: 'Rapport (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`draagkrachtscan-${dossierId}-v1.pdf`);
      const bytes = new Uint8Array(await readFile(await download.path()));
      const tekst = await pdfTekst(bytes);
      for (const stuk of [
        dossierId,
        'Voorzieningen per ring',
        'Concentratie: plekken per 1.000 inwoners',
        'Per 1.000 voor',
        'Wijkprofiel van de buurt',
        'Stappenplan',
        'Kwalitatieve informatie van de clusters',
        'Wijkteam Tarwewijk',
        'Draagkracht twijfelachtig',
        'Concentratie in de buurt boven het stadsgemiddelde',
        'Locatie A',
        'Locatie B',
        'Bronnen',
      ]) {
        expect(tekst, stuk).toContain(stuk);
      }
      const gedownload = dossiers.getByText(`Gedownload: draagkrachtscan-${dossierId}-v1.pdf`);
      await gedownload.waitFor();
      await gedownload.scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-desktop-downloads');
      await wachtOpRust(sessie);
      await pastOpScherm(sessie);
    });

    // Every step in the audit trail, as beheer reads it.
    const beheer = await logIn({ rol: 'beheer' });
    const voor = (regels: AuditRegel[]) => regels.filter((r) => r.details.dossier === dossierId);
    expect(voor(await auditRegels(beheer, 'scandossier-aanmaken'))).toHaveLength(1);
    expect(voor(await auditRegels(beheer, 'scandossier-wijzigen')).length).toBeGreaterThanOrEqual(1);
    expect(voor(await auditRegels(beheer, 'scandossier-definitief'))).toHaveLength(1);
    const exports = voor(await auditRegels(beheer, 'export'));
    expect(exports).toEqual([
      expect.objectContaining({
        doel: DOEL,
        details: expect.objectContaining({ soort: 'scan-rapport-pdf' }),
      }),
    ]);
    for (const r of [...voor(await auditRegels(beheer, 'scandossier-aanmaken')), ...exports])
      expect(r.rol).toBe('draagkrachtscan');

    // The dossier by its link on a phone, as beheer: the purpose asked, then read-only, the exports there.
    await metSessie(await browser(), TELEFOON, 'draagkrachtscan-dossier-telefoon', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
      const inloggen = page.getByRole('region', { name: 'Inloggen (demo)' });
      await inloggen.getByRole('radio', { name: /^Beheer/ }).check();
      await inloggen.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('banner').getByText('Beheer').first().waitFor({ state: 'visible' });
      await page.goto(`${basisUrl()}/?dossier=${dossierId}`);
      await wachtOpKaart(sessie);
      await openZijpaneel(page);
      const dossiers = page.getByRole('region', { name: 'Scandossiers', exact: true });
      const doel = dossiers.getByLabel('Doel van het inzien');
      await doel.scrollIntoViewIfNeeded();
      await doel.fill('Controle beheer');
      await dossiers.getByRole('button', { name: 'Open het dossier' }).click();
      const kop = dossiers.getByRole('heading', { level: 3, name: /Beschermd wonen, 24 plekken/ });
      await kop.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      await dossiers.getByText('Dit dossier is definitief: het is alleen te lezen.').waitFor();
      expect(await dossiers.getByRole('button', { name: 'Corrigeer' }).count()).toBe(0);
      expect(await dossiers.getByRole('button', { name: 'Rapport (PDF)' }).count()).toBe(1);
      await kop.scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-telefoon');
      await page.getByRole('button', { name: /Groter/ }).click();
      await dossiers.getByRole('group', { name: 'Conclusie' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-telefoon-conclusie');
      await pastOpScherm(sessie);

      // Back to the list: the focus goes to its heading, the dossier is in it as definitief.
      await dossiers.getByRole('button', { name: /Terug naar de lijst/ }).click();
      const lijstKop = dossiers.getByRole('heading', { level: 3, name: 'Dossiers' });
      await expect.poll(() => lijstKop.evaluate((k) => k === document.activeElement)).toBe(true);
      const item = dossiers.getByRole('list', { name: 'Gevonden dossiers' }).getByRole('button', {
        name: new RegExp(dossierId),
      });
      await item.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
      expect(await item.innerText()).toContain('Definitief');
      await lijstKop.scrollIntoViewIfNeeded();
      await screenshot(page, 'draagkrachtscan-dossier-telefoon-lijst');
    });

    // The same link without signing in: the key is dropped, no dossier request, no section.
    await metSessie(await browser(), DESKTOP, 'draagkrachtscan-dossier-publiek', async (sessie) => {
      const { page } = sessie;
      await page.goto(`${basisUrl()}/?dossier=${dossierId}`);
      await page.getByText('demodata', { exact: true }).first().waitFor({ state: 'visible' });
      await wachtOpKaart(sessie);
      await wachtOpRust(sessie);
      expect(page.url()).not.toMatch(/dossier/);
      expect(await page.getByRole('region', { name: 'Scandossiers', exact: true }).count()).toBe(0);
      expect(sessie.netwerk.api.filter((a) => a.pad.startsWith('/api/draagkrachtscan'))).toEqual([]);
      expect(await page.getByText(dossierId).count()).toBe(0);
    });
  });
});
