/** Builds the schematic geography of Rotterdam (src/geo/data/*.json) from the CBS centroids and the hand-drawn outlines. */
// Usage: npm run geo:schematisch   (deterministic: the same inputs give the same bytes)
//
// Buurten and PC4 areas are the Voronoi cells of the real CBS centroids in the flat metre grid of
// src/geo/dichtstbijzijnde.ts, so "the buurt of a point" here is exactly the buurt the demo generator assigns to it.
// The cells are clipped to the drawn municipality minus the water. Areas whose centroid lies outside the drawing
// (Botlek, Europoort, Maasvlakte) are left out, and so is their cell: the city ends where their nearest-centroid
// area begins, so a point in the city never falls in a cell that is not drawn.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import { Delaunay } from 'd3-delaunay';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { format, resolveConfig } from 'prettier';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../src/domain/focusgebieden';
import { METER_PER_GRAAD_LAT, METER_PER_GRAAD_LON } from '../src/geo/dichtstbijzijnde';
import {
  ATTRIBUTIE_SCHEMATISCH,
  BRON_SCHEMATISCH,
  GEOGRAFIE_LAGEN,
  TOELICHTING_ZONDER_HAVEN,
  type Geografie,
  type GeografieLaag,
  type GeografieMetadata,
  type LabelSoort,
  type Vlak,
  valideerGeografie,
} from '../src/geo/geografie';
import { BUURTEN, PC4_GEBIEDEN, type BuurtFeit } from '../src/geo/rotterdam-facts';
import {
  EILANDEN,
  GEMEENTE_DELEN,
  WATERBEKKENS,
  WATERLOPEN,
  type Punt,
} from '../src/geo/schematisch/contouren';

export const DATA_MAP = fileURLToPath(new URL('../src/geo/data/', import.meta.url));

// Origin of the metre grid; any origin gives the same cells, a nearby one keeps the numbers small.
const LON0 = 4.5;
const LAT0 = 51.9;

type XY = [number, number];
type Vorm = Feature<Polygon | MultiPolygon>;

function naarM(p: Punt | Position): XY {
  return [((p[0] ?? 0) - LON0) * METER_PER_GRAAD_LON, ((p[1] ?? 0) - LAT0) * METER_PER_GRAAD_LAT];
}

function rond6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function naarGraden(p: Position): Position {
  return [rond6(LON0 + (p[0] ?? 0) / METER_PER_GRAAD_LON), rond6(LAT0 + (p[1] ?? 0) / METER_PER_GRAAD_LAT)];
}

function vorm(ring: readonly XY[]): Vorm {
  const gesloten = [...ring];
  const eerste = ring[0];
  const laatste = ring[ring.length - 1];
  if (eerste && laatste && (eerste[0] !== laatste[0] || eerste[1] !== laatste[1])) gesloten.push(eerste);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [gesloten] } };
}

function vereniging(vormen: readonly Vorm[]): Vorm | null {
  if (vormen.length === 0) return null;
  if (vormen.length === 1) return vormen[0] ?? null;
  return union(featureCollection([...vormen]));
}

function zonder(a: Vorm | null, b: Vorm | null): Vorm | null {
  if (!a) return null;
  if (!b) return a;
  return difference(featureCollection([a, b]));
}

function snede(a: Vorm, b: Vorm): Vorm | null {
  return intersect(featureCollection([a, b]));
}

interface Stuk {
  readonly ringen: Position[][];
  readonly box: readonly number[];
}

function stukkenVan(v: Vorm): Stuk[] {
  const polys = v.geometry.type === 'Polygon' ? [v.geometry.coordinates] : v.geometry.coordinates;
  return polys.map((ringen) => ({ ringen, box: bbox({ type: 'Polygon', coordinates: ringen }) }));
}

