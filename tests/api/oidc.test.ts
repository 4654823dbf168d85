/**
 * Production sign-in: a real OpenID Connect provider (oidc-provider) in this process, the API over a socket. Access
 * tokens of the configured issuer are verified against its JWKS and mapped to role and organisation; a token
 * without a known role is a 403, a bad one a 401; the demo sign-in is off when the server says so.
 */
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoutAntwoord } from '../../src/contract/common';
import { MetaAntwoord } from '../../src/contract/meta';
import { SessieAntwoord } from '../../src/contract/organisatie';
import {
  demoLoginUitOmgeving,
  INGELOGDE_ROLLEN,
  oidcConfigUitOmgeving,
  type OidcConfig,
} from '../../mock-api/http/oidc';
import { tekenToken } from '../../mock-api/http/token';
import { isGemeenteRol } from '../../src/domain/roles';
import { startApiServer, type ApiServer } from '../../mock-api/server';
import {
  TEST_AUDIENCE,
  TEST_CLIENT_ID,
  TEST_SCOPE,
  startTestIdp,
  tokenViaCodeFlow,
  type TestIdp,
} from '../test-idp';
import { haal, login, TEST_GEHEIM, testDataset, testZorgaanbieder } from './api-test-helpers';

const dataset = testDataset();
const zorgaanbieder = testZorgaanbieder(dataset);
const TERUG = 'http://127.0.0.1:9/terug';

let idp: TestIdp;
/** OIDC on, demo sign-in off: a production server. */
let productie: ApiServer;
/** OIDC and the demo sign-in both on. */
let beide: ApiServer;

function config(issuer: string, env: Record<string, string> = {}): OidcConfig {
  const c = oidcConfigUitOmgeving({
    HKD_OIDC_ISSUER: issuer,
    HKD_OIDC_CLIENT_ID: TEST_CLIENT_ID,
    HKD_OIDC_AUDIENCE: TEST_AUDIENCE,
    HKD_OIDC_SCOPE: TEST_SCOPE,
    HKD_OIDC_NAAM: 'Test-IdP',
    HKD_OIDC_ROLLEN: 'hkd-scan=draagkrachtscan',
    ...env,
  });
  if (!c) throw new Error('geen OIDC-configuratie');
  return c;
}

beforeAll(async () => {
  idp = await startTestIdp({
    redirectUris: [TERUG],
    accounts: {
      scan: { hkd_rol: 'draagkrachtscan', hkd_org: 'gm0599', name: 'Sanne Scan' },
      zorg: { hkd_rol: 'zorgaanbieder', hkd_org: zorgaanbieder, name: 'Zeynep Zorg' },
      groepen: { hkd_rol: ['medewerkers', 'hkd-scan'], name: 'Gijs Groep' },
    },
  });
  [productie, beide] = await Promise.all([
    startApiServer({ port: 0, dataset, geheim: TEST_GEHEIM, oidc: config(idp.issuer), demoLogin: false }),
    startApiServer({ port: 0, dataset, geheim: TEST_GEHEIM, oidc: config(idp.issuer) }),
  ]);
});

afterAll(async () => {
  await Promise.all([productie?.close(), beide?.close(), idp?.close()]);
});

async function sessie(server: ApiServer, token: string) {
  return haal('/api/auth/sessie', { token }, server.url);
}

async function gebruikerVan(server: ApiServer, token: string) {
  const ruw = await sessie(server, token);
  if (ruw.status !== 200) throw new Error(`sessie ${ruw.status}: ${ruw.tekst}`);
  return SessieAntwoord.parse(ruw.json).gebruiker;
}

function fout(ruw: { json: unknown }) {
  return FoutAntwoord.parse(ruw.json).error;
}

