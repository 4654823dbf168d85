// Production sign-in in Chromium: the production build served as `npm run serve` would with HKD_OIDC_ISSUER set and
// the demo sign-in off, a real OpenID Connect provider (oidc-provider) in this process, and a person who clicks
// "Inloggen via Test-IdP", fills in the provider's own login and consent pages and comes back signed in.
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoorzieningenAntwoord } from '../../src/contract/voorziening';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { oidcConfigUitOmgeving } from '../../mock-api/http/oidc';
import { startApiServer, type ApiServer } from '../../mock-api/server';
import { startPreview, vrijePoort } from '../../scripts/servers.mjs';
import { TEST_AUDIENCE, TEST_CLIENT_ID, TEST_SCOPE, startTestIdp, type TestIdp } from '../test-idp';
import { laatsteVoorzieningen } from './app';
import {
  basisUrl,
  browserPerBestand,
  buildMap,
  DESKTOP,
  metSessie,
  screenshot,
  wachtOpKaart,
  WACHTTIJD_MS,
  type Sessie,
} from './browser';

const browser = browserPerBestand();
const dataset = maakDemoDataset();
const zorgaanbieder = dataset.zorgaanbieders[2];

let idp: TestIdp | undefined;
let api: ApiServer | undefined;
let web: PreviewServer | undefined;
let appUrl = '';

beforeAll(async () => {
  basisUrl();
  // The provider's address goes into the API's configuration and the app's CSP before the provider can know the
  // app's address (its one registered redirect URI): so its port is picked first and bound last.
  const idpPoort = await vrijePoort();
  const issuer = `http://127.0.0.1:${idpPoort}`;
  const oidc = oidcConfigUitOmgeving({
    HKD_OIDC_ISSUER: issuer,
    HKD_OIDC_CLIENT_ID: TEST_CLIENT_ID,
    HKD_OIDC_AUDIENCE: TEST_AUDIENCE,
    HKD_OIDC_SCOPE: TEST_SCOPE,
    HKD_OIDC_NAAM: 'Test-IdP',
  });
  api = await startApiServer({ port: 0, dataset, oidc, demoLogin: false });
  // vite.config.ts reads it when the preview starts, to let the app reach the provider (connect-src).
  const eerder = process.env.HKD_OIDC_ISSUER;
  process.env.HKD_OIDC_ISSUER = issuer;
  try {
    const preview = await startPreview({ outDir: buildMap(), apiUrl: api.url });
    web = preview.server;
    appUrl = preview.url;
  } finally {
    if (eerder === undefined) delete process.env.HKD_OIDC_ISSUER;
    else process.env.HKD_OIDC_ISSUER = eerder;
  }
  idp = await startTestIdp({
    port: idpPoort,
    redirectUris: [`${appUrl}/`],
    accounts: {
      scan: { hkd_rol: 'draagkrachtscan', hkd_org: 'gm0599', name: 'Sanne Scan' },
      zorg: { hkd_rol: 'zorgaanbieder', hkd_org: zorgaanbieder?.id, name: 'Zeynep Zorg' },
    },
  });
  expect(idp.issuer).toBe(issuer);
});

afterAll(async () => {
  await Promise.allSettled([web?.close(), api?.close(), idp?.close()]);
});

/** Opens the app on the OIDC server, with the map settled. The provider's page asks for a web font: offline, refused at once. */
async function openOidcApp(sessie: Sessie): Promise<void> {
  await sessie.context.route('https://fonts.googleapis.com/**', (r) => r.abort());
  await sessie.page.goto(`${appUrl}/?woonvorm=opvang`);
  await wachtOpKaart(sessie);
}

/** "Inloggen" in the header, "Inloggen via Test-IdP", then the provider's own login (any password) and consent pages. */
async function logInBijIdp(sessie: Sessie, login: string): Promise<void> {
  const { page } = sessie;
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen', exact: true }).click();
  const paneel = page.getByRole('region', { name: 'Inloggen', exact: true });
  await paneel.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
  await paneel.getByRole('button', { name: 'Inloggen via Test-IdP' }).click();
  await page.waitForURL((url) => url.origin === idp?.issuer, { timeout: WACHTTIJD_MS });
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === appUrl, { timeout: WACHTTIJD_MS });
}

