/** The polygons of every buurt and wijk of the embedded geography, by CBS code, for the coverage and Wijkprofiel choropleths. */
// Read from src/geo/data, the files the vector tiles are made from, so the fills lie exactly on the basemap's
// boundaries. Only the map chunk imports this module: the panels never load the polygons.
import buurten from '../../geo/data/buurten.json';
import wijken from '../../geo/data/wijken.json';
import type { Veelhoek } from './dekking-layer';

interface Geometrie {
  readonly type: string;
  readonly coordinates: unknown;
}

function veelhoekenVan(geometrie: Geometrie): Veelhoek[] {
  // The geography tests validate these files (Polygon or MultiPolygon in WGS84); here they are only narrowed.
  if (geometrie.type === 'Polygon') return [geometrie.coordinates as Veelhoek];
  if (geometrie.type === 'MultiPolygon') return geometrie.coordinates as Veelhoek[];
  return [];
}

function perCode(features: readonly { properties: { code: string }; geometry: Geometrie }[]) {
  return new Map(features.map((f) => [f.properties.code, veelhoekenVan(f.geometry)] as const));
}

const BUURT_VEELHOEKEN = perCode(buurten.features);
const WIJK_VEELHOEKEN = perCode(wijken.features);

const GEEN: readonly Veelhoek[] = [];

export function buurtVeelhoeken(code: string): readonly Veelhoek[] {
  return BUURT_VEELHOEKEN.get(code) ?? GEEN;
}

export function wijkVeelhoeken(code: string): readonly Veelhoek[] {
  return WIJK_VEELHOEKEN.get(code) ?? GEEN;
}