function stukkenBij(stukken: readonly Stuk[], box: readonly number[]): Vorm {
  const raak = stukken.filter(
    (s) =>
      (s.box[0] ?? 0) <= (box[2] ?? 0) &&
      (box[0] ?? 0) <= (s.box[2] ?? 0) &&
      (s.box[1] ?? 0) <= (box[3] ?? 0) &&
      (box[1] ?? 0) <= (s.box[3] ?? 0),
  );
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: raak.map((s) => s.ringen) },
  };
}

function ligtIn(p: XY, v: Vorm | null): boolean {
  return v !== null && booleanPointInPolygon(p, v);
}

/** Chaikin corner cutting: three rounds turn a hand-drawn polyline into a smooth river without changing its course. */
function glad(as: readonly (readonly [number, number, number])[], rondes = 3): [number, number, number][] {
  let punten = as.map(([lon, lat, w]) => {
    const [x, y] = naarM([lon, lat]);
    return [x, y, w] as [number, number, number];
  });
  for (let r = 0; r < rondes; r++) {
    const uit: [number, number, number][] = [];
    const eerste = punten[0];
    if (eerste) uit.push(eerste);
    for (let i = 0; i + 1 < punten.length; i++) {
      const a = punten[i] as [number, number, number];
      const b = punten[i + 1] as [number, number, number];
      uit.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1], 0.75 * a[2] + 0.25 * b[2]]);
      uit.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1], 0.25 * a[2] + 0.75 * b[2]]);
    }
    const laatste = punten[punten.length - 1];
    if (laatste) uit.push(laatste);
    punten = uit;
  }
  return punten;
}

/** A regular 24-gon: round river ends, so rivers that meet at a confluence join without notches. */
function schijf([x, y]: XY, r: number): XY[] {
  const n = 24;
  return Array.from({ length: n }, (_, k) => {
    const hoek = (2 * Math.PI * k) / n;
    return [x + r * Math.cos(hoek), y + r * Math.sin(hoek)] as XY;
  });
}

/** The river as a band around its smoothed centre line, offset along the vertex normals. */
function rivier(as: readonly (readonly [number, number, number])[]): Vorm {
  const p = glad(as);
  const links: XY[] = [];
  const rechts: XY[] = [];
  p.forEach((q, i) => {
    const voor = p[Math.max(0, i - 1)] as [number, number, number];
    const na = p[Math.min(p.length - 1, i + 1)] as [number, number, number];
    const dx = na[0] - voor[0];
    const dy = na[1] - voor[1];
    const l = Math.hypot(dx, dy) || 1;
    const nx = -dy / l;
    const ny = dx / l;
    links.push([q[0] + nx * q[2], q[1] + ny * q[2]]);
    rechts.push([q[0] - nx * q[2], q[1] - ny * q[2]]);
  });
  const begin = p[0] as [number, number, number];
  const eind = p[p.length - 1] as [number, number, number];
  const band = vorm([...links, ...rechts.reverse()]);
  const resultaat = vereniging([
    band,
    vorm(schijf([begin[0], begin[1]], begin[2])),
    vorm(schijf([eind[0], eind[1]], eind[2])),
  ]);
  if (!resultaat) throw new Error('rivier zonder oppervlak');
  return resultaat;
}

/** Convex hull (monotone chain) of points in metres, counter-clockwise. */
function omhullende(punten: readonly XY[]): XY[] {
  const p = [...punten].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kruis = (o: XY, a: XY, b: XY): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const onder: XY[] = [];
  for (const q of p) {
    while (onder.length >= 2 && kruis(onder[onder.length - 2] as XY, onder[onder.length - 1] as XY, q) <= 0)
      onder.pop();
    onder.push(q);
  }
  const boven: XY[] = [];
  for (const q of [...p].reverse()) {
    while (boven.length >= 2 && kruis(boven[boven.length - 2] as XY, boven[boven.length - 1] as XY, q) <= 0)
      boven.pop();
    boven.push(q);
  }
  return [...onder.slice(0, -1), ...boven.slice(0, -1)];
}

/** The channel around an island: its convex hull widened by `m` metres on every side. */
function gracht(ring: readonly Punt[], m: number): Vorm {
  return vorm(omhullende(ring.map(naarM).flatMap((q) => schijf(q, m))));
}

