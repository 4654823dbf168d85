/**
 * What every handler shares: the secret, the clock, the path prefix, the store (or none) and the audit queue, and
 * `gegevens()`, the dataset with its lookups read per request: fixed for an in-memory dataset, and from the store
 * reloaded whenever its version counters moved (a write by this process, another one, or an import).
 */
import type { Bron } from '../src/contract/common';
import type { ApiModus } from '../src/contract/meta';
import type { Organisatie } from '../src/contract/organisatie';
import type { Voorziening } from '../src/contract/voorziening';
import type { Gebiedsposities } from '../src/domain/roles';
import type { DemoDataset } from './generate/dataset-types';
import type { FaseWissel } from '../src/contract/voorziening';
import type { AuditControle, AuditFilter, AuditInvoer, AuditRegel } from './store/audit';
import type { FaseWisselInvoer } from './store/opslag';
import type { Verbinding } from './store/verbinding';
import type { OidcControle } from './http/oidc';
import type { Geocoder } from './import/geocoder';

/** The data as of one store version, with the lookups the handlers need; never changed once built. */
export interface Gegevens {
  /** Names the data: changes whenever anything in it changes. */
  readonly versie: string;
  readonly dataset: DemoDataset;
  readonly bron: Bron;
  readonly posities: Gebiedsposities;
  /** The 23 care providers and the municipality, by id. */
  readonly organisaties: ReadonlyMap<string, Organisatie>;
  readonly voorzieningen: ReadonlyMap<string, Voorziening>;
  /** Answers built once for this version (see `jsonEenmalig`). */
  readonly voorraad: Voorraad;
}

export interface ApiContext {
  readonly modus: ApiModus;
  readonly geheim: Uint8Array;
  readonly nu: () => Date;
  /** Put in front of every path: '' resolves against the page or server origin, '*' matches any origin. */
  readonly basis: string;
  /** The database the data lives in; null for an in-memory dataset (the browser demo, most tests). */
  readonly opslag: Verbinding | null;
  /** What the handlers may do in the store beside reading; null with `opslag`. */
  readonly diensten: OpslagDiensten | null;
  /** The current data: one cheap version query per call on a store, a reload only when it moved. */
  gegevens(): Promise<Gegevens>;
  readonly audit: AuditWachtrij;
  /** The demo sign-in (`POST /api/auth/demo-login` and its HS256 tokens) is on. */
  readonly demoLogin: boolean;
  /** Sign-in through OpenID Connect; null when not configured. */
  readonly oidc: OidcControle | null;
  /** Looks up addresses without coordinates during an import (PDOK; tests inject a fake). */
  readonly geocoder?: Geocoder;
}

/**
 * The store's writes and audit reads, handed in by the Node side (store/koppeling.ts): the handlers also run in the
 * browser's service worker, which must not bundle the store (node:crypto, node:fs). Errors are `ApiFout`s.
 */
export interface OpslagDiensten {
  legFaseWisselVast(invoer: FaseWisselInvoer, nu: Date): Promise<FaseWissel>;
  leesAudit(filter: AuditFilter): Promise<AuditRegel[]>;
  controleerAudit(): Promise<AuditControle>;
}

/** How the API appends to the audit trail (store/audit-wachtrij.ts); without a store it records nothing. */
export interface AuditWachtrij {
  /** A read to be recorded: counted now, written with the next batch. */
  noteer(invoer: AuditInvoer): void;
  /** Written before the promise resolves (a sign-in). */
  schrijf(invoer: AuditInvoer): Promise<void>;
  /** Writes whatever is waiting; the audit endpoint calls it so the list it shows is current. */
  leeg(): Promise<void>;
  /** Writes what is waiting and stops (graceful shutdown). */
  stop(): Promise<void>;
}

export const GEEN_AUDIT: AuditWachtrij = {
  noteer: () => undefined,
  schrijf: () => Promise.resolve(),
  leeg: () => Promise.resolve(),
  stop: () => Promise.resolve(),
};

/** Most answers kept per dataset version: far above the bounded keys in use; a guard should a key ever follow input. */
const MAX_VOORRAAD = 2_000;

/** A memo of built answers that empties itself when the dataset version changes. */
export interface Voorraad {
  haal<T>(sleutel: string, maak: () => T): T;
}

/**
 * `versie` names the dataset a stored answer was built from; when it changes, every answer built from the old data
 * is dropped at once.
 */
export function maakVoorraad(versie: () => string): Voorraad {
  let huidig = versie();
  const opgeslagen = new Map<string, unknown>();
  return {
    haal<T>(sleutel: string, maak: () => T): T {
      const nu = versie();
      if (nu !== huidig) {
        opgeslagen.clear();
        huidig = nu;
      }
      if (opgeslagen.has(sleutel)) return opgeslagen.get(sleutel) as T;
      const waarde = maak();
      if (opgeslagen.size >= MAX_VOORRAAD) opgeslagen.clear();
      opgeslagen.set(sleutel, waarde);
      return waarde;
    },
  };
}

/** What the answers say about the data: generated demo data, or the municipality's own (imported) data. */
export function bronVan(dataset: Pick<DemoDataset, 'seed' | 'peildatum'>, bron = 'demodata'): Bron {
  if (bron === 'demodata') {
    return {
      dataset: 'demodata',
      omschrijving: `Gegenereerde demodata (seed ${dataset.seed}): geen echte voorzieningen, adressen, personen of zaken.`,
      peildatum: dataset.peildatum,
    };
  }
  return {
    dataset: 'gemeente',
    omschrijving: `Gegevens van de gemeente Rotterdam (${bron}).`,
    peildatum: dataset.peildatum,
  };
}

/** The lookups over one dataset. */
export function maakGegevens(dataset: DemoDataset, versie: string, bron?: string): Gegevens {
  const pc4 = new Map(dataset.pc4.map((g) => [g.code, g.centroid] as const));
  const buurt = new Map(dataset.buurten.map((g) => [g.code, g.centroid] as const));
  const posities: Gebiedsposities = {
    // A facility in an area the dataset does not know is a data bug: fail loudly (500), never guess a position.
    pc4(code) {
      const c = pc4.get(code);
      if (!c) throw new Error(`PC4-gebied ${code} ontbreekt in de dataset`);
      return [c[0], c[1]];
    },
    buurt(code) {
      const c = buurt.get(code);
      if (!c) throw new Error(`buurt ${code} ontbreekt in de dataset`);
      return [c[0], c[1]];
    },
  };
  return {
    versie,
    dataset,
    bron: bronVan(dataset, bron),
    posities,
    organisaties: new Map([...dataset.zorgaanbieders, dataset.gemeente].map((o) => [o.id, o] as const)),
    voorzieningen: new Map(dataset.voorzieningen.map((v) => [v.id, v] as const)),
    voorraad: maakVoorraad(() => versie),
  };
}

/** An in-memory dataset never changes while the process runs: its version is the seed and peildatum. */
export function vasteGegevens(dataset: DemoDataset): () => Promise<Gegevens> {
  const gegevens = Promise.resolve(maakGegevens(dataset, `${dataset.seed}:${dataset.peildatum}`));
  return () => gegevens;
}
