/** Publiek's PC4 layer: how many facilities each postcode area has, in a few fixed classes, with the count per housing form. */
import type { VoorzieningPubliek, Woonvorm } from '../contract/voorziening';
import type { Symboolgroep } from './symboolgroepen';
import { WOONVORMEN } from './woonvorm';

/**
 * Fixed classes, not quantiles: the legend then means the same on every visit and for every filter, and with at most
 * a handful of facilities per area each class is a count a resident can read off directly.
 */
export const PC4_KLASSEN = [
  { van: 1, tot: 1, label: '1 voorziening' },
  { van: 2, tot: 2, label: '2 voorzieningen' },
  { van: 3, tot: 3, label: '3 voorzieningen' },
  { van: 4, tot: Infinity, label: '4 of meer' },
] as const;

export type Pc4Klasse = 0 | 1 | 2 | 3;

/** The class index of a count; null for an area without facilities (it is not filled). */
export function pc4Klasse(aantal: number): Pc4Klasse | null {
  const i = PC4_KLASSEN.findIndex((k) => aantal >= k.van && aantal <= k.tot);
  return i < 0 ? null : (i as Pc4Klasse);
}

export interface Pc4Telling {
  readonly sleutel: string;
  readonly pc4: string;
  readonly aantal: number;
  readonly klasse: Pc4Klasse | null;
  /** Count per housing form, in the order of WOONVORMEN; forms with none are left out. */
  readonly perWoonvorm: readonly { readonly woonvorm: Woonvorm; readonly aantal: number }[];
}

export function pc4Telling(groep: Symboolgroep<VoorzieningPubliek>): Pc4Telling {
  const per = new Map<Woonvorm, number>();
  for (const v of groep.items) per.set(v.woonvorm, (per.get(v.woonvorm) ?? 0) + 1);
  return {
    sleutel: groep.sleutel,
    pc4: groep.code,
    aantal: groep.items.length,
    klasse: pc4Klasse(groep.items.length),
    perWoonvorm: WOONVORMEN.flatMap((woonvorm) => {
      const aantal = per.get(woonvorm) ?? 0;
      return aantal > 0 ? [{ woonvorm, aantal }] : [];
    }),
  };
}

export function pc4Tellingen(groepen: readonly Symboolgroep<VoorzieningPubliek>[]): Pc4Telling[] {
  return groepen.map(pc4Telling);
}

/** "2 × Opvang, 1 × Flexwonen": the breakdown in words, for tables and screen readers. */
export function woonvormTekst(
  telling: Pick<Pc4Telling, 'perWoonvorm'>,
  label: (w: Woonvorm) => string,
): string {
  return telling.perWoonvorm.map((d) => `${d.aantal} × ${label(d.woonvorm)}`).join(', ');
}
