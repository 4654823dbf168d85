/**
 * Scan dossiers in the store (migration 004): create, list with search, read a version, update a concept, make it
 * definitief, correct a definitief one as a new version. Node only (the handlers load it with the server part).
 */
import { ApiFout, nietGevonden } from '../http/fout';
import type { Uitvoerder, Verbinding } from '../store/verbinding';

/** What the handler keeps in `inhoud`: the contract's dossier without id, version, status and people. */
export type DossierInhoud = Record<string, unknown>;

export interface DossierRij {
  id: string;
  versie: number;
  status: 'concept' | 'definitief';
  titel: string;
  inhoud: DossierInhoud;
  correctieReden: string | null;
  aangemaaktDoor: string;
  aangemaaktOp: string;
  gewijzigdDoor: string;
  gewijzigdOp: string;
  definitiefDoor: string | null;
  definitiefOp: string | null;
}

interface Rij {
  id: string;
  versie: number;
  status: 'concept' | 'definitief';
  titel: string;
  inhoud: DossierInhoud | string;
  correctie_reden: string | null;
  aangemaakt_door: string;
  aangemaakt_op: string;
  gewijzigd_door: string;
  gewijzigd_op: string;
  definitief_door: string | null;
  definitief_op: string | null;
}

const TIJD = (kolom: string) =>
  `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${kolom}`;
const KOLOMMEN = `id, versie, status, titel, inhoud, correctie_reden, aangemaakt_door, ${TIJD('aangemaakt_op')},
  gewijzigd_door, ${TIJD('gewijzigd_op')}, definitief_door, ${TIJD('definitief_op')}`;

function naarRij(r: Rij): DossierRij {
  return {
    id: r.id,
    versie: r.versie,
    status: r.status,
    titel: r.titel,
    inhoud: typeof r.inhoud === 'string' ? (JSON.parse(r.inhoud) as DossierInhoud) : r.inhoud,
    correctieReden: r.correctie_reden,
    aangemaaktDoor: r.aangemaakt_door,
    aangemaaktOp: r.aangemaakt_op,
    gewijzigdDoor: r.gewijzigd_door,
    gewijzigdOp: r.gewijzigd_op,
    definitiefDoor: r.definitief_door,
    definitiefOp: r.definitief_op,
  };
}

export interface Opslaan {
  titel: string;
  inhoud: DossierInhoud;
  zoektekst: string;
  door: string;
  nu: Date;
}

export async function maakDossier(db: Verbinding, invoer: Opslaan): Promise<DossierRij> {
  const jaar = invoer.nu.getUTCFullYear();
  return db.transactie(async (tx) => {
    const { rows } = await tx.query<{ n: number }>(
      `SELECT coalesce(max(substring(id from 10)::int), 0)::int AS n FROM scan_dossier WHERE id LIKE $1`,
      [`DKS-${jaar}-%`],
    );
    const id = `DKS-${jaar}-${String((rows[0]?.n ?? 0) + 1).padStart(4, '0')}`;
    await tx.query(
      `INSERT INTO scan_dossier (id, versie, status, titel, inhoud, zoektekst, aangemaakt_door, aangemaakt_op,
         gewijzigd_door, gewijzigd_op)
       VALUES ($1, 1, 'concept', $2, $3, $4, $5, $6, $5, $6)`,
      [
        id,
        invoer.titel,
        JSON.stringify(invoer.inhoud),
        invoer.zoektekst,
        invoer.door,
        invoer.nu.toISOString(),
      ],
    );
    return leesVersieIn(tx, id, 1);
  });
}

async function leesVersieIn(tx: Uitvoerder, id: string, versie: number): Promise<DossierRij> {
  const { rows } = await tx.query<Rij>(`SELECT ${KOLOMMEN} FROM scan_dossier WHERE id = $1 AND versie = $2`, [
    id,
    versie,
  ]);
  const rij = rows[0];
  if (!rij) throw nietGevonden(`dossier ${id} versie ${versie} bestaat niet`);
  return naarRij(rij);
}

/** Every version of a dossier, oldest first; 404 when there is none. */
export async function leesVersies(db: Uitvoerder, id: string): Promise<DossierRij[]> {
  const { rows } = await db.query<Rij>(`SELECT ${KOLOMMEN} FROM scan_dossier WHERE id = $1 ORDER BY versie`, [
    id,
  ]);
  if (rows.length === 0) throw nietGevonden(`dossier "${id.slice(0, 40)}" bestaat niet`);
  return rows.map(naarRij);
}

