/**
 * The H3 cell of each of many nearby points, the same answer as h3-js `latLngToCell` at a fraction of its cost:
 * a point well inside a hexagon already seen is settled by six dot products, only points near an edge go to h3-js.
 */
// Why this is exact: H3 draws a cell as a hexagon with straight edges in the gnomonic projection of its icosahedron
// face, so its edges are great-circle arcs between the vertices `cellToBoundary` returns. Such an arc of length L
// leaves the straight line between its ends in longitude/latitude by at most L² tan(lat) / 8R (east-west is the
// worst case): under a millimetre at resolution 9, a few centimetres at resolution 7 in Rotterdam. A point that lies
// more than four times that (plus a centimetre) inside the straight-edged hexagon therefore lies inside the cell.
// Cells on more than one face, pentagons, cells across the antimeridian and everything far north or south are left
// to h3-js.
import {
  cellToBoundary,
  getHexagonEdgeLengthAvg,
  getIcosahedronFaces,
  gridDisk,
  isPentagon,
  latLngToCell,
} from 'h3-js';

export interface Cellen {
  /** Codes of the cells the points lie in, in order of first hit. */
  codes: string[];
  /** Per point, the index of its cell in `codes`. */
  id: Int32Array;
  /** How many points went to h3-js (near an edge, or no fast path at all). */
  naarH3: number;
}

const AARDSTRAAL_M = 6_371_008.8;
const METER_PER_GRAAD = (AARDSTRAAL_M * Math.PI) / 180;
/** Beyond this latitude a degree of longitude shrinks too fast for one local metre grid. */
const MAX_BREEDTE = 70;
/** A larger grid than this (a few points on other continents) is not worth it: every point goes to h3-js. */
const MAX_VAKKEN = 1 << 22;
const VEILIGHEID = 4;
const VASTE_MARGE_M = 0.01;

/**
 * Cells for points `[lon[i], lat[i]]` at one resolution. The grid squares are an edge long, so every point of a square
 * lies in the cell of its centre or one of that cell's six neighbours: those seven are its only candidates.
 */
export function zoekCellen(lon: Float64Array, lat: Float64Array, resolutie: number): Cellen {
  const n = lon.length;
  const id = new Int32Array(n);
  const codes: string[] = [];
  const nummers = new Map<string, number>();
  const idVanCode = (code: string): number => {
    let k = nummers.get(code);
    if (k === undefined) {
      k = codes.length;
      nummers.set(code, k);
      codes.push(code);
    }
    return k;
  };
  const raster = maakRaster(lon, lat, resolutie);
  let naarH3 = 0;
  for (let i = 0; i < n; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    const s = raster === null ? -1 : raster.slot(x, y);
    if (raster !== null && s >= 0) {
      id[i] = raster.id(s, idVanCode);
    } else {
      naarH3++;
      id[i] = idVanCode(latLngToCell(y, x, resolutie)); // h3-js wants lat first
    }
  }
  return { codes, id, naarH3 };
}

function maakRaster(lon: Float64Array, lat: Float64Array, resolutie: number): Raster | null {
  let west = Number.POSITIVE_INFINITY;
  let oost = Number.NEGATIVE_INFINITY;
  let zuid = Number.POSITIVE_INFINITY;
  let noord = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    if (x < west) west = x;
    if (x > oost) oost = x;
    if (y < zuid) zuid = y;
    if (y > noord) noord = y;
  }
  if (!(west <= oost && zuid <= noord) || Math.max(Math.abs(zuid), Math.abs(noord)) > MAX_BREEDTE)
    return null;
  const vak = getHexagonEdgeLengthAvg(resolutie, 'm');
  const kx = METER_PER_GRAAD * Math.cos((((zuid + noord) / 2) * Math.PI) / 180);
  const breed = Math.floor(((oost - west) * kx) / vak) + 1;
  const hoog = Math.floor(((noord - zuid) * METER_PER_GRAAD) / vak) + 1;
  if (breed * hoog > MAX_VAKKEN) return null;
  // One x scale for the whole box: a local metre in x is off from a real one by at most the ratio of the largest
  // and smallest cosine of latitude in the box, so lengths and margins are stretched by that ratio.
  const rad = Math.PI / 180;
  const minBreedte = zuid <= 0 && noord >= 0 ? 0 : Math.min(Math.abs(zuid), Math.abs(noord));
  const rek = Math.cos(minBreedte * rad) / Math.cos(Math.max(Math.abs(zuid), Math.abs(noord)) * rad);
  return new Raster({ west, zuid, kx, vak, breed, hoog, rek, resolutie });
}

