/** Tests of the layer and filter registry: what each role may switch on, select and filter, and the source line. */
import { describe, expect, it } from 'vitest';
import type { Rol } from '../contract/common';
import {
  bronRegel,
  FILTERS,
  lagenVoorRol,
  magFilter,
  magSelectie,
  standaardLagen,
  toonDatumKort,
} from './datalagen';

describe('datalagen', () => {
  it('het PC4-vlak is alleen voor publiek; de voorzieningen zijn voor iedereen', () => {
    for (const rol of ['publiek', 'zorgaanbieder', 'draagkrachtscan'] satisfies Rol[]) {
      const ids = lagenVoorRol(rol).map((l) => l.id);
      expect(ids).toContain('voorzieningen');
      expect(ids.includes('pc4-aantallen')).toBe(rol === 'publiek');
    }
    expect(standaardLagen('publiek')).toEqual(expect.arrayContaining(['voorzieningen', 'pc4-aantallen']));
  });

  it.each([
    ['publiek', 'pc4:3084', true],
    ['publiek', 'pc6:3084NP', false],
    ['publiek', 'adres:4.1,51.9', false],
    ['publiek', 'buurt:BU05991572', false],
    ['zorgaanbieder', 'pc6:3084NP', true],
    ['zorgaanbieder', 'adres:4.1,51.9', false],
    ['draagkrachtscan', 'adres:4.1,51.9', true],
    ['draagkrachtscan', 'buurt:BU05991572', true],
  ] satisfies [Rol, string, boolean][])('%s mag selectie %s: %s', (rol, sleutel, mag) => {
    expect(magSelectie(rol, sleutel)).toBe(mag);
  });

  it('filters per rol', () => {
    expect(magFilter('publiek', 'woonvorm')).toBe(true);
    expect(magFilter('publiek', 'fase')).toBe(false);
    expect(magFilter('draagkrachtscan', 'fase')).toBe(true);
  });

  it('een lijstfilter leest soepel en schrijft kort', () => {
    const { schema, schrijf } = FILTERS.woonvorm;
    expect(schema.safeParse(' opvang , nep,flexwonen').data).toEqual(['opvang', 'flexwonen']);
    expect(schema.safeParse('nep').success).toBe(false);
    expect(schrijf(['opvang', 'flexwonen'])).toBe('opvang,flexwonen');
  });

  it('bronregel met Nederlandse datum', () => {
    expect(toonDatumKort('2026-11-20')).toBe('20-11-2026');
    expect(toonDatumKort('morgen')).toBe('morgen');
    expect(bronRegel({ dataset: 'demodata', omschrijving: 'x', peildatum: '2026-11-20' })).toBe(
      'Bron: demodata, peildatum 20-11-2026',
    );
  });
});
