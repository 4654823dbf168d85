/** The places the search box knows: wijken, buurten, focus areas and PC4 areas, each with a point to fly to and a zoom that fits it. */
import { GEBIEDSINDELING, KAART_LABELS, type GebiedsindelingMetadata, type KaartLabel } from './kaartlabels';
import { BUURTEN, PC4_GEBIEDEN, type BuurtFeit, type Pc4Feit } from './rotterdam-facts';

export type PlaatsSoort = 'wijk' | 'buurt' | 'focusgebied' | 'pc4';

export interface Plaats {
  readonly soort: PlaatsSoort;
  readonly code: string;
  readonly naam: string;
  /** Where the map flies to: the label point, which lies inside the area and never on water. */
  readonly positie: readonly [number, number];
  /** A zoom at which the whole area fits comfortably on a desktop map. */
  readonly zoom: number;
  /** "wijk", "buurt in Feijenoord", "RGW-focusgebied", "postcodegebied". */
  readonly omschrijving: string;
}

export interface Zoekindex {
  /** Wijken, buurten and focus areas, for name search; wijken first. */
  readonly namen: readonly Plaats[];
  readonly pc4: ReadonlyMap<string, Plaats>;
  /** Names and PC4 codes of areas the source has but the map leaves out (port, Maasvlakte), normalised. */
  readonly weggelaten: ReadonlySet<string>;
  /** Why they are left out, e.g. "Haven en Maasvlakte niet weergegeven". */
  readonly toelichting: string | null;
}

/** Web Mercator metres per pixel at zoom 0 with maplibre's 512-pixel tiles, at the equator. */
const M_PER_PX_Z0 = 40_075_016.7 / 512;
/** Rotterdam's latitude; the scale varies under 1% across the city. */
const BREEDTE = 51.92;
export const ZOOM_BEREIK = { min: 11, max: 16 } as const;

/**
 * The zoom at which a square of `km2` spans about `schermPx` pixels: an area then fills a good part of the map
 * without its neighbours disappearing. Clamped, so a tiny buurt is not shown at house level.
 */
export function zoomVoorOppervlakte(km2: number, schermPx = 220): number {
  const zijde = Math.sqrt(Math.max(km2, 0.001)) * 1000;
  const zoom = Math.log2((M_PER_PX_Z0 * Math.cos((BREEDTE * Math.PI) / 180) * schermPx) / zijde);
  return Math.round(Math.min(ZOOM_BEREIK.max, Math.max(ZOOM_BEREIK.min, zoom)) * 4) / 4;
}

/** Lower case, no diacritics, punctuation and hyphens as spaces: "Oud-IJsselmonde" and "oud ijsselmonde" meet. */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const VOLGORDE: Readonly<Record<PlaatsSoort, number>> = { wijk: 0, focusgebied: 1, buurt: 2, pc4: 3 };

export interface ZoekindexBronnen {
  readonly labels: readonly KaartLabel[];
  readonly buurten: readonly BuurtFeit[];
  readonly pc4: readonly Pc4Feit[];
  readonly metadata: GebiedsindelingMetadata;
}

/** Builds the index from the label points and the CBS areas (for the zoom); pure, so tests can give it their own data. */
export function bouwZoekindex(bronnen: ZoekindexBronnen): Zoekindex {
  const buurtPerCode = new Map(bronnen.buurten.map((b) => [b.code, b]));
  const pc4PerCode = new Map(bronnen.pc4.map((p) => [p.code, p]));
  const wijkHa = new Map<string, number>();
  for (const b of bronnen.buurten) wijkHa.set(b.wijk, (wijkHa.get(b.wijk) ?? 0) + b.landHa);
  const buurtNamen = new Set(
    bronnen.labels.filter((l) => l.soort === 'buurt').map((l) => normaliseer(l.naam)),
  );

  const namen: Plaats[] = [];
  const pc4 = new Map<string, Plaats>();
  for (const l of bronnen.labels) {
    switch (l.soort) {
      case 'wijk':
        namen.push({
          ...basis(l),
          zoom: zoomVoorOppervlakte((wijkHa.get(l.code) ?? 400) / 100),
          omschrijving: 'wijk',
        });
        break;
      case 'buurt': {
        const feit = buurtPerCode.get(l.code);
        namen.push({
          ...basis(l),
          zoom: zoomVoorOppervlakte((feit?.landHa ?? 100) / 100),
          omschrijving: feit ? `buurt in ${feit.wijknaam}` : 'buurt',
        });
        break;
      }
      case 'focusgebied': {
        // Most focus areas are one buurt of the same name; listing both would only ask the user to choose between twins.
        if (buurtNamen.has(normaliseer(l.naam))) break;
        const ha = bronnen.buurten.filter((b) => b.focusgebied === l.code).reduce((s, b) => s + b.landHa, 0);
        namen.push({
          ...basis(l),
          zoom: zoomVoorOppervlakte((ha || 100) / 100),
          omschrijving: 'RGW-focusgebied',
        });
        break;
      }
      case 'pc4':
        pc4.set(l.code, {
          ...basis(l),
          zoom: zoomVoorOppervlakte(pc4PerCode.get(l.code)?.oppervlakteKm2 ?? 1),
          omschrijving: 'postcodegebied',
        });
        break;
    }
  }
  // One collator for the whole sort: `localeCompare(b, 'nl')` makes a new one for every comparison.
  const volgens = new Intl.Collator('nl').compare;
  namen.sort((a, b) => VOLGORDE[a.soort] - VOLGORDE[b.soort] || volgens(a.naam, b.naam));

  const weggelaten = new Set<string>();
  for (const code of bronnen.metadata.weggelaten) {
    weggelaten.add(normaliseer(code));
    const buurt = buurtPerCode.get(code);
    if (buurt) weggelaten.add(normaliseer(buurt.naam));
    const wijk = bronnen.buurten.find((b) => b.wijk === code);
    if (wijk) weggelaten.add(normaliseer(wijk.wijknaam));
  }
  return { namen, pc4, weggelaten, toelichting: bronnen.metadata.toelichting };
}

function basis(l: KaartLabel): Pick<Plaats, 'soort' | 'code' | 'naam' | 'positie'> {
  return { soort: l.soort, code: l.code, naam: l.naam, positie: l.positie };
}

let index: Zoekindex | null = null;

/**
 * The index of the geography in src/geo/data, built on first use (a search, a row chosen in a table): building it
 * takes some milliseconds that the first view of the map need not wait for.
 */
export function zoekindex(): Zoekindex {
  index ??= bouwZoekindex({
    labels: KAART_LABELS,
    buurten: BUURTEN,
    pc4: PC4_GEBIEDEN,
    metadata: GEBIEDSINDELING,
  });
  return index;
}