interface WaterStuk {
  naam: string;
  soort: 'rivier' | 'haven' | 'plas';
  vorm: Vorm;
}

/** Named water pieces that do not overlap: each later piece keeps only what the earlier ones and the islands left. */
function bouwWater(): { stukken: WaterStuk[]; alles: Vorm } {
  const eilanden = vereniging(EILANDEN.map((e) => vorm(e.ring.map(naarM))));
  const kandidaten: WaterStuk[] = [
    ...WATERLOPEN.map((l) => ({ naam: l.naam, soort: l.soort, vorm: rivier(l.as) })),
    ...EILANDEN.map((e) => ({ naam: e.gracht, soort: 'haven' as const, vorm: gracht(e.ring, e.grachtM) })),
    ...WATERBEKKENS.map((b) => ({ naam: b.naam, soort: b.soort, vorm: vorm(b.ring.map(naarM)) })),
  ];
  const stukken: WaterStuk[] = [];
  let bezet = eilanden;
  for (const k of kandidaten) {
    const rest = zonder(k.vorm, bezet);
    if (rest) stukken.push({ ...k, vorm: rest });
    bezet = bezet ? vereniging([bezet, k.vorm]) : k.vorm;
  }
  // The total comes from the whole shapes, not from the cut pieces: pieces meet along cuts that rounding can open
  // into hairline slits, which would leave slivers of land in the river.
  const alles = zonder(vereniging(kandidaten.map((k) => k.vorm)), eilanden);
  if (!alles) throw new Error('geen water');
  return { stukken, alles };
}

/** Voronoi cells of centroids in the metre grid: cell i = the points whose nearest centroid is i. */
function cellen(centroiden: readonly (readonly [number, number])[]): Vorm[] {
  const punten = centroiden.map(naarM);
  const xs = punten.map((p) => p[0]);
  const ys = punten.map((p) => p[1]);
  const marge = 50_000;
  const voronoi = Delaunay.from(punten).voronoi([
    Math.min(...xs) - marge,
    Math.min(...ys) - marge,
    Math.max(...xs) + marge,
    Math.max(...ys) + marge,
  ]);
  return punten.map((_, i) => vorm(voronoi.cellPolygon(i).map(([x, y]) => [x ?? 0, y ?? 0] as XY)));
}

/** Vertices closer than this (in m) are one vertex; a vertex this close to an edge lies on it. */
const NODE_M = 0.01;
const RASTER_M = 50;

/**
 * Makes shared boundaries share vertices across all layers, in place. Clipping leaves T-junctions: where a buurt
 * border meets the river bank, the buurt has a vertex that the water polygon lacks, and the pieces of the Maas meet
 * in points computed twice with a last-bit difference. Rounded to 6 decimals, each becomes a sliver of a few m² of
 * overlap or gap. So: near-equal vertices are merged into the first one seen, and every vertex that lies on another
 * ring's edge is inserted into that edge.
 */
