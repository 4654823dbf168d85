/** Shared setup for the API tests: the dataset, the in-process mock API with an injectable clock, sign-in and raw fetches. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Rol } from '../../src/contract/common';
import { DemoLoginAntwoord } from '../../src/contract/organisatie';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import type { DemoDataset } from '../../mock-api/generate/dataset-types';
import { maakHandlers } from '../../mock-api/handlers';
import { koppelOpslag, type OpslagKoppeling } from '../../mock-api/store/koppeling';
import { testDatabases } from '../../mock-api/store/test-databases';
import type { Verbinding } from '../../mock-api/store/verbinding';

export const BASIS = 'http://hkd.test';
export const TEST_GEHEIM = new TextEncoder().encode('test-geheim-voor-de-api-tests-minstens-32-tekens');
/** Within the default dataset's last day, so fresh tokens are valid and the 12-month default period is full. */
export const START_TIJD = new Date('2026-11-20T09:00:00Z');

/** The standard demo dataset (memoised by the generator); the handlers and the tests read the same object. */
export function testDataset(): DemoDataset {
  return maakDemoDataset();
}

export interface Klok {
  nu: Date;
}

/**
 * `HKD_API_OPSLAG=1`: every suite that calls `gebruikMockApi` with the standard dataset runs its handlers over a
 * PGlite store with the demo data instead (role and leak suites against the store:
 * `HKD_API_OPSLAG=1 npx vitest run --project api`).
 */
const OP_OPSLAG = process.env.HKD_API_OPSLAG === '1';

/** Starts the in-process mock API for this test file; the returned clock can be moved to expire tokens. */
export function gebruikMockApi(dataset?: DemoDataset): Klok {
  if (OP_OPSLAG && dataset === undefined) return gebruikMockApiOpOpslag().klok;
  const klok: Klok = { nu: START_TIJD };
  const server = setupServer(
    ...maakHandlers({
      modus: 'server',
      dataset: dataset ?? testDataset(),
      geheim: TEST_GEHEIM,
      nu: () => klok.nu,
      basis: '*',
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    klok.nu = START_TIJD;
  });
  afterAll(() => server.close());
  return klok;
}

export interface MockApiOpOpslag {
  klok: Klok;
  /** The store this file's API serves from, set once `beforeAll` ran. */
  opslag(): OpslagKoppeling;
}

/**
 * The in-process mock API over a fresh PGlite store with the demo data (from the worker's template; PostgreSQL is
 * covered by the store suite): phase changes and the audit trail work, and every read goes through the store.
 */
export function gebruikMockApiOpOpslag(): MockApiOpOpslag {
  const klok: Klok = { nu: START_TIJD };
  const server = setupServer();
  let db: Verbinding | null = null;
  let koppeling: OpslagKoppeling | null = null;
  beforeAll(async () => {
    const pglite = testDatabases()[0];
    if (!pglite) throw new Error('geen testdatabase');
    db = await pglite.maak('demodata');
    koppeling = koppelOpslag(db, testDataset(), { nu: () => klok.nu });
    server.resetHandlers(
      ...maakHandlers({
        modus: 'server',
        opslag: koppeling,
        geheim: TEST_GEHEIM,
        nu: () => klok.nu,
        basis: '*',
      }),
    );
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    klok.nu = START_TIJD;
  });
  afterAll(async () => {
    server.close();
    await koppeling?.audit.stop();
    await db?.sluit();
  });
  return {
    klok,
    opslag() {
      if (!koppeling) throw new Error('de opslag is nog niet klaar (beforeAll)');
      return koppeling;
    },
  };
}

export interface Ruw {
  status: number;
  headers: Headers;
  tekst: string;
  json: unknown;
}

export async function haal(
  pad: string,
  opties: { token?: string | null; methode?: string; body?: string; headers?: Record<string, string> } = {},
  basis = BASIS,
): Promise<Ruw> {
  const headers: Record<string, string> = { ...opties.headers };
  if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
  const antwoord = await fetch(basis + pad, {
    method: opties.methode ?? 'GET',
    headers,
    body: opties.body ?? null,
  });
  const tekst = await antwoord.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(tekst);
  } catch {
    // Left undefined: the test asserts on it.
  }
  return { status: antwoord.status, headers: antwoord.headers, tekst, json };
}

/**
 * The Cache-Control a successful read gets: an anonymous (publiek) answer is the same for every resident, so a
 * shared cache may keep it for a minute; a signed-in role's answer is never stored.
 */
export function cacheVoor(rol: Rol): string {
  return rol === 'publiek' ? 'public, max-age=60' : 'no-store';
}

export const ROLLEN: readonly Rol[] = Rol.options;

export interface Sessie {
  rol: Rol;
  /** null for publiek: no sign-in. */
  token: string | null;
  /** The caller's organisation id; null for publiek. */
  organisatie: string | null;
}

/**
 * The provider the zorgaanbieder tests sign in as: one that runs a confidential location and ordinary ones,
 * so "own" and "other" are both exercised in every branch.
 */
export function testZorgaanbieder(dataset: DemoDataset = testDataset()): string {
  const eigenaar = (id: string) => dataset.voorzieningen.filter((v) => v.zorgaanbieder.id === id);
  const kandidaat = dataset.zorgaanbieders.find((o) => {
    const eigen = eigenaar(o.id);
    return eigen.some((v) => v.vertrouwelijk) && eigen.some((v) => !v.vertrouwelijk);
  });
  if (!kandidaat)
    throw new Error('dataset heeft geen zorgaanbieder met zowel vertrouwelijke als gewone locaties');
  return kandidaat.id;
}

export async function login(body: unknown, basis = BASIS): Promise<string> {
  const ruw = await haal(
    '/api/auth/demo-login',
    { methode: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
    basis,
  );
  if (ruw.status !== 200) throw new Error(`inloggen mislukt (${ruw.status}): ${ruw.tekst}`);
  return DemoLoginAntwoord.parse(ruw.json).token;
}

/** Signs in through the real endpoint, once per role. */
export async function sessieVoor(rol: Rol, basis = BASIS): Promise<Sessie> {
  switch (rol) {
    case 'publiek':
      return { rol, token: null, organisatie: null };
    case 'zorgaanbieder': {
      const organisatie = testZorgaanbieder();
      return { rol, token: await login({ rol, organisatie }, basis), organisatie };
    }
    case 'draagkrachtscan':
    case 'beheer':
      return { rol, token: await login({ rol }, basis), organisatie: testDataset().gemeente.id };
  }
}

/** Every object anywhere inside a JSON value, for "nothing like X is on the wire" checks. */
export function alleObjecten(waarde: unknown): object[] {
  const uit: object[] = [];
  const loop = (w: unknown) => {
    if (Array.isArray(w)) w.forEach(loop);
    else if (typeof w === 'object' && w !== null) {
      uit.push(w);
      Object.values(w).forEach(loop);
    }
  };
  loop(waarde);
  return uit;
}
