/** Turns the features of a CBS buurten or PC4 file into checked records in WGS84, one feature at a time, keeping only those asked for. */
// Every feature is checked (geometry type, code, coordinates) even when it is not kept, so a broken file fails
// whatever gemeente is imported; only the kept ones are reprojected and held in memory.
import type { Bbox, VlakCoordinaten } from '../../src/geo/typen';
import {
  bereikUitleg,
  CRS_NAAM,
  crsUitBereik,
  crsUitNaam,
  inBereik,
  naarWgs84,
  schoonVlak,
  type Crs,
} from './crs';
import { ImportFout, type BronNaam } from './import-fout';
import { BUURT_VELDEN, Eigenschappen, leesCode, leesTelling, PC4_VELDEN } from './velden';

export interface GelezenBuurt {
  readonly index: number;
  readonly code: string;
  readonly naam: string | null;
  readonly wijk: string;
  readonly wijknaam: string | null;
  readonly gemeentenaam: string | null;
  /** null = unknown (missing, secret or negative in the source). */
  readonly inwoners: number | null;
  readonly water: boolean;
  readonly vlak: VlakCoordinaten;
}

export interface GelezenPc4 {
  readonly index: number;
  readonly code: string;
  readonly inwoners: number | null;
  readonly vlak: VlakCoordinaten;
}

export interface BronVerslag {
  readonly bron: BronNaam;
  readonly gelezen: number;
  readonly behouden: number;
  readonly crs: Crs | null;
  /** How the CRS was decided: the `crs` member (with its name), a Content-Crs header, or the coordinate range. */
  readonly crsHerkomst: string;
  /** Field used per fact, as written in the file (the first time it was found). */
  readonly velden: Readonly<Record<string, string>>;
  readonly waarschuwingen: readonly string[];
}

const BUURTCODE = /^BU[0-9]{8}$/;
const WIJKCODE = /^WK[0-9]{6}$/;
const PC4CODE = /^[1-9][0-9]{3}$/;

interface Gemeten {
  readonly polygonen: number[][][][];
  readonly bbox: Bbox;
}

/** Reads features for one source; call `lid` for top-level members and `feature` for each feature, in file order. */
abstract class BronLezer<T> {
  protected crs: Crs | null = null;
  protected crsHerkomst = '';
  private crsLid: { naam: string } | null = null;
  protected gelezen = 0;
  protected readonly behouden: T[] = [];
  protected readonly velden: Record<string, string> = {};
  protected readonly waarschuwingen: string[] = [];

  /** A CRS declared outside the body (OGC API's Content-Crs header), used when the body has no `crs` member. */
  private crsKop: string | null = null;

  constructor(readonly bron: BronNaam) {}

  /** Called with the Content-Crs header of a fetched page, before its features. */
  kop(crsNaam: string | null): void {
    this.crsKop ??= crsNaam;
  }

  lid(naam: string, waarde: unknown): void {
    if (naam === 'type' && waarde !== 'FeatureCollection') {
      throw new ImportFout(
        { bron: this.bron, veld: 'type' },
        `"${String(waarde)}" is geen FeatureCollection`,
      );
    }
    if (naam !== 'crs' || waarde === null) return;
    const crsNaam = leesCrsNaam(waarde);
    if (crsNaam === null) {
      throw new ImportFout(
        { bron: this.bron, veld: 'crs.properties.name' },
        'ontbreekt; verwacht bijvoorbeeld {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}}',
      );
    }
    const crs = crsUitNaam(crsNaam);
    if (!crs) {
      throw new ImportFout(
        { bron: this.bron, veld: 'crs.properties.name' },
        `"${crsNaam}" is een onbekend CRS; verwacht EPSG:28992 (RD New) of WGS84 (CRS84, EPSG:4326)`,
      );
    }
    if (this.crs && this.crs !== crs) {
      // A `crs` member after the features contradicts what the coordinates already said.
      throw new ImportFout(
        { bron: this.bron, veld: 'crs.properties.name' },
        `"${crsNaam}" (${CRS_NAAM[crs]}) past niet bij de coördinaten, die in ${CRS_NAAM[this.crs]} staan`,
      );
    }
    this.crsLid = { naam: crsNaam };
    this.crs = crs;
    this.crsHerkomst = `crs-lid "${crsNaam}"`;
  }

