/**
 * Publiek's data drawn on a 2D canvas over the maplibre map: the count per PC4 area as a circle with its number, the
 * RGW totals per focus area as cards, the hatching of a suppressed focus area, outlines, the names, the selection
 * ring and a searched point. The look follows the deck.gl layers of the other roles (pc4-symbolen-layer.ts,
 * rgw-groep.ts, labels-layer.ts, selectie-layer.ts, zoek-punt-layer.ts).
 *
 * Why not maplibre's own layers: on the software-rendered maps of machines without a GPU every GeoJSON source costs
 * the worker a job and the map extra frames (its tiles, then its text after a glyph round trip), and each WebGL frame
 * costs tens of milliseconds there; a resident's first visit took about 260 ms longer than the basemap alone. A few
 * hundred points and lines on a 2D canvas cost about a millisecond a frame, drawn in the frame maplibre draws.
 *
 * Pure: what to draw (`PubliekScene`) in lon/lat, a projection to screen pixels, and a 2D context. publiek-tekenaar.ts
 * owns the canvas, the events and the hit tests on the returned placement.
 */
import type { LonLat } from '../contract/common';
import type { KaartLabelSoort } from '../geo/kaartlabels';
import { cssRgba, SELECTIE_KLEUR, SYMBOOL_KLEUR, WIT, type Rgba } from './kleuren';
import type { SelectieRing } from './laag-groep';
import { HALO_KLEUR, LABEL_OPMAAK, type GeplaatstLabel } from './layers/labels-layer';
import { kaartjePrioriteit, type Omlijning, type RgwLabel } from './layers/rgw-kaartjes';
import type { Veelhoek } from './layers/rgw-buurtvlakken';
import {
  ARCERING,
  HALO,
  OMLIJNING_KLEUR,
  ONDERDRUKT_ARCERING,
  ONDERDRUKT_RAND,
  ONDERDRUKT_VULLING,
  SELECTIE_LIJN,
} from './layers/rgw-stijl';
import { ZOEKPUNT_STRAAL } from './layers/zoek-punt-layer';

export type Scherm = readonly [number, number];
export type Projectie = (positie: Readonly<LonLat> | readonly [number, number]) => Scherm;

export interface SceneSymbool {
  readonly positie: Readonly<LonLat>;
  readonly straal: number;
  readonly aantal: number;
}

/** A suppressed focus area: hatched, and a click or hover on it tells why there is no number. */
export interface SceneVlak {
  readonly veelhoek: Veelhoek;
}

/** Everything publiek's map shows over the basemap, in lon/lat; `i` of a hit indexes the list it came from. */
export interface PubliekScene {
  /** The switchable data layers (domain/datalagen.ts): "Voorzieningen" and "RGW-zaken". */
  readonly voorzieningen: boolean;
  readonly rgw: boolean;
  readonly symbolen: readonly SceneSymbool[];
  readonly ring: SelectieRing | null;
  readonly namen: readonly GeplaatstLabel[];
  readonly kaartjes: readonly RgwLabel[];
  readonly gearceerd: readonly SceneVlak[];
  readonly focusOmlijning: readonly Omlijning[];
  readonly selectieOmlijning: readonly Omlijning[];
  readonly zoekPunt: Readonly<LonLat> | null;
}

export const LEGE_SCENE: PubliekScene = Object.freeze({
  voorzieningen: false,
  rgw: false,
  symbolen: [],
  ring: null,
  namen: [],
  kaartjes: [],
  gearceerd: [],
  focusOmlijning: [],
  selectieOmlijning: [],
  zoekPunt: null,
});

/** The white edge round a facility circle, outside its radius (as maplibre's and deck.gl's circle stroke). */
const SYMBOOL_RAND = 2;

/** An axis-aligned box in screen pixels: left, top, right, bottom. */
export type Kader = readonly [number, number, number, number];

function overlapt(a: Kader, b: Kader): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

// ------------------------------------------------------------------------------------------------ the cards

/** The card: 13 px bold text in lines of 1.25, padded 3 × 6 px, white with a purple border and rounded corners. */
export const KAARTJE = {
  grootte: 13,
  regel: 13 * 1.25,
  binnenrand: [3, 6] as const,
  /** Away from its point when it moves beside it, as maplibre's text-radial-offset of 0.9 em. */
  afstand: 13 * 0.9,
  /** Free space kept round a card that another card may not take. */
  marge: 2,
  hoek: 4,
  rand: 1.5,
  tekst: '#1b2126',
  vulling: 'rgba(255, 255, 255, 0.98)',
  randKleur: 'rgb(106, 76, 156)',
} as const;

