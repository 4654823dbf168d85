/** The facilities list: fetched with the signed-in role's token and parsed with that role's schema only. */
import type { z } from 'zod';
import type { Woonvorm } from '../contract/voorziening';
import { PADEN } from '../contract/endpoints';
import {
  VoorzieningenPubliekAntwoord,
  VoorzieningenScanAntwoord,
  VoorzieningenZorgaanbiederAntwoord,
} from '../contract/voorziening';
import { groepenVoorAntwoord, type RolGroepen, type Symboolgroep } from '../domain/symboolgroepen';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

/** Keyed by role: an answer for another role fails to parse, so a leak can never reach the screen. */
const SCHEMA_PER_ROL = {
  publiek: VoorzieningenPubliekAntwoord,
  zorgaanbieder: VoorzieningenZorgaanbiederAntwoord,
  draagkrachtscan: VoorzieningenScanAntwoord,
  beheer: VoorzieningenScanAntwoord,
} as const;

export type VoorzieningenVoorRol = z.output<(typeof SCHEMA_PER_ROL)[keyof typeof SCHEMA_PER_ROL]>;

export interface VoorzieningenFilter {
  postcode?: string;
  woonvorm?: Woonvorm;
  /** `minLon,minLat,maxLon,maxLat` */
  bbox?: string;
}

export function haalVoorzieningen(
  sessie: Sessie,
  filter: VoorzieningenFilter = {},
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<VoorzieningenVoorRol> {
  const rol = sessie.gebruiker.rol;
  return vraag(PADEN.voorzieningen, SCHEMA_PER_ROL[rol], {
    ...opties,
    token: sessie.token,
    query: { postcode: filter.postcode, woonvorm: filter.woonvorm, bbox: filter.bbox },
    verwachteRol: rol,
  });
}

const bron = maakBron(
  (signal, sessie: Sessie, filter: VoorzieningenFilter) => haalVoorzieningen(sessie, filter, { signal }),
  (sessie, filter) =>
    JSON.stringify([sessie.gebruiker.rol, sessie.token, filter.postcode, filter.woonvorm, filter.bbox]),
);

/** Retries the facilities list for this session after a failure; other failed requests are left alone. */
export function laadVoorzieningenOpnieuw(sessie: Sessie, filter: VoorzieningenFilter = {}): void {
  bron.opnieuw(sessie, filter);
}

/** Loads every facilities list again (keeping the current one on screen): after this browser changed a phase. */
export function verversVoorzieningen(): void {
  bron.ververs();
}

export function useVoorzieningen(filter: VoorzieningenFilter = {}): BronToestand<VoorzieningenVoorRol> {
  const sessie = useSessie();
  return bron.useBron([sessie, filter]);
}

export interface VoorzieningenMetGroepen {
  readonly antwoord: VoorzieningenVoorRol;
  readonly groepen: RolGroepen;
}

/** Computed once per answer, so the map and every panel share the very same arrays (deck.gl diffs by identity). */
const metGroepenPerAntwoord = new WeakMap<VoorzieningenVoorRol, BronToestand<VoorzieningenMetGroepen>>();

/** The list plus its map symbols; the returned object is stable for as long as the answer is. */
export function useSymboolgroepen(filter: VoorzieningenFilter = {}): BronToestand<VoorzieningenMetGroepen> {
  const toestand = useVoorzieningen(filter);
  if (toestand.status !== 'ok') return toestand;
  let uit = metGroepenPerAntwoord.get(toestand.data);
  if (!uit) {
    uit = { status: 'ok', data: { antwoord: toestand.data, groepen: groepenVoorAntwoord(toestand.data) } };
    metGroepenPerAntwoord.set(toestand.data, uit);
  }
  return uit;
}

/**
 * The role's symbols at one postcode, for the search box. The server decides what a postcode may find for the
 * role (publiek: its PC4 area; confidential locations: never), the same way it does for the list.
 */
export async function symbolenOpPostcode(
  sessie: Sessie,
  postcode: string,
  opties: Pick<VerzoekOpties, 'signal'> = {},
): Promise<readonly Symboolgroep<unknown>[]> {
  const antwoord = await haalVoorzieningen(sessie, { postcode }, opties);
  return groepenVoorAntwoord(antwoord).groepen;
}