/** A grid over the points' bounding box in local metres; squares get their candidate hexagons on first use. */
class Raster {
  /** Per slot (a hexagon seen as a candidate): its code and its id in `codes` (-1 until a point is found in it). */
  private readonly slotCode: string[] = [];
  private slotId = new Int32Array(64);
  /** Per slot six edges (nx, ny, c): a point (x, y) is inside when nx·x + ny·y > c for all six; NaN: never. */
  private randen = new Float64Array(64 * 18);
  /** Per slot its bounding box minX, minY, maxX, maxY in local metres. */
  private kaders = new Float64Array(64 * 4);
  private readonly slots = new Map<string, number>();
  private readonly ringen = new Map<string, Int32Array>();
  /** Per square the index in `kandidaten` of its candidate list, -1 until built. */
  private readonly vakken: Int32Array;
  private readonly kandidaten: Int32Array[] = [];

  constructor(
    private readonly o: {
      west: number;
      zuid: number;
      kx: number;
      vak: number;
      breed: number;
      hoog: number;
      rek: number;
      resolutie: number;
    },
  ) {
    this.vakken = new Int32Array(o.breed * o.hoog).fill(-1);
  }

  /** The caller's id for a slot's cell, asked for once per slot. */
  id(s: number, idVanCode: (code: string) => number): number {
    let k = this.slotId[s] as number;
    if (k < 0) {
      k = idVanCode(this.slotCode[s] as string);
      this.slotId[s] = k;
    }
    return k;
  }

  /** The slot whose hexagon holds the point by a safe margin, or -1. */
  slot(lon: number, lat: number): number {
    const { o } = this;
    const x = (lon - o.west) * o.kx;
    const y = (lat - o.zuid) * METER_PER_GRAAD;
    const ix = Math.min(o.breed - 1, Math.floor(x / o.vak));
    const iy = Math.min(o.hoog - 1, Math.floor(y / o.vak));
    const v = iy * o.breed + ix;
    let lijst = this.vakken[v] as number;
    if (lijst < 0) {
      lijst = this.kandidaten.length;
      this.kandidaten.push(this.bouwVak(ix, iy));
      this.vakken[v] = lijst;
    }
    const kandidaten = this.kandidaten[lijst] as Int32Array;
    const randen = this.randen;
    for (let k = 0; k < kandidaten.length; k++) {
      const s = kandidaten[k] as number;
      let b = s * 18;
      const eind = b + 18;
      // A NaN edge fails the comparison, so a cell without a fast path is never taken.
      while (
        b < eind &&
        (randen[b] as number) * x + (randen[b + 1] as number) * y > (randen[b + 2] as number)
      ) {
        b += 3;
      }
      if (b === eind) return s;
    }
    return -1;
  }

  private bouwVak(ix: number, iy: number): Int32Array {
    const { o } = this;
    const x0 = ix * o.vak;
    const y0 = iy * o.vak;
    const midden = latLngToCell(
      o.zuid + (y0 + o.vak / 2) / METER_PER_GRAAD,
      o.west + (x0 + o.vak / 2) / o.kx,
      o.resolutie,
    );
    const lijst: number[] = [];
    for (const s of this.ringVan(midden)) {
      const b = s * 4;
      const k = this.kaders;
      const raakt =
        (k[b] as number) <= x0 + o.vak &&
        (k[b + 2] as number) >= x0 &&
        (k[b + 1] as number) <= y0 + o.vak &&
        (k[b + 3] as number) >= y0;
      if (raakt) lijst.push(s);
    }
    return Int32Array.from(lijst);
  }

