/** The label points and the metadata of the geography in src/geo/data, typed for the map labels, the search box and the attribution. */
// labels.json is validated against the geography format by scripts/geo-schematisch.ts and the geography tests, so
// here it is only narrowed to its types, without importing geografie.ts (and turf) into the browser bundle.
import labels from './data/labels.json';

export type KaartLabelSoort = 'focusgebied' | 'wijk' | 'buurt' | 'pc4';

export interface KaartLabel {
  readonly soort: KaartLabelSoort;
  /** Buurt, wijk or PC4 code, or the focus area's code. */
  readonly code: string;
  readonly naam: string;
  /** 1 = placed first. */
  readonly rang: number;
  /** [lon, lat]: inside its area and never on water. Mutable in type only, so deck.gl accessors can return it as is. */
  readonly positie: [number, number];
}

const SOORTEN: ReadonlySet<string> = new Set<KaartLabelSoort>(['focusgebied', 'wijk', 'buurt', 'pc4']);

function isSoort(s: string): s is KaartLabelSoort {
  return SOORTEN.has(s);
}

/** Every label point, lowest rang first. */
export const KAART_LABELS: readonly KaartLabel[] = Object.freeze(
  labels.features
    .flatMap((f): KaartLabel[] => {
      const [lon, lat] = f.geometry.coordinates;
      const { soort, code, naam, rang } = f.properties;
      if (!isSoort(soort) || lon === undefined || lat === undefined) return [];
      return [{ soort, code, naam, rang, positie: [lon, lat] }];
    })
    .sort((a, b) => a.rang - b.rang),
);

export { bronvermelding, GEBIEDSINDELING, type GebiedsindelingMetadata } from './gebiedsindeling';
