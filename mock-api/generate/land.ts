/** Where generated points may go: on land inside the drawn city outline, answered from a grid index built once over the outline and the water. */
// The generator draws points around CBS centroids; without this it would put some in the Maas or outside the
// drawing. A rejection loop asks `opLand` for every candidate, a million times for the city-wide benchmark, so
// the answer is a table lookup for almost every point: the grid marks each cell as land, not land, or mixed, and
// only points in a mixed cell (one that a ring edge passes within MARGE_M of) are tested exactly.
import gemeenteJson from '../../src/geo/data/gemeente.json';
import waterJson from '../../src/geo/data/water.json';
import { METER_PER_GRAAD_LAT, METER_PER_GRAAD_LON } from '../../src/geo/dichtstbijzijnde';
import type { Vlak } from '../../src/geo/geografie';

/** Anything that says whether a point may hold a generated record. */
export interface Land {
  opLand(lon: number, lat: number): boolean;
}

/** Side of a grid cell. */
export const CEL_M = 100;
/**
 * A point closer than this to the outline or a shore is not land: the buurt and PC4 polygons were clipped from
 * the same rings and rounded to 6 decimals (about 0.1 m), so a point right on a shore could fall outside them.
 */
export const MARGE_M = 1;

const NIET_LAND = 0;
const LAND = 1;
const GEMENGD = 2;

function polygonen(g: Vlak): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** The edges of one set of rings as [x1, y1, x2, y2] per edge, in degrees. */
function randen(vlakken: readonly Vlak[]): number[] {
  const uit: number[] = [];
  for (const v of vlakken) {
    for (const poly of polygonen(v)) {
      for (const ring of poly) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i] ?? [0, 0];
          const b = ring[i + 1] ?? [0, 0];
          uit.push(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
        }
      }
    }
  }
  return uit;
}

/** Buckets in compressed-row form: the items of bucket b are items[start[b]] … items[start[b + 1] - 1]. */
interface Bakken {
  start: Int32Array;
  items: Int32Array;
}

