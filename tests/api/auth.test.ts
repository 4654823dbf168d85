/** Demo sign-in, sessions and token checks: every bad token is a typed 401, never a quiet downgrade to publiek. */
import { SignJWT, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { FoutAntwoord } from '../../src/contract/common';
import { DemoLoginAntwoord, SessieAntwoord } from '../../src/contract/organisatie';
import { PUBLIEK } from '../../src/domain/roles';
import {
  ROLLEN,
  START_TIJD,
  cacheVoor,
  TEST_GEHEIM,
  gebruikMockApi,
  haal,
  login,
  sessieVoor,
  testDataset,
  testZorgaanbieder,
} from './api-test-helpers';

const klok = gebruikMockApi();
const dataset = testDataset();

function postLogin(body: string) {
  return haal('/api/auth/demo-login', {
    methode: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });
}

function base64url(tekst: string): string {
  return Buffer.from(tekst).toString('base64url');
}

/** A token with the claims of a real one, signed with whatever secret the test wants. */
function teken(
  claims: Record<string, unknown>,
  geheim: Uint8Array,
  opties: { iss?: string; aud?: string } = {},
) {
  const iat = Math.floor(START_TIJD.getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(opties.iss ?? 'hkd-kaart-demo')
    .setAudience(opties.aud ?? 'hkd-kaart')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(geheim);
}

const scanClaims = {
  sub: 'demo-gm0599',
  rol: 'draagkrachtscan',
  org: 'gm0599',
  naam: 'Demo-beoordelaar gemeente',
};

describe('POST /api/auth/demo-login', () => {
  it.each([
    ['zorgaanbieder', { rol: 'zorgaanbieder', organisatie: testZorgaanbieder() }],
    ['draagkrachtscan', { rol: 'draagkrachtscan' }],
  ] as const)('signs in as %s with a signed HS256 token', async (rol, body) => {
    const ruw = await postLogin(JSON.stringify(body));
    expect(ruw.status).toBe(200);
    expect(ruw.headers.get('cache-control')).toBe('no-store');
    const antwoord = DemoLoginAntwoord.parse(ruw.json);
    expect(antwoord.gebruiker.rol).toBe(rol);

    const claims = decodeJwt(antwoord.token);
    expect(claims).toMatchObject({
      rol,
      iss: 'hkd-kaart-demo',
      aud: 'hkd-kaart',
      naam: antwoord.gebruiker.naam,
    });
    expect(claims.org).toBe(antwoord.gebruiker.organisatie?.id);
    expect(claims.sub).toMatch(/^demo-/);
    expect(claims.iat).toBe(Math.floor(START_TIJD.getTime() / 1000));
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(8 * 3600);
    expect(new Date(antwoord.verlooptOp).getTime()).toBe((claims.exp ?? 0) * 1000);
    const header = JSON.parse(
      Buffer.from(antwoord.token.split('.')[0] ?? '', 'base64url').toString(),
    ) as unknown;
    expect(header).toMatchObject({ alg: 'HS256' });
  });

  it('names demo users after their organisation', async () => {
    const org = dataset.zorgaanbieders[0];
    const za = DemoLoginAntwoord.parse(
      (await postLogin(JSON.stringify({ rol: 'zorgaanbieder', organisatie: org?.id }))).json,
    );
    expect(za.gebruiker).toEqual({
      rol: 'zorgaanbieder',
      naam: `Demo-coördinator ${org?.naam}`,
      organisatie: { id: org?.id, naam: org?.naam },
    });
    const scan = DemoLoginAntwoord.parse((await postLogin(JSON.stringify({ rol: 'draagkrachtscan' }))).json);
    expect(scan.gebruiker.naam).toBe('Demo-beoordelaar gemeente');
    expect(scan.gebruiker.organisatie).toEqual({ id: dataset.gemeente.id, naam: dataset.gemeente.naam });
  });

  it.each([
    [
      'unknown organisation',
      '{"rol":"zorgaanbieder","organisatie":"za-99"}',
      'ongeldige_invoer',
      'organisatie',
    ],
    [
      'the municipality as care provider',
      '{"rol":"zorgaanbieder","organisatie":"gm0599"}',
      'ongeldige_invoer',
      'organisatie',
    ],
    [
      'malformed organisation id',
      '{"rol":"zorgaanbieder","organisatie":"xyz"}',
      'ongeldige_invoer',
      'organisatie',
    ],
    ['missing organisation', '{"rol":"zorgaanbieder"}', 'ongeldige_invoer', 'organisatie'],
    ['publiek', '{"rol":"publiek"}', 'ongeldige_invoer', 'rol'],
    ['unknown role', '{"rol":"beheerder"}', 'ongeldige_invoer', 'rol'],
    ['an extra field', '{"rol":"draagkrachtscan","isAdmin":true}', 'ongeldige_invoer', 'isAdmin'],
    ['malformed JSON', '{"rol": "draagkrachtscan"', 'ongeldige_json', undefined],
    ['a JSON array', '["draagkrachtscan"]', 'ongeldige_invoer', undefined],
  ])('rejects %s with a 400', async (_naam, body, code, field) => {
    const ruw = await postLogin(body);
    expect(ruw.status).toBe(400);
    const fout = FoutAntwoord.parse(ruw.json);
    expect(fout.error.code).toBe(code);
    expect(fout.error.field).toBe(field);
  });

  it('says plainly that publiek needs no sign-in', async () => {
    const fout = FoutAntwoord.parse((await postLogin('{"rol":"publiek"}')).json);
    expect(fout.error.message).toMatch(/publiek heeft geen aanmelding nodig/);
  });

  it('still signs in while the client holds an expired token', async () => {
    const oud = await login({ rol: 'draagkrachtscan' });
    klok.nu = new Date(START_TIJD.getTime() + 9 * 3600_000);
    const ruw = await haal('/api/auth/demo-login', {
      methode: 'POST',
      token: oud,
      body: '{"rol":"draagkrachtscan"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(ruw.status).toBe(200);
  });
});

describe('GET /api/auth/sessie', () => {
  it.each(ROLLEN)('returns the %s user', async (rol) => {
    const sessie = await sessieVoor(rol);
    const ruw = await haal('/api/auth/sessie', { token: sessie.token });
    expect(ruw.status).toBe(200);
    const { gebruiker } = SessieAntwoord.parse(ruw.json);
    expect(gebruiker.rol).toBe(rol);
    expect(gebruiker.organisatie?.id ?? null).toBe(sessie.organisatie);
    if (rol === 'publiek') expect(gebruiker).toEqual(PUBLIEK);
    expect(ruw.headers.get('cache-control')).toBe(cacheVoor(rol));
    expect(ruw.headers.get('vary')).toBe('Authorization');
  });
});

describe('bad tokens', () => {
  /** Endpoints of every kind, public ones included: a bad token is never treated as "no token". */
  const PADEN = [
    '/api/auth/sessie',
    '/api/voorzieningen',
    '/api/gebieden/pc4',
    '/api/rgw/kerncijfers',
    '/api/meta',
  ];

  async function verwacht401(token: string, code: 'token_ongeldig' | 'token_verlopen', kop?: string) {
    for (const pad of PADEN) {
      const ruw = await haal(pad, kop ? { headers: { Authorization: kop } } : { token });
      expect(ruw.status, pad).toBe(401);
      expect(FoutAntwoord.parse(ruw.json).error.code, pad).toBe(code);
      expect(ruw.headers.get('www-authenticate'), pad).toMatch(/^Bearer/);
    }
  }

  it('forged: signed with another secret', async () => {
    const ander = new TextEncoder().encode('een-heel-ander-geheim-van-minstens-32-tekens!');
    await verwacht401(await teken(scanClaims, ander), 'token_ongeldig');
  });

  it('tampered: rol changed to draagkrachtscan, signature kept', async () => {
    const echt = await login({ rol: 'zorgaanbieder', organisatie: testZorgaanbieder() });
    const [kop, lading, handtekening] = echt.split('.');
    const claims = JSON.parse(Buffer.from(lading ?? '', 'base64url').toString()) as Record<string, unknown>;
    const vervalst = base64url(JSON.stringify({ ...claims, rol: 'draagkrachtscan', org: 'gm0599' }));
    await verwacht401(`${kop}.${vervalst}.${handtekening}`, 'token_ongeldig');
  });

  it('alg none', async () => {
    const iat = Math.floor(START_TIJD.getTime() / 1000);
    const lading = { ...scanClaims, iss: 'hkd-kaart-demo', aud: 'hkd-kaart', iat, exp: iat + 3600 };
    const token = `${base64url('{"alg":"none","typ":"JWT"}')}.${base64url(JSON.stringify(lading))}.`;
    await verwacht401(token, 'token_ongeldig');
  });

  it('expired (clock moved past the 8 hours)', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    klok.nu = new Date(START_TIJD.getTime() + 8 * 3600_000 - 1000);
    expect((await haal('/api/auth/sessie', { token })).status).toBe(200);
    klok.nu = new Date(START_TIJD.getTime() + 8 * 3600_000 + 1000);
    await verwacht401(token, 'token_verlopen');
  });

  it('right secret, wrong claims', async () => {
    const gevallen = [
      await teken(scanClaims, TEST_GEHEIM, { iss: 'iemand-anders' }),
      await teken(scanClaims, TEST_GEHEIM, { aud: 'andere-app' }),
      await teken({ ...scanClaims, rol: 'publiek' }, TEST_GEHEIM),
      await teken({ ...scanClaims, rol: 'beheerder' }, TEST_GEHEIM),
      await teken({ ...scanClaims, org: 'za-01' }, TEST_GEHEIM),
      await teken({ ...scanClaims, sub: 'iemand' }, TEST_GEHEIM),
      await teken({ sub: 'demo-za-99', rol: 'zorgaanbieder', org: 'za-99', naam: 'X' }, TEST_GEHEIM),
      await teken({ sub: 'demo-gm0599', rol: 'zorgaanbieder', org: 'gm0599', naam: 'X' }, TEST_GEHEIM),
      await teken({ rol: 'draagkrachtscan', org: 'gm0599', naam: 'X' }, TEST_GEHEIM),
    ];
    for (const token of gevallen) await verwacht401(token, 'token_ongeldig');
  });

  it('malformed headers and tokens', async () => {
    await verwacht401('', 'token_ongeldig', 'Bearer');
    await verwacht401('', 'token_ongeldig', 'Basic ZGVtbzpkZW1v');
    await verwacht401('', 'token_ongeldig', 'Bearer niet.een.jwt');
    await verwacht401('', 'token_ongeldig', 'Bearer a b');
  });

  /** A token as the server would sign it, but with the iat and exp the test chooses. */
  function tekenMet(iat: number, exp: number) {
    return new SignJWT(scanClaims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hkd-kaart-demo')
      .setAudience('hkd-kaart')
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(TEST_GEHEIM);
  }
  const nuS = Math.floor(START_TIJD.getTime() / 1000);

  it('an exp in 2100 does not make a token live longer than 8 hours', async () => {
    const token = await tekenMet(nuS, Math.floor(Date.UTC(2100, 0, 1) / 1000));
    expect((await haal('/api/auth/sessie', { token })).status).toBe(200);
    klok.nu = new Date(START_TIJD.getTime() + 9 * 3600_000);
    await verwacht401(token, 'token_verlopen');
  });

  it('an iat in the future is refused, unless within a minute of clock skew', async () => {
    await verwacht401(await tekenMet(nuS + 3600, nuS + 7200), 'token_ongeldig');
    await verwacht401(await tekenMet(nuS + 120, nuS + 3600), 'token_ongeldig');
    const bijna = await tekenMet(nuS + 30, nuS + 3600);
    expect((await haal('/api/auth/sessie', { token: bijna })).status).toBe(200);
  });

  it('a valid self-made token with the right secret is accepted (the checks above are not over-strict)', async () => {
    const ruw = await haal('/api/auth/sessie', { token: await teken(scanClaims, TEST_GEHEIM) });
    expect(ruw.status).toBe(200);
    expect(SessieAntwoord.parse(ruw.json).gebruiker.rol).toBe('draagkrachtscan');
  });
});
