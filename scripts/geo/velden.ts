/** Which property names the importer understands for CBS buurten and PC4 areas, and how it reads their values. */
// PDOK's OGC API (buurtcode, aantalInwoners), the CBS shapefiles (BU_CODE, AANT_INW), the older WFS (statcode) and the
// reference files in ../shared/geo (aantal_inwoners, inwoners_2017_som_leeftijdsgroepen) all spell the same facts
// differently. Names are compared after lower-casing and dropping everything but letters and digits, so
// `aantalInwoners`, `aantal_inwoners` and `AANTAL_INWONERS` are one name.

/** Candidates in order of preference; the first one present in a feature wins. */
export const BUURT_VELDEN = {
  code: ['buurtcode', 'BU_CODE', 'statcode'],
  naam: ['buurtnaam', 'BU_NAAM', 'statnaam'],
  wijk: ['wijkcode', 'WK_CODE'],
  wijknaam: ['wijknaam', 'WK_NAAM'],
  gemeentenaam: ['gemeentenaam', 'GM_NAAM'],
  // The 2017 sum comes first: it is the figure the rest of the dashboard (src/geo/rotterdam-facts.ts) uses.
  inwoners: ['inwoners_2017_som_leeftijdsgroepen', 'aantalInwoners', 'aantal_inwoners', 'AANT_INW'],
  /** CBS map files split a buurt into land and water parts with this field ("JA" = water). */
  water: ['water', 'WATER'],
} as const;

export const PC4_VELDEN = {
  code: ['postcode', 'postcode4', 'pc4'],
  inwoners: ['inwoners', 'aantalInwoners', 'aantal_inwoners', 'INWONER', 'AANT_INW'],
} as const;

export function normaliseer(naam: string): string {
  return naam.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A feature's properties, looked up by normalised name. */
export class Eigenschappen {
  private readonly perNaam: Map<string, { naam: string; waarde: unknown }>;

  constructor(ruw: Record<string, unknown>) {
    this.perNaam = new Map();
    for (const [naam, waarde] of Object.entries(ruw)) {
      const sleutel = normaliseer(naam);
      // The first spelling wins when a file carries two (BU_CODE and bu_code): files are read as written.
      if (!this.perNaam.has(sleutel)) this.perNaam.set(sleutel, { naam, waarde });
    }
  }

  /** The first candidate with a value that is not null, undefined or an empty string, with the name as written. */
  zoek(kandidaten: readonly string[]): { naam: string; waarde: unknown } | null {
    for (const k of kandidaten) {
      const gevonden = this.perNaam.get(normaliseer(k));
      if (gevonden && gevonden.waarde !== null && gevonden.waarde !== undefined && gevonden.waarde !== '') {
        return gevonden;
      }
    }
    return null;
  }
}

export type Telling =
  | { readonly soort: 'getal'; readonly waarde: number }
  | { readonly soort: 'onbekend'; readonly ruw: unknown };

/**
 * A count as CBS publishes it: a non-negative integer, or unknown. CBS writes "geheim" and "onbekend" as negative
 * sentinels (-99999997, -99999999, ...), and some exports as "." or null; all of those are unknown, not zero.
 */
export function leesTelling(waarde: unknown): Telling {
  const getal =
    typeof waarde === 'number' ? waarde : typeof waarde === 'string' ? Number(waarde.trim()) : NaN;
  if (typeof waarde === 'string' && waarde.trim() === '') return { soort: 'onbekend', ruw: waarde };
  if (!Number.isFinite(getal) || getal < 0) return { soort: 'onbekend', ruw: waarde };
  return { soort: 'getal', waarde: Math.round(getal) };
}

/** A code as text: numbers (PC4 3011 read from a shapefile) become strings, surrounding spaces go. */
export function leesCode(waarde: unknown): string | null {
  if (typeof waarde === 'number' && Number.isInteger(waarde)) return String(waarde);
  if (typeof waarde === 'string' && waarde.trim() !== '') return waarde.trim();
  return null;
}
