/** Tests of the clean-up after clipping: spikes, slivers, pin holes, and rings that touch in a point. */
import { area } from '@turf/area';
import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ontknoop, repareer, zonderNaalden, type VlakCoordinaten } from './reparatie';

function rechthoek(w: number, s: number, e: number, n: number): Position[] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

function m2(v: VlakCoordinaten): number {
  return area({ type: 'MultiPolygon', coordinates: v });
}

describe('zonderNaalden', () => {
  it('haalt een naald, een punt op een rechte lijn en een dubbel punt weg', () => {
    const ring = Object.freeze([
      [4.47, 51.89],
      [4.475, 51.89], // on the straight south edge
      [4.48, 51.89],
      [4.48, 51.89], // repeated
      [4.48, 51.9],
      [4.478, 51.9],
      [4.478, 51.91], // a spike out and back along one line
      [4.478, 51.9],
      [4.47, 51.9],
      [4.47, 51.89],
    ]);
    expect(zonderNaalden(ring)).toEqual(rechthoek(4.47, 51.89, 4.48, 51.9).map((p) => p));
  });

  it('geeft null als er geen oppervlak over is', () => {
    expect(
      zonderNaalden([
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ]),
    ).toBeNull();
  });
});

describe('repareer', () => {
  it('laat kleine delen en kleine gaten weg', () => {
    const groot = rechthoek(4.47, 51.89, 4.48, 51.9);
    const gaatje = [...rechthoek(4.474, 51.894, 4.47401, 51.89401)].reverse();
    const snipper = rechthoek(4.49, 51.89, 4.49001, 51.89001);
    expect(repareer(Object.freeze([[groot, gaatje], [snipper]]) as VlakCoordinaten, 100)).toEqual([[groot]]);
  });

  it('houdt het grootste deel als alles klein is', () => {
    const a = rechthoek(4.49, 51.89, 4.49001, 51.89001);
    const b = rechthoek(4.5, 51.89, 4.50002, 51.89002);
    expect(repareer([[a], [b]], 1e6)).toEqual([[b]]);
  });
});

describe('ontknoop', () => {
  it('maakt twee delen die elkaar in een punt raken los, zonder merkbaar oppervlak te verliezen', () => {
    const v: VlakCoordinaten = [[rechthoek(4.47, 51.89, 4.48, 51.9)], [rechthoek(4.48, 51.9, 4.481, 51.901)]];
    expect(kinks({ type: 'MultiPolygon', coordinates: v }).features.length).toBeGreaterThan(0);
    const uit = ontknoop(v);
    expect(kinks({ type: 'MultiPolygon', coordinates: uit }).features).toEqual([]);
    // Only the smaller part shrinks, by a sliver: nothing can come to overlap a neighbour.
    expect(m2(uit)).toBeLessThan(m2(v));
    expect(m2(v) - m2(uit)).toBeLessThan(10);
    // The larger part keeps its corner.
    expect(uit[0]).toEqual(v[0]);
  });

  it('maakt een gat dat de buitenring raakt los', () => {
    const v: VlakCoordinaten = [
      [
        rechthoek(0, 0, 0.01, 0.01),
        [
          [0, 0],
          [0.002, 0.004],
          [0.004, 0.002],
          [0, 0],
        ],
      ],
    ];
    const uit = ontknoop(v);
    expect(kinks({ type: 'MultiPolygon', coordinates: uit }).features).toEqual([]);
  });

  it('laat een vlak zonder rakende ringen ongemoeid', () => {
    const v: VlakCoordinaten = [[rechthoek(4.47, 51.89, 4.48, 51.9)]];
    expect(ontknoop(v)).toEqual(v);
  });
});
