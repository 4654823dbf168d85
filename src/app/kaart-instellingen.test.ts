/** Tests of reading and writing the map settings: the URL before sessionStorage before the defaults, and only sensible views. */
import { describe, expect, it } from 'vitest';
import {
  bewaarTekst,
  leesBeeld,
  leesInstellingen,
  STANDAARD_INSTELLINGEN,
  zoekMetInstellingen,
} from './kaart-instellingen';

describe('leesInstellingen', () => {
  it.each([
    { naam: 'niets', zoek: '', opgeslagen: null, uit: { achtergrond: 'eigen', postcodegebieden: false } },
    {
      naam: 'URL',
      zoek: '?achtergrond=pdok&postcodes=aan',
      opgeslagen: null,
      uit: { achtergrond: 'pdok', postcodegebieden: true },
    },
    {
      naam: 'opslag',
      zoek: '',
      opgeslagen: '{"achtergrond":"pdok","postcodegebieden":true}',
      uit: { achtergrond: 'pdok', postcodegebieden: true },
    },
    {
      naam: 'URL wint van opslag',
      zoek: '?achtergrond=eigen&postcodes=uit',
      opgeslagen: '{"achtergrond":"pdok","postcodegebieden":true}',
      uit: { achtergrond: 'eigen', postcodegebieden: false },
    },
    {
      naam: 'onbekende waarden',
      zoek: '?achtergrond=google&postcodes=misschien',
      opgeslagen: '{"achtergrond":"osm","postcodegebieden":"ja"}',
      uit: { achtergrond: 'eigen', postcodegebieden: false },
    },
    { naam: 'kapotte opslag', zoek: '', opgeslagen: '{"achtergr', uit: STANDAARD_INSTELLINGEN },
    { naam: 'opslag zonder object', zoek: '', opgeslagen: '"pdok"', uit: STANDAARD_INSTELLINGEN },
  ])('$naam', ({ zoek, opgeslagen, uit }) => {
    expect(leesInstellingen(zoek, opgeslagen)).toEqual(uit);
  });
});

describe('zoekMetInstellingen', () => {
  it('schrijft alleen wat afwijkt van de standaard en laat andere parameters staan', () => {
    const instellingen = Object.freeze({ achtergrond: 'pdok', postcodegebieden: false } as const);
    expect(zoekMetInstellingen('?taal=nl&postcodes=aan', instellingen)).toBe('?taal=nl&achtergrond=pdok');
    expect(zoekMetInstellingen('?achtergrond=pdok', STANDAARD_INSTELLINGEN)).toBe('');
  });

  it('geeft terug wat leesInstellingen weer inleest', () => {
    for (const achtergrond of ['eigen', 'pdok'] as const) {
      for (const postcodegebieden of [false, true]) {
        const instellingen = Object.freeze({ achtergrond, postcodegebieden });
        expect(leesInstellingen(zoekMetInstellingen('', instellingen), null)).toEqual(instellingen);
        expect(leesInstellingen('', bewaarTekst(instellingen))).toEqual(instellingen);
      }
    }
  });
});

describe('leesBeeld', () => {
  it.each([
    { zoek: '?beeld=15.5/51.917/4.467', beeld: { zoom: 15.5, centrum: [4.467, 51.917] } },
    { zoek: '?achtergrond=pdok&beeld=11/51.91/4.48', beeld: { zoom: 11, centrum: [4.48, 51.91] } },
    { zoek: '', beeld: null },
    { zoek: '?beeld=15.5/51.917', beeld: null },
    { zoek: '?beeld=abc/51.9/4.4', beeld: null },
    { zoek: '?beeld=15/52.37/4.89', beeld: null },
    { zoek: '?beeld=25/51.9/4.48', beeld: null },
  ])('$zoek', ({ zoek, beeld }) => {
    expect(leesBeeld(zoek)).toEqual(beeld);
  });
});
