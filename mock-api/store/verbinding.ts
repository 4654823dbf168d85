/**
 * One connection interface over the two databases the store runs on: PGlite (embedded, the default; in a folder or
 * in memory) and PostgreSQL through `pg` (production, `DATABASE_URL`). The store's SQL is the same for both.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

export interface Rijen<T> {
  rows: T[];
}

export interface Uitvoerder {
  /** One statement with `$1…` parameters. */
  query<T = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Rijen<T>>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Verbinding extends Uitvoerder {
  readonly soort: 'pglite' | 'postgres';
  /** Runs `werk` in one transaction: committed when it resolves, rolled back when it throws. */
  transactie<T>(werk: (tx: Uitvoerder) => Promise<T>): Promise<T>;
  sluit(): Promise<void>;
}

export function pgliteVerbinding(db: PGlite): Verbinding {
  const uitvoerder = (doel: Pick<PGlite, 'query' | 'exec'>): Uitvoerder => ({
    async query<T>(sql: string, parameters: readonly unknown[] = []) {
      const { rows } = await doel.query<T>(sql, [...parameters]);
      return { rows };
    },
    async exec(sql: string) {
      await doel.exec(sql);
    },
  });
  return {
    soort: 'pglite',
    ...uitvoerder(db),
    transactie: (werk) => db.transaction((tx) => werk(uitvoerder(tx))),
    sluit: () => db.close(),
  };
}

export function postgresVerbinding(pool: Pool): Verbinding {
  const uitvoerder = (doel: Pool | PoolClient): Uitvoerder => ({
    async query<T>(sql: string, parameters: readonly unknown[] = []) {
      const { rows } = await doel.query(sql, [...parameters]);
      return { rows: rows as T[] };
    },
    async exec(sql: string) {
      await doel.query(sql);
    },
  });
  return {
    soort: 'postgres',
    ...uitvoerder(pool),
    async transactie(werk) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const uitkomst = await werk(uitvoerder(client));
        await client.query('COMMIT');
        return uitkomst;
      } catch (fout) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw fout;
      } finally {
        client.release();
      }
    },
    sluit: () => pool.end(),
  };
}

export interface OpenOpties {
  /** `postgres://…`: PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite's folder; absent: in memory. */
  map?: string;
  /** PGlite in memory from a `dumpDataDir()` template (tests). */
  sjabloon?: Blob | File;
}

/** Opens the database the options name. pg and PGlite are loaded only when used. */
export async function open(opties: OpenOpties = {}): Promise<Verbinding> {
  if (opties.databaseUrl) {
    const { default: pg } = await import('pg');
    // Dates stay ISO text (no time zone moves a date); bigint counts are small enough for a number.
    pg.types.setTypeParser(pg.types.builtins.DATE, (waarde: string) => waarde);
    pg.types.setTypeParser(pg.types.builtins.INT8, (waarde: string) => Number(waarde));
    const pool = new pg.Pool({ connectionString: opties.databaseUrl, max: 5 });
    // An idle client that loses its server must not end the process.
    pool.on('error', (fout) => console.error('[store] PostgreSQL-verbinding verbroken:', fout.message));
    return postgresVerbinding(pool);
  }
  const { PGlite, types } = await import('@electric-sql/pglite');
  const db = await PGlite.create({
    ...(opties.map ? { dataDir: opties.map } : {}),
    ...(opties.sjabloon ? { loadDataDir: opties.sjabloon } : {}),
    parsers: {
      [types.DATE]: (waarde: string) => waarde,
      [types.INT8]: (waarde: string) => Number(waarde),
    },
  });
  return pgliteVerbinding(db);
}
