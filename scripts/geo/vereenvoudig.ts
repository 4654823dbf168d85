/** Simplifies a set of adjacent areas with mapshaper without opening gaps or overlaps between them: each shared border is simplified once. */
// Simplifying every polygon on its own moves a shared border differently on each side, which leaves slivers of gap
// and overlap along every border. mapshaper simplifies the arcs of the layer's topology, so both neighbours get the
// same border; Douglas-Peucker in the plane of the coordinates keeps the tolerance in degrees, as before; keep-shapes
// keeps areas smaller than the tolerance, and mapshaper removes the crossings that simplifying introduces.
import type { VlakCoordinaten } from '../../src/geo/typen';
import { viaMapshaper } from './mapshaper';

export interface Vereenvoudiging {
  readonly vlakken: VlakCoordinaten[];
  readonly puntenVoor: number;
  readonly puntenNa: number;
}

export function telPunten(vlakken: readonly VlakCoordinaten[]): number {
  let n = 0;
  for (const v of vlakken) for (const poly of v) for (const ring of poly) n += ring.length;
  return n;
}

/**
 * Simplifies adjacent areas (MultiPolygon coordinates, closed rings) with `tolerantie` in degrees, keeping shared
 * borders identical. The result has 6 decimals, as the rest of the geography.
 */
export async function vereenvoudigTopologisch(
  vlakken: readonly VlakCoordinaten[],
  tolerantie: number,
): Promise<Vereenvoudiging> {
  const uit =
    tolerantie > 0
      ? await viaMapshaper(vlakken, `-simplify dp planar interval=${tolerantie} keep-shapes`)
      : await viaMapshaper(vlakken, '');
  return { vlakken: uit, puntenVoor: telPunten(vlakken), puntenNa: telPunten(uit) };
}
