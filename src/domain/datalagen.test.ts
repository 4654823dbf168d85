/** Tests of the layer and filter registry: what each role may switch on, select and filter, and the source line. */
import { describe, expect, it } from 'vitest';
import { Rol } from '../contract/common';
import { RECHTEN } from './roles';
import {
  bronRegel,
  DATALAGEN,
  eenVlaklaag,
  FILTERS,
  laagTitel,
  lagenVoorRol,
  magFilter,
  magSelectie,
  standaardLagen,
  toonDatumKort,
  wisselLaag,
  type DatalaagId,
} from './datalagen';

describe('één vlakkenlaag tegelijk', () => {
  it('de vlakkenlagen zijn dekking, Wijkprofiel en RGW; de voorzieningen en het PC4-vlak van publiek niet', () => {
    expect(DATALAGEN.filter((l) => l.soort === 'vlak').map((l) => l.id)).toEqual([
      'rgw-dichtheid',
      'dekking',
      'wijkprofiel',
    ]);
  });

  it.each([
    [
      ['voorzieningen', 'dekking', 'wijkprofiel'],
      ['voorzieningen', 'dekking'],
    ],
    [
      ['wijkprofiel', 'rgw-dichtheid', 'voorzieningen', 'dekking'],
      ['wijkprofiel', 'voorzieningen'],
    ],
    [
      ['voorzieningen', 'pc4-aantallen', 'rgw-dichtheid'],
      ['voorzieningen', 'pc4-aantallen', 'rgw-dichtheid'],
    ],
    [[], []],
  ] satisfies [DatalaagId[], DatalaagId[]][])('eenVlaklaag(%j) = %j: de eerste blijft', (lagen, verwacht) => {
    expect(eenVlaklaag(Object.freeze(lagen))).toEqual(verwacht);
  });

  it.each([
    [['voorzieningen', 'rgw-dichtheid'], 'dekking', true, ['voorzieningen', 'dekking']],
    [['voorzieningen', 'dekking'], 'wijkprofiel', true, ['voorzieningen', 'wijkprofiel']],
    [['rgw-dichtheid'], 'voorzieningen', true, ['rgw-dichtheid', 'voorzieningen']],
    [['voorzieningen', 'dekking'], 'dekking', false, ['voorzieningen']],
    [['voorzieningen', 'dekking'], 'dekking', true, ['voorzieningen', 'dekking']],
    [['voorzieningen'], 'voorzieningen', false, []],
  ] satisfies [DatalaagId[], DatalaagId, boolean, DatalaagId[]][])(
    'wisselLaag(%j, %s, %s) = %j',
    (lagen, id, aan, verwacht) => {
      expect(wisselLaag(Object.freeze(lagen), id, aan)).toEqual(verwacht);
    },
  );

  it('geen rol begint met twee vlakkenlagen aan', () => {
    for (const rol of ['publiek', 'zorgaanbieder', 'draagkrachtscan'] satisfies Rol[]) {
      expect(eenVlaklaag(standaardLagen(rol))).toEqual(standaardLagen(rol));
    }
  });
});

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

describe('laagTitel', () => {
  // A role that receives RGW totals per focus area must not read "dichtheid" (density) in its layer control.
  it.each(Rol.options)('%s: de RGW-laag heet naar wat de rol krijgt', (rol) => {
    const titel = laagTitel('rgw-dichtheid', rol);
    if (RECHTEN[rol].rgwDichtheidFijn) expect(titel).toMatch(/dichtheid/);
    else expect(titel).not.toMatch(/dichtheid|RGW/);
  });

  it('een laag zonder eigen naam voor de rol houdt haar naam', () => {
    expect(laagTitel('voorzieningen', 'publiek')).toBe(laagTitel('voorzieningen', 'beheer'));
  });
});
