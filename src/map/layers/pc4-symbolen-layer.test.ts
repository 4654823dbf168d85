/** Tests of the publiek PC4 symbol size: the circle grows with the square root of the count. */
import { describe, expect, it } from 'vitest';
import { pc4Straal } from './pc4-symbolen-layer';

describe('pc4Straal', () => {
  it('maakt de cirkel groter naarmate er meer voorzieningen zijn, met de wortel van het aantal', () => {
    expect(pc4Straal(4)).toBeGreaterThan(pc4Straal(1));
    expect(pc4Straal(16) - pc4Straal(4)).toBeCloseTo(pc4Straal(4) - pc4Straal(1) + 4, 5);
    expect(pc4Straal(0)).toBe(pc4Straal(1));
  });
});
