/** Random points near a centroid, and points that are guaranteed to fall on land in a given buurt's nearest-centroid cell. */
import type { LonLat } from '../../src/contract/common';
import {
  afstandKwadraatM,
  METER_PER_GRAAD_LAT,
  METER_PER_GRAAD_LON,
  type MetCentroid,
} from '../../src/geo/dichtstbijzijnde';
import { landVanRotterdam, MARGE_M, type Land } from './land';
import type { Rng } from './random';

/** 6 decimals ≈ 0.1 m: finer would only suggest a precision the demo data does not have. */
export function rondAf6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A uniform point within `straalM` metres of `[lon, lat]`, rounded to 6 decimals. */
export function puntInSchijf(rng: Rng, lon: number, lat: number, straalM: number): LonLat {
  // Rejection from the square instead of r = sqrt(u), angle = 2πv: no trigonometry, so exact on every machine.
  for (;;) {
    const u = 2 * rng.getal() - 1;
    const v = 2 * rng.getal() - 1;
    if (u * u + v * v <= 1) {
      return [
        rondAf6(lon + (u * straalM) / METER_PER_GRAAD_LON),
        rondAf6(lat + (v * straalM) / METER_PER_GRAAD_LAT),
      ];
    }
  }
}

export interface PlaatsbareBuurt extends MetCentroid {
  readonly landHa: number;
}

/** Largest distance from a buurt centroid at which cases are placed. */
export const MAX_STRAAL_M = 400;
const MIN_STRAAL_M = 150;
const MAX_POGINGEN = 64;

/**
 * Places points in buurten such that the nearest buurt centroid (over *all* buurten given) is the buurt asked for:
 * a point's buurt and its position then agree under the rule of src/geo/dichtstbijzijnde.ts. Every point is on
 * `land` as well (by default the drawn city minus its water), so none lands in the river or outside the map.
 */
export class BuurtPlaatser {
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private readonly straal: Float64Array;
  /** Per buurt, the buurten whose centroid is close enough to ever be nearer to one of its points. */
  private readonly buren: Int32Array[];
  /**
   * Per neighbour, how much farther (in m², squared distances) its centroid must be than the buurt's own: a point
   * then keeps MARGE_M from the bisector, beyond the rounding of the drawn buurt polygons. For a point at distance s
   * from the bisector of centroids i and j, |p - cj|² - |p - ci|² = 2 |ci - cj| s.
   */
  private readonly voorsprong: Float64Array[];
  private readonly land: Land;

  /** Every buurt that `punt` is asked for must have its centroid on `land`: that is where it falls back to. */
  constructor(buurten: readonly PlaatsbareBuurt[], land: Land = landVanRotterdam()) {
    this.land = land;
    const n = buurten.length;
    this.lon = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.straal = new Float64Array(n);
    buurten.forEach((b, i) => {
      this.lon[i] = b.centroid[0];
      this.lat[i] = b.centroid[1];
      // The radius of a circle of the buurt's land area, within [150, 400] m: small buurten get a tight cluster.
      this.straal[i] = Math.min(
        MAX_STRAAL_M,
        Math.max(MIN_STRAAL_M, Math.sqrt((b.landHa * 10_000) / Math.PI)),
      );
    });
    this.buren = [];
    this.voorsprong = [];
    buurten.forEach((_, i) => {
      // A point within r of centroid i (plus < 0.1 m of rounding) can only be nearer to j, or within MARGE_M of
      // their bisector, when |ci - cj| <= 2r + 2 MARGE_M.
      const grens = 2 * (this.straal[i] ?? 0) + 1 + 2 * MARGE_M;
      const lijst: number[] = [];
      const voorsprong: number[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const d = afstandKwadraatM(this.lon[i] ?? 0, this.lat[i] ?? 0, this.lon[j] ?? 0, this.lat[j] ?? 0);
        if (d <= grens * grens) {
          lijst.push(j);
          voorsprong.push(2 * Math.sqrt(d) * MARGE_M);
        }
      }
      this.buren.push(Int32Array.from(lijst));
      this.voorsprong.push(Float64Array.from(voorsprong));
    });
  }

  /** A point on land within the buurt's radius whose nearest centroid is this buurt's, by at least MARGE_M. */
  punt(rng: Rng, index: number): LonLat {
    const lon = this.lon[index] ?? 0;
    const lat = this.lat[index] ?? 0;
    const straal = this.straal[index] ?? 0;
    const buren = this.buren[index] ?? new Int32Array(0);
    const voorsprong = this.voorsprong[index] ?? new Float64Array(0);
    for (let poging = 0; poging < MAX_POGINGEN; poging++) {
      const p = puntInSchijf(rng, lon, lat, straal);
      if (!this.land.opLand(p[0], p[1])) continue;
      const eigen = afstandKwadraatM(p[0], p[1], lon, lat);
      let binnen = true;
      for (let k = 0; k < buren.length; k++) {
        const j = buren[k] as number;
        const ander = afstandKwadraatM(p[0], p[1], this.lon[j] as number, this.lat[j] as number);
        if (ander - eigen <= (voorsprong[k] as number)) {
          binnen = false;
          break;
        }
      }
      if (binnen) return p;
    }
    // Practically unreachable: in every drawn buurt about half of the disc or more is land in its own cell (the
    // Noordereiland is the tightest). The centroid is always inside its own cell, and on land.
    return [lon, lat];
  }
}