function noden(vormen: readonly Vorm[]): void {
  const ringen: Position[][] = vormen.flatMap((v) =>
    v.geometry.type === 'Polygon' ? v.geometry.coordinates : v.geometry.coordinates.flat(),
  );
  const raster = new Map<string, Position[]>();
  const sleutel = (x: number, y: number): string => `${Math.floor(x / RASTER_M)},${Math.floor(y / RASTER_M)}`;
  const buren = (x: number, y: number, r: number): Position[] => {
    const uit: Position[] = [];
    for (let i = Math.floor((x - r) / RASTER_M); i <= Math.floor((x + r) / RASTER_M); i++) {
      for (let j = Math.floor((y - r) / RASTER_M); j <= Math.floor((y + r) / RASTER_M); j++) {
        uit.push(...(raster.get(`${i},${j}`) ?? []));
      }
    }
    return uit;
  };
  // 1. One canonical vertex per cluster, in a fixed order (the order of the layers), so the output is deterministic.
  for (const ring of ringen) {
    for (let k = 0; k < ring.length; k++) {
      const [x = 0, y = 0] = ring[k] ?? [];
      const bestaand = buren(x, y, NODE_M).find((q) => Math.hypot((q[0] ?? 0) - x, (q[1] ?? 0) - y) < NODE_M);
      if (bestaand) ring[k] = bestaand;
      else {
        const q: Position = [x, y];
        const s = sleutel(x, y);
        raster.set(s, [...(raster.get(s) ?? []), q]);
        ring[k] = q;
      }
    }
  }
  // 2. Every vertex that lies on an edge becomes a vertex of that edge.
  for (const ring of ringen) {
    const uit: Position[] = [];
    for (let k = 0; k + 1 < ring.length; k++) {
      const a = ring[k] as Position;
      const b = ring[k + 1] as Position;
      uit.push(a);
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      const dx = bx - ax;
      const dy = by - ay;
      const l2 = dx * dx + dy * dy;
      if (l2 === 0) continue;
      const opRand: { t: number; q: Position }[] = [];
      for (
        let i = Math.floor((Math.min(ax, bx) - NODE_M) / RASTER_M);
        i <= Math.floor((Math.max(ax, bx) + NODE_M) / RASTER_M);
        i++
      ) {
        for (
          let j = Math.floor((Math.min(ay, by) - NODE_M) / RASTER_M);
          j <= Math.floor((Math.max(ay, by) + NODE_M) / RASTER_M);
          j++
        ) {
          for (const q of raster.get(`${i},${j}`) ?? []) {
            if (q === a || q === b) continue;
            const t = (((q[0] ?? 0) - ax) * dx + ((q[1] ?? 0) - ay) * dy) / l2;
            if (t <= 0 || t >= 1) continue;
            const afstand = Math.abs(((q[0] ?? 0) - ax) * dy - ((q[1] ?? 0) - ay) * dx) / Math.sqrt(l2);
            if (afstand < NODE_M) opRand.push({ t, q });
          }
        }
      }
      opRand.sort((p, q) => p.t - q.t);
      for (const { q } of opRand) uit.push(q);
    }
    const laatste = ring[ring.length - 1];
    if (laatste) uit.push(laatste);
    ring.splice(0, ring.length, ...uit.filter((q, k) => k === 0 || q !== uit[k - 1]));
  }
}

/** Signed planar area of a ring: positive = counter-clockwise. */
function richting(ring: readonly Position[]): number {
  let som = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    som += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return som / 2;
}

/** A ring in degrees: snapped to 6 decimals, without repeated points, wound as RFC 7946 wants; null if it collapsed. */
function ringInGraden(ring: readonly Position[], buiten: boolean): Position[] | null {
  const uit: Position[] = [];
  for (const p of ring) {
    const q = naarGraden(p);
    const vorige = uit[uit.length - 1];
    if (!vorige || vorige[0] !== q[0] || vorige[1] !== q[1]) uit.push(q);
  }
  const eerste = uit[0];
  const laatste = uit[uit.length - 1];
  if (eerste && laatste && (eerste[0] !== laatste[0] || eerste[1] !== laatste[1])) uit.push(eerste);
  // A ring of under 4 positions or about a square metre is a sliver of the clipping, not an area.
  if (uit.length < 4 || Math.abs(richting(ring)) < 1) return null;
  const r = richting(uit);
  if ((buiten && r < 0) || (!buiten && r > 0)) uit.reverse();
  return uit;
}