/** Where a card goes relative to its point, tried in this order (as maplibre's text-variable-anchor). */
const ANKERS = ['midden', 'onder', 'boven', 'rechts', 'links'] as const;
export type Anker = (typeof ANKERS)[number];

export interface GeplaatstKaartje {
  /** Index in `scene.kaartjes`. */
  readonly i: number;
  readonly kader: Kader;
  readonly anker: Anker;
  readonly regels: readonly string[];
}

/** A circle on screen that a card had rather not cover (a facility symbol with its white edge). */
export interface Cirkel {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

function raaktCirkel([l, t, r, b]: Kader, c: Cirkel): boolean {
  const dx = c.x - Math.max(l, Math.min(c.x, r));
  const dy = c.y - Math.max(t, Math.min(c.y, b));
  return dx * dx + dy * dy < c.r * c.r;
}

/**
 * Places the cards on screen, the largest total first: each at its point, or beside it (below, above, right, left)
 * when that would overlap a card already placed; a card with no free place waits until the user zooms in, so none is
 * ever unreadable. Among the free places the first that covers no circle (`cirkels`, drawn over the cards) wins, so a
 * symbol hides no total where another place would do. `breedte` measures a line of text in pixels.
 */
export function plaatsKaartjes(
  kaartjes: readonly RgwLabel[],
  project: Projectie,
  breedte: (regel: string) => number,
  cirkels: readonly Cirkel[] = [],
): GeplaatstKaartje[] {
  const volgorde = kaartjes
    .map((k, i) => ({ k, i }))
    .sort((a, b) => kaartjePrioriteit(b.k) - kaartjePrioriteit(a.k));
  const geplaatst: GeplaatstKaartje[] = [];
  const [py, px] = KAARTJE.binnenrand;
  for (const { k, i } of volgorde) {
    const regels = k.tekst.split('\n');
    const b = Math.max(...regels.map(breedte)) + 2 * px;
    const h = regels.length * KAARTJE.regel + 2 * py;
    const [x, y] = project(k.positie);
    const a = KAARTJE.afstand;
    const midden: Record<Anker, Scherm> = {
      midden: [x, y],
      onder: [x, y + a + h / 2],
      boven: [x, y - a - h / 2],
      rechts: [x + a + b / 2, y],
      links: [x - a - b / 2, y],
    };
    const m = KAARTJE.marge;
    const vrij = ANKERS.flatMap((anker) => {
      const [mx, my] = midden[anker];
      const kader: Kader = [mx - b / 2, my - h / 2, mx + b / 2, my + h / 2];
      const metMarge: Kader = [kader[0] - m, kader[1] - m, kader[2] + m, kader[3] + m];
      return geplaatst.some((g) => overlapt(metMarge, g.kader)) ? [] : [{ anker, kader }];
    });
    const keuze = vrij.find((v) => !cirkels.some((c) => raaktCirkel(v.kader, c))) ?? vrij[0];
    if (keuze) geplaatst.push({ i, kader: keuze.kader, anker: keuze.anker, regels });
  }
  return geplaatst;
}

// ------------------------------------------------------------------------------------------------ drawing

/** What was drawn where, for clicks, hovers and the browser tests' quiet-spot check; top first within each kind. */
export interface Plaatsing {
  readonly symbolen: readonly {
    readonly i: number;
    readonly x: number;
    readonly y: number;
    readonly r: number;
  }[];
  readonly kaartjes: readonly GeplaatstKaartje[];
  readonly namen: readonly { readonly kader: Kader }[];
  /** Hatched areas as screen rings (`i` indexes `scene.gearceerd`). */
  readonly vlakken: readonly { readonly i: number; readonly ringen: readonly (readonly Scherm[])[] }[];
  /** Outlines and the search point, as segments and discs (nothing to click, but drawn). */
  readonly lijnen: readonly { readonly pad: readonly Scherm[]; readonly breedte: number }[];
  readonly zoekPunt: Scherm | null;
}

export const LEGE_PLAATSING: Plaatsing = Object.freeze({
  symbolen: [],
  kaartjes: [],
  namen: [],
  vlakken: [],
  lijnen: [],
  zoekPunt: null,
});

export interface TekenOpties {
  /** The CSS font family of the page. */
  readonly familie: string;
  /** The hatch as a repeating pattern; a flat grey without one. */
  readonly arcering: CanvasPattern | null;
  readonly breedte: number;
  readonly hoogte: number;
}

/** Bottom to top as in labels-layer.ts. */
const NAAM_SOORTEN: readonly KaartLabelSoort[] = ['pc4', 'buurt', 'focusgebied', 'wijk'];

function pad(g: CanvasRenderingContext2D, punten: readonly Scherm[]): void {
  punten.forEach(([x, y], n) => (n === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
}

function cirkel(g: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  g.beginPath();
  g.arc(x, y, r, 0, 2 * Math.PI);
}

function binnenBeeld([x, y]: Scherm, marge: number, o: TekenOpties): boolean {
  return x > -marge && y > -marge && x < o.breedte + marge && y < o.hoogte + marge;
}

/** Draws the scene (the context already scaled to CSS pixels and cleared) and says what went where. */
export function tekenScene(
  g: CanvasRenderingContext2D,
  scene: PubliekScene,
  project: Projectie,
  opties: TekenOpties,
): Plaatsing {
  const lijnen: { pad: Scherm[]; breedte: number }[] = [];
  g.lineJoin = 'round';
  g.lineCap = 'round';

  // Suppressed focus areas: hatched, with a grey edge.
  const vlakken = scene.rgw
    ? scene.gearceerd.map((v, i) => ({
        i,
        ringen: v.veelhoek.map((ring) => ring.map((p) => project([p[0] ?? 0, p[1] ?? 0]))),
      }))
    : [];
  for (const v of vlakken) {
    g.beginPath();
    for (const ring of v.ringen) {
      pad(g, ring);
      g.closePath();
    }
    g.fillStyle = opties.arcering ?? cssRgba(ONDERDRUKT_VULLING);
    g.fill('evenodd');
    g.strokeStyle = cssRgba(ONDERDRUKT_RAND);
    g.lineWidth = 1.25;
    g.stroke();
  }

  // Outlines: a chosen focus area, and (with the RGW layer) the selected area; a white halo under each.
  const omlijn = (paden: readonly Omlijning[], kleur: Rgba, breedte: number) => {
    const schermPaden = paden.map((o) => o.pad.map((p) => project([p[0] ?? 0, p[1] ?? 0])));
    for (const [streek, dikte] of [
      [cssRgba(HALO), breedte + 3],
      [cssRgba(kleur), breedte],
    ] as const) {
      g.beginPath();
      for (const p of schermPaden) pad(g, p);
      g.strokeStyle = streek;
      g.lineWidth = dikte;
      g.stroke();
    }
    for (const p of schermPaden) lijnen.push({ pad: p, breedte: breedte + 3 });
  };
  omlijn(scene.focusOmlijning, OMLIJNING_KLEUR, 3.5);
  if (scene.rgw) omlijn(scene.selectieOmlijning, SELECTIE_LIJN, 3);

  // The cards.
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  const kaartFont = `700 ${KAARTJE.grootte}px ${opties.familie}`;
  g.font = kaartFont;
  const symbolen = scene.voorzieningen
    ? scene.symbolen.map((s, i) => {
        const [x, y] = project(s.positie);
        return { i, x, y, r: s.straal };
      })
    : [];
  const kaartjes = scene.rgw
    ? plaatsKaartjes(
        scene.kaartjes,
        project,
        (r) => g.measureText(r).width,
        symbolen.map((s) => ({ x: s.x, y: s.y, r: s.r + SYMBOOL_RAND })),
      )
    : [];
  for (const k of kaartjes) {
    const [l, t, r, b] = k.kader;
    g.beginPath();
    g.roundRect(
      l + KAARTJE.rand / 2,
      t + KAARTJE.rand / 2,
      r - l - KAARTJE.rand,
      b - t - KAARTJE.rand,
      KAARTJE.hoek,
    );
    g.fillStyle = KAARTJE.vulling;
    g.fill();
    g.strokeStyle = KAARTJE.randKleur;
    g.lineWidth = KAARTJE.rand;
    g.stroke();
    g.fillStyle = KAARTJE.tekst;
    const midden = (l + r) / 2;
    const boven = t + KAARTJE.binnenrand[0] + KAARTJE.regel / 2;
    k.regels.forEach((regel, n) => g.fillText(regel, midden, boven + n * KAARTJE.regel));
  }

  // The names, placed by labels-layer.ts (nudged clear of circles and cards), with a white halo.
  const namen: { kader: Kader }[] = [];
  for (const soort of NAAM_SOORTEN) {
    const opmaak = LABEL_OPMAAK[soort];
    g.font = `${opmaak.gewicht} ${opmaak.grootte}px ${opties.familie}`;
    for (const { label, verschuiving } of scene.namen) {
      if (label.soort !== soort) continue;
      const [px, py] = project(label.positie);
      const x = px + verschuiving[0];
      const y = py + verschuiving[1];
      if (!binnenBeeld([x, y], 200, opties)) continue;
      g.strokeStyle = cssRgba(HALO_KLEUR);
      g.lineWidth = 4;
      g.strokeText(label.naam, x, y);
      g.fillStyle = cssRgba(opmaak.kleur);
      g.fillText(label.naam, x, y);
      const half = g.measureText(label.naam).width / 2;
      namen.push({ kader: [x - half, y - opmaak.grootte * 0.6, x + half, y + opmaak.grootte * 0.6] });
    }
  }

  // The circles (a white edge of 2 px outside the radius), the selection ring, the counts.
  for (const s of symbolen) {
    if (!binnenBeeld([s.x, s.y], s.r + SYMBOOL_RAND, opties)) continue;
    cirkel(g, s.x, s.y, s.r + SYMBOOL_RAND / 2);
    g.fillStyle = cssRgba(SYMBOOL_KLEUR);
    g.fill();
    g.strokeStyle = cssRgba(WIT);
    g.lineWidth = SYMBOOL_RAND;
    g.stroke();
  }
  if (scene.ring) {
    const [x, y] = project(scene.ring.positie);
    for (const [kleur, breedte] of [
      [WIT, 6],
      [SELECTIE_KLEUR, 3],
    ] as const) {
      cirkel(g, x, y, scene.ring.straal + 4);
      g.strokeStyle = cssRgba(kleur);
      g.lineWidth = breedte;
      g.stroke();
    }
  }
  g.font = `700 13px ${opties.familie}`;
  g.fillStyle = cssRgba(WIT);
  for (const s of symbolen) {
    const aantal = scene.symbolen[s.i]?.aantal ?? 0;
    if (binnenBeeld([s.x, s.y], s.r, opties)) g.fillText(String(aantal), s.x, s.y + 0.5);
  }

  // The searched point: a dark ring with a white halo round a dot.
  const zoekPunt = scene.zoekPunt ? project(scene.zoekPunt) : null;
  if (zoekPunt) {
    const [x, y] = zoekPunt;
    cirkel(g, x, y, ZOEKPUNT_STRAAL + 1.5);
    g.strokeStyle = cssRgba(WIT);
    g.lineWidth = 7;
    g.stroke();
    cirkel(g, x, y, ZOEKPUNT_STRAAL);
    g.strokeStyle = cssRgba(SELECTIE_KLEUR);
    g.lineWidth = 3;
    g.stroke();
    cirkel(g, x, y, 3.5);
    g.fillStyle = cssRgba(SELECTIE_KLEUR);
    g.fill();
    g.strokeStyle = cssRgba(WIT);
    g.lineWidth = 1;
    g.stroke();
  }

  return {
    symbolen: symbolen.reverse(),
    kaartjes: [...kaartjes].reverse(),
    namen,
    vlakken,
    lijnen,
    zoekPunt,
  };
}

// ------------------------------------------------------------------------------------------------ hit tests

function inRing([x, y]: Scherm, ring: readonly Scherm[]): boolean {
  let binnen = false;
  for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
    const [xa, ya] = ring[a] ?? [0, 0];
    const [xb, yb] = ring[b] ?? [0, 0];
    if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) binnen = !binnen;
  }
  return binnen;
}

/** Even-odd over all rings, as the fill. */
export function inVlak(punt: Scherm, ringen: readonly (readonly Scherm[])[]): boolean {
  return ringen.filter((ring) => inRing(punt, ring)).length % 2 === 1;
}

function afstandTotLijn([x, y]: Scherm, [xa, ya]: Scherm, [xb, yb]: Scherm): number {
  const dx = xb - xa;
  const dy = yb - ya;
  const lengte2 = dx * dx + dy * dy;
  const t = lengte2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - xa) * dx + (y - ya) * dy) / lengte2));
  return Math.hypot(x - (xa + t * dx), y - (ya + t * dy));
}