describe('sign-in through the provider (code flow with PKCE)', () => {
  it('/api/meta tells the client how to sign in', async () => {
    const meta = MetaAntwoord.parse((await haal('/api/meta', {}, productie.url)).json);
    expect(meta.aanmelding).toEqual({
      demoLogin: false,
      oidc: { issuer: idp.issuer, clientId: TEST_CLIENT_ID, scope: TEST_SCOPE, naam: 'Test-IdP' },
    });
    expect(MetaAntwoord.parse((await haal('/api/meta', {}, beide.url)).json).aanmelding.demoLogin).toBe(true);
  });

  it('an assessor signs in and gets the scan role and the municipality', async () => {
    const token = await tokenViaCodeFlow(idp.issuer, 'scan', TERUG);
    expect(await gebruikerVan(productie, token)).toEqual({
      rol: 'draagkrachtscan',
      naam: 'Sanne Scan',
      organisatie: { id: dataset.gemeente.id, naam: dataset.gemeente.naam },
    });
    // The same token opens what only the scan role may have.
    expect((await haal('/api/individuele-woningen', { token }, productie.url)).status).toBe(200);
  });

  it('a care provider signs in with its organisation and sees its own answer', async () => {
    const token = await tokenViaCodeFlow(idp.issuer, 'zorg', TERUG);
    const organisatie = dataset.zorgaanbieders.find((o) => o.id === zorgaanbieder);
    expect(await gebruikerVan(productie, token)).toEqual({
      rol: 'zorgaanbieder',
      naam: 'Zeynep Zorg',
      organisatie: { id: zorgaanbieder, naam: organisatie?.naam },
    });
    const lijst = await haal('/api/voorzieningen', { token }, productie.url);
    expect(lijst.json).toMatchObject({ rol: 'zorgaanbieder' });
    expect((await haal('/api/individuele-woningen', { token }, productie.url)).status).toBe(403);
  });

  it('group values map to roles through HKD_OIDC_ROLLEN; a municipal role may leave out the organisation', async () => {
    const token = await tokenViaCodeFlow(idp.issuer, 'groepen', TERUG);
    expect(await gebruikerVan(productie, token)).toMatchObject({
      rol: 'draagkrachtscan',
      organisatie: { id: dataset.gemeente.id },
    });
  });

  it('an account without a role signs in at the provider, and the API answers 403 with a Dutch reason', async () => {
    const token = await tokenViaCodeFlow(idp.issuer, 'niemand', TERUG);
    const ruw = await sessie(productie, token);
    expect(ruw.status).toBe(403);
    expect(fout(ruw)).toMatchObject({ code: 'geen_toegang' });
    expect(fout(ruw).message).toContain('geen rol voor de HKD-kaart');
    expect(fout(ruw).message).toContain('hkd_rol');
  });
});

describe('claims to role, table-driven over every role that signs in', () => {
  it.each(INGELOGDE_ROLLEN)('hkd_rol "%s"', async (rol) => {
    const org = isGemeenteRol(rol) ? dataset.gemeente.id : zorgaanbieder;
    const token = await idp.teken({
      sub: `iemand-${rol}`,
      hkd_rol: rol,
      hkd_org: org,
      name: `Iemand ${rol}`,
    });
    expect(await gebruikerVan(productie, token)).toMatchObject({ rol, organisatie: { id: org } });
  });

  it.each([
    ['publiek: has no token', { hkd_rol: 'publiek' }, 'geen rol'],
    ['an unknown value', { hkd_rol: 'beheerder-van-alles' }, 'geen rol'],
    ['no role claim', {}, 'geen rol'],
    ['two roles', { hkd_rol: ['zorgaanbieder', 'draagkrachtscan'], hkd_org: 'gm0599' }, 'meer dan één rol'],
    ['a care provider without an organisation', { hkd_rol: 'zorgaanbieder' }, 'geen geldige organisatie'],
    [
      'a care provider as the municipality',
      { hkd_rol: 'zorgaanbieder', hkd_org: 'gm0599' },
      'geen geldige organisatie',
    ],
    [
      'the scan role for a care provider',
      { hkd_rol: 'draagkrachtscan', hkd_org: zorgaanbieder },
      'geen geldige organisatie',
    ],
    [
      'an organisation that does not exist',
      { hkd_rol: 'zorgaanbieder', hkd_org: 'za-99' },
      'geen geldige organisatie',
    ],
  ])('403 for %s', async (_naam, claims, reden) => {
    const ruw = await sessie(productie, await idp.teken({ sub: 'iemand', ...claims }));
    expect(ruw.status).toBe(403);
    expect(fout(ruw).code).toBe('geen_toegang');
    expect(fout(ruw).message).toContain(reden);
  });
});

