/** Tests of the search targets: which areas a place outlines, and the box around facilities. */
import { describe, expect, it } from 'vitest';
import type { Plaats } from '../geo/zoekindex';
import { doelVoorPlaats, kaderRond, markeringVoor } from './kaart-doel';

function plaats(soort: Plaats['soort'], code: string): Plaats {
  return Object.freeze({
    soort,
    code,
    naam: code,
    positie: Object.freeze([4.5, 51.9] as const),
    zoom: 14,
    omschrijving: '',
  });
}

describe('markeringVoor', () => {
  it.each([
    { soort: 'wijk', code: 'WK059915', uit: { laag: 'wijken', codes: ['WK059915'] } },
    { soort: 'buurt', code: 'BU05991572', uit: { laag: 'buurten', codes: ['BU05991572'] } },
    { soort: 'pc4', code: '3084', uit: { laag: 'pc4', codes: ['3084'] } },
    {
      soort: 'focusgebied',
      code: 'pendrecht-zuidwijk',
      uit: { laag: 'buurten', codes: ['BU05991577', 'BU05991573'] },
    },
    { soort: 'focusgebied', code: 'onbekend', uit: { laag: 'buurten', codes: [] } },
  ] as const)('$soort $code', ({ soort, code, uit }) => {
    expect(markeringVoor(plaats(soort, code))).toEqual(uit);
  });
});

describe('doelVoorPlaats', () => {
  it('vliegt naar het labelpunt op de zoom van het gebied en markeert het', () => {
    expect(doelVoorPlaats(plaats('buurt', 'BU05991572'))).toEqual({
      soort: 'gebied',
      positie: [4.5, 51.9],
      zoom: 14,
      markeer: { laag: 'buurten', codes: ['BU05991572'] },
    });
  });
});

describe('kaderRond', () => {
  it('geeft null zonder posities', () => {
    expect(kaderRond([])).toBeNull();
  });

  it('omvat alle posities', () => {
    const posities = Object.freeze([
      Object.freeze([4.5, 51.9] as const),
      Object.freeze([4.4, 51.95] as const),
      Object.freeze([4.45, 51.88] as const),
    ]);
    expect(kaderRond(posities)).toEqual([
      [4.4, 51.88],
      [4.5, 51.95],
    ]);
  });
});