/** Two passes over the same visits: count per bucket, then fill. `elk` must visit in the same order both times. */
function vulBakken(aantalBakken: number, elk: (bezoek: (item: number, bak: number) => void) => void): Bakken {
  const start = new Int32Array(aantalBakken + 1);
  elk((_, bak) => {
    start[bak + 1] = (start[bak + 1] as number) + 1;
  });
  for (let b = 0; b < aantalBakken; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const items = new Int32Array(start[aantalBakken] as number);
  const vrij = start.slice(0, aantalBakken);
  elk((item, bak) => {
    items[vrij[bak] as number] = item;
    vrij[bak] = (vrij[bak] as number) + 1;
  });
  return { start, items };
}

/**
 * Land = inside one of the `binnen` areas and outside every `water` area, at least MARGE_M from any of their edges.
 * Rings follow even-odd: holes in `binnen` are not land, and the water areas must not overlap each other (the
 * geography's validation guarantees both).
 */
export class LandIndex implements Land {
  private readonly west: number;
  private readonly zuid: number;
  private readonly celLon: number;
  private readonly celLat: number;
  private readonly kolommen: number;
  private readonly rijen: number;
  /** Per cell: NIET_LAND, LAND or GEMENGD. */
  private readonly cellen: Uint8Array;
  /** All edges, [x1, y1, x2, y2] each; the first `aantalBinnen` edges belong to `binnen`, the rest to the water. */
  private readonly randen: Float64Array;
  private readonly aantalBinnen: number;
  /** Per grid row, the edges whose latitude range meets it: the only ones a horizontal ray in that row can cross. */
  private readonly perRij: Bakken;
  /** Per cell, the edges within MARGE_M of it (empty unless the cell is mixed). */
  private readonly perCel: Bakken;

  constructor(binnen: readonly Vlak[], water: readonly Vlak[], celM = CEL_M) {
    const b = randen(binnen);
    const w = randen(water);
    this.randen = Float64Array.from([...b, ...w]);
    this.aantalBinnen = b.length / 4;
    const aantal = this.randen.length / 4;

    // The grid spans the outline: a point beyond its bounding box is not inside it.
    let west = Infinity;
    let zuid = Infinity;
    let oost = -Infinity;
    let noord = -Infinity;
    for (let i = 0; i < b.length; i += 2) {
      west = Math.min(west, b[i] as number);
      oost = Math.max(oost, b[i] as number);
      zuid = Math.min(zuid, b[i + 1] as number);
      noord = Math.max(noord, b[i + 1] as number);
    }
    if (!(west < oost && zuid < noord)) throw new Error('land: het gebied heeft geen oppervlakte');
    this.west = west;
    this.zuid = zuid;
    this.celLon = celM / METER_PER_GRAAD_LON;
    this.celLat = celM / METER_PER_GRAAD_LAT;
    this.kolommen = Math.floor((oost - west) / this.celLon) + 1;
    this.rijen = Math.floor((noord - zuid) / this.celLat) + 1;
    const margeLon = MARGE_M / METER_PER_GRAAD_LON;
    const margeLat = MARGE_M / METER_PER_GRAAD_LAT;

    const r = this.randen;
    this.perRij = vulBakken(this.rijen, (bezoek) => {
      for (let e = 0; e < aantal; e++) {
        const y1 = r[4 * e + 1] as number;
        const y2 = r[4 * e + 3] as number;
        const van = Math.max(0, this.rij(Math.min(y1, y2)));
        const tot = Math.min(this.rijen - 1, this.rij(Math.max(y1, y2)));
        for (let rij = van; rij <= tot; rij++) bezoek(e, rij);
      }
    });
    // Conservative: every cell that the edge's bounding box, grown by the margin, touches.
    this.perCel = vulBakken(this.kolommen * this.rijen, (bezoek) => {
      for (let e = 0; e < aantal; e++) {
        const x1 = r[4 * e] as number;
        const y1 = r[4 * e + 1] as number;
        const x2 = r[4 * e + 2] as number;
        const y2 = r[4 * e + 3] as number;
        const k0 = Math.max(0, this.kolom(Math.min(x1, x2) - margeLon));
        const k1 = Math.min(this.kolommen - 1, this.kolom(Math.max(x1, x2) + margeLon));
        const r0 = Math.max(0, this.rij(Math.min(y1, y2) - margeLat));
        const r1 = Math.min(this.rijen - 1, this.rij(Math.max(y1, y2) + margeLat));
        for (let rij = r0; rij <= r1; rij++) {
          for (let k = k0; k <= k1; k++) bezoek(e, rij * this.kolommen + k);
        }
      }
    });

    // A cell no edge comes near is land or not land throughout: its centre decides.
    this.cellen = new Uint8Array(this.kolommen * this.rijen);
    for (let rij = 0; rij < this.rijen; rij++) {
      const lat = this.zuid + (rij + 0.5) * this.celLat;
      for (let k = 0; k < this.kolommen; k++) {
        const cel = rij * this.kolommen + k;
        if ((this.perCel.start[cel + 1] as number) > (this.perCel.start[cel] as number)) {
          this.cellen[cel] = GEMENGD;
        } else {
          this.cellen[cel] = this.binnenEnDroog(this.west + (k + 0.5) * this.celLon, lat, rij)
            ? LAND
            : NIET_LAND;
        }
      }
    }
  }

  private kolom(lon: number): number {
    return Math.floor((lon - this.west) / this.celLon);
  }

  private rij(lat: number): number {
    return Math.floor((lat - this.zuid) / this.celLat);
  }

  opLand(lon: number, lat: number): boolean {
    const k = this.kolom(lon);
    const rij = this.rij(lat);
    if (k < 0 || k >= this.kolommen || rij < 0 || rij >= this.rijen) return false;
    const cel = rij * this.kolommen + k;
    const soort = this.cellen[cel];
    if (soort !== GEMENGD) return soort === LAND;
    return !this.bijRand(lon, lat, cel) && this.binnenEnDroog(lon, lat, rij);
  }

  /** Share of the cells that need the exact test; bench-dataset.ts prints it. */
  aandeelGemengd(): number {
    return this.cellen.reduce((s, c) => s + (c === GEMENGD ? 1 : 0), 0) / this.cellen.length;
  }

  /** Crossing number of a ray due east, per set of rings: inside `binnen` (odd) and not inside the water (even). */
  private binnenEnDroog(lon: number, lat: number, rij: number): boolean {
    const r = this.randen;
    const { start, items } = this.perRij;
    let binnen = false;
    let nat = false;
    for (let i = start[rij] as number, tot = start[rij + 1] as number; i < tot; i++) {
      const e = items[i] as number;
      const y1 = r[4 * e + 1] as number;
      const y2 = r[4 * e + 3] as number;
      if (y1 > lat === y2 > lat) continue;
      const x1 = r[4 * e] as number;
      const x2 = r[4 * e + 2] as number;
      if (lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) {
        if (e < this.aantalBinnen) binnen = !binnen;
        else nat = !nat;
      }
    }
    return binnen && !nat;
  }

  /** Whether an edge passes within MARGE_M of the point, measured in the flat metre grid. */
  private bijRand(lon: number, lat: number, cel: number): boolean {
    const r = this.randen;
    const { start, items } = this.perCel;
    const grens = MARGE_M * MARGE_M;
    for (let i = start[cel] as number, tot = start[cel + 1] as number; i < tot; i++) {
      const e = items[i] as number;
      const ax = ((r[4 * e] as number) - lon) * METER_PER_GRAAD_LON;
      const ay = ((r[4 * e + 1] as number) - lat) * METER_PER_GRAAD_LAT;
      const dx = ((r[4 * e + 2] as number) - lon) * METER_PER_GRAAD_LON - ax;
      const dy = ((r[4 * e + 3] as number) - lat) * METER_PER_GRAAD_LAT - ay;
      const lengte = dx * dx + dy * dy;
      // The point is the origin; t is where the perpendicular from it meets the edge, clamped to the edge.
      const t = lengte > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengte)) : 0;
      const px = ax + t * dx;
      const py = ay + t * dy;
      if (px * px + py * py < grens) return true;
    }
    return false;
  }
}

