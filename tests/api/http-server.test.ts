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
    expect(ruw.headers.get('vary')).toBe('Authorization');
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
