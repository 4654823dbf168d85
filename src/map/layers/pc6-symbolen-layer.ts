/** Zorgaanbieder: one circle per PC6 area; the provider's own locations stand out, confidential ones are hollow rings per buurt. */
import type { VoorzieningVoorZorgaanbieder } from '../../contract/voorziening';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import { symboolCirkelProps, type SymboolStijl } from './symbool-cirkel';
import { EIGEN_KLEUR, HOL_VULLING, RAND_KLEUR, SYMBOOL_KLEUR, WIT, type Rgba } from '../../stijl/kleuren';

export type Pc6Groep = Symboolgroep<VoorzieningVoorZorgaanbieder>;

export function isEigenGroep(g: Pc6Groep): boolean {
  return g.items.some((v) => v.eigen);
}

export function isVertrouwelijkeGroep(g: Pc6Groep): boolean {
  return g.soort === 'buurt';
}

/** Pixels; a little larger for the own organisation, so its locations are easy to find among the others. */
export function pc6Straal(g: Pc6Groep): number {
  const basis = 6 + 2.5 * Math.sqrt(g.items.length);
  return isEigenGroep(g) ? basis + 2 : basis;
}

export function pc6Vulling(g: Pc6Groep): Rgba {
  if (isVertrouwelijkeGroep(g)) return HOL_VULLING;
  return isEigenGroep(g) ? EIGEN_KLEUR : SYMBOOL_KLEUR;
}

export function pc6Rand(g: Pc6Groep): Rgba {
  if (isVertrouwelijkeGroep(g)) return isEigenGroep(g) ? EIGEN_KLEUR : SYMBOOL_KLEUR;
  return isEigenGroep(g) ? RAND_KLEUR : WIT;
}

export function pc6Randdikte(g: Pc6Groep): number {
  if (isVertrouwelijkeGroep(g)) return 3;
  return isEigenGroep(g) ? 2.5 : 1.5;
}

export const PC6_STIJL: SymboolStijl<Pc6Groep> = {
  straal: pc6Straal,
  vulling: pc6Vulling,
  rand: pc6Rand,
  randdikte: pc6Randdikte,
};

export function pc6SymbolenProps(groepen: readonly Pc6Groep[], opts: { zichtbaar?: boolean } = {}) {
  return symboolCirkelProps('pc6-symbolen', groepen, PC6_STIJL, opts);
}
