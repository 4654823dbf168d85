/** The facility filters as one pure predicate (phase, woonvorm, management status, own locations), applied to a role's symbol groups once per filter. */
// The filter values themselves (what the URL holds, who may use which) are declared in datalagen.ts FILTERS; this
// module says what they mean for one facility. Checkbox semantics: within one filter any checked value passes,
// different filters must all pass. An absent filter passes everything.
import { z } from 'zod';
import type { Beheerstatus, Doelgroep, Fase, Woonvorm } from '../contract/voorziening';
import type { Rol } from '../contract/common';
import type { FilterDefinitie, Filters, FilterSleutel } from './datalagen';
import { FASEN } from './escalatie';
import { WOONVORMEN } from './woonvorm';
import type { RolGroepen, Symboolgroep } from './symboolgroepen';

/** Shortcomings of the management arrangements the 2023 inventory looked for. */
export const BeheerProbleem = z.enum([
  'geen-beheercommissie',
  'convenant-verouderd',
  'register-niet-bijgehouden',
]);
export type BeheerProbleem = z.infer<typeof BeheerProbleem>;
export const BEHEER_PROBLEMEN: readonly BeheerProbleem[] = BeheerProbleem.options;

export const BEHEER_PROBLEEM_LABEL: Readonly<Record<BeheerProbleem, string>> = {
  'geen-beheercommissie': 'Geen beheercommissie',
  'convenant-verouderd': 'Beheerconvenant verouderd of ontbrekend',
  'register-niet-bijgehouden': 'Meldingenregister niet bijgehouden',
};

/** The same problems as the end of the sentence "Beheer: alleen locaties …" in the filters. */
export const BEHEER_FILTER_LABEL: Readonly<Record<BeheerProbleem, string>> = {
  'geen-beheercommissie': 'zonder beheercommissie',
  'convenant-verouderd': 'met een verouderd of ontbrekend beheerconvenant',
  'register-niet-bijgehouden': 'waar het meldingenregister niet wordt bijgehouden',
};

/** A switch that is either on (`?naam=ja` in the URL) or absent, such as "alleen eigen locaties". */
export function jaFilter(rollen: readonly Rol[]): FilterDefinitie<true> {
  return { schema: z.literal('ja').transform((): true => true), schrijf: () => 'ja', rollen };
}

/** Whether a location has this shortcoming. A committee that is asleep still exists; "in actualisatie" is being fixed. */
export function heeftProbleem(beheer: Beheerstatus, probleem: BeheerProbleem): boolean {
  switch (probleem) {
    case 'geen-beheercommissie':
      return beheer.beheercommissie === 'geen';
    case 'convenant-verouderd':
      return beheer.beheerconvenant === 'verouderd' || beheer.beheerconvenant === 'geen';
    case 'register-niet-bijgehouden':
      return !beheer.meldingenregisterBijgehouden;
  }
}

/** The shortcomings of one location, in the order of BEHEER_PROBLEMEN. */
export function beheerProblemen(beheer: Beheerstatus): BeheerProbleem[] {
  return BEHEER_PROBLEMEN.filter((p) => heeftProbleem(beheer, p));
}

/** The fields the filters read; a role's record that lacks one (no phase, no management status) fails that filter. */
export interface FilterbareVoorziening {
  readonly woonvorm: Woonvorm;
  readonly doelgroep?: Doelgroep;
  readonly fase?: Fase;
  readonly beheer?: Beheerstatus;
  readonly eigen?: boolean;
}

export function voldoetAanFilters(v: FilterbareVoorziening, filters: Filters): boolean {
  if (filters.woonvorm && !filters.woonvorm.includes(v.woonvorm)) return false;
  if (filters.doelgroep && (v.doelgroep === undefined || !filters.doelgroep.includes(v.doelgroep)))
    return false;
  // A phase filter asks "is this location in one of these phases": a record without a phase cannot say yes.
  if (filters.fase && (v.fase === undefined || !filters.fase.includes(v.fase))) return false;
  if (filters.beheer && filters.beheer.length > 0) {
    const beheer = v.beheer;
    if (!beheer || !filters.beheer.some((p) => heeftProbleem(beheer, p))) return false;
  }
  if (filters.eigen && v.eigen !== true) return false;
  return true;
}

/** The filters this module applies; others in `Filters` (the RGW period, say) belong to other layers. */
export const VOORZIENING_FILTERS = [
  'fase',
  'woonvorm',
  'doelgroep',
  'beheer',
  'eigen',
] as const satisfies readonly FilterSleutel[];