/** The newest version of every dossier, newest change first; `zoek` in number, title, sites, provider, woonvorm. */
export async function lijstDossiers(
  db: Uitvoerder,
  filter: { zoek?: string | undefined; status?: string | undefined },
): Promise<DossierRij[]> {
  const parameters: unknown[] = [];
  const voorwaarden: string[] = [];
  if (filter.zoek !== undefined) {
    parameters.push(`%${filter.zoek.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    voorwaarden.push(`lower(zoektekst) LIKE $${parameters.length}`);
  }
  if (filter.status !== undefined) {
    parameters.push(filter.status);
    voorwaarden.push(`status = $${parameters.length}`);
  }
  const { rows } = await db.query<Rij>(
    `SELECT * FROM (
       SELECT DISTINCT ON (id) ${KOLOMMEN}, zoektekst FROM scan_dossier ORDER BY id, versie DESC
     ) laatste ${voorwaarden.length > 0 ? `WHERE ${voorwaarden.join(' AND ')}` : ''}
     ORDER BY gewijzigd_op DESC, id DESC LIMIT 500`,
    parameters,
  );
  return rows.map(naarRij);
}

function conflict(melding: string, veld?: string): ApiFout {
  return new ApiFout(409, 'dossier_conflict', melding, veld);
}

/** The newest version, checked against the version the client based its change on and required to be a concept. */
async function laatsteConcept(tx: Uitvoerder, id: string, versie: number): Promise<DossierRij> {
  const versies = await leesVersies(tx, id);
  const laatste = versies[versies.length - 1] as DossierRij;
  if (laatste.status === 'definitief') {
    throw conflict(
      `dossier ${id} versie ${laatste.versie} is definitief en kan niet meer worden gewijzigd: maak een correctie (een nieuwe versie)`,
    );
  }
  if (laatste.versie !== versie) {
    throw conflict(`dossier ${id} is inmiddels versie ${laatste.versie}: laad het opnieuw`, 'versie');
  }
  return laatste;
}

export async function wijzigConcept(
  db: Verbinding,
  id: string,
  versie: number,
  invoer: Opslaan,
): Promise<DossierRij> {
  return db.transactie(async (tx) => {
    await laatsteConcept(tx, id, versie);
    await tx.query(
      `UPDATE scan_dossier SET titel = $3, inhoud = $4, zoektekst = $5, gewijzigd_door = $6, gewijzigd_op = $7
       WHERE id = $1 AND versie = $2`,
      [
        id,
        versie,
        invoer.titel,
        JSON.stringify(invoer.inhoud),
        invoer.zoektekst,
        invoer.door,
        invoer.nu.toISOString(),
      ],
    );
    return leesVersieIn(tx, id, versie);
  });
}

export async function maakDefinitief(
  db: Verbinding,
  id: string,
  versie: number,
  door: string,
  nu: Date,
  controleer: (rij: DossierRij) => void,
): Promise<DossierRij> {
  return db.transactie(async (tx) => {
    const rij = await laatsteConcept(tx, id, versie);
    controleer(rij);
    await tx.query(
      `UPDATE scan_dossier SET status = 'definitief', definitief_door = $3, definitief_op = $4,
         gewijzigd_door = $3, gewijzigd_op = $4
       WHERE id = $1 AND versie = $2`,
      [id, versie, door, nu.toISOString()],
    );
    return leesVersieIn(tx, id, versie);
  });
}

/** A correction: the next version, a concept with the content of the definitief one; that one stays as it was. */
export async function corrigeer(
  db: Verbinding,
  id: string,
  reden: string,
  door: string,
  nu: Date,
): Promise<DossierRij> {
  return db.transactie(async (tx) => {
    const versies = await leesVersies(tx, id);
    const laatste = versies[versies.length - 1] as DossierRij;
    if (laatste.status !== 'definitief') {
      throw conflict(
        `dossier ${id} versie ${laatste.versie} is nog een concept: wijzig dat, een correctie is niet nodig`,
      );
    }
    const { rows } = await tx.query<{ zoektekst: string }>(
      'SELECT zoektekst FROM scan_dossier WHERE id = $1 AND versie = $2',
      [id, laatste.versie],
    );
    const versie = laatste.versie + 1;
    await tx.query(
      `INSERT INTO scan_dossier (id, versie, status, titel, inhoud, zoektekst, correctie_reden, aangemaakt_door,
         aangemaakt_op, gewijzigd_door, gewijzigd_op)
       VALUES ($1, $2, 'concept', $3, $4, $5, $6, $7, $8, $7, $8)`,
      [
        id,
        versie,
        laatste.titel,
        JSON.stringify(laatste.inhoud),
        rows[0]?.zoektekst ?? laatste.titel,
        reden,
        door,
        nu.toISOString(),
      ],
    );
    return leesVersieIn(tx, id, versie);
  });
}
