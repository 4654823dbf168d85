/**
 * Multi-row INSERTs in blocks: one statement per block of rows, with as many rows as fit under the parameter limit.
 * The store's dataset writer, the RGW import (with its ON CONFLICT clause) and the Monitor's series use it.
 */
import type { Uitvoerder } from './verbinding';

/** Parameters per INSERT: half of PostgreSQL's limit of 65,535, so a large register needs few round trips. */
export const PARAMETERS_PER_INSERT = 32_000;

export interface InsertOpties {
  /** SQL after the VALUES list, e.g. `ON CONFLICT (id) DO UPDATE … RETURNING …`. */
  staart?: string;
  /** Called before each block with the number of rows written so far. */
  voortgang?(gedaan: number, totaal: number): void;
}

/**
 * Inserts `rijen` into `tabel` in blocks and returns the rows every statement returned (with a RETURNING `staart`).
 * `waarden` gives one value per column, in the order of `kolommen`.
 */
export async function voegToeInBlokken<T, R = never>(
  tx: Uitvoerder,
  rijen: readonly T[],
  tabel: string,
  kolommen: readonly string[],
  waarden: (rij: T) => readonly unknown[],
  opties: InsertOpties = {},
): Promise<R[]> {
  const perBlok = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / kolommen.length));
  const terug: R[] = [];
  for (let i = 0; i < rijen.length; i += perBlok) {
    opties.voortgang?.(i, rijen.length);
    const parameters: unknown[] = [];
    const tupels = rijen.slice(i, i + perBlok).map((rij) => {
      const w = waarden(rij);
      if (w.length !== kolommen.length) {
        throw new Error(`${tabel}: ${w.length} waarden voor ${kolommen.length} kolommen`);
      }
      return `(${w.map((waarde) => `$${parameters.push(waarde)}`).join(', ')})`;
    });
    const sql = `INSERT INTO ${tabel} (${kolommen.join(', ')}) VALUES ${tupels.join(', ')}`;
    const { rows } = await tx.query<R>(
      opties.staart === undefined ? sql : `${sql} ${opties.staart}`,
      parameters,
    );
    terug.push(...rows);
  }
  opties.voortgang?.(rijen.length, rijen.length);
  return terug;
}
