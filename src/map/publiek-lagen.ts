/**
 * Publiek's data layers as maplibre sources and layers: the facility count per PC4 area as a circle with its number,
 * the RGW totals per focus area as cards, the basemap names, the selection ring and a searched point. Pure builders
 * (tested in node); publiek-tekenaar.ts puts them on the map. The look follows the deck.gl layers of the other roles
 * (pc4-symbolen-layer.ts, rgw-dichtheid-layer.ts, labels-layer.ts, selectie-layer.ts, zoek-punt-layer.ts).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { LonLat } from '../contract/common';
import type { KaartLabelSoort } from '../geo/kaartlabels';
import { LETTER_STAPEL } from './basemap-style';
import { SELECTIE_KLEUR, SYMBOOL_KLEUR, WIT, type Rgba } from './kleuren';
import type { SelectieRing } from './laag-groep';
import { HALO_KLEUR, LABEL_OPMAAK, type GeplaatstLabel } from './layers/labels-layer';
import { pc4Straal, type Pc4Groep } from './layers/pc4-symbolen-layer';
import { kaartjePrioriteit, type Omlijning, type RgwLabel, type RgwVlak } from './layers/rgw-kaartjes';
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

/** Every source and layer id starts with this: a basemap style change carries them over (map-view.tsx). */
export const PUBLIEK_VOORVOEGSEL = 'pk-';

/**
 * Two sources, points and areas, each holding several parts told apart by a `deel` property: every source that
 * changes costs the worker a job and the map a frame, and on a software-rendered map a frame is tens of
 * milliseconds. An update sets each source at most once.
 */
export const PUBLIEK_BRONNEN = { punten: 'pk-punten', vlakken: 'pk-vlakken' } as const;
export type PuntDeel = 'symbolen' | 'ring' | 'namen' | 'kaartjes' | 'zoekPunt';
export type VlakDeel = 'focusVlakken' | 'focusOmlijning' | 'selectieOmlijning';

export const PUBLIEK_BEELDEN = { kaartje: 'pk-kaartje', arcering: 'pk-arcering' } as const;

/** The layers a click or hover looks at, top first. */
export const KLIKBARE_LAGEN = ['pk-symbolen', 'pk-kaartjes', 'pk-focus-vlak'] as const;
/** The layers of each switchable data layer (domain/datalagen.ts). */
export const LAGEN_VAN = {
  voorzieningen: ['pk-symbolen', 'pk-aantallen'],
  'rgw-dichtheid': ['pk-focus-vlak', 'pk-focus-rand', 'pk-kaartjes', 'pk-selectie-halo', 'pk-selectie-lijn'],
} as const;

/**
 * The font the names, counts and cards are drawn in: DejaVu Sans Bold from our own glyph files, read by maplibre's
 * worker instead of drawn letter by letter on the main thread at start-up. Weight and size set the levels apart.
 */
function lettertype(): string[] {
  return [LETTER_STAPEL];
}

export function css([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

type Eigenschappen = Record<string, string | number | boolean | number[]>;
type Kenmerk = Feature<Geometry, Eigenschappen>;

function verzameling(
  features: Feature<Geometry, Eigenschappen>[],
): FeatureCollection<Geometry, Eigenschappen> {
  return { type: 'FeatureCollection', features };
}

function punt(
  deel: PuntDeel,
  positie: Readonly<LonLat> | readonly [number, number],
  eigenschappen: Eigenschappen,
): Kenmerk {
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [positie[0], positie[1]] },
    properties: { deel, ...eigenschappen },
  };
}

/** One source's data from its parts, in a fixed order. */
export function samen(delen: readonly (readonly Kenmerk[])[]): FeatureCollection<Geometry, Eigenschappen> {
  return { type: 'FeatureCollection', features: delen.flat() };
}

