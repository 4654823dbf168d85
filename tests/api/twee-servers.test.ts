/**
 * Two API processes on one PostgreSQL database (the production set-up): a phase change made through one is served by
 * the other on its very next request, with no cache in between that could be stale. Runs when
 * `HKD_TEST_DATABASE_URL` names a server (`bash scripts/postgres-test.sh npx vitest run --project api
 * tests/api/twee-servers.test.ts`); the same across two contexts on one PGlite is in mock-api/store/gegevens.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open } from '../../mock-api/store/verbinding';
import { FaseWisselAntwoord, VoorzieningDetailScan } from '../../src/contract/voorziening';
import { haal, login, testDataset } from './api-test-helpers';

const beheerUrl = process.env.HKD_TEST_DATABASE_URL;
const GEHEIM = randomBytes(48).toString('base64');
const ROOT = join(import.meta.dirname, '..', '..');

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const adres = s.address();
      s.close(() => resolve(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });
}

interface Proces {
  kind: ChildProcess;
  url: string;
  log: () => string;
}

/** `npm run api` as its own process on DATABASE_URL; resolves once it says it listens. */
async function startServer(databaseUrl: string): Promise<Proces> {
  const poort = await vrijePoort();
  const kind = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['mock-api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, HKD_API_PORT: String(poort), HKD_JWT_SECRET: GEHEIM },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const lees = (stuk: Buffer) => {
      log += stuk.toString('utf8');
      if (log.includes('luistert op')) resolve();
    };
    kind.stdout?.on('data', lees);
    kind.stderr?.on('data', lees);
    kind.once('exit', (code) => reject(new Error(`de server stopte (exit ${code}):\n${log}`)));
  });
  return { kind, url: `http://127.0.0.1:${poort}`, log: () => log };
}

async function stopServer(p: Proces | undefined): Promise<void> {
  if (!p?.kind.pid || p.kind.exitCode !== null) return;
  const weg = new Promise((resolve) => p.kind.once('exit', resolve));
  process.kill(-p.kind.pid, 'SIGTERM');
  await weg;
}

describe.skipIf(!beheerUrl)('twee API-processen op één PostgreSQL-database', () => {
  const naam = `hkd_twee_${randomBytes(6).toString('hex')}`;
  let a: Proces | undefined;
  let b: Proces | undefined;

  beforeAll(async () => {
    const beheer = await open({ databaseUrl: beheerUrl });
    await beheer.exec(`CREATE DATABASE ${naam}`);
    await beheer.sluit();
    const url = new URL(beheerUrl ?? '');
    url.pathname = `/${naam}`;
    // One after the other: the first creates and fills the database, the second finds it filled.
    a = await startServer(url.href);
    b = await startServer(url.href);
  });

  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    const beheer = await open({ databaseUrl: beheerUrl });
    await beheer.exec(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    await beheer.sluit();
  });

  it('een fasewissel via de ene server staat meteen in de historie bij de andere', async () => {
    if (!a || !b) throw new Error('servers niet gestart');
    expect(a.log()).toMatch(/gevuld met demodata/);
    expect(b.log()).not.toMatch(/gevuld met demodata/);
    const v = testDataset().voorzieningen.find((x) => x.fase === '1' && !x.vertrouwelijk);
    if (!v) throw new Error('geen voorziening in fase 1');
    const scanB = await login({ rol: 'draagkrachtscan' }, b.url);
    // B has read (and cached) the location before the change.
    const voor = VoorzieningDetailScan.parse(
      (await haal(`/api/voorzieningen/${v.id}`, { token: scanB }, b.url)).json,
    );
    expect(voor.voorziening.fase).toBe('1');

    const beheerA = await login({ rol: 'beheer' }, a.url);
    const vandaag = new Date().toISOString().slice(0, 10);
    const ruw = await haal(
      `/api/voorzieningen/${v.id}/fase`,
      {
        token: beheerA,
        methode: 'POST',
        body: JSON.stringify({ naar: '2', datum: vandaag }),
        headers: { 'Content-Type': 'application/json' },
      },
      a.url,
    );
    expect(ruw.status, ruw.tekst).toBe(201);
    const gewijzigd = FaseWisselAntwoord.parse(ruw.json);

    const na = VoorzieningDetailScan.parse(
      (await haal(`/api/voorzieningen/${v.id}`, { token: scanB }, b.url)).json,
    );
    expect(na.voorziening.fase).toBe('2');
    expect(na.voorziening.faseHistorie).toEqual(gewijzigd.faseHistorie);

    // Both processes append to one chain.
    const beheerB = await login({ rol: 'beheer' }, b.url);
    const controle = await haal('/api/audit/controle', { token: beheerB }, b.url);
    expect(controle.json).toMatchObject({ goed: true });
  });
});