  /** The CRS of the file, decided at its first feature when no member or header has said it. */
  private besluitCrs(index: number, code: string | null, eerste: readonly number[]): Crs {
    if (this.crs) return this.crs;
    if (this.crsKop !== null) {
      const crs = crsUitNaam(this.crsKop);
      if (!crs) {
        throw new ImportFout(
          { bron: this.bron, veld: 'Content-Crs' },
          `"${this.crsKop}" is een onbekend CRS; verwacht EPSG:28992 (RD New) of WGS84 (CRS84, EPSG:4326)`,
        );
      }
      this.crs = crs;
      this.crsHerkomst = `Content-Crs "${this.crsKop}"`;
      return crs;
    }
    const crs = crsUitBereik(eerste);
    if (!crs) {
      throw new ImportFout(
        { bron: this.bron, index, code, veld: 'geometry.coordinates' },
        `${positie(eerste)}: coördinaten buiten Nederland, en het bestand zegt niet in welk CRS (geen crs-lid); ` +
          `${bereikUitleg('RD')}, ${bereikUitleg('WGS84')}`,
      );
    }
    this.crs = crs;
    this.crsHerkomst = 'coördinatenbereik (geen crs-lid)';
    return crs;
  }

  /** Checks geometry type, structure and range of every position; returns the raw polygons and their bbox in WGS84. */
  protected meet(index: number, code: string | null, feature: Record<string, unknown>): Gemeten {
    const plek = (veld: string) => ({ bron: this.bron, index, code, veld });
    const g = feature.geometry;
    if (!isObject(g))
      throw new ImportFout(plek('geometry'), 'ontbreekt; verwacht een Polygon of MultiPolygon');
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new ImportFout(
        plek('geometry.type'),
        `"${String(g.type)}" is geen vlak; verwacht Polygon of MultiPolygon`,
      );
    }
    const polygonen = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
    if (!Array.isArray(polygonen) || polygonen.length === 0) {
      throw new ImportFout(plek('geometry.coordinates'), 'leeg of geen lijst');
    }
    let crs: Crs | null = this.crs;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygonen as unknown[]) {
      if (!Array.isArray(poly) || poly.length === 0)
        throw new ImportFout(plek('geometry.coordinates'), 'een polygoon zonder ringen');
      for (const ring of poly as unknown[]) {
        if (!Array.isArray(ring) || ring.length < 4) {
          throw new ImportFout(plek('geometry.coordinates'), 'een ring heeft minstens 4 posities');
        }
        for (const p of ring as unknown[]) {
          if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
            throw new ImportFout(plek('geometry.coordinates'), `${JSON.stringify(p)} is geen positie [x, y]`);
          }
          const xy = p as number[];
          crs ??= this.besluitCrs(index, code, xy);
          if (!inBereik(crs, xy)) {
            const hint =
              crs === 'WGS84' && isOmgedraaid(xy) ? ' (lat en lon verwisseld? GeoJSON is [lon, lat])' : '';
            throw new ImportFout(
              plek('geometry.coordinates'),
              `${positie(xy)}: coördinaten buiten Nederland in ${CRS_NAAM[crs]}${hint}; ${bereikUitleg(crs)}`,
            );
          }
          const [x = 0, y = 0] = xy;
          w = Math.min(w, x);
          s = Math.min(s, y);
          e = Math.max(e, x);
          n = Math.max(n, y);
        }
      }
    }
    return { polygonen: polygonen as number[][][][], bbox: bboxNaarWgs84(crs ?? 'WGS84', [w, s, e, n]) };
  }

  /** Reprojects and cleans the rings of a kept feature. */
  protected vlak(index: number, code: string, gemeten: Gemeten): VlakCoordinaten {
    const crs = this.crs ?? 'WGS84';
    const vlak = schoonVlak(
      gemeten.polygonen.map((poly) => poly.map((ring) => ring.map((p) => naarWgs84(crs, p)))),
    );
    if (vlak.length === 0) {
      throw new ImportFout(
        { bron: this.bron, index, code, veld: 'geometry.coordinates' },
        'het vlak heeft geen oppervlak',
      );
    }
    return vlak;
  }

  protected veld(naam: string, gebruikt: string): void {
    this.velden[naam] ??= gebruikt;
  }

  protected telling(
    index: number,
    code: string,
    e: Eigenschappen,
    kandidaten: readonly string[],
  ): number | null {
    const gevonden = e.zoek(kandidaten);
    if (!gevonden) {
      this.waarschuwingen.push(
        `${this.bron} ${code} (feature ${index}): geen inwonersaantal (${kandidaten.join(', ')}); 0 gebruikt`,
      );
      return null;
    }
    this.veld('inwoners', gevonden.naam);
    const t = leesTelling(gevonden.waarde);
    if (t.soort === 'getal') return t.waarde;
    this.waarschuwingen.push(
      `${this.bron} ${code} (feature ${index}): ${gevonden.naam} = ${JSON.stringify(t.ruw)} is geheim of onbekend; 0 gebruikt`,
    );
    return null;
  }

  abstract feature(index: number, feature: unknown): void;

  protected eigenschappen(index: number, feature: unknown): { f: Record<string, unknown>; e: Eigenschappen } {
    if (!isObject(feature) || feature.type !== 'Feature') {
      throw new ImportFout({ bron: this.bron, index, veld: 'type' }, 'geen GeoJSON Feature');
    }
    this.gelezen++;
    const props = isObject(feature.properties) ? feature.properties : {};
    return { f: feature, e: new Eigenschappen(props) };
  }

  resultaat(): { features: T[]; verslag: BronVerslag } {
    return {
      features: this.behouden,
      verslag: {
        bron: this.bron,
        gelezen: this.gelezen,
        behouden: this.behouden.length,
        crs: this.crs,
        crsHerkomst: this.crsLid || this.crs ? this.crsHerkomst : 'geen features',
        velden: { ...this.velden },
        waarschuwingen: [...this.waarschuwingen],
      },
    };
  }
}

