import { describe, expect, it } from 'vitest';
import { leesRingen, ringenVoorUrl } from './scan-ringen';

describe('leesRingen', () => {
  const gevallen: readonly (readonly [string, readonly number[] | null, RegExp | null])[] = Object.freeze([
    ['', null, null],
    ['   ', null, null],
    ['250, 500, 1000', [250, 500, 1000], null],
    ['100,300', [100, 300], null],
    ['250 500 1.000', [250, 500, 1000], null],
    ['5000', [5000], null],
    ['50, 100, 200, 400', [50, 100, 200, 400], null],
    ['250, 500, 1000, 2000, 4000', null, /hooguit 4 ringen/],
    ['40, 500', null, /minstens 50 en hooguit 5\.000 meter/],
    ['250, 6000', null, /hooguit 5\.000 meter/],
    ['500, 250', null, /van klein naar groot/],
    ['250, 250', null, /van klein naar groot/],
    ['250, 2,5', null, /minstens 50/],
    ['250m, 500', null, /hele meters/],
    ['2.5', null, /hele meters/],
    ['-250', null, /hele meters/],
  ]);
  it.each(gevallen)('%j', (tekst, ringen, fout) => {
    const uit = leesRingen(tekst);
    expect(uit.ringen).toEqual(ringen);
    if (fout) expect(uit.fout).toMatch(fout);
    else expect(uit.fout).toBeNull();
  });
});

describe('ringenVoorUrl', () => {
  it('laat de standaardringen uit de link en houdt andere', () => {
    expect(ringenVoorUrl(Object.freeze([250, 500, 1000]))).toBeNull();
    expect(ringenVoorUrl(null)).toBeNull();
    expect(ringenVoorUrl(Object.freeze([250, 500]))).toEqual([250, 500]);
  });
});
