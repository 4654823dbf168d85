/** RGW case density for the signed-in role: H3 cells or buurten for the draagkrachtscan, totals per focus area for everyone else, each parsed with that role's schema only. */
import type { z } from 'zod';
import type { Rol } from '../contract/common';
import { PADEN } from '../contract/endpoints';
import { DichtheidBuurtAntwoord, DichtheidFocusgebiedAntwoord, DichtheidH3Antwoord } from '../contract/rgw';
import type { DichtheidVraag } from '../domain/rgw-filter';
import { RECHTEN } from '../domain/roles';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

export type DichtheidH3 = z.output<typeof DichtheidH3Antwoord>;
export type DichtheidBuurt = z.output<typeof DichtheidBuurtAntwoord>;
export type DichtheidFocusgebied = z.output<typeof DichtheidFocusgebiedAntwoord>;
export type DichtheidVoorRol = DichtheidH3 | DichtheidBuurt | DichtheidFocusgebied;

/**
 * The one schema the answer must match: the scan's by the level it asked for, the focus-area one for the rest.
 * A scan answer reaching a publiek session (or the other way round) fails to parse and never reaches the screen.
 */
function schemaVoor(rol: Rol, niveau: DichtheidVraag['niveau']) {
  if (!RECHTEN[rol].rgwDichtheidFijn) return DichtheidFocusgebiedAntwoord;
  return niveau === 'buurt' ? DichtheidBuurtAntwoord : DichtheidH3Antwoord;
}

/** Query parameters for a role: level and resolution are left out for roles that may not ask for them (403). */
export function dichtheidQuery(rol: Rol, v: DichtheidVraag): Record<string, string | undefined> {
  const fijn = RECHTEN[rol].rgwDichtheidFijn;
  return {
    periode: v.periode,
    categorie: v.categorie,
    niveau: fijn ? v.niveau : undefined,
    resolutie: fijn && v.niveau !== 'buurt' && v.resolutie !== undefined ? String(v.resolutie) : undefined,
  };
}

export function haalRgwDichtheid(
  sessie: Sessie,
  v: DichtheidVraag,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<DichtheidVoorRol> {
  const rol = sessie.gebruiker.rol;
  const schema = schemaVoor(rol, v.niveau);
  return vraag(PADEN.rgwDichtheid, schema, {
    ...opties,
    token: sessie.token,
    query: dichtheidQuery(rol, v),
    verwachteRol: rol,
  });
}

const bron = maakBron(
  (signal, sessie: Sessie, v: DichtheidVraag) => haalRgwDichtheid(sessie, v, { signal }),
  (sessie, v) =>
    JSON.stringify([sessie.gebruiker.rol, sessie.token, dichtheidQuery(sessie.gebruiker.rol, v)]),
);

/** Retries this query after a failure (the layer's own retry); other failed requests are left alone. */
export function laadRgwDichtheidOpnieuw(sessie: Sessie, v: DichtheidVraag): void {
  bron.opnieuw(sessie, v);
}

/** `null`: the layer is off and nothing is asked. */
export function useRgwDichtheid(v: DichtheidVraag | null): BronToestand<DichtheidVoorRol> {
  const sessie = useSessie();
  return bron.useBron(v === null ? null : [sessie, v]);
}
