/** Tests of the focus-area card placement: inside the area, near its label point, clear of the symbols. */
import { describe, expect, it } from 'vitest';
import { afstandM } from '../../geo/dichtstbijzijnde';
import type { Veelhoek } from './rgw-buurtvlakken';
import { binnen, kiesLabelPunt } from './rgw-labelpunt';

/** A square of about 1.4 by 1.1 km with a square hole in its north-east quarter. */
const VIERKANT: readonly Veelhoek[] = Object.freeze([
  [
    [
      [4.48, 51.88],
      [4.5, 51.88],
      [4.5, 51.89],
      [4.48, 51.89],
      [4.48, 51.88],
    ],
    [
      [4.493, 51.886],
      [4.498, 51.886],
      [4.498, 51.889],
      [4.493, 51.889],
      [4.493, 51.886],
    ],
  ],
]);

describe('binnen', () => {
  it.each([
    [[4.485, 51.885], true],
    [[4.47, 51.885], false],
    [[4.495, 51.8875], false],
  ] as const)('%o: %s', (punt, verwacht) => {
    expect(binnen(punt, VIERKANT)).toBe(verwacht);
  });
});

describe('kiesLabelPunt', () => {
  const labelPunt = [4.49, 51.885] as const;

  it('blijft op het labelpunt als er geen symbool in de buurt is', () => {
    expect(kiesLabelPunt(VIERKANT, labelPunt, [[4.6, 51.95]])).toEqual([4.49, 51.885]);
  });

  it('wijkt uit voor een symbool op het labelpunt, binnen het gebied', () => {
    const punt = kiesLabelPunt(VIERKANT, labelPunt, Object.freeze([labelPunt]));
    expect(binnen(punt, VIERKANT)).toBe(true);
    expect(afstandM(punt, labelPunt)).toBeGreaterThan(200);
  });

  it('is deterministisch', () => {
    const symbolen = Object.freeze([labelPunt, [4.484, 51.882] as const]);
    expect(kiesLabelPunt(VIERKANT, labelPunt, symbolen)).toEqual(
      kiesLabelPunt(VIERKANT, labelPunt, symbolen),
    );
  });
});
