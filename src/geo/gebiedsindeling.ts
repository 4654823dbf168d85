/** The metadata of the geography in src/geo/data (where it comes from, what is left out) and the map's source line, without the label points themselves. */
// A named import of one JSON field: the bundle then holds the metadata, not the 40 KB of label points (the map reads
// those from the vector tiles; only the search index needs them, geo/kaartlabels.ts).
import { metadata } from './data/labels.json';
import { GRENZEN_BIJ_BENADERING } from '../domain/publiek-teksten';

export interface GebiedsindelingMetadata {
  /** `schematische gebiedsindeling` or `CBS`. */
  readonly bron: string;
  readonly attributie: string;
  /** Codes (buurt, wijk, PC4) in the source that are not drawn. */
  readonly weggelaten: readonly string[];
  /** What is not drawn, e.g. "Haven en Maasvlakte niet weergegeven"; null when everything is. */
  readonly toelichting: string | null;
}

const ruw: { bron: string; attributie: string; weggelaten: string[]; toelichting: unknown } = metadata;

export const GEBIEDSINDELING: GebiedsindelingMetadata = Object.freeze({
  bron: ruw.bron,
  attributie: ruw.attributie,
  weggelaten: Object.freeze([...ruw.weggelaten]),
  toelichting: typeof ruw.toelichting === 'string' ? ruw.toelichting : null,
});

/**
 * The source line the map always shows: `Grenzen bij benadering · Bron: CBS, Kadaster · Haven en Maasvlakte
 * niet weergegeven · demodata`. Built from the metadata, so an import of official CBS boundaries updates it by itself.
 */
export function bronvermelding(metadata: GebiedsindelingMetadata = GEBIEDSINDELING): string {
  // Everyone reads this line, residents too: the schematic geography's attribution names centroids, which is jargon.
  const attributie =
    metadata.bron === 'schematische gebiedsindeling'
      ? `${GRENZEN_BIJ_BENADERING} · ${metadata.attributie.replace(/^.*?(Bron: )/, '$1')}`
      : metadata.attributie;
  return [attributie, metadata.toelichting, 'demodata'].filter((d) => d !== null).join(' · ');
}
