/** Tests of the Wijkprofiel classes and texts: symmetric around 100, and the hover text in words. */
import { describe, expect, it } from 'vitest';
import { wijkprofielKlasse, wijkprofielTooltip } from './wijkprofiel';

describe('wijkprofiel', () => {
  it.each([
    [70, 0],
    [84.9, 0],
    [85, 1],
    [94.9, 1],
    [95, 2],
    [100, 2],
    [104.9, 2],
    [105, 3],
    [115, 4],
    [130, 4],
  ])('%d valt in klasse %d (100 = gemiddelde, in het midden)', (waarde, klasse) => {
    expect(wijkprofielKlasse(waarde)).toBe(klasse);
  });

  it('noemt de buurt, de index en het gemiddelde', () => {
    expect(wijkprofielTooltip(Object.freeze({ naam: 'Carnisse', waarde: 82.4 }), 'sociaal')).toBe(
      'Carnisse\nSociale index 82,4 (100 = Rotterdams gemiddelde)',
    );
  });
});