function binnenKader([x, y]: Scherm, [l, t, r, b]: Kader, marge = 0): boolean {
  return x >= l - marge && x <= r + marge && y >= t - marge && y <= b + marge;
}

export type Raak =
  | { readonly soort: 'symbool'; readonly i: number }
  | { readonly soort: 'kaartje'; readonly i: number }
  | { readonly soort: 'vlak'; readonly i: number };

/** What a click or hover at `punt` hits, top first: a circle (with its white edge), a card, a hatched area. */
export function raak(plaatsing: Plaatsing, punt: Scherm): Raak | null {
  const [x, y] = punt;
  const symbool = plaatsing.symbolen.find((s) => Math.hypot(x - s.x, y - s.y) <= s.r + SYMBOOL_RAND);
  if (symbool) return { soort: 'symbool', i: symbool.i };
  const kaartje = plaatsing.kaartjes.find((k) => binnenKader(punt, k.kader));
  if (kaartje) return { soort: 'kaartje', i: kaartje.i };
  const vlak = plaatsing.vlakken.find((v) => inVlak(punt, v.ringen));
  return vlak ? { soort: 'vlak', i: vlak.i } : null;
}

/**
 * What is drawn within `marge` pixels of `punt`, as keys: `vlak:<i>` for a hatched area (a fill) and `teken` for
 * anything else (a circle, a card, a name, a line, the searched point). For the browser tests' quiet-spot check.
 */