/** One point per PC4 area, with its count and radius; `i` is the index in `groepen` (for clicks and hovers). */
export function symboolBron(groepen: readonly Pc4Groep[]) {
  return verzameling(
    groepen.map((g, i) =>
      punt('symbolen', g.positie, {
        i,
        sleutel: g.sleutel,
        aantal: g.items.length,
        straal: pc4Straal(g.items.length),
      }),
    ),
  );
}

export function ringBron(ring: SelectieRing | null) {
  return verzameling(ring ? [punt('ring', ring.positie, { straal: ring.straal })] : []);
}

/** The placed names (labels-layer.ts plaatsLabels), their nudge as a text offset in ems of their own size. */
export function namenBron(geplaatst: readonly GeplaatstLabel[]) {
  return verzameling(
    geplaatst.map(({ label, verschuiving: [dx, dy] }) => {
      const grootte = LABEL_OPMAAK[label.soort].grootte;
      return punt('namen', label.positie, {
        naam: label.naam,
        soort: label.soort,
        verschuiving: [dx / grootte, dy / grootte],
      });
    }),
  );
}

/** The focus-area cards; `i` indexes `labels`. Larger totals are placed first when two would overlap. */
export function kaartjeBron(labels: readonly RgwLabel[]) {
  return verzameling(
    labels.map((l, i) =>
      punt('kaartjes', l.positie, {
        i,
        sleutel: l.rij.sleutel,
        tekst: l.tekst,
        volgorde: -kaartjePrioriteit(l),
      }),
    ),
  );
}

/**
 * Only suppressed focus areas are filled (hatched): the others are read from their cards, and a fill would blur the
 * PC4 map under them. `i` indexes `vlakken`.
 */
export function focusVlakBron(vlakken: readonly RgwVlak[]) {
  return verzameling(
    vlakken.flatMap((v, i) =>
      v.rij.klasse === 'onderdrukt'
        ? [
            {
              type: 'Feature' as const,
              geometry: { type: 'Polygon' as const, coordinates: v.veelhoek as Position[][] },
              properties: { deel: 'focusVlakken', i, sleutel: v.rij.sleutel },
            },
          ]
        : [],
    ),
  );
}

export function lijnBron(deel: 'focusOmlijning' | 'selectieOmlijning', paden: readonly Omlijning[]) {
  return verzameling(
    paden.map((o) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: o.pad as Position[] },
      properties: { deel },
    })),
  );
}

export function zoekPuntBron(positie: Readonly<LonLat> | null) {
  return verzameling(positie ? [punt('zoekPunt', positie, {})] : []);
}

/** Drawing order bottom to top, as in labels-layer.ts. */
const NAAM_SOORTEN: readonly KaartLabelSoort[] = ['pc4', 'buurt', 'focusgebied', 'wijk'];

const deelIs = (deel: PuntDeel | VlakDeel) =>
  ['==', ['get', 'deel'], deel] as ['==', ['get', string], string];
const PUNTEN = (deel: PuntDeel) => ({ source: PUBLIEK_BRONNEN.punten, filter: deelIs(deel) });
const VLAKKEN = (deel: VlakDeel) => ({ source: PUBLIEK_BRONNEN.vlakken, filter: deelIs(deel) });

function omlijning(id: string, deel: VlakDeel, kleur: Rgba, breedte: number): LayerSpecification[] {
  const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return [
    {
      id: `${id}-halo`,
      type: 'line',
      ...VLAKKEN(deel),
      layout,
      paint: { 'line-color': css(HALO), 'line-width': breedte + 3 },
    },
    {
      id,
      type: 'line',
      ...VLAKKEN(deel),
      layout,
      paint: { 'line-color': css(kleur), 'line-width': breedte },
    },
  ];
}

/** Text placed by us (labels-layer.ts, rgw-labelpunt.ts): maplibre neither hides nor moves it. */
const VRIJE_TEKST = { 'text-allow-overlap': true, 'text-ignore-placement': true } as const;

/**
 * The layers bottom to top: focus-area hatching, outlines, the cards, the names (over the fills, clear of every
 * symbol and card), the circles, the selection ring, the counts (over the ring, so a selected circle keeps its
 * number), the searched point.
 */
