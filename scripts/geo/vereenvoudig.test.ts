/** Tests of the topological simplification through mapshaper: shared borders stay shared, nothing collapses, fewer points, the same answer twice. */
import { area } from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { VlakCoordinaten } from '../../src/geo/typen';
import { vereenvoudigTopologisch } from './vereenvoudig';

const TOLERANTIE = 0.00005;

/** A border from south to north at lon 4.48 that zigzags 1e-6° (0.07 m) sideways: noise well under the tolerance. */
const GRENS: Position[] = Array.from({ length: 21 }, (_, i) => [
  Math.round((4.48 + (i % 2 === 0 ? 0 : 0.000001)) * 1e6) / 1e6,
  Math.round((51.89 + i * 0.0005) * 1e6) / 1e6,
]);

function vlak(...ringen: Position[][]): VlakCoordinaten {
  return [ringen];
}

/** Left of the border (counter-clockwise: south edge, border north, north edge, west edge). */
const LINKS = vlak([[4.47, 51.89], ...GRENS, [4.47, 51.9], [4.47, 51.89]]);
/** Right of the border: the same points, run southwards. */
const RECHTS = vlak([[4.48, 51.89], [4.49, 51.89], [4.49, 51.9], ...[...GRENS].reverse()]);

function m2(v: VlakCoordinaten): number {
  return area({ type: 'MultiPolygon', coordinates: v });
}

function overlapM2(a: VlakCoordinaten, b: VlakCoordinaten): number {
  const s = intersect(
    featureCollection([
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: a } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: b } },
    ]),
  );
  return s ? area(s) : 0;
}

/** The distinct points of the area's outline on the border (a ring may start and so end on it). */
function grenspunten(v: VlakCoordinaten): string[] {
  const punten = (v[0]?.[0] ?? [])
    .filter((p) => Math.abs((p[0] ?? 0) - 4.48) < 0.00001)
    .map((p) => `${p[0]},${p[1]}`);
  return [...new Set(punten)].sort();
}

const invoer = Object.freeze([LINKS, RECHTS]);
const uit = await vereenvoudigTopologisch(invoer, TOLERANTIE);

describe('vereenvoudigTopologisch', () => {
  it('vereenvoudigt een gedeelde grens voor beide buren gelijk', () => {
    const [a = [], b = []] = uit.vlakken;
    expect(grenspunten(a)).toEqual(grenspunten(b));
    expect(grenspunten(a).length).toBeLessThan(GRENS.length);
    expect(overlapM2(a, b)).toBeLessThan(0.01);
    expect(m2(a) + m2(b)).toBeCloseTo(m2(LINKS) + m2(RECHTS), -1);
  });

  it('telt de punten voor en na', () => {
    expect(uit.puntenVoor).toBe(LINKS[0]![0]!.length + RECHTS[0]![0]!.length);
    expect(uit.puntenNa).toBeLessThan(uit.puntenVoor);
  });

  it('geeft een gat en het eiland dat het vult dezelfde ring', async () => {
    // A 40-point circle-ish island, and the square around it with the island as its hole.
    const eiland: Position[] = Array.from({ length: 40 }, (_, i) => {
      const hoek = (2 * Math.PI * i) / 40;
      return [
        Math.round((4.5 + 0.002 * Math.cos(hoek)) * 1e6) / 1e6,
        Math.round((51.9 + 0.002 * Math.sin(hoek)) * 1e6) / 1e6,
      ];
    });
    eiland.push(eiland[0] as Position);
    const buiten = vlak(
      [
        [4.49, 51.89],
        [4.51, 51.89],
        [4.51, 51.91],
        [4.49, 51.91],
        [4.49, 51.89],
      ],
      [...eiland].reverse(),
    );
    const { vlakken } = await vereenvoudigTopologisch([buiten, vlak(eiland)], 0.0002);
    const gat = vlakken[0]?.[0]?.[1] ?? [];
    const ei = vlakken[1]?.[0]?.[0] ?? [];
    expect(ei.length).toBeLessThan(eiland.length);
    expect(new Set(gat.map((p) => `${p[0]},${p[1]}`))).toEqual(new Set(ei.map((p) => `${p[0]},${p[1]}`)));
  });

  it('laat een ring kleiner dan de tolerantie niet verdwijnen', async () => {
    const klein = vlak([
      [4.5, 51.9],
      [4.50001, 51.9],
      [4.50002, 51.9],
      [4.50002, 51.90001],
      [4.50002, 51.90002],
      [4.5, 51.90002],
      [4.5, 51.9],
    ]);
    const { vlakken } = await vereenvoudigTopologisch([klein], TOLERANTIE);
    expect(vlakken[0]?.[0]?.[0]?.length).toBeGreaterThanOrEqual(4);
    expect(m2(vlakken[0] ?? [])).toBeGreaterThan(0.5 * m2(klein));
  });

  it('maakt geen zelfdoorsnijdingen', () => {
    for (const v of uit.vlakken) expect(kinks({ type: 'MultiPolygon', coordinates: v }).features).toEqual([]);
  });

  it('geeft bij dezelfde invoer dezelfde uitkomst', async () => {
    expect(await vereenvoudigTopologisch(invoer, TOLERANTIE)).toEqual(uit);
  });
});
