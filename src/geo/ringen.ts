/** The scan's rings as geometry: a disc around the site (`@turf/circle`, 96 steps, as the server's GeoJSON export), and the box that holds it. */
import { circle } from '@turf/circle';
import type { LonLat } from '../contract/common';

const STAPPEN = 96;

/** The outline of a disc of `straalM` metres: a closed ring of [lon, lat] points. */
export function ringOmtrek(positie: Readonly<LonLat>, straalM: number): [number, number][] {
  const vlak = circle([positie[0], positie[1]], straalM, { steps: STAPPEN, units: 'meters' });
  return (vlak.geometry.coordinates[0] ?? []).map(([lon, lat]) => [lon ?? 0, lat ?? 0]);
}

/** South-west and north-east corners of the box around that disc: where the map flies to show the whole ring. */
export function kaderRond(
  positie: Readonly<LonLat>,
  straalM: number,
): readonly [Readonly<LonLat>, Readonly<LonLat>] {
  const punten = ringOmtrek(positie, straalM);
  const lons = punten.map((p) => p[0]);
  const lats = punten.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