export function publiekeLagen(): LayerSpecification[] {
  return [
    {
      id: 'pk-focus-vlak',
      type: 'fill',
      ...VLAKKEN('focusVlakken'),
      paint: { 'fill-pattern': PUBLIEK_BEELDEN.arcering },
    },
    {
      id: 'pk-focus-rand',
      type: 'line',
      ...VLAKKEN('focusVlakken'),
      paint: { 'line-color': css(ONDERDRUKT_RAND), 'line-width': 1.25 },
    },
    ...omlijning('pk-focus-omlijning', 'focusOmlijning', OMLIJNING_KLEUR, 3.5),
    ...omlijning('pk-selectie', 'selectieOmlijning', SELECTIE_LIJN, 3).map((l) =>
      l.id === 'pk-selectie' ? { ...l, id: 'pk-selectie-lijn' } : l,
    ),
    {
      id: 'pk-kaartjes',
      type: 'symbol',
      ...PUNTEN('kaartjes'),
      layout: {
        'text-field': ['get', 'tekst'],
        'text-font': lettertype(),
        'text-size': 13,
        'text-line-height': 1.25,
        'text-max-width': 30,
        'icon-image': PUBLIEK_BEELDEN.kaartje,
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [3, 6, 3, 6],
        // A card that would overlap another moves beside its point (maplibre tries these anchors in turn), and waits
        // until the user zooms in where none is free, so none is ever unreadable; the larger total goes first.
        'symbol-sort-key': ['get', 'volgorde'],
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-padding': 2,
      },
      paint: { 'text-color': '#1b2126' },
    },
    ...NAAM_SOORTEN.map((soort): LayerSpecification => {
      const opmaak = LABEL_OPMAAK[soort];
      return {
        id: `pk-namen-${soort}`,
        type: 'symbol',
        source: PUBLIEK_BRONNEN.punten,
        filter: ['all', deelIs('namen'), ['==', ['get', 'soort'], soort]],
        layout: {
          'text-field': ['get', 'naam'],
          'text-font': lettertype(),
          'text-size': opmaak.grootte,
          'text-offset': ['array', 'number', 2, ['get', 'verschuiving']] as unknown as [number, number],
          'text-max-width': 40,
          ...VRIJE_TEKST,
        },
        paint: {
          'text-color': css(opmaak.kleur),
          'text-halo-color': css(HALO_KLEUR),
          'text-halo-width': 2,
        },
      };
    }),
    {
      id: 'pk-symbolen',
      type: 'circle',
      ...PUNTEN('symbolen'),
      paint: {
        'circle-radius': ['get', 'straal'],
        'circle-color': css(SYMBOOL_KLEUR),
        'circle-stroke-color': css(WIT),
        'circle-stroke-width': 2,
      },
    },
    ...[
      { id: 'pk-ring-halo', kleur: WIT, breedte: 6 },
      { id: 'pk-ring', kleur: SELECTIE_KLEUR, breedte: 3 },
    ].map(({ id, kleur, breedte }): LayerSpecification => ({
      id,
      type: 'circle',
      ...PUNTEN('ring'),
      paint: {
        // Just outside the symbol, like selectie-layer.ts; circle-radius excludes the stroke.
        'circle-radius': ['+', ['get', 'straal'], 4 - breedte / 2],
        'circle-opacity': 0,
        'circle-stroke-color': css(kleur),
        'circle-stroke-width': breedte,
      },
    })),
    {
      id: 'pk-aantallen',
      type: 'symbol',
      ...PUNTEN('symbolen'),
      layout: {
        'text-field': ['to-string', ['get', 'aantal']],
        'text-font': lettertype(),
        'text-size': 13,
        ...VRIJE_TEKST,
      },
      paint: { 'text-color': css(WIT) },
    },
    {
      id: 'pk-zoek-halo',
      type: 'circle',
      ...PUNTEN('zoekPunt'),
      paint: {
        'circle-radius': ZOEKPUNT_STRAAL + 1.5 - 3.5,
        'circle-opacity': 0,
        'circle-stroke-color': css(WIT),
        'circle-stroke-width': 7,
      },
    },
    {
      id: 'pk-zoek-ring',
      type: 'circle',
      ...PUNTEN('zoekPunt'),
      paint: {
        'circle-radius': ZOEKPUNT_STRAAL - 1.5,
        'circle-opacity': 0,
        'circle-stroke-color': css(SELECTIE_KLEUR),
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'pk-zoek-kern',
      type: 'circle',
      ...PUNTEN('zoekPunt'),
      paint: {
        'circle-radius': 3,
        'circle-color': css(SELECTIE_KLEUR),
        'circle-stroke-color': css(WIT),
        'circle-stroke-width': 1,
      },
    },
  ];
}

/** An RGBA bitmap for maplibre's addImage, drawn at `schaal` device pixels per CSS pixel. */
export interface Beeld {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
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
 * The card behind a focus-area total: white with a purple border and rounded corners, 12 × 12 CSS pixels, stretched
 * around the text (`stretchX`/`stretchY` keep the corners), as the deck.gl cards of the other roles.
 */
export function kaartjeBeeld(schaal = 2): {
  beeld: Beeld;
  opties: {
    pixelRatio: number;
    stretchX: [number, number][];
    stretchY: [number, number][];
    content: [number, number, number, number];
  };
} {
  const maat = 12 * schaal;
  const straal = 4 * schaal;
  const rand = 1.5 * schaal;
  const data = new Uint8Array(maat * maat * 4);
  const wit: Rgba = [255, 255, 255, 250];
  const paars: Rgba = [106, 76, 156, 255];
  for (let y = 0; y < maat; y++) {
    for (let x = 0; x < maat; x++) {
      // Signed distance to the rounded rectangle's edge, negative inside.
      const qx = Math.abs(x + 0.5 - maat / 2) - (maat / 2 - straal);
      const qy = Math.abs(y + 0.5 - maat / 2) - (maat / 2 - straal);
      const d = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - straal;
      const binnen = bereik(0.5 - d);
      const inRand = bereik(0.5 - Math.abs(d + rand / 2) + rand / 2);
      const kleur = meng(wit, paars, inRand);
      const o = (y * maat + x) * 4;
      data[o] = kleur[0];
      data[o + 1] = kleur[1];
      data[o + 2] = kleur[2];
      data[o + 3] = Math.round(kleur[3] * binnen);
    }
  }
  const vrij = straal + 1;
  return {
    beeld: { width: maat, height: maat, data },
    opties: {
      pixelRatio: schaal,
      stretchX: [[vrij, maat - vrij]],
      stretchY: [[vrij, maat - vrij]],
      content: [vrij, vrij, maat - vrij, maat - vrij],
    },
  };
}

/**
 * The hatching of a suppressed area: grey lines at 45° over light grey (rgw-stijl.ts ARCERING), a tile that repeats
 * seamlessly, at `schaal` device pixels per CSS pixel.
 */
export function arceringBeeld(schaal = 2): { beeld: Beeld; opties: { pixelRatio: number } } {
  // Lines x + y = k·n repeat in an n × n tile; n = gap·√2 along the axes for the perpendicular gap of the deck hatch.
  const n = Math.round(ARCERING.tussenruimte * Math.SQRT2 * schaal);
  const halfLijn = (ARCERING.lijn * schaal) / 2;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const k = (x + y + 1) % n;
      const afstand = Math.min(k, n - k) / Math.SQRT2;
      const kleur = meng(ONDERDRUKT_VULLING, ONDERDRUKT_ARCERING, bereik(halfLijn - afstand + 0.5));
      data.set(kleur, (y * n + x) * 4);
    }
  }
  return { beeld: { width: n, height: n, data }, opties: { pixelRatio: schaal } };
}
