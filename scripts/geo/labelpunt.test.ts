/** Tests of label placement (polylabel): a point well inside the land, in its broadest part, off the water. */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { VlakCoordinaten } from '../../src/geo/typen';
import { binnenPunt, labelPunt } from './labelpunt';

function rechthoek(w: number, s: number, e: number, n: number): Position[] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

function ligtIn(p: Position, v: VlakCoordinaten): boolean {
  return booleanPointInPolygon(p, { type: 'MultiPolygon', coordinates: v }, { ignoreBoundary: true });
}

/** A U open to the north: its centroid lies in the empty middle. */
const HOEFIJZER: VlakCoordinaten = [
  [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ],
];

describe('labelPunt', () => {
  it('neemt het midden van een rechthoek, afgerond op 6 decimalen', () => {
    const vierkant = [[rechthoek(4.47, 51.89, 4.48, 51.9)]];
    const p = labelPunt(vierkant, vierkant);
    expect(p[0]).toBeCloseTo(4.475, 5);
    expect(p[1]).toBeCloseTo(51.895, 5);
    expect(p.map((x) => Math.round(x * 1e6) / 1e6)).toEqual(p);
  });

  it('geeft bij dezelfde invoer hetzelfde punt', () => {
    expect(labelPunt(HOEFIJZER, HOEFIJZER)).toEqual(labelPunt(HOEFIJZER, HOEFIJZER));
  });

  it('zoekt een punt binnen een hoefijzer', () => {
    const p = labelPunt(HOEFIJZER, HOEFIJZER);
    expect(ligtIn(p, HOEFIJZER)).toBe(true);
  });

  it('ontwijkt water dat over het zwaartepunt ligt', () => {
    const gebied = [[rechthoek(4.47, 51.89, 4.48, 51.9)]];
    // Land = the area without a river across its middle: two strips.
    const land = [[rechthoek(4.47, 51.89, 4.48, 51.894)], [rechthoek(4.47, 51.898, 4.48, 51.9)]];
    const p = labelPunt(gebied, land);
    expect(ligtIn(p, land)).toBe(true);
    // The larger strip: the southern one.
    expect(p[1]).toBeLessThan(51.894);
  });

  it('valt terug op het gebied zelf als alles water is', () => {
    const gebied = [[rechthoek(4.47, 51.89, 4.48, 51.9)]];
    expect(ligtIn(labelPunt(gebied, []), gebied)).toBe(true);
  });
});

describe('binnenPunt', () => {
  it('ligt in het grootste deel, ver van de rand', () => {
    const v: VlakCoordinaten = [[rechthoek(0, 0, 1, 1)], [rechthoek(5, 0, 9, 4)]];
    const p = binnenPunt(v);
    expect(p?.[0]).toBeCloseTo(7, 5);
    expect(p?.[1]).toBeCloseTo(2, 5);
  });

  it('ligt niet in een gat', () => {
    const v: VlakCoordinaten = [[rechthoek(0, 0, 4, 4), [...rechthoek(1, 1, 3, 3)].reverse()]];
    expect(ligtIn(binnenPunt(v) ?? [], v)).toBe(true);
  });

  it('geeft null voor een leeg vlak', () => {
    expect(binnenPunt([])).toBeNull();
  });
});
