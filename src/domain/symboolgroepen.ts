/** Which facilities share one symbol on the map for each role: per PC4 area, per PC6 area or per address, confidential ones per buurt. */
import type { LonLat } from '../contract/common';
import type {
  VoorzieningenAntwoord,
  VoorzieningPubliek,
  VoorzieningVoorScan,
  VoorzieningVoorZorgaanbieder,
} from '../contract/voorziening';

export type GroepSoort = 'pc4' | 'pc6' | 'adres' | 'buurt';

/** One symbol: the facilities at one position. `sleutel` is stable per dataset, so a selection survives a reload of the data. */
export interface Symboolgroep<T> {
  readonly sleutel: string;
  readonly soort: GroepSoort;
  /** The PC4 or PC6 code, the buurt code, or for an address its PC6. */
  readonly code: string;
  readonly positie: LonLat;
  readonly items: readonly T[];
}

function groepeer<T extends { readonly positie: LonLat; readonly id: string }>(
  items: readonly T[],
  indeling: (item: T) => { soort: GroepSoort; code: string; sleutel: string },
): Symboolgroep<T>[] {
  const perSleutel = new Map<string, { soort: GroepSoort; code: string; positie: LonLat; items: T[] }>();
  for (const item of items) {
    const { soort, code, sleutel } = indeling(item);
    const groep = perSleutel.get(sleutel);
    if (groep) groep.items.push(item);
    else perSleutel.set(sleutel, { soort, code, positie: item.positie, items: [item] });
  }
  // Sorted by key so the order (and thus draw order and list order) does not depend on the API's order.
  return [...perSleutel.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sleutel, g]) => ({ sleutel, ...g, items: [...g.items].sort((a, b) => (a.id < b.id ? -1 : 1)) }));
}

/** Publiek: one symbol per PC4 area; its position is the area centroid the API sent. */
export function pc4Groepen(voorzieningen: readonly VoorzieningPubliek[]): Symboolgroep<VoorzieningPubliek>[] {
  return groepeer(voorzieningen, (v) => ({ soort: 'pc4', code: v.pc4, sleutel: `pc4:${v.pc4}` }));
}

/** Zorgaanbieder: one symbol per PC6 area; confidential locations one per buurt, apart from the PC6 symbols. */
export function pc6Groepen(
  voorzieningen: readonly VoorzieningVoorZorgaanbieder[],
): Symboolgroep<VoorzieningVoorZorgaanbieder>[] {
  return groepeer(voorzieningen, (v) =>
    v.vertrouwelijk
      ? { soort: 'buurt', code: v.buurt, sleutel: `buurt:${v.buurt}` }
      : { soort: 'pc6', code: v.pc6, sleutel: `pc6:${v.pc6}` },
  );
}

/** Draagkrachtscan: one symbol per address point; confidential locations one per buurt. */
export function adresGroepen(
  voorzieningen: readonly VoorzieningVoorScan[],
): Symboolgroep<VoorzieningVoorScan>[] {
  return groepeer(voorzieningen, (v) =>
    v.vertrouwelijk
      ? { soort: 'buurt', code: v.buurt, sleutel: `buurt:${v.buurt}` }
      : {
          soort: 'adres',
          code: v.pc6,
          sleutel: adresSleutel(v.positie),
        },
  );
}

/** The selection key of the symbol at an address (the scan's tables select it too). */
export function adresSleutel(positie: Readonly<[number, number]>): string {
  return `adres:${positie[0].toFixed(6)},${positie[1].toFixed(6)}`;
}

/** `3084NP` → `3084 NP`, the way PostNL prints it. */
export function toonPostcode(postcode: string): string {
  return postcode.length === 6 ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
}

/** The name of a symbol's only facility, when it has one and the role received its name; otherwise null. */
export function naamVanEnige(g: Pick<Symboolgroep<unknown>, 'items'>): string | null {
  const [enige] = g.items;
  return g.items.length === 1 &&
    typeof enige === 'object' &&
    enige !== null &&
    'naam' in enige &&
    typeof enige.naam === 'string'
    ? enige.naam
    : null;
}

function aantalTekst(n: number): string {
  return `${n} ${n === 1 ? 'voorziening' : 'voorzieningen'}`;
}

/**
 * A one-line title for a symbol, e.g. `Postcodegebied 3084 · 3 voorzieningen`.
 * `naamVan` gives the name of a single facility when the role received one.
 */
export function groepTitel(
  g: Pick<Symboolgroep<unknown>, 'soort' | 'code' | 'items'>,
  opties: { buurtNaam?: (code: string) => string | null; naamVanEnige?: string | null } = {},
): string {
  const n = g.items.length;
  switch (g.soort) {
    case 'pc4':
      return `Postcodegebied ${g.code} · ${aantalTekst(n)}`;
    case 'pc6':
      return `Postcode ${toonPostcode(g.code)} · ${aantalTekst(n)}`;
    case 'adres':
      return n === 1 && opties.naamVanEnige
        ? opties.naamVanEnige
        : `Adrespunt ${toonPostcode(g.code)} · ${aantalTekst(n)}`;
    case 'buurt': {
      const naam = opties.buurtNaam?.(g.code) ?? g.code;
      return `${n === 1 ? 'Vertrouwelijke locatie' : `${n} vertrouwelijke locaties`} in buurt ${naam}`;
    }
  }
}

/** The symbols of one role's answer; the discriminant keeps each role's record type attached to its groups. */
export type RolGroepen =
  | { readonly rol: 'publiek'; readonly groepen: readonly Symboolgroep<VoorzieningPubliek>[] }
  | { readonly rol: 'zorgaanbieder'; readonly groepen: readonly Symboolgroep<VoorzieningVoorZorgaanbieder>[] }
  | { readonly rol: 'draagkrachtscan'; readonly groepen: readonly Symboolgroep<VoorzieningVoorScan>[] };

export function groepenVoorAntwoord(antwoord: VoorzieningenAntwoord): RolGroepen {
  switch (antwoord.rol) {
    case 'publiek':
      return { rol: 'publiek', groepen: pc4Groepen(antwoord.voorzieningen) };
    case 'zorgaanbieder':
      return { rol: 'zorgaanbieder', groepen: pc6Groepen(antwoord.voorzieningen) };
    // beheer sees what the scan sees: every location at its address.
    case 'draagkrachtscan':
    case 'beheer':
      return { rol: 'draagkrachtscan', groepen: adresGroepen(antwoord.voorzieningen) };
  }
}