export function getekendRond(plaatsing: Plaatsing, punt: Scherm, marge: number): string[] {
  const uit = new Set<string>();
  if (
    plaatsing.symbolen.some((s) => Math.hypot(punt[0] - s.x, punt[1] - s.y) <= s.r + SYMBOOL_RAND + marge) ||
    plaatsing.kaartjes.some((k) => binnenKader(punt, k.kader, marge)) ||
    plaatsing.namen.some((n) => binnenKader(punt, n.kader, marge)) ||
    plaatsing.lijnen.some((l) =>
      l.pad.some((p, n) => n > 0 && afstandTotLijn(punt, l.pad[n - 1] ?? p, p) <= l.breedte / 2 + marge),
    ) ||
    (plaatsing.zoekPunt !== null &&
      Math.hypot(punt[0] - plaatsing.zoekPunt[0], punt[1] - plaatsing.zoekPunt[1]) <=
        ZOEKPUNT_STRAAL + 5 + marge)
  ) {
    uit.add('teken');
  }
  for (const v of plaatsing.vlakken) {
    const rand = v.ringen.some((ring) =>
      ring.some((p, n) => n > 0 && afstandTotLijn(punt, ring[n - 1] ?? p, p) <= 1 + marge),
    );
    if (rand) uit.add('teken');
    else if (inVlak(punt, v.ringen)) uit.add(`vlak:${v.i}`);
  }
  return [...uit].sort();
}

