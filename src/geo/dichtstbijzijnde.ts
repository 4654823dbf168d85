/** Nearest-centroid lookup: the one rule that assigns a point to a buurt or PC4 area, shared by the generator, the mock API and the Voronoi geography built from the same centroids. */

/** Anything with a `[lon, lat]` centroid: CBS facts, contract areas. */
export interface MetCentroid {
  readonly centroid: readonly [number, number];
}

/**
 * Metres per degree in a local equirectangular plane at 51.92° N (Rotterdam).
 * Fixed constants rather than Math.cos at run time, so the assignment is bit-identical on every machine.
 * Over the extent of Rotterdam this differs from RD New (EPSG:28992) by well under a percent.
 */
export const METER_PER_GRAAD_LAT = 111_320;
export const METER_PER_GRAAD_LON = 68_657.85;

/** Squared distance in m² between two `[lon, lat]` points; squared because comparisons need no root. */
export function afstandKwadraatM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dx = (lon1 - lon2) * METER_PER_GRAAD_LON;
  const dy = (lat1 - lat2) * METER_PER_GRAAD_LAT;
  return dx * dx + dy * dy;
}

export function afstandM(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.sqrt(afstandKwadraatM(a[0], a[1], b[0], b[1]));
}

/**
 * Index of the item whose centroid is nearest to `[lon, lat]`; on an exact tie the first one wins,
 * so the answer does not depend on anything but the order of `items`. -1 for an empty list.
 */
export function dichtstbijzijndeIndex(lon: number, lat: number, items: readonly MetCentroid[]): number {
  let beste = -1;
  let besteAfstand = Infinity;
  let i = 0;
  for (const { centroid } of items) {
    const d = afstandKwadraatM(lon, lat, centroid[0], centroid[1]);
    if (d < besteAfstand) {
      besteAfstand = d;
      beste = i;
    }
    i++;
  }
  return beste;
}

/** The item whose centroid is nearest to `punt`. */
export function dichtstbijzijnde<T extends MetCentroid>(
  punt: readonly [number, number],
  items: readonly T[],
): T {
  const item = items[dichtstbijzijndeIndex(punt[0], punt[1], items)];
  if (item === undefined) throw new Error('dichtstbijzijnde: lege lijst');
  return item;
}
