/** Picks a label point inside an area and off the water: polylabel's pole of inaccessibility of the broadest part of its land. */
// A centroid can fall outside a crescent-shaped area or in the river that a CBS buurt includes; the pole of
// inaccessibility is the interior point farthest from every edge, so the label sits in the broad part of the area.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import type { Veelhoek, VlakCoordinaten } from '../../src/geo/typen';
import { rond6 } from './crs';

/** How close polylabel gets to the best point, in degrees of latitude: about 0.1 m. */
const PRECISIE = 1e-6;

function ligtIn(p: Position, vlak: VlakCoordinaten): boolean {
  return booleanPointInPolygon(p, { type: 'MultiPolygon', coordinates: vlak });
}

/**
 * The pole of one polygon and its distance to the nearest edge, computed where a degree of longitude is as long as
 * one of latitude (polylabel works in the plane), so "far from the edge" means the same east-west and north-south.
 */
function pool(poly: Veelhoek, schaal: number): { punt: Position; afstand: number } {
  const vlak = poly.map((ring) => ring.map((p): [number, number] => [(p[0] ?? 0) * schaal, p[1] ?? 0]));
  const p = polylabel(vlak, PRECISIE);
  return { punt: [p[0] / schaal, p[1]], afstand: p.distance };
}

/** An interior point of the broadest polygon of the area (the one whose pole lies farthest inside), or null for an empty area. */
export function binnenPunt(vlak: VlakCoordinaten): Position | null {
  const eerste = vlak[0]?.[0]?.[0];
  if (!eerste) return null;
  const schaal = Math.cos(((eerste[1] ?? 0) * Math.PI) / 180);
  let beste: { punt: Position; afstand: number } | null = null;
  for (const poly of vlak) {
    if (!poly[0] || poly[0].length < 4) continue;
    const kandidaat = pool(poly, schaal);
    if (!beste || kandidaat.afstand > beste.afstand) beste = kandidaat;
  }
  return beste?.punt ?? null;
}

/** Rounded to 6 decimals when the rounded point is still inside; a thin area keeps the exact point. */
function afgerond(p: Position, vlak: VlakCoordinaten): Position {
  const r = [rond6(p[0] ?? 0), rond6(p[1] ?? 0)];
  return ligtIn(r, vlak) ? r : p;
}

/**
 * The label point of an area: the pole of its land (the area without water), or, for an area entirely under water,
 * the pole of the area itself.
 */
export function labelPunt(vlak: VlakCoordinaten, land: VlakCoordinaten | null): Position {
  const doel = land && land.length > 0 ? land : vlak;
  const binnen = binnenPunt(doel) ?? binnenPunt(vlak);
  if (!binnen) throw new Error('geen labelpunt: het vlak is leeg');
  return afgerond(binnen, doel);
}
