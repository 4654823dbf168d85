/** The rings' geometry: closed, at the right distance, and the box holds the disc. */
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { kaderRond, ringOmtrek } from './ringen';

const SITE = Object.freeze([4.4875, 51.8938] as [number, number]);

describe('ringOmtrek en kaderRond', () => {
  it.each([250, 500, 1000, 5000])('%i m', (straal) => {
    const omtrek = ringOmtrek(SITE, straal);
    expect(omtrek[0]).toEqual(omtrek.at(-1));
    for (const punt of omtrek) {
      expect(distance([...SITE], punt, { units: 'meters' })).toBeCloseTo(straal, -1);
    }
    const [zw, no] = kaderRond(SITE, straal);
    expect(zw[0]).toBeLessThan(SITE[0]);
    expect(zw[1]).toBeLessThan(SITE[1]);
    expect(no[0]).toBeGreaterThan(SITE[0]);
    expect(no[1]).toBeGreaterThan(SITE[1]);
    // About the radius north of the site (1° latitude ≈ 111 km).
    expect((no[1] - SITE[1]) * 111_195).toBeCloseTo(straal, -1);
  });
});