describe('inloggen via OpenID Connect', () => {
  it('zonder demo-inloggen: de knop noemt de inlogdienst en nergens staat "demo"', async () => {
    await metSessie(
      await browser(),
      DESKTOP,
      'oidc-paneel',
      async (sessie) => {
        const { page } = sessie;
        await openOidcApp(sessie);
        const kop = page.getByRole('banner');
        await kop.getByRole('button', { name: 'Inloggen', exact: true }).click();
        const paneel = page.getByRole('region', { name: 'Inloggen', exact: true });
        await paneel.getByRole('button', { name: 'Inloggen via Test-IdP' }).waitFor({ state: 'visible' });
        await screenshot(page, 'oidc-inloggen');
        await expect(paneel.innerText()).resolves.not.toMatch(/demo/i);
        await expect(kop.getByRole('button', { name: /demo/i }).count()).resolves.toBe(0);
        expect(await paneel.getByRole('radio').count()).toBe(0);
      },
      { basis: appUrl },
    );
  });

  it('een beoordelaar logt in bij de IdP en komt terug als draagkrachtscan, met de kaartweergave van voor het inloggen', async () => {
    await metSessie(
      await browser(),
      DESKTOP,
      'oidc-scan',
      async (sessie) => {
        const { page, netwerk } = sessie;
        await openOidcApp(sessie);
        await logInBijIdp(sessie, 'scan');
        const kop = page.getByRole('banner');
        await kop.getByText('Draagkrachtscan', { exact: false }).first().waitFor({ state: 'visible' });
        await kop.getByText(dataset.gemeente.naam, { exact: true }).waitFor({ state: 'visible' });
        // The code and state are gone from the address; the filter from before the sign-in is back.
        const adres = new URL(page.url()).searchParams;
        expect(adres.get('woonvorm')).toBe('opvang');
        expect(['code', 'state', 'iss'].filter((naam) => adres.has(naam))).toEqual([]);
        await wachtOpKaart(sessie);
        await expect
          .poll(async () => {
            await netwerk.klaar();
            return netwerk.antwoorden('/api/voorzieningen').filter((a) => a.status === 200).length;
          })
          .toBeGreaterThan(1);
        const lijst = await laatsteVoorzieningen(sessie, VoorzieningenAntwoord);
        expect(lijst.rol).toBe('draagkrachtscan');
        // The session is the provider's access token, sent as Bearer like a demo token.
        const opgeslagen = await page.evaluate(() => sessionStorage.getItem('hkd-kaart.sessie'));
        const token = (JSON.parse(opgeslagen ?? '{}') as { token?: string }).token ?? '';
        const lading = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
          string,
          unknown
        >;
        expect(lading).toMatchObject({ iss: idp?.issuer, aud: TEST_AUDIENCE, hkd_rol: 'draagkrachtscan' });
        await screenshot(page, 'oidc-scan');

        await kop.getByRole('button', { name: 'Uitloggen' }).click();
        await kop.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ state: 'visible' });
        await expect(page.evaluate(() => sessionStorage.getItem('hkd-kaart.sessie'))).resolves.toBeNull();
      },
      { basis: appUrl },
    );
  });

  it('een zorgaanbieder komt terug met haar organisatie', async () => {
    await metSessie(
      await browser(),
      DESKTOP,
      'oidc-zorgaanbieder',
      async (sessie) => {
        const { page } = sessie;
        await openOidcApp(sessie);
        await logInBijIdp(sessie, 'zorg');
        const kop = page.getByRole('banner');
        await kop.getByText('Zorgaanbieder', { exact: false }).first().waitFor({ state: 'visible' });
        await kop.getByText(zorgaanbieder?.naam ?? '?', { exact: true }).waitFor({ state: 'visible' });
        await wachtOpKaart(sessie);
        expect((await laatsteVoorzieningen(sessie, VoorzieningenAntwoord)).rol).toBe('zorgaanbieder');
      },
      { basis: appUrl },
    );
  });

  it('een account zonder rol: een melding waarom, en de openbare kaart', async () => {
    await metSessie(
      await browser(),
      DESKTOP,
      'oidc-zonder-rol',
      async (sessie) => {
        const { page } = sessie;
        await openOidcApp(sessie);
        await logInBijIdp(sessie, 'niemand');
        await page
          .getByText(/Inloggen via Test-IdP is niet gelukt: Je account heeft geen rol voor de HKD-kaart/)
          .waitFor({ state: 'visible' });
        const kop = page.getByRole('banner');
        await expect(kop.innerText()).resolves.toMatch(/Publiek/);
        await wachtOpKaart(sessie);
        expect((await laatsteVoorzieningen(sessie, VoorzieningenAntwoord)).rol).toBe('publiek');
      },
      { basis: appUrl },
    );
  });
});
