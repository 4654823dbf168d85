/** Tests of the clean-up after clipping (mapshaper): spikes, slivers, pin holes, and rings that touch in a point. */
import { area } from '@turf/area';
import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { VlakCoordinaten } from '../../src/geo/typen';
import { ontknoop, repareer } from './reparatie';

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

describe('repareer', () => {
  it('haalt een naald en een dubbel punt weg, zonder oppervlak te verliezen', async () => {
    const ring = [
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
    ];
    const [uit = []] = await repareer(Object.freeze([[[ring]]]), 100);
    const punten = uit.flat(2);
    expect(punten.some((p) => p[1] === 51.91)).toBe(false);
    for (const r of uit.flat()) {
      for (let i = 0; i + 1 < r.length; i++) expect(r[i]).not.toEqual(r[i + 1]);
    }
    expect(kinks({ type: 'MultiPolygon', coordinates: uit }).features).toEqual([]);
    expect(m2(uit)).toBeCloseTo(m2([[rechthoek(4.47, 51.89, 4.48, 51.9)]]), 0);
  });

  it('laat kleine delen en kleine gaten weg', async () => {
    const groot = rechthoek(4.47, 51.89, 4.48, 51.9);
    const gaatje = [...rechthoek(4.474, 51.894, 4.47401, 51.89401)].reverse();
    const snipper = rechthoek(4.49, 51.89, 4.49001, 51.89001);
    const [uit = []] = await repareer(Object.freeze([[[groot, gaatje], [snipper]]]), 100);
    expect(uit).toHaveLength(1);
    expect(uit[0]).toHaveLength(1);
    expect(m2(uit)).toBeCloseTo(m2([[groot]]), 0);
  });

  it('houdt het grootste deel als alles klein is', async () => {
    const a = rechthoek(4.49, 51.89, 4.49001, 51.89001);
    const b = rechthoek(4.5, 51.89, 4.50002, 51.89002);
    const [uit = []] = await repareer([[[a], [b]]], 1e6);
    expect(uit).toHaveLength(1);
    expect(m2(uit)).toBeCloseTo(m2([[b]]), 1);
  });

  it('houdt gedeelde grenzen van buren gedeeld', async () => {
    const [links = [], rechts = []] = await repareer(
      [[[rechthoek(4.47, 51.89, 4.48, 51.9)]], [[rechthoek(4.48, 51.89, 4.49, 51.9)]]],
      100,
    );
    const grens = (v: VlakCoordinaten) =>
      new Set(
        v
          .flat(2)
          .filter((p) => p[0] === 4.48)
          .map((p) => p.join(',')),
      );
    expect(grens(links)).toEqual(grens(rechts));
    expect(grens(links).size).toBe(2);
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