function vlakInGraden(v: Vorm): Vlak | null {
  const polys = v.geometry.type === 'Polygon' ? [v.geometry.coordinates] : v.geometry.coordinates;
  const uit: Position[][][] = [];
  for (const poly of polys) {
    const [buiten, ...gaten] = poly;
    const ring = buiten ? ringInGraden(buiten, true) : null;
    if (!ring) continue;
    uit.push([ring, ...gaten.map((g) => ringInGraden(g, false)).filter((g): g is Position[] => g !== null)]);
  }
  if (uit.length === 0) return null;
  return uit.length === 1
    ? { type: 'Polygon', coordinates: uit[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: uit };
}

function vlakFeature<P>(v: Vorm, properties: P, wat: string): Feature<Vlak, P> {
  const geometry = vlakInGraden(v);
  if (!geometry) throw new Error(`${wat}: niets over na afronden`);
  return { type: 'Feature', properties, geometry };
}

function laag<G extends Vlak | Point, P>(metadata: GeografieMetadata, features: Feature<G, P>[]) {
  return { type: 'FeatureCollection' as const, metadata, features };
}

export interface Verslag {
  /** Areas that are more than one piece: a cell that reaches across the river. */
  meerdelig: string[];
  weggelaten: string[];
}

/** The whole build, in memory; pure given the committed inputs. */
export function bouwSchematischeGeografie(): { geografie: Geografie; verslag: Verslag } {
  const { stukken, alles: water } = bouwWater();
  const gemeenteTekening = vereniging(GEMEENTE_DELEN.map((d) => vorm(d.ring.map(naarM))));
  const land = zonder(gemeenteTekening, water);
  if (!land) throw new Error('geen land');

  const buurtCellen = cellen(BUURTEN.map((b) => b.centroid));
  const pc4Cellen = cellen(PC4_GEBIEDEN.map((p) => p.centroid));
  const opLand = (c: readonly [number, number]): boolean => ligtIn(naarM(c), land);
  const buurtBehouden = BUURTEN.map((b) => opLand(b.centroid));
  const pc4Behouden = PC4_GEBIEDEN.map((p) => opLand(p.centroid));

  const weggelaten = [
    ...BUURTEN.filter((_, i) => !buurtBehouden[i]).map((b) => b.code),
    ...PC4_GEBIEDEN.filter((_, i) => !pc4Behouden[i]).map((p) => p.code),
  ];
  const stad = zonder(
    land,
    vereniging([
      ...buurtCellen.filter((_, i) => !buurtBehouden[i]),
      ...pc4Cellen.filter((_, i) => !pc4Behouden[i]),
    ]),
  );
  if (!stad) throw new Error('niets over van de stad');

  const stadStukken = stukkenVan(stad);
  const meerdelig: string[] = [];
  const knip = (cel: Vorm, wat: string, centroid: readonly [number, number]): Vorm => {
    // Only the pieces of the city (north bank, south bank, islands, ...) that the cell's box touches: polyclip's exact
    // arithmetic is slow on the whole city. Whole pieces, never cut ones, so that neighbouring cells meet the city
    // boundary in exactly the same points.
    const v = snede(cel, stukkenBij(stadStukken, bbox(cel)));
    if (!v || !ligtIn(naarM(centroid), v)) throw new Error(`${wat}: centroïde valt buiten het eigen gebied`);
    if (v.geometry.type === 'MultiPolygon') meerdelig.push(wat);
    return v;
  };

  const buurtVormen = new Map<string, Vorm>();
  BUURTEN.forEach((b, i) => {
    const cel = buurtCellen[i];
    if (buurtBehouden[i] && cel) buurtVormen.set(b.code, knip(cel, b.code, b.centroid));
  });
  const pc4Vormen = new Map<string, Vorm>();
  PC4_GEBIEDEN.forEach((p, i) => {
    const cel = pc4Cellen[i];
    if (pc4Behouden[i] && cel) pc4Vormen.set(p.code, knip(cel, p.code, p.centroid));
  });

  const behouden = BUURTEN.filter((b) => buurtVormen.has(b.code));
  const perWijk = new Map<string, BuurtFeit[]>();
  for (const b of behouden) perWijk.set(b.wijk, [...(perWijk.get(b.wijk) ?? []), b]);
  const wijkCodes = [...perWijk.keys()].sort();
  weggelaten.push(...[...new Set(BUURTEN.map((b) => b.wijk))].filter((w) => !perWijk.has(w)));
  const wijkVormen = new Map(
    wijkCodes.map((w) => [w, vereniging((perWijk.get(w) ?? []).map((b) => buurtVormen.get(b.code) as Vorm))]),
  );

  const stadVorm = vereniging([...buurtVormen.values()]);
  if (!stadVorm) throw new Error('geen buurten');
  noden([
    ...buurtVormen.values(),
    ...pc4Vormen.values(),
    ...[...wijkVormen.values()].filter((v): v is Vorm => v !== null),
    stadVorm,
    ...stukken.map((s) => s.vorm),
  ]);

  const metadata: GeografieMetadata = {
    bron: BRON_SCHEMATISCH,
    attributie: ATTRIBUTIE_SCHEMATISCH,
    weggelaten: weggelaten.sort(),
    toelichting: TOELICHTING_ZONDER_HAVEN,
    gegenereerd: 'scripts/geo-schematisch.ts',
  };

  const buurten = behouden.map((b) =>
    vlakFeature(
      buurtVormen.get(b.code) as Vorm,
      {
        code: b.code,
        naam: b.naam,
        wijk: b.wijk,
        wijknaam: b.wijknaam,
        inwoners: b.inwoners,
        focusgebied: focusgebiedVanBuurt(b.code)?.code ?? null,
      },
      b.code,
    ),
  );
  const pc4 = PC4_GEBIEDEN.filter((p) => pc4Vormen.has(p.code)).map((p) =>
    vlakFeature(pc4Vormen.get(p.code) as Vorm, { code: p.code, inwoners: p.inwoners }, p.code),
  );
  const wijken = wijkCodes.map((w) => {
    const leden = perWijk.get(w) ?? [];
    return vlakFeature(
      wijkVormen.get(w) as Vorm,
      { code: w, naam: leden[0]?.wijknaam ?? w, inwoners: leden.reduce((s, b) => s + b.inwoners, 0) },
      w,
    );
  });
  const inwoners = behouden.reduce((s, b) => s + b.inwoners, 0);
  const gemeente = [vlakFeature(stadVorm, { code: 'GM0599', naam: 'Rotterdam', inwoners }, 'gemeente')];
  const waterFeatures = stukken.map((s) => vlakFeature(s.vorm, { naam: s.naam, soort: s.soort }, s.naam));

  const labels = maakLabels(perWijk, wijkVormen, new Set(pc4Vormen.keys()), water);
  const geografie: Geografie = {
    gemeente: laag(metadata, gemeente),
    water: laag(metadata, waterFeatures),
    wijken: laag(metadata, wijken),
    buurten: laag(metadata, buurten),
    pc4: laag(metadata, pc4),
    labels: laag(metadata, labels),
  };
  return { geografie, verslag: { meerdelig, weggelaten: metadata.weggelaten } };
}

interface LabelKandidaat {
  soort: LabelSoort;
  code: string;
  naam: string;
  inwoners: number;
  punt: readonly [number, number];
}

/** Land-area weighted mean of buurt centroids, rounded like the API's wijk centroid (mock-api/generate/gebieden.ts). */
function gewogenMidden(buurten: readonly BuurtFeit[]): [number, number] {
  const land = buurten.reduce((s, b) => s + b.landHa, 0);
  const lon = buurten.reduce((s, b) => s + b.centroid[0] * b.landHa, 0) / land;
  const lat = buurten.reduce((s, b) => s + b.centroid[1] * b.landHa, 0) / land;
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

const SOORT_VOLGORDE: readonly LabelSoort[] = ['focusgebied', 'wijk', 'buurt', 'pc4'];

function maakLabels(
  perWijk: ReadonlyMap<string, BuurtFeit[]>,
  wijkVormen: ReadonlyMap<string, Vorm | null>,
  pc4Codes: ReadonlySet<string>,
  water: Vorm,
): Feature<Point, { soort: LabelSoort; code: string; naam: string; rang: number }>[] {
  const perCode = new Map(BUURTEN.map((b) => [b.code, b]));
  const kandidaten: LabelKandidaat[] = [];
  for (const f of FOCUSGEBIEDEN) {
    const leden = f.buurten.map((c) => perCode.get(c)).filter((b): b is BuurtFeit => b !== undefined);
    const inwoners = leden.reduce((s, b) => s + b.inwoners, 0);
    kandidaten.push({
      soort: 'focusgebied',
      code: f.code,
      naam: f.naam,
      inwoners,
      punt: gewogenMidden(leden),
    });
  }
  for (const [code, leden] of perWijk) {
    // The weighted mean can fall outside a wijk that is not convex (Charlois with Heijplaat) or on the water;
    // then the centroid of its largest buurt stands in.
    let punt = gewogenMidden(leden);
    const vormW = wijkVormen.get(code) ?? null;
    if (!ligtIn(naarM(punt), vormW) || ligtIn(naarM(punt), water)) {
      const grootste = [...leden].sort((a, b) => b.landHa - a.landHa || a.code.localeCompare(b.code))[0];
      if (grootste) punt = [grootste.centroid[0], grootste.centroid[1]];
    }
    const inwoners = leden.reduce((s, b) => s + b.inwoners, 0);
    kandidaten.push({ soort: 'wijk', code, naam: leden[0]?.wijknaam ?? code, inwoners, punt });
  }
  for (const leden of perWijk.values()) {
    for (const b of leden) {
      kandidaten.push({ soort: 'buurt', code: b.code, naam: b.naam, inwoners: b.inwoners, punt: b.centroid });
    }
  }
  for (const p of PC4_GEBIEDEN) {
    if (!pc4Codes.has(p.code)) continue;
    kandidaten.push({ soort: 'pc4', code: p.code, naam: p.code, inwoners: p.inwoners, punt: p.centroid });
  }
  kandidaten.sort(
    (a, b) =>
      SOORT_VOLGORDE.indexOf(a.soort) - SOORT_VOLGORDE.indexOf(b.soort) ||
      b.inwoners - a.inwoners ||
      a.code.localeCompare(b.code),
  );
  return kandidaten.map((k, i) => ({
    type: 'Feature',
    properties: { soort: k.soort, code: k.code, naam: k.naam, rang: i + 1 },
    geometry: { type: 'Point', coordinates: [k.punt[0], k.punt[1]] },
  }));
}

/**
 * The layers as the files hold them: formatted by Prettier with the project's settings, so `npm run format:check`
 * accepts generated files as they are (one position per line: larger than minified JSON, but small diffs).
 */
export async function bestanden(geo: Geografie): Promise<Map<GeografieLaag, string>> {
  const uit = new Map<GeografieLaag, string>();
  for (const l of GEOGRAFIE_LAGEN) {
    const pad = join(DATA_MAP, `${l}.json`);
    const instellingen = (await resolveConfig(pad)) ?? {};
    uit.set(l, await format(JSON.stringify(geo[l]), { ...instellingen, filepath: pad }));
  }
  return uit;
}

async function main(): Promise<void> {
  const { geografie, verslag } = bouwSchematischeGeografie();
  const problemen = valideerGeografie(geografie);
  if (problemen.length > 0) {
    // Nothing is written: a broken geography must not reach the tiles.
    throw new Error(`de schematische geografie is ongeldig:\n${problemen.join('\n')}`);
  }
  mkdirSync(DATA_MAP, { recursive: true });
  let totaal = 0;
  for (const [l, tekst] of await bestanden(geografie)) {
    writeFileSync(join(DATA_MAP, `${l}.json`), tekst);
    totaal += tekst.length;
    console.log(
      `${l}.json: ${geografie[l].features.length} features, ${(tekst.length / 1024).toFixed(1)} KB`,
    );
  }
  console.log(`totaal ${(totaal / 1024).toFixed(1)} KB`);
  console.log(`weggelaten: ${verslag.weggelaten.join(', ')}`);
  console.log(`meerdelig: ${verslag.meerdelig.join(', ') || 'geen'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
