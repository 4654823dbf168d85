/** Tests of building the geography from read CBS areas: wijken, outline, fitted PC4 areas, water, labels, metadata. */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Focusgebied } from '../../src/domain/focusgebieden';
import { valideerGeografie, type Geografie, type Vlak } from '../../src/geo/geografie';
import type { BuurtFeit } from '../../src/geo/rotterdam-facts';
import type { GelezenBuurt, GelezenPc4 } from './bron-lezer';
import {
  ATTRIBUTIE_CBS,
  bouwGeografie,
  TOELICHTING_WATER_SCHEMATISCH,
  type BouwInvoer,
} from './bouw-geografie';

function rechthoek(w: number, s: number, e: number, n: number): Position[][][] {
  return [
    [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  ];
}

function buurt(
  index: number,
  code: string,
  naam: string | null,
  wijk: string,
  vlak: Position[][][],
  extra: Partial<GelezenBuurt> = {},
): GelezenBuurt {
  return {
    index,
    code,
    naam,
    wijk,
    wijknaam: null,
    gemeentenaam: null,
    inwoners: 1000 + index,
    water: false,
    vlak,
    ...extra,
  };
}

function pc4(index: number, code: string, vlak: Position[][][]): GelezenPc4 {
  return { index, code, inwoners: 100 * (index + 1), vlak };
}

// Two wijken side by side: WK059910 (two buurten, north) and WK059915 (two buurten, south).
const BUURTEN: readonly GelezenBuurt[] = Object.freeze([
  buurt(0, 'BU05991081', 'Bloemhof', 'WK059910', rechthoek(4.47, 51.89, 4.48, 51.9), {
    wijknaam: 'Feijenoord uit het bestand',
  }),
  buurt(1, 'BU05991082', 'Hillesluis', 'WK059910', rechthoek(4.48, 51.89, 4.49, 51.9)),
  buurt(2, 'BU05991571', null, 'WK059915', rechthoek(4.47, 51.88, 4.48, 51.89), { inwoners: null }),
  // A land and a water part with one code, as CBS map files have them.
  buurt(3, 'BU05991572', 'Carnisse', 'WK059915', rechthoek(4.48, 51.88, 4.49, 51.885)),
  buurt(4, 'BU05991572', 'Carnisse (water)', 'WK059915', rechthoek(4.48, 51.885, 4.49, 51.89), {
    water: true,
  }),
]);

const PC4: readonly GelezenPc4[] = Object.freeze([
  // North half, reaching 0.002° beyond the outline in the west: cut off.
  pc4(0, '3073', rechthoek(4.468, 51.89, 4.49, 51.9)),
  // South-west, overlapping 3081 by 0.001°: the overlap stays with the lower code.
  pc4(1, '3081', rechthoek(4.47, 51.88, 4.481, 51.89)),
  // South-east, leaving a strip of 0.0005° at the east edge uncovered: filled from its neighbour.
  pc4(2, '3083', rechthoek(4.48, 51.88, 4.4895, 51.89)),
  // Mostly south of the city: not a PC4 area of this gemeente.
  pc4(3, '2993', rechthoek(4.47, 51.87, 4.49, 51.882)),
]);

const FOCUS: readonly Focusgebied[] = [
  { code: 'bloemhof', naam: 'Bloemhof', buurten: ['BU05991081'] },
  { code: 'pendrecht-zuidwijk', naam: 'Zuid', buurten: ['BU05991571', 'BU05991572'] },
];

const FEITEN = [
  { code: 'BU05991571', naam: 'Tarwewijk', wijk: 'WK059915', wijknaam: 'Charlois' },
] as unknown as readonly BuurtFeit[];

const WATER: Geografie['water']['features'] = [
  // A harbour across the middle of Bloemhof, and a lake entirely outside the city.
  {
    type: 'Feature',
    properties: { naam: 'Maashaven', soort: 'haven' },
    geometry: { type: 'Polygon', coordinates: rechthoek(4.46, 51.894, 4.4785, 51.896)[0] ?? [] },
  },
  {
    type: 'Feature',
    properties: { naam: 'Kralingse Plas', soort: 'plas' },
    geometry: { type: 'Polygon', coordinates: rechthoek(4.51, 51.93, 4.52, 51.94)[0] ?? [] },
  },
];

const INVOER: BouwInvoer = Object.freeze({
  gemeente: { code: 'GM0599', naam: 'Rotterdam' },
  buurten: BUURTEN,
  pc4: PC4,
  water: WATER,
  tolerantie: 0.00005,
  focusgebieden: FOCUS,
  feiten: FEITEN,
  gegenereerd: 'test',
});

function m2(g: Vlak): number {
  return area({ type: 'Feature', properties: {}, geometry: g });
}

const { geografie, verslag } = await bouwGeografie(INVOER);

describe('bouwGeografie', () => {
  it('maakt een geldige geografie', () => {
    expect(valideerGeografie(geografie, { focusgebieden: FOCUS })).toEqual([]);
  });

  it('zet de CBS-metadata op elke laag', () => {
    expect(geografie.buurten.metadata).toEqual({
      bron: 'CBS',
      attributie: ATTRIBUTIE_CBS,
      weggelaten: [],
      toelichting: TOELICHTING_WATER_SCHEMATISCH,
      gegenereerd: 'test',
    });
  });

  it('voegt land- en waterdeel van één buurt samen en vult namen en inwoners aan', () => {
    expect(geografie.buurten.features.map((f) => f.properties)).toEqual([
      {
        code: 'BU05991081',
        naam: 'Bloemhof',
        wijk: 'WK059910',
        wijknaam: 'Feijenoord uit het bestand',
        inwoners: 1000,
        focusgebied: 'bloemhof',
      },
      {
        code: 'BU05991082',
        naam: 'Hillesluis',
        wijk: 'WK059910',
        wijknaam: 'Feijenoord uit het bestand',
        inwoners: 1001,
        focusgebied: null,
      },
      // No name in the file: the known CBS name; unknown inhabitants: 0.
      {
        code: 'BU05991571',
        naam: 'Tarwewijk',
        wijk: 'WK059915',
        wijknaam: 'Charlois',
        inwoners: 0,
        focusgebied: 'pendrecht-zuidwijk',
      },
      {
        code: 'BU05991572',
        naam: 'Carnisse',
        wijk: 'WK059915',
        wijknaam: 'Charlois',
        inwoners: 1003,
        focusgebied: 'pendrecht-zuidwijk',
      },
    ]);
    expect(verslag.waarschuwingen).toContainEqual(expect.stringContaining('buurten BU05991572: 2 features'));
  });

  it('leidt wijken en de gemeente af uit de buurten', () => {
    expect(geografie.wijken.features.map((f) => f.properties)).toEqual([
      { code: 'WK059910', naam: 'Feijenoord uit het bestand', inwoners: 2001 },
      { code: 'WK059915', naam: 'Charlois', inwoners: 1003 },
    ]);
    expect(geografie.gemeente.features.map((f) => f.properties)).toEqual([
      { code: 'GM0599', naam: 'Rotterdam', inwoners: 3004 },
    ]);
    const gemeente = geografie.gemeente.features[0]?.geometry;
    const buurten = geografie.buurten.features.reduce((s, f) => s + m2(f.geometry), 0);
    expect(gemeente && m2(gemeente)).toBeCloseTo(buurten, -1);
  });

  it('past de PC4-gebieden in: bijsnijden, overlap naar de laagste code, gaten aanvullen, vreemde weglaten', () => {
    expect(geografie.pc4.features.map((f) => f.properties.code)).toEqual(['3073', '3081', '3083']);
    expect(verslag.pc4NietOpgenomen).toEqual([{ code: '2993', aandeel: expect.closeTo(1 / 6, 2) }]);
    expect(verslag.pc4Afgesneden.map((a) => a.code).sort()).toEqual(['3073', '3083']);
    expect(verslag.pc4Aangevuld.map((a) => a.code)).toEqual(['3083']);
    const gemeente = geografie.gemeente.features[0]?.geometry;
    const pc4 = geografie.pc4.features.reduce((s, f) => s + m2(f.geometry), 0);
    expect(gemeente && pc4 / m2(gemeente)).toBeCloseTo(1, 4);
  });

  it('snijdt het water bij tot de gemeente en laat water erbuiten weg', () => {
    expect(geografie.water.features.map((f) => f.properties.naam)).toEqual(['Maashaven']);
    expect(verslag.waterStukken).toBe(1);
  });

  it('zet elk label in het eigen gebied en niet op het water', () => {
    const haven = geografie.water.features[0]?.geometry;
    for (const l of geografie.labels.features) {
      expect(haven && booleanPointInPolygon(l.geometry.coordinates, haven)).toBe(false);
    }
    expect(
      geografie.labels.features.map((l) => `${l.properties.rang} ${l.properties.soort} ${l.properties.code}`),
    ).toEqual([
      '1 focusgebied pendrecht-zuidwijk',
      '2 focusgebied bloemhof',
      '3 wijk WK059910',
      '4 wijk WK059915',
      '5 buurt BU05991572',
      '6 buurt BU05991082',
      '7 buurt BU05991081',
      '8 buurt BU05991571',
      '9 pc4 3083',
      '10 pc4 3081',
      '11 pc4 3073',
    ]);
  });

  it('telt de punten voor en na het vereenvoudigen', () => {
    expect(verslag.punten.buurten.voor).toBeGreaterThan(0);
    expect(verslag.puntenPerLaag.buurten).toBe(verslag.punten.buurten.na);
  });

  it('weigert een invoer zonder buurten', async () => {
    await expect(bouwGeografie({ ...INVOER, buurten: [] })).rejects.toThrow('geen buurten van GM0599');
  });
});
