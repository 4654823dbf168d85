/**
 * Where the store lives and who may open it. PostgreSQL (`DATABASE_URL`) serves any number of processes; PGlite keeps
 * its database in one folder (`.hkd-data/`, moved by `HKD_DATA_DIR`) that only one process may have open: a second
 * PGlite on the same files corrupts them. So the folder holds a lock file, made atomically, naming the process that
 * holds it; a second opener is refused with a message that says who has it, and a lock left by a process that died
 * is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OpslagFout } from './opslag';
import { open, type Verbinding } from './verbinding';

export const STANDAARD_DATA_MAP = '.hkd-data';
const SLOT_BESTAND = 'in-gebruik.json';
/** PGlite's own files sit in a subfolder, so the lock file and a README can sit beside them. */
const PGLITE_MAP = 'pglite';

export type Gebruiker = 'server' | 'cli';

interface Slot {
  pid: number;
  gebruiker: Gebruiker;
  sinds: string;
  /** The server's address, so the CLI can name it in its refusal. */
  url?: string;
}

export interface OpslagLocatie {
  soort: 'pglite' | 'postgres';
  /** The folder (PGlite) or the URL without its password (PostgreSQL), for log lines. */
  waar: string;
}

export interface GeopendeOpslag extends OpslagLocatie {
  db: Verbinding;
  /** Closes the database and gives the folder free. Safe to call twice. */
  sluit(): Promise<void>;
}

export interface OpenOpslagOpties {
  /** `postgres://…`: PostgreSQL, no folder and no lock. */
  databaseUrl?: string;
  /** PGlite's folder; default `.hkd-data` in the working directory. */
  dataMap?: string;
  gebruiker: Gebruiker;
  url?: string;
}

/** The store the environment names: `DATABASE_URL`, else the folder `HKD_DATA_DIR` (default `.hkd-data`). */
export function opslagUitOmgeving(
  env: Record<string, string | undefined> = process.env,
): Pick<OpenOpslagOpties, 'databaseUrl' | 'dataMap'> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new OpslagFout(
        'ongeldige_database_url',
        'DATABASE_URL moet met postgres:// of postgresql:// beginnen (of laat hem weg voor de ingebouwde PGlite-opslag).',
      );
    }
    return { databaseUrl };
  }
  return { dataMap: resolve(env.HKD_DATA_DIR?.trim() || STANDAARD_DATA_MAP) };
}

/** The URL without its password, for a log line. */
export function zonderWachtwoord(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return 'postgres://…';
  }
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (fout) {
    // EPERM: the process exists but belongs to someone else; only ESRCH says it is gone.
    return (fout as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function leesSlot(pad: string): Slot | null {
  try {
    const ruw: unknown = JSON.parse(readFileSync(pad, 'utf8'));
    if (typeof ruw === 'object' && ruw !== null && typeof Reflect.get(ruw, 'pid') === 'number') {
      return ruw as Slot;
    }
    return null;
  } catch {
    return null;
  }
}

function bezetMelding(map: string, slot: Slot): string {
  const wie =
    slot.gebruiker === 'server'
      ? `de HKD-server${slot.url ? ` op ${slot.url}` : ''} (proces ${slot.pid}, sinds ${slot.sinds})`
      : `een ander commando (proces ${slot.pid}, sinds ${slot.sinds})`;
  const advies =
    slot.gebruiker === 'server'
      ? 'Stop de server eerst, of doe het via de app (inloggen als beheer).'
      : 'Wacht tot dat klaar is.';
  return `De gegevensmap ${map} is in gebruik door ${wie}. De ingebouwde database (PGlite) kan maar door één proces tegelijk geopend worden. ${advies}`;
}

/**
 * Takes the folder's lock, or throws `OpslagFout('map_in_gebruik')`. Returns the function that gives it back. The
 * lock file is made with O_EXCL, so two processes starting at once cannot both get it.
 */
export function neemDataMap(map: string, gebruiker: Gebruiker, url?: string): () => void {
  mkdirSync(map, { recursive: true });
  const pad = join(map, SLOT_BESTAND);
  const slot: Slot = {
    pid: process.pid,
    gebruiker,
    sinds: new Date().toISOString(),
    ...(url ? { url } : {}),
  };
  for (let poging = 0; poging < 2; poging++) {
    try {
      writeFileSync(pad, JSON.stringify(slot), { flag: 'wx' });
      let vrij = false;
      const geefVrij = () => {
        if (vrij) return;
        vrij = true;
        process.off('exit', geefVrij);
        // Only our own lock: never remove one another process took over after a crash.
        if (leesSlot(pad)?.pid === process.pid) rmSync(pad, { force: true });
      };
      process.on('exit', geefVrij);
      return geefVrij;
    } catch (fout) {
      if ((fout as NodeJS.ErrnoException).code !== 'EEXIST') throw fout;
      const bestaand = leesSlot(pad);
      if (bestaand && bestaand.pid !== process.pid && leeft(bestaand.pid)) {
        throw new OpslagFout('map_in_gebruik', bezetMelding(map, bestaand));
      }
      if (bestaand?.pid === process.pid) {
        throw new OpslagFout('map_in_gebruik', `De gegevensmap ${map} is in dit proces al geopend.`);
      }
      // A lock left behind by a process that is gone (or an unreadable one): take it over.
      rmSync(pad, { force: true });
    }
  }
  throw new OpslagFout('map_in_gebruik', `De gegevensmap ${map} kon niet worden vergrendeld.`);
}

/** Opens the store the options name: PostgreSQL by URL, or PGlite in its folder under the folder's lock. */
export async function openOpslag(opties: OpenOpslagOpties): Promise<GeopendeOpslag> {
  if (opties.databaseUrl) {
    const db = await open({ databaseUrl: opties.databaseUrl });
    let gesloten = false;
    return {
      soort: 'postgres',
      waar: zonderWachtwoord(opties.databaseUrl),
      db,
      async sluit() {
        if (gesloten) return;
        gesloten = true;
        await db.sluit();
      },
    };
  }
  const map = resolve(opties.dataMap ?? STANDAARD_DATA_MAP);
  const geefVrij = neemDataMap(map, opties.gebruiker, opties.url);
  let db: Verbinding;
  try {
    db = await open({ map: join(map, PGLITE_MAP) });
  } catch (fout) {
    geefVrij();
    throw fout;
  }
  let gesloten = false;
  return {
    soort: 'pglite',
    waar: map,
    db,
    async sluit() {
      if (gesloten) return;
      gesloten = true;
      try {
        await db.sluit();
      } finally {
        geefVrij();
      }
    },
  };
}

/** Writes the server's address into its lock, once it listens, so a refused CLI can say where the server is. */
export function meldServerUrl(map: string, url: string): void {
  const pad = join(map, SLOT_BESTAND);
  const slot = leesSlot(pad);
  if (slot?.pid === process.pid) writeFileSync(pad, JSON.stringify({ ...slot, url }));
}