  /** The slots of a cell and its six neighbours, the cell first; gridDisk is slow enough to ask once per cell. */
  private ringVan(code: string): Int32Array {
    let ring = this.ringen.get(code);
    if (ring === undefined) {
      ring = Int32Array.from([code, ...gridDisk(code, 1).filter((c) => c !== code)], (c) => this.slotVan(c));
      this.ringen.set(code, ring);
    }
    return ring;
  }

  private slotVan(code: string): number {
    const bestaand = this.slots.get(code);
    if (bestaand !== undefined) return bestaand;
    const { o } = this;
    const s = this.slotCode.length;
    this.slotCode.push(code);
    this.slots.set(code, s);
    if (s >= this.slotId.length) this.groei();
    this.slotId[s] = -1;
    const rand = cellToBoundary(code); // [lat, lng] pairs
    const xs = rand.map(([, lng]) => (lng - o.west) * o.kx);
    const ys = rand.map(([lat]) => (lat - o.zuid) * METER_PER_GRAAD);
    const b = s * 4;
    this.kaders[b] = Math.min(...xs);
    this.kaders[b + 1] = Math.min(...ys);
    this.kaders[b + 2] = Math.max(...xs);
    this.kaders[b + 3] = Math.max(...ys);
    const lengtes = rand.map(([, lng]) => lng);
    const snel =
      rand.length === 6 &&
      !isPentagon(code) &&
      getIcosahedronFaces(code).length === 1 &&
      Math.max(...lengtes) - Math.min(...lengtes) < 1; // not across the antimeridian
    const tanBreedte = Math.tan((Math.max(...rand.map(([lat]) => Math.abs(lat))) * Math.PI) / 180);
    // The winding from the signed area, so the normals point inwards whichever way h3-js orders the vertices.
    let oppervlak = 0;
    for (let i = 0; i < xs.length; i++) {
      const j = (i + 1) % xs.length;
      oppervlak += (xs[i] as number) * (ys[j] as number) - (xs[j] as number) * (ys[i] as number);
    }
    const richting = oppervlak > 0 ? 1 : -1;
    for (let i = 0; i < 6; i++) {
      const r = s * 18 + i * 3;
      const x1 = xs[i] as number;
      const y1 = ys[i] as number;
      const dx = (xs[(i + 1) % 6] as number) - x1;
      const dy = (ys[(i + 1) % 6] as number) - y1;
      const lengte = Math.hypot(dx, dy);
      if (!snel || !(lengte > 0)) {
        this.randen[r] = this.randen[r + 1] = this.randen[r + 2] = Number.NaN;
        continue;
      }
      const boog = ((lengte * o.rek) ** 2 * tanBreedte) / (8 * AARDSTRAAL_M);
      const marge = (VEILIGHEID * boog + VASTE_MARGE_M) * o.rek;
      // Counter-clockwise, the inside is to the left of each edge: normal (-dy, dx).
      const nx = (-dy / lengte) * richting;
      const ny = (dx / lengte) * richting;
      this.randen[r] = nx;
      this.randen[r + 1] = ny;
      this.randen[r + 2] = nx * x1 + ny * y1 + marge;
    }
    return s;
  }

  private groei(): void {
    const n = this.slotId.length * 2;
    const id = new Int32Array(n);
    id.set(this.slotId);
    this.slotId = id;
    const randen = new Float64Array(n * 18);
    randen.set(this.randen);
    this.randen = randen;
    const kaders = new Float64Array(n * 4);
    kaders.set(this.kaders);
    this.kaders = kaders;
  }
}
