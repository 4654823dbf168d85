/**
 * Databases for the store's tests: PGlite in memory from a template made once per test worker (a new PGlite takes
 * seconds, one from a template a fraction of that), and PostgreSQL when `HKD_TEST_DATABASE_URL` names a server (CI
 * starts a throw-away cluster): there each test gets a database of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { maakDemoDataset } from '../generate/dataset';
import { migreer } from './migreer';
import { vulMetDataset } from './opslag';
import { open, pgliteVerbinding, type Verbinding } from './verbinding';

export type Inhoud = 'leeg' | 'demodata';

const sjablonen = new Map<Inhoud, Promise<Blob>>();

async function maakSjabloon(inhoud: Inhoud): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create();
  const db = pgliteVerbinding(pglite);
  await migreer(db);
  if (inhoud === 'demodata') await vulMetDataset(db, maakDemoDataset(), 'demodata');
  const blob = await pglite.dumpDataDir('none');
  await db.sluit();
  return blob;
}

/** Makes the PGlite templates now (seconds each; longer on a busy machine): for a test file's `beforeAll`. */
export async function warmSjablonenOp(): Promise<void> {
  for (const inhoud of ['leeg', 'demodata'] as const) {
    if (!sjablonen.has(inhoud)) sjablonen.set(inhoud, maakSjabloon(inhoud));
    await sjablonen.get(inhoud);
  }
}

export interface TestDatabase {
  naam: 'pglite' | 'postgres';
  /** A fresh, migrated database (with the demo data for 'demodata'); close it with `sluit`. */
  maak(inhoud?: Inhoud): Promise<Verbinding>;
}

const pglite: TestDatabase = {
  naam: 'pglite',
  async maak(inhoud = 'leeg') {
    let sjabloon = sjablonen.get(inhoud);
    if (!sjabloon) {
      sjabloon = maakSjabloon(inhoud);
      sjablonen.set(inhoud, sjabloon);
    }
    return open({ sjabloon: await sjabloon });
  },
};

function postgres(beheerUrl: string): TestDatabase {
  return {
    naam: 'postgres',
    async maak(inhoud = 'leeg') {
      const naam = `hkd_test_${randomBytes(6).toString('hex')}`;
      const beheer = await open({ databaseUrl: beheerUrl });
      await beheer.exec(`CREATE DATABASE ${naam}`);
      await beheer.sluit();
      const url = new URL(beheerUrl);
      url.pathname = `/${naam}`;
      const db = await open({ databaseUrl: url.href });
      await migreer(db);
      if (inhoud === 'demodata') await vulMetDataset(db, maakDemoDataset(), 'demodata');
      return {
        ...db,
        async sluit() {
          await db.sluit();
          const opruimer = await open({ databaseUrl: beheerUrl });
          await opruimer.exec(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
          await opruimer.sluit();
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL too when `HKD_TEST_DATABASE_URL` is set. */
export function testDatabases(): TestDatabase[] {
  const url = process.env.HKD_TEST_DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
}
