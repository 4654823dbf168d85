// A session the server never issued, planted in the browser's storage: the app must say so and fall back to
// the public map, never show another role's data and never leave a blank page.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VoorzieningenPubliekAntwoord } from '../../src/contract/voorziening';
import { logIn } from './api';
import { laatsteVoorzieningen, logInViaScherm, openApp } from './app';
import {
  basisUrl,
  browserPerBestand,
  DESKTOP,
  groepeerOpPositie,
  kiesVrijSymbool,
  metSessie,
  screenshot,
  tekeningRond,
  wachtOpKaart,
  WACHTTIJD_MS,
} from './browser';

const browser = browserPerBestand();

/** Where the app keeps its session (src/api/sessie.ts): sessionStorage, so it dies with the tab. */
const OPSLAGSLEUTEL = 'hkd-kaart.sessie';

function base64url(tekst: string | Buffer): string {
  return Buffer.from(tekst).toString('base64url');
}

/** The claims a real scan token carries, valid for another hour. */
function scanClaims() {
  const nu = Math.floor(Date.now() / 1000);
  return {
    sub: 'demo-gm0599',
    rol: 'draagkrachtscan',
    org: 'gm0599',
    naam: 'Demo-beoordelaar gemeente',
    iss: 'hkd-kaart-demo',
    aud: 'hkd-kaart',
    iat: nu,
    exp: nu + 3600,
  };
}

function zonderHandtekening(): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(scanClaims()))}.`;
}

function verkeerdeSleutel(): string {
  const kop = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const lading = base64url(JSON.stringify(scanClaims()));
  const handtekening = createHmac('sha256', 'een-zelfbedachte-sleutel-van-minstens-32-tekens')
    .update(`${kop}.${lading}`)
    .digest('base64url');
  return `${kop}.${lading}.${handtekening}`;
}

function opgeslagenScanSessie(token: string): string {
  const sessie = {
    token,
    gebruiker: {
      rol: 'draagkrachtscan',
      naam: 'Demo-beoordelaar gemeente',
      organisatie: { id: 'gm0599', naam: 'Gemeente Rotterdam' },
    },
    verlooptOp: new Date(Date.now() + 3_600_000).toISOString(),
  };
  return `sessionStorage.setItem(${JSON.stringify(OPSLAGSLEUTEL)}, ${JSON.stringify(JSON.stringify(sessie))});`;
}

interface Variant {
  naam: string;
  bestand: string;
  token: () => Promise<string>;
  /** Answers the browser must not receive with this token. */
  verboden: RegExp;
}

const VARIANTEN: Variant[] = [
  {
    naam: 'zonder handtekening (alg none)',
    bestand: 'alg-none',
    token: async () => zonderHandtekening(),
    verboden: /"rol":"(zorgaanbieder|draagkrachtscan)"/,
  },
  {
    naam: 'met een zelfbedachte sleutel',
    bestand: 'verkeerde-sleutel',
    token: async () => verkeerdeSleutel(),
    verboden: /"rol":"(zorgaanbieder|draagkrachtscan)"/,
  },
  {
    // A genuine token, so the API may answer as zorgaanbieder; the app must not show it as a scan session.
    naam: 'van een zorgaanbieder, opgeslagen als draagkrachtscan',
    bestand: 'andere-rol',
    token: () => logIn({ rol: 'zorgaanbieder', organisatie: 'za-01' }),
    verboden: /"rol":"draagkrachtscan"/,
  },
];

describe('een vervalste sessie in sessionStorage', () => {
  for (const variant of VARIANTEN) {
    it(`token ${variant.naam}: melding en terug naar de openbare kaart`, async () => {
      basisUrl();
      const token = await variant.token();
      await metSessie(
        await browser(),
        DESKTOP,
        `sessie-${variant.bestand}`,
        async (sessie) => {
          const { page, netwerk } = sessie;
          await page.goto(`${basisUrl()}/`);

          // A clear message about the session, in words.
          await page
            .getByText(/sessie|log opnieuw in|opnieuw inloggen/i)
            .first()
            .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });

          // Back to the public map, with its symbols, and the way to sign in again.
          const kop = page.getByRole('banner');
          await kop
            .getByRole('button', { name: 'Inloggen (demo)' })
            .waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
          await expect(kop.innerText()).resolves.toMatch(/Publiek/);
          await expect(kop.innerText()).resolves.not.toMatch(/Draagkrachtscan/);
          await wachtOpKaart(sessie);
          await screenshot(page, `sessie-${variant.bestand}`);
          const lijst = await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord);
          expect(lijst.voorzieningen.length).toBeGreaterThan(0);
          await expect(page.locator('body').innerText()).resolves.toMatch(/Weergave: Publiek/);
          // The public view works, so no panel may still show the rejected session's error next to it.
          const paneelFouten = page.getByRole('alert').filter({ hasText: /kon niet worden geladen/ });
          await expect
            .poll(async () => (await paneelFouten.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')), {
              timeout: WACHTTIJD_MS,
            })
            .toEqual([]);

          // Nothing beyond the public view reached the browser.
          await netwerk.klaar();
          const nietPubliek = netwerk.api.filter((a) => a.status === 200 && variant.verboden.test(a.body));
          expect(nietPubliek.map((a) => a.pad)).toEqual([]);
        },
        { voorScript: opgeslagenScanSessie(token) },
      );
    });
  }
});

describe('uitloggen', () => {
  it('tekent na uitloggen de openbare kaart opnieuw, met zijn symbolen', async () => {
    await metSessie(await browser(), DESKTOP, 'uitloggen', async (sessie) => {
      const { page } = sessie;
      await openApp(sessie);
      // Publiek's map (its canvas) → the scan's (deck.gl) → publiek's again.
      await logInViaScherm(sessie, 'Draagkrachtscan');
      const lijst = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/voorzieningen', {
        timeout: WACHTTIJD_MS,
      });
      await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
      await lijst;
      const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenPubliekAntwoord);
      const symbolen = groepeerOpPositie(voorzieningen);
      await wachtOpKaart(sessie, { aantal: symbolen.length });
      const gekozen = await kiesVrijSymbool(page, symbolen);
      const tekening = await tekeningRond(page, gekozen.symbool.positie);
      expect(tekening.anders, 'na uitloggen staat er geen symbool op de kaart').toBeGreaterThan(0.6);
      await screenshot(page, 'uitloggen-publiek');
      // The app measured the switch back, from the click to the public symbols on screen (prestatie.ts).
      const wissels = await page.evaluate(() => ({
        invoer: performance.getEntriesByName('hkd:rol-wissel').length,
        getekend: performance.getEntriesByName('hkd:rol-wissel-getekend').length,
      }));
      expect(wissels).toEqual({ invoer: 2, getekend: 2 });
    });
  });
});
