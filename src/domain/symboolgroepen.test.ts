/** Tests for the grouping of facilities into map symbols, per role. */
import { describe, expect, it } from 'vitest';
import {
  VoorzieningPubliek,
  VoorzieningVoorScan,
  VoorzieningVoorZorgaanbieder,
} from '../contract/voorziening';
import {
  adresGroepen,
  groepTitel,
  naamVanEnige,
  pc4Groepen,
  pc6Groepen,
  toonPostcode,
} from './symboolgroepen';
import { PUBLIEK_VOORBEELDEN, SCAN_VOORBEELDEN, ZORGAANBIEDER_VOORBEELDEN } from './test-voorbeelden';

describe('test-voorbeelden', () => {
  it('voldoen aan het contract', () => {
    for (const v of PUBLIEK_VOORBEELDEN) expect(VoorzieningPubliek.safeParse(v).success).toBe(true);
    for (const v of ZORGAANBIEDER_VOORBEELDEN)
      expect(VoorzieningVoorZorgaanbieder.safeParse(v).success).toBe(true);
    for (const v of SCAN_VOORBEELDEN) expect(VoorzieningVoorScan.safeParse(v).success).toBe(true);
  });
});

describe('pc4Groepen', () => {
  it('maakt één groep per PC4-gebied, op de positie die de API stuurde', () => {
    const groepen = pc4Groepen(PUBLIEK_VOORBEELDEN);
    expect(groepen.map((g) => [g.sleutel, g.items.length])).toEqual([
      ['pc4:3011', 1],
      ['pc4:3084', 2],
    ]);
    expect(groepen[1]?.positie).toEqual([4.49, 51.88]);
  });

  it('hangt niet af van de volgorde van de invoer', () => {
    const omgekeerd = pc4Groepen([...PUBLIEK_VOORBEELDEN].reverse());
    expect(omgekeerd).toEqual(pc4Groepen(PUBLIEK_VOORBEELDEN));
  });

  it('geeft een lege lijst bij geen voorzieningen', () => {
    expect(pc4Groepen([])).toEqual([]);
  });
});

describe('pc6Groepen', () => {
  it('zet vertrouwelijke locaties per buurt, los van de PC6-symbolen', () => {
    const groepen = pc6Groepen(ZORGAANBIEDER_VOORBEELDEN);
    expect(groepen.map((g) => [g.sleutel, g.soort])).toEqual([
      ['buurt:BU05991572', 'buurt'],
      ['pc6:3011AB', 'pc6'],
      ['pc6:3084NP', 'pc6'],
    ]);
  });
});

describe('adresGroepen', () => {
  it('voegt voorzieningen op hetzelfde adrespunt samen', () => {
    const groepen = adresGroepen(SCAN_VOORBEELDEN);
    const adres = groepen.find((g) => g.soort === 'adres');
    expect(adres?.items.map((v) => v.id)).toEqual(['vz-001', 'vz-004']);
    expect(groepen.filter((g) => g.soort === 'buurt')).toHaveLength(1);
  });
});

describe('groepTitel', () => {
  it.each([
    [{ soort: 'pc4', code: '3084', items: [1, 2, 3] }, {}, 'Postcodegebied 3084 · 3 voorzieningen'],
    [{ soort: 'pc4', code: '3084', items: [1] }, {}, 'Postcodegebied 3084 · 1 voorziening'],
    [{ soort: 'pc6', code: '3084NP', items: [1, 2] }, {}, 'Postcode 3084 NP · 2 voorzieningen'],
    [{ soort: 'adres', code: '3084NP', items: [1] }, { naamVanEnige: 'De Wending' }, 'De Wending'],
    [{ soort: 'adres', code: '3084NP', items: [1, 2] }, {}, 'Adrespunt 3084 NP · 2 voorzieningen'],
    [{ soort: 'adres', code: '3084NP', items: [1] }, {}, 'Adrespunt 3084 NP · 1 voorziening'],
    [
      { soort: 'buurt', code: 'BU05991572', items: [1] },
      { buurtNaam: () => 'Carnisse' },
      'Vertrouwelijke locatie in buurt Carnisse',
    ],
    [
      { soort: 'buurt', code: 'BU05991572', items: [1, 2] },
      {},
      '2 vertrouwelijke locaties in buurt BU05991572',
    ],
  ] as const)('%o → %s', (groep, opties, verwacht) => {
    expect(groepTitel(groep, opties)).toBe(verwacht);
  });
});

describe('naamVanEnige', () => {
  it('names the only facility, and nothing for several or for a facility without a name', () => {
    expect(naamVanEnige({ items: [{ naam: 'De Haven' }] })).toBe('De Haven');
    expect(naamVanEnige({ items: [{ naam: 'A' }, { naam: 'B' }] })).toBeNull();
    expect(naamVanEnige({ items: [{ id: 'vz-1' }] })).toBeNull();
    expect(naamVanEnige({ items: [] })).toBeNull();
  });
});

describe('toonPostcode', () => {
  it('zet een spatie tussen cijfers en letters', () => {
    expect(toonPostcode('3084NP')).toBe('3084 NP');
    expect(toonPostcode('3084')).toBe('3084');
  });
});
