/** The fast cell finder against h3-js itself, point by point: random points, points on and next to cell edges, and far-flung ones. */
import { cellToBoundary, cellToLatLng, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { Rng } from '../generate/random';
import { zoekCellen } from './h3-celzoeker';

const RESOLUTIES = [7, 8, 9] as const;

function vergelijk(punten: readonly (readonly [number, number])[], resolutie: number) {
  const lon = Float64Array.from(punten, (p) => p[0]);
  const lat = Float64Array.from(punten, (p) => p[1]);
  Object.freeze(punten);
  const uit = zoekCellen(lon, lat, resolutie);
  const verschillen = punten.flatMap(([x, y], i) => {
    const verwacht = latLngToCell(y, x, resolutie);
    const gevonden = uit.codes[uit.id[i] as number];
    return gevonden === verwacht ? [] : [{ punt: [x, y], verwacht, gevonden }];
  });
  return { uit, verschillen };
}

/** Uniform points in a box around Rotterdam (lon, lat). */
function willekeurig(aantal: number, seed: number): [number, number][] {
  const rng = new Rng(seed, 'h3-celzoeker-test');
  return Array.from({ length: aantal }, () => [rng.tussen(4.35, 4.6), rng.tussen(51.85, 51.98)]);
}

/** Vertices, edge midpoints and points just inside and outside every edge of the cells around a spot. */
function langsRanden(resolutie: number): [number, number][] {
  const uit: [number, number][] = [];
  const midden = latLngToCell(51.9, 4.48, resolutie);
  const [cLat, cLon] = cellToLatLng(midden);
  uit.push([cLon, cLat]);
  const rand = cellToBoundary(midden);
  rand.forEach(([lat1, lon1], i) => {
    const [lat2, lon2] = rand[(i + 1) % rand.length] ?? rand[0] ?? [0, 0];
    uit.push([lon1, lat1]);
    for (const t of [0.001, 0.25, 0.5, 0.75, 0.999]) {
      const lat = lat1 + t * (lat2 - lat1);
      const lon = lon1 + t * (lon2 - lon1);
      // Towards and away from the centre, by roughly 1 mm to 5 m.
      for (const stap of [1e-8, 1e-7, 1e-6, 1e-5, 5e-5]) {
        for (const teken of [1, -1]) {
          const dLat = cLat - lat;
          const dLon = cLon - lon;
          const lengte = Math.hypot(dLat, dLon);
          uit.push([lon + (teken * stap * dLon) / lengte, lat + (teken * stap * dLat) / lengte]);
        }
      }
    }
  });
  return uit;
}

describe('zoekCellen', () => {
  it.each(RESOLUTIES)('random points around Rotterdam at resolution %i: the cell of latLngToCell', (r) => {
    const { uit, verschillen } = vergelijk(willekeurig(20_000, r), r);
    expect(verschillen).toEqual([]);
    // The point of the module: nearly every point takes the fast path.
    expect(uit.naarH3).toBeLessThan(200);
  });

  it.each(RESOLUTIES)('points on, just inside and just outside cell edges at resolution %i', (r) => {
    const punten = langsRanden(r);
    const { uit, verschillen } = vergelijk(punten, r);
    expect(verschillen).toEqual([]);
    // Points within millimetres of an edge must have been left to h3-js.
    expect(uit.naarH3).toBeGreaterThan(0);
  });

  it('far-flung points (other continents, the antimeridian, the far north) give the same cells', () => {
    const punten: [number, number][] = [
      [4.48, 51.92],
      [151.21, -33.87],
      [179.9999, -16.5],
      [-179.9999, -16.5],
      [15.6, 78.2],
      [-0.0001, 0.0001],
    ];
    for (const r of RESOLUTIES) expect(vergelijk(punten, r).verschillen).toEqual([]);
  });

  it.each(RESOLUTIES)('points just west of the antimeridian at resolution %i (neighbours across it)', (r) => {
    const rng = new Rng(r, 'antimeridiaan');
    const punten = Array.from({ length: 2_000 }, (): [number, number] => [
      rng.tussen(179.9, 180),
      rng.tussen(-16.6, -16.4),
    ]);
    expect(vergelijk(punten, r).verschillen).toEqual([]);
  });

  it('points only in the far north go to h3-js, and are still right', () => {
    const punten: [number, number][] = [
      [15.6, 78.2],
      [15.61, 78.21],
    ];
    const { uit, verschillen } = vergelijk(punten, 9);
    expect(verschillen).toEqual([]);
    expect(uit.naarH3).toBe(2);
  });

  it('codes in order of first hit, one id per point; no points, no cells', () => {
    const { uit } = vergelijk(
      [
        [4.48, 51.92],
        [4.3, 51.9],
        [4.48, 51.92],
      ],
      9,
    );
    expect([...uit.id]).toEqual([0, 1, 0]);
    expect(uit.codes).toHaveLength(2);
    expect(zoekCellen(new Float64Array(0), new Float64Array(0), 9)).toEqual({
      codes: [],
      id: new Int32Array(0),
      naarH3: 0,
    });
  });
});
