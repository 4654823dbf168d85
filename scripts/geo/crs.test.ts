/** Tests of CRS recognition (by name and by coordinate range) and of ring cleaning. */
import { describe, expect, it } from 'vitest';
import { crsUitBereik, crsUitNaam, naarWgs84, schoneRing, schoonVlak } from './crs';

describe('crsUitNaam', () => {
  it.each([
    { naam: 'urn:ogc:def:crs:EPSG::28992', crs: 'RD' },
    { naam: 'EPSG:28992', crs: 'RD' },
    { naam: 'http://www.opengis.net/def/crs/EPSG/0/28992', crs: 'RD' },
    { naam: 'urn:ogc:def:crs:OGC:1.3:CRS84', crs: 'WGS84' },
    { naam: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84', crs: 'WGS84' },
    { naam: 'EPSG:4326', crs: 'WGS84' },
    { naam: 'urn:ogc:def:crs:EPSG::4326', crs: 'WGS84' },
    { naam: 'urn:ogc:def:crs:EPSG::3857', crs: null },
    { naam: 'EPSG:4258', crs: null },
    { naam: 'RD New', crs: null },
  ])('$naam -> $crs', ({ naam, crs }) => {
    expect(crsUitNaam(naam)).toBe(crs);
  });
});

describe('crsUitBereik', () => {
  it.each([
    { p: [92500, 436000], crs: 'RD' },
    { p: [4.48, 51.91], crs: 'WGS84' },
    { p: [51.91, 4.48], crs: null },
    { p: [4.44, 50.41], crs: null },
    { p: [499_000, 6_787_000], crs: null },
  ])('$p -> $crs', ({ p, crs }) => {
    expect(crsUitBereik(Object.freeze(p))).toBe(crs);
  });
});

describe('naarWgs84', () => {
  it('rondt af op 6 decimalen en rekent RD om', () => {
    expect(naarWgs84('WGS84', [4.123456789, 51.987654321])).toEqual([4.123457, 51.987654]);
    const [lon, lat] = naarWgs84('RD', [155000, 463000]);
    expect(lon).toBeCloseTo(5.387204, 6);
    expect(lat).toBeCloseTo(52.155172, 6);
  });
});

describe('schoneRing', () => {
  const ccw = Object.freeze([
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ]);

  it('draait een buitenring tegen de klok in en een gat met de klok mee', () => {
    const cw = [...ccw].reverse();
    expect(schoneRing(cw, true)).toEqual(ccw);
    expect(schoneRing(ccw, false)).toEqual(cw);
  });

  it('sluit de ring en laat herhaalde punten weg', () => {
    expect(
      schoneRing(
        [
          [0, 0],
          [1, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
        true,
      ),
    ).toEqual(ccw);
  });

  it('geeft null voor een ring zonder oppervlak', () => {
    expect(
      schoneRing(
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [0, 0],
        ],
        true,
      ),
    ).toBeNull();
    expect(
      schoneRing(
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
        true,
      ),
    ).toBeNull();
  });

  it('laat een polygoon zonder buitenring met zijn gaten weg', () => {
    expect(
      schoonVlak([
        [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
        [[...ccw]],
      ]),
    ).toEqual([[ccw]]);
  });
});
