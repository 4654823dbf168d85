/** Picks a label point inside an area and off the water: the area's centroid when that lies on its land, else a point well inside it. */
// A centroid can fall outside a crescent-shaped area or in the river that a CBS buurt includes. The fallback is an
// interior point found with scanlines: the middle of the widest horizontal run through the area, then centred
// vertically at that longitude, which lands in the broad part of the area rather than on a corner or edge.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import type { MultiPolygon, Position } from 'geojson';
import { rond6 } from './crs';

export type VlakCoordinaten = Position[][][];

const SCANLIJNEN = 24;

function ligtIn(p: Position, vlak: VlakCoordinaten): boolean {
  return booleanPointInPolygon(p, { type: 'MultiPolygon', coordinates: vlak });
}

/** Crossings of the horizontal (as = 1) or vertical (as = 0) line at `waarde` with the rings, sorted. */
function snijpunten(poly: readonly Position[][], as: 0 | 1, waarde: number): number[] {
  const ander = as === 1 ? 0 : 1;
  const uit: number[] = [];
  for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const va = a[as] ?? 0;
      const vb = b[as] ?? 0;
      // Half-open, so a line through a vertex counts it once.
      if (va > waarde !== vb > waarde) {
        const t = (waarde - va) / (vb - va);
        uit.push((a[ander] ?? 0) + t * ((b[ander] ?? 0) - (a[ander] ?? 0)));
      }
    }
  }
  return uit.sort((x, y) => x - y);
}

function ringOppervlakAbs(ring: readonly Position[]): number {
  let som = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    som += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return Math.abs(som);
}

/** An interior point of the largest polygon of the area, or null for an empty area. */
export function binnenPunt(vlak: VlakCoordinaten): Position | null {
  const grootste = [...vlak].sort((a, b) => ringOppervlakAbs(b[0] ?? []) - ringOppervlakAbs(a[0] ?? []))[0];
  if (!grootste?.[0]) return null;
  let zuid = Infinity;
  let noord = -Infinity;
  for (const p of grootste[0]) {
    zuid = Math.min(zuid, p[1] ?? zuid);
    noord = Math.max(noord, p[1] ?? noord);
  }
  let beste: { breedte: number; x: number; y: number } | null = null;
  for (let k = 0; k < SCANLIJNEN; k++) {
    // Slightly off the regular grid, so a line rarely runs exactly along a horizontal edge.
    const y = zuid + ((k + 0.5 + 1e-7) / SCANLIJNEN) * (noord - zuid);
    const xs = snijpunten(grootste, 1, y);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const breedte = (xs[i + 1] ?? 0) - (xs[i] ?? 0);
      if (!beste || breedte > beste.breedte) beste = { breedte, x: ((xs[i] ?? 0) + (xs[i + 1] ?? 0)) / 2, y };
    }
  }
  if (!beste) return null;
  const ys = snijpunten(grootste, 0, beste.x);
  for (let i = 0; i + 1 < ys.length; i += 2) {
    const onder = ys[i] ?? 0;
    const boven = ys[i + 1] ?? 0;
    if (onder <= beste.y && beste.y <= boven) return [beste.x, (onder + boven) / 2];
  }
  return [beste.x, beste.y];
}

/** Rounded to 6 decimals when the rounded point is still inside; a thin area keeps the exact point. */
function afgerond(p: Position, vlak: VlakCoordinaten): Position {
  const r = [rond6(p[0] ?? 0), rond6(p[1] ?? 0)];
  return ligtIn(r, vlak) ? r : p;
}

/**
 * The label point of an area: its centroid when that lies on `land` (the area without water), else an interior
 * point of the land, else (an area entirely under water) an interior point of the area itself.
 */
export function labelPunt(vlak: VlakCoordinaten, land: VlakCoordinaten | null): Position {
  const doel = land && land.length > 0 ? land : vlak;
  const midden = centerOfMass({ type: 'MultiPolygon', coordinates: vlak } satisfies MultiPolygon).geometry
    .coordinates;
  if (ligtIn(midden, doel)) return afgerond(midden, doel);
  const binnen = binnenPunt(doel) ?? binnenPunt(vlak);
  if (!binnen) throw new Error('geen labelpunt: het vlak is leeg');
  return afgerond(binnen, doel);
}
