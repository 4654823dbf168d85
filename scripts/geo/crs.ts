/** Recognises the coordinate reference system of a CBS file (RD New or WGS84) and turns its polygons into clean WGS84 rings. */
// GeoJSON (RFC 7946) is always WGS84, but CBS and GDAL still write RD New files with the pre-2016 `crs` member, and
// some exports have neither member nor WGS84 coordinates. So: the `crs` member when there is one, else the range of
// the coordinates, and never a guess outside the Netherlands.
import type { Position } from 'geojson';
import {
  isRdBereik,
  isWgs84NederlandBereik,
  rdNaarWgs84,
  RD_BEREIK,
  WGS84_NL_BEREIK,
} from '../../src/geo/rd';

export type Crs = 'RD' | 'WGS84';

export const CRS_NAAM: Record<Crs, string> = { RD: 'RD New (EPSG:28992)', WGS84: 'WGS84 (CRS84)' };

/**
 * The CRS a name stands for: `urn:ogc:def:crs:EPSG::28992`, `EPSG:28992`, `http://www.opengis.net/def/crs/EPSG/0/28992`
 * are RD; `urn:ogc:def:crs:OGC:1.3:CRS84`, `EPSG:4326` and their URL forms are WGS84; anything else is unknown (null).
 */
export function crsUitNaam(naam: string): Crs | null {
  const n = naam.trim();
  if (/crs:?84$/i.test(n)) return 'WGS84';
  if (!/epsg/i.test(n)) return null;
  const code = /(\d+)\s*$/.exec(n)?.[1];
  if (code === '28992') return 'RD';
  if (code === '4326') return 'WGS84';
  return null;
}

/** The CRS a coordinate's range points to, or null when it fits neither (Belgium, Web Mercator, swapped axes). */
export function crsUitBereik(p: readonly number[]): Crs | null {
  if (isRdBereik(p)) return 'RD';
  if (isWgs84NederlandBereik(p)) return 'WGS84';
  return null;
}

export function inBereik(crs: Crs, p: readonly number[]): boolean {
  return crs === 'RD' ? isRdBereik(p) : isWgs84NederlandBereik(p);
}

export function bereikUitleg(crs: Crs): string {
  if (crs === 'RD') {
    return `RD verwacht x ${RD_BEREIK.xMin}–${RD_BEREIK.xMax}, y ${RD_BEREIK.yMin}–${RD_BEREIK.yMax}`;
  }
  const b = WGS84_NL_BEREIK;
  return `WGS84 verwacht lon ${b.lonMin}–${b.lonMax}, lat ${b.latMin}–${b.latMax}`;
}

/** 6 decimals of a degree is about 0.1 m: the precision of the reference data and of the tiles. */
export function rond6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function naarWgs84(crs: Crs, p: readonly number[]): [number, number] {
  const [a = NaN, b = NaN] = p;
  const [lon, lat] = crs === 'RD' ? rdNaarWgs84([a, b]) : [a, b];
  return [rond6(lon), rond6(lat)];
}

/** Twice the signed planar area of a ring: positive = counter-clockwise. */
export function ringOppervlak(ring: readonly Position[]): number {
  let som = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    som += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return som;
}

/**
 * A ring without repeated positions, closed, wound as RFC 7946 wants (exterior counter-clockwise, holes clockwise);
 * null when fewer than 4 positions or no area are left (rounding can collapse a sliver).
 */
export function schoneRing(ring: readonly Position[], buiten: boolean): Position[] | null {
  const uit: Position[] = [];
  for (const p of ring) {
    const vorige = uit[uit.length - 1];
    if (!vorige || vorige[0] !== p[0] || vorige[1] !== p[1]) uit.push([p[0] ?? 0, p[1] ?? 0]);
  }
  const eerste = uit[0];
  const laatste = uit[uit.length - 1];
  if (eerste && laatste && (eerste[0] !== laatste[0] || eerste[1] !== laatste[1]))
    uit.push([eerste[0] ?? 0, eerste[1] ?? 0]);
  if (uit.length < 4) return null;
  const opp = ringOppervlak(uit);
  if (opp === 0) return null;
  if ((buiten && opp < 0) || (!buiten && opp > 0)) uit.reverse();
  return uit;
}

/** Polygons of clean rings; a polygon whose exterior collapsed is dropped with its holes. */
export function schoonVlak(polygonen: readonly (readonly (readonly Position[])[])[]): Position[][][] {
  const uit: Position[][][] = [];
  for (const [buiten, ...gaten] of polygonen) {
    const ring = buiten ? schoneRing(buiten, true) : null;
    if (!ring) continue;
    uit.push([ring, ...gaten.map((g) => schoneRing(g, false)).filter((g): g is Position[] => g !== null)]);
  }
  return uit;
}
