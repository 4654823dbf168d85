/** Where a focus area's total goes on the map: a point inside the area, near its label point, as far as it can get from the facility symbols, so the card covers no data. */
// In metres on the local plane (geo/dichtstbijzijnde.ts), not pixels: chosen once per answer and symbol list, not per
// zoom. At city zoom a card may still touch a symbol; from wijk zoom on, the areas are large enough to keep clear.
import { afstandM } from '../../geo/dichtstbijzijnde';
import type { Veelhoek } from './rgw-buurtvlakken';

type Punt = readonly [number, number];

/** Ray casting over every ring (holes flip it back out). */
export function binnen(punt: Punt, veelhoeken: readonly Veelhoek[]): boolean {
  const [x, y] = punt;
  let binnenIn = false;
  for (const veelhoek of veelhoeken) {
    for (const ring of veelhoek) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnenIn = !binnenIn;
      }
    }
  }
  return binnenIn;
}

/** Beyond this a symbol is far enough: the card then simply stays near its own label point. */
const GENOEG_RUIMTE_M = 350;
/**
 * A card is about three times as wide as it is tall: east-west distance counts for a third, so a card clears a
 * symbol by moving up or down a little rather than sideways a lot.
 */
const BREEDTE_FACTOR = 3;

/** Room between a card centre and a symbol, in metres, with the card's width taken into account. */
export function kaartjeRuimte(punt: Punt, symbool: Punt): number {
  const oost = afstandM([punt[0], symbool[1]], symbool) / BREEDTE_FACTOR;
  const noord = afstandM([symbool[0], punt[1]], symbool);
  return Math.hypot(oost, noord);
}
/** Metres of distance from the label point that one metre of room from symbols is worth. */
const TREK = 0.35;
const STAPPEN = 14;

/**
 * The best of a grid of candidate points inside the polygons (the label point among them): most room from the
 * symbols, up to GENOEG_RUIMTE_M, then closest to the label point. Deterministic: ties go to the first candidate.
 */
export function kiesLabelPunt(
  veelhoeken: readonly Veelhoek[],
  labelPunt: Punt,
  symbolen: readonly Punt[],
): [number, number] {
  let [w, z, o, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of veelhoeken) {
    for (const [lon = 0, lat = 0] of v[0] ?? []) {
      w = Math.min(w, lon);
      o = Math.max(o, lon);
      z = Math.min(z, lat);
      n = Math.max(n, lat);
    }
  }
  const kandidaten: Punt[] = [labelPunt];
  if (Number.isFinite(w)) {
    for (let i = 1; i < STAPPEN; i++) {
      for (let j = 1; j < STAPPEN; j++) {
        const punt: Punt = [w + ((o - w) * i) / STAPPEN, z + ((n - z) * j) / STAPPEN];
        if (binnen(punt, veelhoeken)) kandidaten.push(punt);
      }
    }
  }
  let beste: Punt = labelPunt;
  let besteScore = -Infinity;
  for (const punt of kandidaten) {
    const ruimte = Math.min(GENOEG_RUIMTE_M, ...symbolen.map((s) => kaartjeRuimte(punt, s)));
    const score = ruimte - TREK * afstandM(punt, labelPunt);
    if (score > besteScore) {
      besteScore = score;
      beste = punt;
    }
  }
  return [beste[0], beste[1]];
}