describe('tokens the API refuses with 401', () => {
  const scan = { sub: 'scan', hkd_rol: 'draagkrachtscan', hkd_org: 'gm0599' };
  const nu = () => Math.floor(Date.now() / 1000);

  it.each([
    [
      'signed with another key under the same kid',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return new SignJWT(scan)
          .setProtectedHeader({ alg: 'RS256', kid: 'test-idp-sleutel' })
          .setIssuer(idp.issuer)
          .setAudience(TEST_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(privateKey);
      },
    ],
    [
      "HS256 in the issuer's name",
      () =>
        new SignJWT(scan)
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(idp.issuer)
          .setAudience(TEST_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(TEST_GEHEIM),
    ],
    ['for another audience (the client id)', () => idp.teken(scan, { aud: TEST_CLIENT_ID })],
    ['from another issuer', () => idp.teken(scan, { iss: 'http://127.0.0.1:1/andere-idp' })],
    ['expired', () => idp.teken(scan, { iat: nu() - 7200, exp: nu() - 3600 })],
    ['issued in the future', () => idp.teken(scan, { iat: nu() + 3600, exp: nu() + 7200 })],
    [
      'older than the maximum age, though not expired',
      () => idp.teken(scan, { iat: nu() - 9 * 3600, exp: nu() + 3600 }),
    ],
    ['an ID token (nonce) in place of an access token', () => idp.teken({ ...scan, nonce: 'n' })],
    ['cut short', async () => (await idp.teken(scan)).slice(0, -10)],
  ])('%s', async (_naam, maak) => {
    const ruw = await sessie(productie, await maak());
    expect(ruw.status).toBe(401);
    expect(['token_ongeldig', 'token_verlopen']).toContain(fout(ruw).code);
    expect(ruw.headers.get('www-authenticate')).toContain('Bearer');
  });
});

describe('the demo sign-in', () => {
  it('is off on a server that says so: no endpoint, and its tokens are refused', async () => {
    const ruw = await haal(
      '/api/auth/demo-login',
      { methode: 'POST', body: '{"rol":"draagkrachtscan"}', headers: { 'Content-Type': 'application/json' } },
      productie.url,
    );
    expect(ruw.status).toBe(404);
    expect(fout(ruw).message).toBe('Demo-inloggen staat uit op deze server: log in via Test-IdP.');
    const { token } = await tekenToken(
      { sub: 'demo-gm0599', rol: 'draagkrachtscan', org: 'gm0599', naam: 'Demo-beoordelaar gemeente' },
      TEST_GEHEIM,
      new Date(),
    );
    expect((await sessie(productie, token)).status).toBe(401);
    expect((await sessie(beide, token)).status).toBe(200);
  });

  it('works beside OIDC where it is on', async () => {
    const demo = await login({ rol: 'zorgaanbieder', organisatie: zorgaanbieder }, beide.url);
    expect((await gebruikerVan(beide, demo)).rol).toBe('zorgaanbieder');
    const echt = await tokenViaCodeFlow(idp.issuer, 'scan', TERUG);
    expect((await gebruikerVan(beide, echt)).rol).toBe('draagkrachtscan');
  });

  it('is switched by HKD_DEMO_LOGIN, on by default on demo data', () => {
    expect(demoLoginUitOmgeving({}, true)).toBe(true);
    expect(demoLoginUitOmgeving({}, false)).toBe(false);
    expect(demoLoginUitOmgeving({ HKD_DEMO_LOGIN: '0' }, true)).toBe(false);
    expect(demoLoginUitOmgeving({ HKD_DEMO_LOGIN: '1' }, false)).toBe(true);
    expect(() => demoLoginUitOmgeving({ HKD_DEMO_LOGIN: 'ja' }, true)).toThrow(/HKD_DEMO_LOGIN/);
  });
});

describe('configuration', () => {
  it('is off without HKD_OIDC_ISSUER, refused when half set or not https', () => {
    expect(oidcConfigUitOmgeving({})).toBeNull();
    expect(() => oidcConfigUitOmgeving({ HKD_OIDC_ISSUER: 'https://login.example.nl' })).toThrow(
      /HKD_OIDC_CLIENT_ID/,
    );
    expect(() =>
      oidcConfigUitOmgeving({ HKD_OIDC_ISSUER: 'http://login.example.nl', HKD_OIDC_CLIENT_ID: 'x' }),
    ).toThrow(/https/);
    expect(() => config('https://login.example.nl', { HKD_OIDC_ROLLEN: 'groep=koning' })).toThrow(
      /HKD_OIDC_ROLLEN/,
    );
    expect(config('https://login.example.nl', { HKD_OIDC_AUDIENCE: '' })).toMatchObject({
      audience: TEST_CLIENT_ID,
      rolClaim: 'hkd_rol',
      orgClaim: 'hkd_org',
    });
  });

  it('contacts the provider only when a token arrives: an unreachable one is a 503, not a failed start', async () => {
    const server = await startApiServer({
      port: 0,
      dataset,
      geheim: TEST_GEHEIM,
      oidc: config('http://127.0.0.1:1'),
      demoLogin: false,
    });
    try {
      expect((await haal('/api/meta', {}, server.url)).status).toBe(200);
      const token = await idp.teken({ sub: 'x', hkd_rol: 'draagkrachtscan' }, { iss: 'http://127.0.0.1:1' });
      const ruw = await sessie(server, token);
      expect(ruw.status).toBe(503);
      expect(fout(ruw).message).toContain('inlogdienst is niet bereikbaar');
    } finally {
      await server.close();
    }
  });
});