/** CBS buurten: keeps those whose code starts with BU + the gemeente's four digits. */
export class BuurtLezer extends BronLezer<GelezenBuurt> {
  private readonly voorvoegsel: string;

  constructor(gemeente: string) {
    super('buurten');
    this.voorvoegsel = `BU${gemeente.slice(2)}`;
  }

  feature(index: number, feature: unknown): void {
    const { f, e } = this.eigenschappen(index, feature);
    const codeVeld = e.zoek(BUURT_VELDEN.code);
    const code = codeVeld ? leesCode(codeVeld.waarde) : null;
    if (!codeVeld || code === null) {
      throw new ImportFout(
        { bron: 'buurten', index, code: null, veld: BUURT_VELDEN.code[0] },
        `ontbreekt; verwacht een van ${BUURT_VELDEN.code.join(', ')} (hoofdletters maken niet uit)`,
      );
    }
    if (!BUURTCODE.test(code)) {
      throw new ImportFout(
        { bron: 'buurten', index, code, veld: codeVeld.naam },
        `"${code}" is geen buurtcode; verwacht BU gevolgd door 8 cijfers`,
      );
    }
    this.veld('code', codeVeld.naam);
    const gemeten = this.meet(index, code, f);
    if (!code.startsWith(this.voorvoegsel)) return;

    const naamVeld = e.zoek(BUURT_VELDEN.naam);
    if (naamVeld) this.veld('naam', naamVeld.naam);
    const wijkVeld = e.zoek(BUURT_VELDEN.wijk);
    // CBS codes nest: BU + gemeente (4) + wijk (2) + buurt (2), so the wijk follows from the buurt when not given.
    const afgeleid = `WK${code.slice(2, 8)}`;
    let wijk = afgeleid;
    if (wijkVeld) {
      const w = leesCode(wijkVeld.waarde);
      if (w === null || !WIJKCODE.test(w)) {
        throw new ImportFout(
          { bron: 'buurten', index, code, veld: wijkVeld.naam },
          `"${String(wijkVeld.waarde)}" is geen wijkcode; verwacht WK gevolgd door 6 cijfers`,
        );
      }
      this.veld('wijk', wijkVeld.naam);
      wijk = w;
    } else this.veld('wijk', 'afgeleid uit de buurtcode');
    const wijknaamVeld = e.zoek(BUURT_VELDEN.wijknaam);
    if (wijknaamVeld) this.veld('wijknaam', wijknaamVeld.naam);
    const gemeentenaamVeld = e.zoek(BUURT_VELDEN.gemeentenaam);
    const waterVeld = e.zoek(BUURT_VELDEN.water);

    this.behouden.push({
      index,
      code,
      naam: naamVeld ? String(naamVeld.waarde).trim() || null : null,
      wijk,
      wijknaam: wijknaamVeld ? String(wijknaamVeld.waarde).trim() || null : null,
      gemeentenaam: gemeentenaamVeld ? String(gemeentenaamVeld.waarde).trim() || null : null,
      inwoners: this.telling(index, code, e, BUURT_VELDEN.inwoners),
      water: waterVeld !== null && String(waterVeld.waarde).trim().toUpperCase() === 'JA',
      vlak: this.vlak(index, code, gemeten),
    });
  }
}

