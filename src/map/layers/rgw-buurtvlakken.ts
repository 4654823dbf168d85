/** The buurt polygons of the embedded geography, as rings per buurt code, for the RGW buurt choropleth, the focus-area fills and their outlines. */
// Read from src/geo/data/buurten.json, the same file the vector tiles are made from, so the fills lie exactly on the
// basemap's boundaries. Only the map chunk imports this; the panels never load the polygons.
import type { Position } from 'geojson';
import buurten from '../../geo/data/buurten.json';
import { FOCUSGEBIEDEN } from '../../domain/focusgebieden';
import type { FocusgebiedCode } from '../../contract/gebied';

/** One polygon: outer ring first, then holes; `[lon, lat]`. */
export type Veelhoek = readonly (readonly Position[])[];

export interface BuurtVlak {
  readonly code: string;
  readonly naam: string;
  /** A MultiPolygon buurt (one with a piece across the Maas) has more than one. */
  readonly veelhoeken: readonly Veelhoek[];
}

function veelhoekenVan(geometrie: { type: string; coordinates: unknown }): Veelhoek[] {
  if (geometrie.type === 'Polygon') return [geometrie.coordinates as Veelhoek];
  if (geometrie.type === 'MultiPolygon') return geometrie.coordinates as Veelhoek[];
  return [];
}

export const BUURT_VLAKKEN: ReadonlyMap<string, BuurtVlak> = new Map(
  buurten.features.map((f) => [
    f.properties.code,
    { code: f.properties.code, naam: f.properties.naam, veelhoeken: veelhoekenVan(f.geometry) },
  ]),
);

/** The polygons of a focus area: those of its buurten. */
export function focusVeelhoeken(code: FocusgebiedCode): Veelhoek[] {
  const gebied = FOCUSGEBIEDEN.find((f) => f.code === code);
  return (gebied?.buurten ?? []).flatMap((b) => BUURT_VLAKKEN.get(b)?.veelhoeken ?? []);
}

/** The outer rings as paths, for an outline. */
export function buitenranden(veelhoeken: readonly Veelhoek[]): (readonly Position[])[] {
  return veelhoeken.flatMap((v) => (v[0] ? [v[0]] : []));
}

/** The box around polygons, `[[west, south], [east, north]]`, to fit the map to. */
export function kaderVan(veelhoeken: readonly Veelhoek[]): [[number, number], [number, number]] | null {
  let [w, z, o, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of veelhoeken) {
    for (const [lon = NaN, lat = NaN] of v[0] ?? []) {
      w = Math.min(w, lon);
      o = Math.max(o, lon);
      z = Math.min(z, lat);
      n = Math.max(n, lat);
    }
  }
  return Number.isFinite(w) && Number.isFinite(n)
    ? [
        [w, z],
        [o, n],
      ]
    : null;
}
