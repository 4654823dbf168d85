/** Tests of the per-area chart series: forms present only, fixed order, city totals, one sentence for screen readers. */
import { describe, expect, it } from 'vitest';
import type { Woonvorm } from '../contract/voorziening';
import { WOONVORM_KLEUR } from '../stijl/kleuren';
import { beschrijfSeries, toWoonvormSeries } from './to-woonvorm-series';

const v = (woonvorm: Woonvorm) => Object.freeze({ woonvorm });

describe('toWoonvormSeries', () => {
  it.each([
    { naam: 'leeg gebied', gebied: [], stad: [v('opvang')], uit: [] },
    {
      naam: 'vaste volgorde, met stadstotalen',
      gebied: [v('flexwonen'), v('opvang'), v('flexwonen')],
      stad: [v('opvang'), v('opvang'), v('flexwonen'), v('flexwonen'), v('flexwonen'), v('semimuraal')],
      uit: [
        { woonvorm: 'opvang', label: 'Opvang', aantal: 1, stad: 2, kleur: WOONVORM_KLEUR.opvang },
        { woonvorm: 'flexwonen', label: 'Flexwonen', aantal: 2, stad: 3, kleur: WOONVORM_KLEUR.flexwonen },
      ],
    },
  ])('$naam', ({ gebied, stad, uit }) => {
    expect(toWoonvormSeries(Object.freeze(gebied), Object.freeze(stad))).toEqual(uit);
  });

  it('beschrijft de grafiek in één zin', () => {
    const punten = toWoonvormSeries([v('opvang')], [v('opvang'), v('opvang')]);
    expect(beschrijfSeries(punten)).toBe('Opvang: 1 van 2 in Rotterdam');
  });
});
