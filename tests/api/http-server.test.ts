/**
 * The real HTTP server on an ephemeral port: sign-in and role gating across a socket, as `npm start` runs them.
 * No MSW interception in this file, so every request really leaves the process's fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoutAntwoord } from '../../src/contract/common';
import { SessieAntwoord } from '../../src/contract/organisatie';
import {
  VoorzieningenPubliekAntwoord,
  VoorzieningenScanAntwoord,
  VoorzieningenZorgaanbiederAntwoord,
} from '../../src/contract/voorziening';
import { type ApiServer, startApiServer } from '../../mock-api/server';
import { TEST_GEHEIM, haal, login, testDataset, testZorgaanbieder } from './api-test-helpers';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({ port: 0, dataset: testDataset(), geheim: TEST_GEHEIM });
});
afterAll(() => server.close());

describe('mock-api/server.ts over HTTP', () => {
  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+$/);
  });

  it('draagkrachtscan: sign in, then voorzieningen at address level', async () => {
    const token = await login({ rol: 'draagkrachtscan' }, server.url);
    const sessie = await haal('/api/auth/sessie', { token }, server.url);
    expect(SessieAntwoord.parse(sessie.json).gebruiker.rol).toBe('draagkrachtscan');
    const ruw = await haal('/api/voorzieningen', { token }, server.url);
    expect(ruw.status).toBe(200);
    expect(ruw.headers.get('cache-control')).toBe('no-store');
    expect(ruw.headers.get('vary')).toBe('Authorization, Accept-Encoding');
    const antwoord = VoorzieningenScanAntwoord.parse(ruw.json);
    expect(antwoord.voorzieningen).toHaveLength(testDataset().voorzieningen.length);
  });

  it('zorgaanbieder and publiek get their own, coarser views', async () => {
    const token = await login({ rol: 'zorgaanbieder', organisatie: testZorgaanbieder() }, server.url);
    VoorzieningenZorgaanbiederAntwoord.parse((await haal('/api/voorzieningen', { token }, server.url)).json);
    const publiek = await haal('/api/voorzieningen?postcode=3084NP', {}, server.url);
    VoorzieningenPubliekAntwoord.parse(publiek.json);
    expect(publiek.tekst).not.toMatch(/\b[1-9][0-9]{3}\s?[A-Z]{2}\b/);
  });

  it('typed errors cross the boundary too', async () => {
    const fout = await haal('/api/voorzieningen?postcode=30A4', {}, server.url);
    expect(fout.status).toBe(400);
    expect(FoutAntwoord.parse(fout.json).error.message).toBe(
      'postcode "30A4" is geen geldige postcode: verwacht 1234 of 1234AB',
    );
    const vervalst = await haal('/api/voorzieningen', { token: 'a.b.c' }, server.url);
    expect(vervalst.status).toBe(401);
    expect(FoutAntwoord.parse(vervalst.json).error.code).toBe('token_ongeldig');
    const json = await haal(
      '/api/auth/demo-login',
      { methode: 'POST', body: '{kapot', headers: { 'Content-Type': 'application/json' } },
      server.url,
    );
    expect(json.status).toBe(400);
    expect(FoutAntwoord.parse(json.json).error.code).toBe('ongeldige_json');
  });
});

describe('caching over HTTP', () => {
  it('publiek: public for a minute, with an ETag; the same tag gives a 304 without a body', async () => {
    const eerste = await haal('/api/voorzieningen', {}, server.url);
    expect(eerste.status).toBe(200);
    expect(eerste.headers.get('cache-control')).toBe('public, max-age=60');
    expect(eerste.headers.get('vary')).toBe('Authorization, Accept-Encoding');
    const etag = eerste.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const opnieuw = await haal(
      '/api/voorzieningen',
      { headers: { 'If-None-Match': etag ?? '' } },
      server.url,
    );
    expect(opnieuw.status).toBe(304);
    expect(opnieuw.tekst).toBe('');
    expect(opnieuw.headers.get('etag')).toBe(etag);
    expect(opnieuw.headers.get('cache-control')).toBe('public, max-age=60');
    expect(opnieuw.headers.get('vary')).toBe('Authorization, Accept-Encoding');
    const ander = await haal(
      '/api/voorzieningen',
      { headers: { 'If-None-Match': 'W/"iets-anders"' } },
      server.url,
    );
    expect(ander.status).toBe(200);
    expect(ander.tekst).toBe(eerste.tekst);
  });

  it('a filter gives another tag; the same question twice gives the same tag', async () => {
    const alle = await haal('/api/voorzieningen', {}, server.url);
    const gefilterd = await haal('/api/voorzieningen?postcode=3084', {}, server.url);
    expect(gefilterd.headers.get('etag')).not.toBe(alle.headers.get('etag'));
    const nogmaals = await haal('/api/voorzieningen?postcode=3084', {}, server.url);
    expect(nogmaals.headers.get('etag')).toBe(gefilterd.headers.get('etag'));
  });

  it('a signed-in role: never stored, even with a matching tag the answer stays its own', async () => {
    const token = await login({ rol: 'draagkrachtscan' }, server.url);
    const scan = await haal('/api/voorzieningen', { token }, server.url);
    expect(scan.headers.get('cache-control')).toBe('no-store');
    expect(scan.headers.get('vary')).toBe('Authorization, Accept-Encoding');
    const publiek = await haal('/api/voorzieningen', {}, server.url);
    expect(scan.headers.get('etag')).not.toBe(publiek.headers.get('etag'));
    // The public tag does not unlock anything for a signed-in caller: the scan answer is sent in full.
    const metPubliekLabel = await haal(
      '/api/voorzieningen',
      { token, headers: { 'If-None-Match': publiek.headers.get('etag') ?? '' } },
      server.url,
    );
    expect(metPubliekLabel.status).toBe(200);
    VoorzieningenScanAntwoord.parse(metPubliekLabel.json);
  });

  it('errors are never stored', async () => {
    const fout = await haal('/api/voorzieningen?postcode=30A4', {}, server.url);
    expect(fout.headers.get('cache-control')).toBe('no-store');
  });
});

describe('compression', () => {
  it('a client that accepts gzip gets the same JSON compressed; one that does not, plain JSON', async () => {
    const gz = await fetch(`${server.url}/api/voorzieningen`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const kaal = await fetch(`${server.url}/api/voorzieningen`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(kaal.headers.get('content-encoding')).toBeNull();
    // fetch decodes gzip itself: both bodies must be the same answer.
    expect(await gz.text()).toBe(await kaal.text());
  });
});

describe('security headers on every API answer', () => {
  it.each([
    ['a public answer', '/api/meta', 200],
    ['an error of the handlers', '/api/voorzieningen?postcode=30A4', 400],
    ['an unknown path', '/niets', 404],
  ])('%s', async (_naam, pad, status) => {
    const ruw = await haal(pad, {}, server.url);
    expect(ruw.status).toBe(status);
    expect(ruw.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ruw.headers.get('referrer-policy')).toBe('no-referrer');
    expect(ruw.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(ruw.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('a refusal of the server itself (unknown method) too', async () => {
    const ruw = await haal('/api/meta', { methode: 'PROPFIND' }, server.url);
    expect(ruw.status).toBe(405);
    expect(FoutAntwoord.parse(ruw.json).error.code).toBe('methode_niet_toegestaan');
    expect(ruw.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
