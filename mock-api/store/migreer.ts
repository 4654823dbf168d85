/**
 * A small migration runner: the numbered SQL files in `migraties/` run once each, in order, each in its own
 * transaction, and are recorded with their SHA-256; a migration changed after it ran is refused, not run again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Verbinding } from './verbinding';

/** The folder of this module's migrations; a function, so importing this module works where `import.meta.url` is no file URL (jsdom). */
export function migratieMap(): string {
  return fileURLToPath(new URL('./migraties/', import.meta.url));
}

export interface Migratie {
  naam: string;
  sql: string;
}

export function leesMigraties(map = migratieMap()): Migratie[] {
  return readdirSync(map)
    .filter((f) => /^[0-9]{3}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((naam) => ({ naam, sql: readFileSync(join(map, naam), 'utf8') }));
}

function sha256(tekst: string): string {
  return createHash('sha256').update(tekst).digest('hex');
}

export class MigratieFout extends Error {
  override name = 'MigratieFout';
}

/** Brings the database up to date; returns the names of the migrations it ran now. */
export async function migreer(db: Verbinding, migraties = leesMigraties()): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migratie (
    naam text PRIMARY KEY,
    sha256 text NOT NULL,
    toegepast_op timestamptz NOT NULL DEFAULT now()
  )`);
  const gedaan = new Map(
    (await db.query<{ naam: string; sha256: string }>('SELECT naam, sha256 FROM schema_migratie')).rows.map(
      (r) => [r.naam, r.sha256] as const,
    ),
  );
  const bekend = new Set(migraties.map((m) => m.naam));
  for (const naam of gedaan.keys()) {
    if (!bekend.has(naam)) {
      throw new MigratieFout(
        `de database heeft migratie ${naam}, die deze versie niet kent: een nieuwere versie?`,
      );
    }
  }
  const nu: string[] = [];
  for (const { naam, sql } of migraties) {
    const hash = sha256(sql);
    const eerder = gedaan.get(naam);
    if (eerder !== undefined) {
      if (eerder !== hash) {
        throw new MigratieFout(
          `migratie ${naam} is gewijzigd nadat ze is uitgevoerd; maak een nieuwe migratie`,
        );
      }
      continue;
    }
    await db.transactie(async (tx) => {
      // Several processes on one PostgreSQL database may start at once: one migrates, the others wait and skip.
      if (db.soort === 'postgres') await tx.query('LOCK TABLE schema_migratie IN EXCLUSIVE MODE');
      const al = await tx.query('SELECT 1 FROM schema_migratie WHERE naam = $1', [naam]);
      if (al.rows.length > 0) return;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migratie (naam, sha256) VALUES ($1, $2)', [naam, hash]);
      nu.push(naam);
    });
  }
  return nu;
}