// ------------------------------------------------------------------------------------------------ the hatch

/** An RGBA bitmap, drawn at `schaal` device pixels per CSS pixel. */
export interface Beeld {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray<ArrayBuffer>;
}

function meng(onder: Rgba, boven: Rgba, dekking: number): Rgba {
  const a = (boven[3] / 255) * dekking;
  const aOnder = onder[3] / 255;
  const uit = a + aOnder * (1 - a);
  if (uit === 0) return [0, 0, 0, 0];
  const kanaal = (i: 0 | 1 | 2) => Math.round((boven[i] * a + onder[i] * aOnder * (1 - a)) / uit);
  return [kanaal(0), kanaal(1), kanaal(2), Math.round(uit * 255)];
}

const bereik = (x: number) => Math.max(0, Math.min(1, x));

/**
 * The hatching of a suppressed area: grey lines at 45° over light grey (rgw-stijl.ts ARCERING), a tile that repeats
 * seamlessly, at `schaal` device pixels per CSS pixel.
 */
export function arceringBeeld(schaal = 2): Beeld {
  // Lines x + y = k·n repeat in an n × n tile; n = gap·√2 along the axes for the perpendicular gap of the deck hatch.
  const n = Math.round(ARCERING.tussenruimte * Math.SQRT2 * schaal);
  const halfLijn = (ARCERING.lijn * schaal) / 2;
  const data = new Uint8ClampedArray(new ArrayBuffer(n * n * 4));
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const k = (x + y + 1) % n;
      const afstand = Math.min(k, n - k) / Math.SQRT2;
      const kleur = meng(ONDERDRUKT_VULLING, ONDERDRUKT_ARCERING, bereik(halfLijn - afstand + 0.5));
      data.set(kleur, (y * n + x) * 4);
    }
  }
  return { width: n, height: n, data };
}