/** CBS PC4 areas: keeps those whose bounding box touches `gebied` (a prefilter; the overlap is measured later). */
export class Pc4Lezer extends BronLezer<GelezenPc4> {
  constructor(private readonly gebied: Bbox | null) {
    super('pc4');
  }

  feature(index: number, feature: unknown): void {
    const { f, e } = this.eigenschappen(index, feature);
    const codeVeld = e.zoek(PC4_VELDEN.code);
    const code = codeVeld ? leesCode(codeVeld.waarde) : null;
    if (!codeVeld || code === null) {
      throw new ImportFout(
        { bron: 'pc4', index, code: null, veld: PC4_VELDEN.code[0] },
        `ontbreekt; verwacht een van ${PC4_VELDEN.code.join(', ')} (hoofdletters maken niet uit)`,
      );
    }
    if (!PC4CODE.test(code)) {
      throw new ImportFout(
        { bron: 'pc4', index, code, veld: codeVeld.naam },
        `"${code}" is geen PC4-code; verwacht 4 cijfers, 1000–9999`,
      );
    }
    this.veld('code', codeVeld.naam);
    const gemeten = this.meet(index, code, f);
    if (this.gebied && !bboxenRaken(gemeten.bbox, this.gebied)) return;
    this.behouden.push({
      index,
      code,
      inwoners: this.telling(index, code, e, PC4_VELDEN.inwoners),
      vlak: this.vlak(index, code, gemeten),
    });
  }
}

export function bboxenRaken(a: Bbox, b: Bbox): boolean {
  return (
    (a[0] ?? 0) <= (b[2] ?? 0) &&
    (b[0] ?? 0) <= (a[2] ?? 0) &&
    (a[1] ?? 0) <= (b[3] ?? 0) &&
    (b[1] ?? 0) <= (a[3] ?? 0)
  );
}

/** The bounding box of areas in WGS84. */
export function bboxVanVlakken(vlakken: readonly VlakCoordinaten[]): Bbox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of vlakken) {
    for (const poly of v) {
      for (const [lon = 0, lat = 0] of poly[0] ?? []) {
        w = Math.min(w, lon);
        s = Math.min(s, lat);
        e = Math.max(e, lon);
        n = Math.max(n, lat);
      }
    }
  }
  return [w, s, e, n];
}

/**
 * A source-CRS box as a WGS84 box: the RD grid is turned slightly against the meridians, so the four corners are
 * projected and a margin of about 100 m covers the bulge of the edges. Only used to skip far-away features.
 */
function bboxNaarWgs84(crs: Crs, [w, s, e, n]: Bbox): Bbox {
  if (crs === 'WGS84') return [w, s, e, n];
  const hoeken = [
    naarWgs84(crs, [w, s]),
    naarWgs84(crs, [e, s]),
    naarWgs84(crs, [e, n]),
    naarWgs84(crs, [w, n]),
  ];
  const lons = hoeken.map((h) => h[0]);
  const lats = hoeken.map((h) => h[1]);
  const marge = 0.001;
  return [
    Math.min(...lons) - marge,
    Math.min(...lats) - marge,
    Math.max(...lons) + marge,
    Math.max(...lats) + marge,
  ];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function leesCrsNaam(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const naam = crs.properties.name;
  return typeof naam === 'string' && naam.trim() !== '' ? naam.trim() : null;
}

function positie(p: readonly number[]): string {
  return `[${p.slice(0, 2).join(', ')}]`;
}

/** [lat, lon] written where GeoJSON wants [lon, lat]. */
function isOmgedraaid([a = 0, b = 0]: readonly number[]): boolean {
  return crsUitBereik([b, a]) === 'WGS84';
}
