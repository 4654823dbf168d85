/** The fixed H3 grid of the RGW density answers: every cell at a resolution that touches one of the five focus areas. */
// Fixed by the geography, never by the data: a list of only the non-empty cells would tell which suppressed cells
// hold 1 to 4 cases. Overlapping containment, so every point of a focus-area buurt lies in a listed cell.
import type { Polygon, Position } from 'geojson';
import { POLYGON_TO_CELLS_FLAGS, polygonToCellsExperimental } from 'h3-js';
import buurten from '../../src/geo/data/buurten.json';
import { focusgebiedVanBuurt } from '../../src/domain/focusgebieden';

const RASTERS = new Map<number, readonly string[]>();

function polygonen(geometrie: { type: string; coordinates: unknown }): Position[][][] {
  if (geometrie.type === 'Polygon') return [geometrie.coordinates as Polygon['coordinates']];
  if (geometrie.type === 'MultiPolygon') return geometrie.coordinates as Position[][][];
  return [];
}

/** The grid's cells at this resolution, in ascending code order, computed once per resolution. */
export function focusraster(resolutie: number): readonly string[] {
  let raster = RASTERS.get(resolutie);
  if (!raster) {
    const cellen = new Set<string>();
    for (const f of buurten.features) {
      if (!focusgebiedVanBuurt(f.properties.code)) continue;
      for (const p of polygonen(f.geometry)) {
        const lijst = polygonToCellsExperimental(
          p,
          resolutie,
          POLYGON_TO_CELLS_FLAGS.containmentOverlapping,
          true,
        );
        for (const c of lijst) cellen.add(c);
      }
    }
    raster = Object.freeze([...cellen].sort());
    RASTERS.set(resolutie, raster);
  }
  return raster;
}