export function heeftFilters(filters: Filters): boolean {
  return VOORZIENING_FILTERS.some((k) => filters[k] !== undefined);
}

/** A stable text per filter combination, for memoising: `{fase:['2','0']}` and `{fase:['0','2']}` are one key. */
export function filterSleutel(filters: Filters): string {
  return JSON.stringify(
    VOORZIENING_FILTERS.map((k) => [k, filters[k]] as const)
      .filter(([, w]) => w !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, w]) => [k, Array.isArray(w) ? [...(w as readonly string[])].sort() : w]),
  );
}

function filterLijst<T extends FilterbareVoorziening>(
  groepen: readonly Symboolgroep<T>[],
  filters: Filters,
): readonly Symboolgroep<T>[] {
  const uit: Symboolgroep<T>[] = [];
  for (const g of groepen) {
    const items = g.items.filter((v) => voldoetAanFilters(v, filters));
    if (items.length === g.items.length) uit.push(g);
    // Same key and position: a selected symbol stays selected when some of its facilities are filtered out.
    else if (items.length > 0) uit.push({ ...g, items });
  }
  return uit;
}

const gefilterd = new WeakMap<RolGroepen, Map<string, RolGroepen>>();

/**
 * The role's symbol groups with only the facilities that pass; groups left empty disappear. Memoised per answer and
 * filter combination, so the map, the legend and the list share the very same arrays (deck.gl diffs by identity).
 * Without filters the input itself comes back.
 */
export function filterGroepen<W extends RolGroepen>(weergave: W, filters: Filters): W;
export function filterGroepen(weergave: RolGroepen, filters: Filters): RolGroepen {
  if (!heeftFilters(filters)) return weergave;
  let perSleutel = gefilterd.get(weergave);
  if (!perSleutel) {
    perSleutel = new Map();
    gefilterd.set(weergave, perSleutel);
  }
  const sleutel = filterSleutel(filters);
  const bestaand = perSleutel.get(sleutel);
  if (bestaand) return bestaand;
  let uit: RolGroepen;
  switch (weergave.rol) {
    case 'publiek':
      uit = { rol: 'publiek', groepen: filterLijst(weergave.groepen, filters) };
      break;
    case 'zorgaanbieder':
      uit = { rol: 'zorgaanbieder', groepen: filterLijst(weergave.groepen, filters) };
      break;
    case 'draagkrachtscan':
      uit = { rol: 'draagkrachtscan', groepen: filterLijst(weergave.groepen, filters) };
      break;
  }
  perSleutel.set(sleutel, uit);
  return uit;
}

/** Facilities per phase among the groups (the ones on the map after filtering); phases nobody has count 0. */
export function aantalPerFase(
  groepen: readonly Symboolgroep<{ readonly fase?: Fase; readonly eigen?: boolean }>[],
  opties: { alleenEigen?: boolean } = {},
): Record<Fase, number> {
  const uit = Object.fromEntries(FASEN.map((f) => [f, 0])) as Record<Fase, number>;
  for (const g of groepen) {
    for (const v of g.items) {
      if (v.fase === undefined || (opties.alleenEigen && v.eigen !== true)) continue;
      uit[v.fase] += 1;
    }
  }
  return uit;
}

export function aantalVoorzieningen(groepen: readonly Symboolgroep<unknown>[]): number {
  return groepen.reduce((n, g) => n + g.items.length, 0);
}

/** The woonvormen among the role's facilities (all of them, before any filter). */
export function woonvormenIn(
  groepen: readonly Symboolgroep<{ readonly woonvorm: Woonvorm }>[],
): ReadonlySet<Woonvorm> {
  const uit = new Set<Woonvorm>();
  for (const g of groepen) for (const v of g.items) uit.add(v.woonvorm);
  return uit;
}

/**
 * The woonvormen the filter offers, in the order of WOONVORMEN: those in the role's data (publiek's has no Wonen
 * eerst: those are ordinary homes, not facilities), plus any ticked from a link, so it can be unticked. While the data
 * loads (`aanwezig` null) only the ticked ones: offering a woonvorm that may not be there would mislead.
 */
export function woonvormKeuzes(
  aanwezig: ReadonlySet<Woonvorm> | null,
  gekozen: readonly Woonvorm[] | undefined,
): readonly Woonvorm[] {
  return WOONVORMEN.filter((w) => (aanwezig?.has(w) ?? false) || (gekozen?.includes(w) ?? false));
}
