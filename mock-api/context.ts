/** What every handler shares, built once per handler set: the dataset with its lookups, the secret, the clock and the path prefix. */
import type { Bron } from '../src/contract/common';
import type { ApiModus } from '../src/contract/meta';
import type { Organisatie } from '../src/contract/organisatie';
import type { Voorziening } from '../src/contract/voorziening';
import type { Gebiedsposities } from '../src/domain/roles';
import type { DemoDataset } from './generate/dataset-types';
import type { Geocoder } from './import/geocoder';
import type { Verbinding } from './store/verbinding';

export interface ApiContext {
  readonly modus: ApiModus;
  readonly dataset: DemoDataset;
  readonly geheim: Uint8Array;
  readonly nu: () => Date;
  /** Put in front of every path: '' resolves against the page or server origin, '*' matches any origin. */
  readonly basis: string;
  readonly bron: Bron;
  readonly posities: Gebiedsposities;
  /** The 23 care providers and the municipality, by id. */
  readonly organisaties: ReadonlyMap<string, Organisatie>;
  readonly voorzieningen: ReadonlyMap<string, Voorziening>;
  /** Answers built once per dataset version (see `jsonEenmalig`). */
  readonly voorraad: Voorraad;
  /** The store; null or absent in the browser demo, which has none (imports answer 503 there). */
  readonly opslag?: Verbinding | null;
  /** Looks up addresses without coordinates during an import (PDOK; tests inject a fake). */
  readonly geocoder?: Geocoder;
}

/** Most answers kept per dataset version: far above the bounded keys in use; a guard should a key ever follow input. */
const MAX_VOORRAAD = 2_000;

/** A memo of built answers that empties itself when the dataset version changes. */
export interface Voorraad {
  haal<T>(sleutel: string, maak: () => T): T;
}

/**
 * `versie` names the dataset a stored answer was built from. The demo dataset never changes while a server runs, so
 * today it is fixed; a store that edits data bumps it, and every answer built from the old data is dropped at once.
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

export function maakContext(opties: {
  modus: ApiModus;
  dataset: DemoDataset;
  geheim: Uint8Array;
  nu: () => Date;
  basis: string;
  /** Default: the seed and peildatum, which is all that tells two generated datasets apart. */
  datasetVersie?: () => string;
  opslag?: Verbinding | null;
  geocoder?: Geocoder;
}): ApiContext {
  const { dataset } = opties;
  const pc4 = new Map(dataset.pc4.map((g) => [g.code, g.centroid] as const));
  const buurt = new Map(dataset.buurten.map((g) => [g.code, g.centroid] as const));
  const posities: Gebiedsposities = {
    // A facility in an area the dataset does not know is a generator bug: fail loudly (500), never guess a position.
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
    ...opties,
    bron: {
      dataset: 'demodata',
      omschrijving: `Gegenereerde demodata (seed ${dataset.seed}): geen echte voorzieningen, adressen, personen of zaken.`,
      peildatum: dataset.peildatum,
    },
    posities,
    organisaties: new Map([...dataset.zorgaanbieders, dataset.gemeente].map((o) => [o.id, o] as const)),
    voorzieningen: new Map(dataset.voorzieningen.map((v) => [v.id, v] as const)),
    voorraad: maakVoorraad(opties.datasetVersie ?? (() => `${dataset.seed}:${dataset.peildatum}`)),
  };
}
