/** Tests of the RD search marker props: nothing without a point, three unpickable layers on the point with one. */
import { describe, expect, it } from 'vitest';
import { zoekPuntProps } from './zoek-punt-layer';

describe('zoekPuntProps', () => {
  it('tekent niets zonder punt', () => {
    for (const laag of zoekPuntProps(null)) expect(laag.data).toEqual([]);
  });

  it('tekent halo, ring en kern op het punt, niet klikbaar', () => {
    const punt = Object.freeze([4.47, 51.91] as const);
    const lagen = zoekPuntProps(punt);
    expect(lagen.map((l) => l.id)).toEqual(['zoek-punt-halo', 'zoek-punt-ring', 'zoek-punt-kern']);
    for (const laag of lagen) {
      expect(laag.pickable).toBe(false);
      const data = laag.data as { positie: [number, number] }[];
      expect(data).toHaveLength(1);
      const [eerste] = data;
      if (!eerste || typeof laag.getPosition !== 'function') throw new Error('geen punt');
      expect(laag.getPosition(eerste, { index: 0, data, target: [] })).toEqual([4.47, 51.91]);
    }
  });

  it('laat de ring hol, zodat het punt zelf zichtbaar blijft', () => {
    const [halo, ring, kern] = zoekPuntProps([4.47, 51.91]);
    expect(halo?.filled).toBe(false);
    expect(ring?.filled).toBe(false);
    expect(kern?.getRadius).toBeLessThan(ring?.getRadius as number);
  });
});
