/**
 * The audit trail: who did or read what, when and for what purpose, appended to a hash-chained table. Each row's hash
 * covers its own fields and the hash of the row before it, so a row changed, inserted or removed by hand breaks the
 * chain at that row; `controleerAudit` finds the first such row.
 */
import { createHash } from 'node:crypto';
import type { Uitvoerder, Verbinding } from './verbinding';

/** The hash the first row points back to. */
export const BEGIN_HASH = '0'.repeat(64);

export interface AuditInvoer {
  wie: string;
  rol: string;
  organisatie: string | null;
  /** What happened, e.g. `inloggen`, `lezen-adresniveau`, `export`, `import`, `fasewissel`. */
  wat: string;
  /** The purpose, where it was asked. */
  doel?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRegel extends Required<Omit<AuditInvoer, 'details'>> {
  volgnummer: number;
  /** ISO time, milliseconds, UTC. */
  tijd: string;
  details: Record<string, unknown>;
  vorigeHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
function vasteJson(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(vasteJson).join(',')}]`;
  if (waarde !== null && typeof waarde === 'object') {
    const velden = Object.entries(waarde as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${velden.map(([k, v]) => `${JSON.stringify(k)}:${vasteJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(waarde);
}

export function auditHash(regel: Omit<AuditRegel, 'hash'>): string {
  const { volgnummer, tijd, wie, rol, organisatie, wat, doel, details, vorigeHash } = regel;
  const tekst = vasteJson({ volgnummer, tijd, wie, rol, organisatie, wat, doel, details, vorigeHash });
  return createHash('sha256').update(tekst).digest('hex');
}

interface Rij {
  volgnummer: number;
  tijd: string;
  wie: string;
  rol: string;
  organisatie: string | null;
  wat: string;
  doel: string | null;
  details: Record<string, unknown>;
  vorige_hash: string;
  hash: string;
}

const KOLOMMEN = `volgnummer, to_char(tijd AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS tijd, wie, rol,
  organisatie, wat, doel, details, vorige_hash, hash`;

function naarRegel(r: Rij): AuditRegel {
  return {
    volgnummer: r.volgnummer,
    tijd: r.tijd,
    wie: r.wie,
    rol: r.rol,
    organisatie: r.organisatie,
    wat: r.wat,
    doel: r.doel,
    details: r.details,
    vorigeHash: r.vorige_hash,
    hash: r.hash,
  };
}

/**
 * Appends one row. The table is locked for the transaction, so appends from several API processes on one
 * PostgreSQL database form one chain.
 */
export async function schrijfAudit(
  db: Verbinding,
  invoer: AuditInvoer,
  nu: Date = new Date(),
): Promise<AuditRegel> {
  return db.transactie((tx) => schrijfAuditIn(tx, invoer, nu));
}

/** The same inside a transaction the caller holds (an import and its audit row commit together). */
export async function schrijfAuditIn(tx: Uitvoerder, invoer: AuditInvoer, nu: Date): Promise<AuditRegel> {
  await tx.query('LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE');
  const laatste = (
    await tx.query<{ volgnummer: number; hash: string }>(
      'SELECT volgnummer, hash FROM audit ORDER BY volgnummer DESC LIMIT 1',
    )
  ).rows[0];
  const zonderHash: Omit<AuditRegel, 'hash'> = {
    volgnummer: (laatste?.volgnummer ?? 0) + 1,
    // Milliseconds, as timestamptz keeps them (it keeps microseconds; a Date has none).
    tijd: nu.toISOString(),
    wie: invoer.wie,
    rol: invoer.rol,
    organisatie: invoer.organisatie,
    wat: invoer.wat,
    doel: invoer.doel ?? null,
    details: invoer.details ?? {},
    vorigeHash: laatste?.hash ?? BEGIN_HASH,
  };
  const regel: AuditRegel = { ...zonderHash, hash: auditHash(zonderHash) };
  await tx.query(
    `INSERT INTO audit (volgnummer, tijd, wie, rol, organisatie, wat, doel, details, vorige_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      regel.volgnummer,
      regel.tijd,
      regel.wie,
      regel.rol,
      regel.organisatie,
      regel.wat,
      regel.doel,
      JSON.stringify(regel.details),
      regel.vorigeHash,
      regel.hash,
    ],
  );
  return regel;
}

export interface AuditFilter {
  wat?: string;
  wie?: string;
  rol?: string;
  /** ISO date, inclusive. */
  van?: string;
  tot?: string;
  /** Only rows with a lower sequence number: the next page, newest first. */
  voor?: number;
  limiet?: number;
}

/** The trail, newest first, filtered; for `beheer`. */
export async function leesAudit(db: Uitvoerder, filter: AuditFilter = {}): Promise<AuditRegel[]> {
  const voorwaarden: string[] = [];
  const parameters: unknown[] = [];
  const voeg = (sql: string, waarde: unknown) => {
    parameters.push(waarde);
    voorwaarden.push(sql.replace('?', `$${parameters.length}`));
  };
  if (filter.wat) voeg('wat = ?', filter.wat);
  if (filter.wie) voeg('wie = ?', filter.wie);
  if (filter.rol) voeg('rol = ?', filter.rol);
  if (filter.van) voeg(`tijd >= ?::date`, filter.van);
  if (filter.tot) voeg(`tijd < (?::date + 1)`, filter.tot);
  if (filter.voor) voeg('volgnummer < ?', filter.voor);
  parameters.push(Math.min(Math.max(filter.limiet ?? 200, 1), 1000));
  const waar = voorwaarden.length > 0 ? `WHERE ${voorwaarden.join(' AND ')}` : '';
  const { rows } = await db.query<Rij>(
    `SELECT ${KOLOMMEN} FROM audit ${waar} ORDER BY volgnummer DESC LIMIT $${parameters.length}`,
    parameters,
  );
  return rows.map(naarRegel);
}

export type AuditControle =
  | { goed: true; regels: number; laatsteHash: string }
  | {
      goed: false;
      regels: number;
      /** The first row at which the chain breaks (its sequence number), and why. */
      volgnummer: number;
      probleem: 'gewijzigd' | 'ingevoegd-of-verwijderd';
      melding: string;
    };

/** Walks the whole chain in order and reports the first row that does not fit. */
export async function controleerAudit(db: Uitvoerder): Promise<AuditControle> {
  const { rows } = await db.query<Rij>(`SELECT ${KOLOMMEN} FROM audit ORDER BY volgnummer`);
  let vorige = BEGIN_HASH;
  let verwacht = 1;
  for (const rij of rows) {
    const regel = naarRegel(rij);
    if (regel.volgnummer !== verwacht || regel.vorigeHash !== vorige) {
      return {
        goed: false,
        regels: rows.length,
        volgnummer: regel.volgnummer,
        probleem: 'ingevoegd-of-verwijderd',
        melding:
          regel.volgnummer !== verwacht
            ? `regel ${regel.volgnummer} volgt op regel ${verwacht - 1}: er is een regel verwijderd of ingevoegd`
            : `regel ${regel.volgnummer} wijst niet naar de regel ervoor: er is een regel verwijderd, ingevoegd of gewijzigd`,
      };
    }
    const { hash, ...rest } = regel;
    if (auditHash(rest) !== hash) {
      return {
        goed: false,
        regels: rows.length,
        volgnummer: regel.volgnummer,
        probleem: 'gewijzigd',
        melding: `regel ${regel.volgnummer} is gewijzigd nadat ze is geschreven`,
      };
    }
    vorige = hash;
    verwacht += 1;
  }
  return { goed: true, regels: rows.length, laatsteHash: vorige };
}
