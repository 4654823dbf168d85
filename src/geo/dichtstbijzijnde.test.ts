/** Tests of the nearest-centroid rule. */
import { describe, expect, it } from 'vitest';
import { afstandM, dichtstbijzijnde, dichtstbijzijndeIndex } from './dichtstbijzijnde';
import { BUURTEN, PC4_GEBIEDEN } from './rotterdam-facts';

const items = Object.freeze([
  Object.freeze({ naam: 'a', centroid: [4.48, 51.9] as const }),
  Object.freeze({ naam: 'b', centroid: [4.49, 51.9] as const }),
  Object.freeze({ naam: 'c', centroid: [4.48, 51.91] as const }),
]);

describe('afstandM', () => {
  it.each([
    { a: [4.48, 51.9], b: [4.48, 51.91], verwacht: 1113.2 },
    { a: [4.48, 51.9], b: [4.49, 51.9], verwacht: 686.6 },
    { a: [4.48, 51.9], b: [4.48, 51.9], verwacht: 0 },
  ] as const)('$a -> $b is about $verwacht m', ({ a, b, verwacht }) => {
    expect(afstandM(a, b)).toBeCloseTo(verwacht, 0);
  });
});

describe('dichtstbijzijnde', () => {
  it.each([
    { punt: [4.481, 51.9001], verwacht: 'a' },
    { punt: [4.489, 51.9001], verwacht: 'b' },
    { punt: [4.4801, 51.909], verwacht: 'c' },
    // 1 km east of a, 1 km north of a: b is 686 m away in longitude, c 1,113 m in latitude.
    { punt: [4.4851, 51.9], verwacht: 'b' },
  ] as const)('$punt is nearest to $verwacht', ({ punt, verwacht }) => {
    expect(dichtstbijzijnde(punt, items).naam).toBe(verwacht);
  });

  it('lets the first item win an exact tie', () => {
    const dubbel = [
      { naam: 'eerste', centroid: [4.5, 51.9] as const },
      { naam: 'tweede', centroid: [4.5, 51.9] as const },
    ];
    expect(dichtstbijzijnde([4.51, 51.91], dubbel).naam).toBe('eerste');
  });

  it('returns -1 for an empty list and throws from the item form', () => {
    expect(dichtstbijzijndeIndex(4.5, 51.9, [])).toBe(-1);
    expect(() => dichtstbijzijnde([4.5, 51.9], [])).toThrow(/lege lijst/);
  });

  it('maps every buurt centroid onto its own buurt and every PC4 centroid onto its own area', () => {
    for (const b of BUURTEN) expect(dichtstbijzijnde(b.centroid, BUURTEN).code).toBe(b.code);
    for (const p of PC4_GEBIEDEN) expect(dichtstbijzijnde(p.centroid, PC4_GEBIEDEN).code).toBe(p.code);
  });
});
