/** One facility in detail, as the signed-in role may see it. */
import type { z } from 'zod';
import { PADEN, pad } from '../contract/endpoints';
import {
  VoorzieningDetailPubliek,
  VoorzieningDetailScan,
  VoorzieningDetailZorgaanbieder,
} from '../contract/voorziening';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

const SCHEMA_PER_ROL = {
  publiek: VoorzieningDetailPubliek,
  zorgaanbieder: VoorzieningDetailZorgaanbieder,
  draagkrachtscan: VoorzieningDetailScan,
  beheer: VoorzieningDetailScan,
} as const;

export type VoorzieningDetailVoorRol = z.output<(typeof SCHEMA_PER_ROL)[keyof typeof SCHEMA_PER_ROL]>;

export function haalVoorzieningDetail(
  sessie: Sessie,
  id: string,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<VoorzieningDetailVoorRol> {
  const rol = sessie.gebruiker.rol;
  return vraag(pad(PADEN.voorziening, { id }), SCHEMA_PER_ROL[rol], {
    ...opties,
    token: sessie.token,
    verwachteRol: rol,
  });
}

const bron = maakBron(
  (signal, sessie: Sessie, id: string) => haalVoorzieningDetail(sessie, id, { signal }),
  (sessie, id) => JSON.stringify([sessie.gebruiker.rol, sessie.token, id]),
);

/** Loads every detail shown so far again (keeping it on screen): after this browser changed a phase. */
export function verversVoorzieningDetails(): void {
  bron.ververs();
}

/** `null`: nothing selected, nothing loaded. */
export function useVoorzieningDetail(id: string | null): BronToestand<VoorzieningDetailVoorRol> {
  const sessie = useSessie();
  return bron.useBron(id === null ? null : [sessie, id]);
}