// A light check instead of the zod schemas of src/geo/geografie.ts: importing those pulls turf and zod into every
// process that generates data (a few hundred ms under tsx), for two files that tests/geo validate in full.
function isPositie(p: unknown): boolean {
  return Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
}

function isPolygoon(p: unknown): p is number[][][] {
  return (
    Array.isArray(p) &&
    p.length > 0 &&
    p.every((r) => Array.isArray(r) && r.length >= 4 && r.every(isPositie))
  );
}

/** The areas of a layer of src/geo/data and its `metadata.weggelaten`; throws on anything else. */
export function leesVlakken(naam: string, ruw: unknown): { vlakken: Vlak[]; weggelaten: string[] } {
  const fout = (wat: string) => new Error(`${naam}: ${wat}`);
  if (typeof ruw !== 'object' || ruw === null || !('features' in ruw) || !Array.isArray(ruw.features)) {
    throw fout('geen FeatureCollection');
  }
  const metadata = 'metadata' in ruw ? ruw.metadata : undefined;
  const weggelaten =
    typeof metadata === 'object' && metadata !== null && 'weggelaten' in metadata
      ? metadata.weggelaten
      : undefined;
  if (!Array.isArray(weggelaten) || !weggelaten.every((c): c is string => typeof c === 'string')) {
    throw fout('metadata.weggelaten is geen lijst van codes');
  }
  const vlakken = ruw.features.map((f: unknown, i: number): Vlak => {
    const g = typeof f === 'object' && f !== null && 'geometry' in f ? f.geometry : undefined;
    if (typeof g === 'object' && g !== null && 'type' in g && 'coordinates' in g) {
      const c = g.coordinates;
      if (g.type === 'Polygon' && isPolygoon(c)) return { type: 'Polygon', coordinates: c };
      if (g.type === 'MultiPolygon' && Array.isArray(c) && c.length > 0 && c.every(isPolygoon)) {
        return { type: 'MultiPolygon', coordinates: c };
      }
    }
    throw fout(`feature ${i} is geen Polygon of MultiPolygon`);
  });
  return { vlakken, weggelaten };
}

const gemeente = leesVlakken('gemeente.json', gemeenteJson);
const water = leesVlakken('water.json', waterJson);

/** Codes (buurten, wijken, PC4 areas) that the drawn geography leaves out: the generator puts nothing there. */
export const WEGGELATEN: ReadonlySet<string> = new Set(gemeente.weggelaten);

let rotterdam: LandIndex | null = null;

/** The land of the drawn city (src/geo/data), built on first use. */
export function landVanRotterdam(): LandIndex {
  rotterdam ??= new LandIndex(gemeente.vlakken, water.vlakken);
  return rotterdam;
}
