/**
 * The data layers every role shares, as maplibre style layers on our own vector tiles (public/tiles): the names (symbol
 * layers with collision), the facility count per PC4 area and the RGW totals per focus area on the tiles' label
 * points, the hatching of suppressed focus areas (`fill-pattern`), the outlines of a chosen or selected area, the
 * selection ring and a searched point. The data joins the tiles by code through maplibre's global state (KAART_STAAT),
 * so no geometry ships in the JavaScript and nothing is placed, projected or hit-tested by hand. Pure builders, tested
 * in node; gedeelde-lagen.ts sets the state on a live map.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  VariableAnchorOffsetCollectionSpecification,
} from 'maplibre-gl';
import { ZOEKPUNT_STRAAL } from './layers/zoek-punt-layer';
import {
  ARCERING,
  cssRgba,
  HALO,
  OMLIJNING_KLEUR,
  ONDERDRUKT_ARCERING,
  ONDERDRUKT_RAND,
  ONDERDRUKT_VULLING,
  SELECTIE_KLEUR,
  SELECTIE_LIJN,
  SYMBOOL_KLEUR,
  WIT,
  type Rgba,
} from '../stijl/kleuren';
import { LETTER_STAPEL } from '../stijl/lettertypen';

/** The vector source of the basemap (basemap-style.ts BRON); repeated here so the builders import no style module. */
const BRON = 'hkd';
/** The GeoJSON source of a searched point: the one thing on the map that is not on the tiles. */
export const ZOEKPUNT_BRON = 'zoekpunt';
/** The places of deck.gl's symbols (signed-in roles), with their radius: the names keep clear of them. */
export const HINDERNIS_BRON = 'hindernissen';

/**
 * The global-state keys the layers read. Maplibre re-evaluates a layer when a key it reads changes; a layout key
 * (a text, a filter) makes the worker lay the tiles out again, a paint key only repaints.
 */
export const KAART_STAAT = {
  /** PC4 code → number of facilities, publiek's symbols. */
  pc4Aantallen: 'pc4Aantallen',
  /** PC4 code of the selected symbol, or ''. */
  pc4Geselecteerd: 'pc4Geselecteerd',
  /** Focus-area code → card text ("Tarwewijk\n218 zaken"). */
  kaartjes: 'kaartjes',
  /** Focus-area code → placement order of its card, lowest first. */
  kaartjeVolgorde: 'kaartjeVolgorde',
  /** The names the cards write: the basemap does not repeat them. */
  kaartNamen: 'kaartNamen',
  /** Focus-area codes or, at buurt level, buurt codes whose count is suppressed: hatched. */
  onderdrukt: 'onderdrukt',
  /** The focus area chosen in the RGW panel, or ''. */
  focus: 'focus',
  /** The selected focus area or buurt (RGW), or ''. */
  selectieFocus: 'selectieFocus',
  selectieBuurt: 'selectieBuurt',
} as const;
export type KaartStaatSleutel = keyof typeof KAART_STAAT;

export interface KaartStaat {
  readonly pc4Aantallen: Readonly<Record<string, number>>;
  readonly pc4Geselecteerd: string;
  readonly kaartjes: Readonly<Record<string, string>>;
  readonly kaartjeVolgorde: Readonly<Record<string, number>>;
  readonly kaartNamen: readonly string[];
  readonly onderdrukt: readonly string[];
  readonly focus: string;
  readonly selectieFocus: string;
  readonly selectieBuurt: string;
}

export const LEGE_STAAT: KaartStaat = Object.freeze({
  pc4Aantallen: {},
  pc4Geselecteerd: '',
  kaartjes: {},
  kaartjeVolgorde: {},
  kaartNamen: [],
  onderdrukt: [],
  focus: '',
  selectieFocus: '',
  selectieBuurt: '',
});

export const BEELDEN = { kaartje: 'hkd-kaartje', arcering: 'hkd-arcering', blok: 'hkd-blok' } as const;

export type KaartLabelSoort = 'focusgebied' | 'wijk' | 'buurt' | 'pc4';

interface LabelOpmaak {
  /** Shown from this zoom… */
  readonly van: number;
  /** …up to, not including, this one. */
  readonly tot: number;
  /** Pixels. */
  readonly grootte: number;
  readonly kleur: Rgba;
}

/**
 * Names recede behind the data: grey-blue, one size per level, no capitals shouting. Focus areas (RGW) take the place
 * of their buurt name at wijk zoom, in the purple of their outline. Each level hands over to the next, so a name never
 * shows at two sizes at once.
 */
export const LABEL_OPMAAK: Readonly<Record<KaartLabelSoort, LabelOpmaak>> = {
  wijk: { van: 9.5, tot: 12.5, grootte: 14, kleur: [52, 66, 78, 255] },
  focusgebied: { van: 12.5, tot: 13.5, grootte: 13, kleur: [92, 62, 140, 255] },
  buurt: { van: 12, tot: 24, grootte: 12.5, kleur: [70, 82, 92, 255] },
  pc4: { van: 14, tot: 24, grootte: 11, kleur: [110, 88, 40, 255] },
};
/** A white halo keeps names readable on any fill, and on the PDOK background. */
export const HALO_KLEUR: Rgba = [255, 255, 255, 235];

/** Drawing order bottom to top; maplibre places the top layer's symbols first. */
const NAAM_SOORTEN: readonly KaartLabelSoort[] = ['pc4', 'buurt', 'focusgebied', 'wijk'];

/** The layers of each switchable data layer (domain/datalagen.ts), switched with `visibility`. */
export const LAGEN_VAN = {
  voorzieningen: [
    'pc4-blok',
    'pc4-blok-kaartjes',
    'pc4-symbolen',
    'pc4-tellingen',
    'pc4-ring-halo',
    'pc4-ring',
  ],
  'rgw-dichtheid': ['rgw-arcering', 'rgw-arcering-rand', 'rgw-selectie-halo', 'rgw-selectie', 'rgw-kaartjes'],
} as const;

/** What a click or hover looks at, top first. */
export const KLIKBARE_LAGEN = ['pc4-symbolen', 'rgw-kaartjes', 'rgw-arcering'] as const;

// --------------------------------------------------------------------------------------------- expressions

function staat(sleutel: KaartStaatSleutel): ExpressionSpecification {
  return ['global-state', KAART_STAAT[sleutel]];
}
/** An object from the global state, `{}` before it is set. */
function object(sleutel: KaartStaatSleutel): ExpressionSpecification {
  return ['object', staat(sleutel), ['literal', {}]];
}
function tekst(sleutel: KaartStaatSleutel): ExpressionSpecification {
  return ['to-string', ['coalesce', staat(sleutel), '']];
}
const CODE: ExpressionSpecification = ['to-string', ['get', 'code']];

/** The count of this PC4 label point, 0 when it has no facilities. */
const AANTAL: ExpressionSpecification = ['number', ['get', CODE, object('pc4Aantallen')], 0];
/** pc4-symbolen-layer.ts pc4Straal: area grows with the count. */
const STRAAL: ExpressionSpecification = ['+', 11, ['*', 4, ['sqrt', ['max', AANTAL, 1]]]];
/**
 * Where a card may go, in order: on its point, then beside it in eight directions at 2.6 em (34 px: clear of the
 * square over a circle on the point, its half side the radius plus the white rim, ~21 px for 4 facilities, ~27 px for
 * 16, together with the card's own padding), then at 4.2 em, clear of a circle beside the point as well.
 */
const KAARTJE_PLEKKEN: VariableAnchorOffsetCollectionSpecification = [
  'center',
  [0, 0],
  ...[2.6, 4.2].flatMap((afstand) => {
    const schuin = afstand / Math.SQRT2;
    return [
      'top',
      [0, afstand],
      'bottom',
      [0, -afstand],
      'left',
      [afstand, 0],
      'right',
      [-afstand, 0],
      'top-left',
      [schuin, schuin],
      'top-right',
      [-schuin, schuin],
      'bottom-left',
      [schuin, -schuin],
      'bottom-right',
      [-schuin, -schuin],
    ] as VariableAnchorOffsetCollectionSpecification;
  }),
];
/** The circle's white edge, outside its radius. */
export const SYMBOOL_RAND = 2;

const soortIs = (soort: KaartLabelSoort): ExpressionSpecification => ['==', ['get', 'soort'], soort];
const LABELS = { source: BRON, 'source-layer': 'labels' } as const;
const BUURTEN = { source: BRON, 'source-layer': 'buurten' } as const;
const IN_FOCUSGEBIED: ExpressionSpecification = ['has', 'focusgebied'];
const FOCUS: ExpressionSpecification = ['to-string', ['get', 'focusgebied']];

/** A suppressed focus area (its buurten) or, at buurt level, a suppressed buurt: the codes of both kinds differ. */
const ONDERDRUKTE: ExpressionSpecification = [
  'array',
  'string',
  ['coalesce', staat('onderdrukt'), ['literal', []]],
];
const ONDERDRUKT_GEBIED: FilterSpecification = [
  'any',
  ['all', IN_FOCUSGEBIED, ['in', FOCUS, ONDERDRUKTE]],
  ['in', CODE, ONDERDRUKTE],
];

function omlijning(id: string, filter: FilterSpecification, kleur: Rgba, breedte: number) {
  const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return [
    {
      id: `${id}-halo`,
      type: 'line',
      ...BUURTEN,
      filter,
      layout,
      paint: { 'line-color': cssRgba(HALO), 'line-width': breedte + 3 },
    },
    {
      id,
      type: 'line',
      ...BUURTEN,
      filter,
      layout,
      paint: { 'line-color': cssRgba(kleur), 'line-width': breedte },
    },
  ] satisfies LayerSpecification[];
}

/**
 * The shared layers bottom to top: hatching and outlines, the names, the cards, the PC4 circles with their selection
 * ring and counts, the searched point. maplibre places symbols top layer first, so the counts and the cards take their
 * room before the names, which keep clear of both (or wait for a closer zoom).
 */
/**
 * An invisible square over each PC4 circle, so maplibre's collisions keep clear of it, `marge` pixels wider than the
 * circle. The two squares must differ in layout: maplibre lays out layers with the same source, filter, zooms and
 * layout as one bucket, placed at the lower layer's turn, and the cards would then be placed before their square.
 */
function pc4Blok(id: string, marge: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    ...LABELS,
    filter: ['all', soortIs('pc4'), ['has', CODE, object('pc4Aantallen')]],
    layout: {
      'icon-image': BEELDEN.blok,
      'icon-size': ['/', ['+', STRAAL, SYMBOOL_RAND + marge], BLOK_HALF],
      'icon-allow-overlap': true,
    },
    paint: { 'icon-opacity': 0 },
  };
}

export function kaartLagen(): LayerSpecification[] {
  return [
    {
      id: 'rgw-arcering',
      type: 'fill',
      ...BUURTEN,
      filter: ONDERDRUKT_GEBIED,
      paint: { 'fill-pattern': BEELDEN.arcering },
    },
    {
      id: 'rgw-arcering-rand',
      type: 'line',
      ...BUURTEN,
      filter: ONDERDRUKT_GEBIED,
      paint: { 'line-color': cssRgba(ONDERDRUKT_RAND), 'line-width': 1.25 },
    },
    ...omlijning(
      'rgw-focus-omlijning',
      ['all', IN_FOCUSGEBIED, ['==', FOCUS, tekst('focus')]],
      OMLIJNING_KLEUR,
      3.5,
    ),
    ...omlijning(
      'rgw-selectie',
      [
        'any',
        ['all', IN_FOCUSGEBIED, ['==', FOCUS, tekst('selectieFocus')]],
        ['==', CODE, tekst('selectieBuurt')],
      ],
      SELECTIE_LIJN,
      3,
    ),
    ...NAAM_SOORTEN.map((soort): LayerSpecification => {
      const opmaak = LABEL_OPMAAK[soort];
      return {
        id: `namen-${soort}`,
        type: 'symbol',
        ...LABELS,
        minzoom: opmaak.van,
        maxzoom: opmaak.tot,
        // A card already names its area.
        filter: [
          'all',
          soortIs(soort),
          [
            '!',
            [
              'in',
              ['to-string', ['get', 'naam']],
              ['array', 'string', ['coalesce', staat('kaartNamen'), ['literal', []]]],
            ],
          ],
        ],
        layout: {
          'text-field': ['get', 'naam'],
          'text-font': [LETTER_STAPEL],
          'text-size': opmaak.grootte,
          'text-max-width': 40,
          // The most important names first (the tiles' `rang`), and moved beside their point rather than left out.
          'symbol-sort-key': ['get', 'rang'],
          'text-variable-anchor': ['center', 'top', 'bottom'],
          'text-radial-offset': 0.8,
          'text-padding': 3,
        },
        paint: {
          'text-color': cssRgba(opmaak.kleur),
          'text-halo-color': cssRgba(HALO_KLEUR),
          'text-halo-width': 2,
        },
      };
    }),
    // An invisible square over each PC4 circle, placed after the cards and before the names (maplibre places from
    // the top layer down): the names keep clear of the circles. The cards have their own square, above them.
    pc4Blok('pc4-blok', 0),
    {
      id: 'rgw-kaartjes',
      type: 'symbol',
      ...LABELS,
      filter: ['all', soortIs('focusgebied'), ['has', CODE, object('kaartjes')]],
      layout: {
        'text-field': ['to-string', ['get', CODE, object('kaartjes')]],
        'text-font': [LETTER_STAPEL],
        'text-size': 13,
        'text-line-height': 1.25,
        'text-max-width': 30,
        'icon-image': BEELDEN.kaartje,
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [3, 6, 3, 6],
        // A card that would overlap another card or a circle moves beside its point: maplibre tries these anchors
        // and offsets in turn, first close by, then further out, and waits until the user zooms in where none is
        // free, so none is ever unreadable; the larger total goes first.
        'symbol-sort-key': ['number', ['get', CODE, object('kaartjeVolgorde')], 0],
        'text-variable-anchor-offset': KAARTJE_PLEKKEN,
        'text-padding': 2,
      },
      paint: { 'text-color': '#1b2126' },
    },
    {
      // The same for deck.gl's symbols of the signed-in roles: deck.gl takes no part in maplibre's collisions.
      id: 'deck-blok',
      type: 'symbol',
      source: HINDERNIS_BRON,
      layout: {
        'icon-image': BEELDEN.blok,
        'icon-size': ['/', ['number', ['get', 'straal'], 0], BLOK_HALF],
        'icon-allow-overlap': true,
      },
      paint: { 'icon-opacity': 0 },
    },
    // The cards, too, move clear of the circles (placed after this square): a card under a circle cannot be read.
    pc4Blok('pc4-blok-kaartjes', 1),
    {
      id: 'pc4-symbolen',
      type: 'circle',
      ...LABELS,
      filter: ['all', soortIs('pc4'), ['has', CODE, object('pc4Aantallen')]],
      paint: {
        'circle-radius': STRAAL,
        'circle-color': cssRgba(SYMBOOL_KLEUR),
        'circle-stroke-color': cssRgba(WIT),
        'circle-stroke-width': SYMBOOL_RAND,
      },
    },
    ...[
      { id: 'pc4-ring-halo', kleur: WIT, breedte: 6 },
      { id: 'pc4-ring', kleur: SELECTIE_KLEUR, breedte: 3 },
    ].map(({ id, kleur, breedte }): LayerSpecification => ({
      id,
      type: 'circle',
      ...LABELS,
      filter: ['all', soortIs('pc4'), ['==', CODE, tekst('pc4Geselecteerd')]],
      paint: {
        // Just outside the symbol, like selectie-layer.ts; maplibre draws the stroke outside the radius.
        'circle-radius': ['+', STRAAL, 4 - breedte / 2],
        'circle-opacity': 0,
        'circle-stroke-color': cssRgba(kleur),
        'circle-stroke-width': breedte,
      },
    })),
    {
      // The count, over the ring. It blocks nothing: the square below does that for the names only.
      id: 'pc4-tellingen',
      type: 'symbol',
      ...LABELS,
      filter: ['all', soortIs('pc4'), ['has', CODE, object('pc4Aantallen')]],
      layout: {
        'text-field': ['to-string', AANTAL],
        'text-font': [LETTER_STAPEL],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': cssRgba(WIT) },
    },
    {
      id: 'zoek-halo',
      type: 'circle',
      source: ZOEKPUNT_BRON,
      paint: {
        'circle-radius': ZOEKPUNT_STRAAL + 1.5 - 3.5,
        'circle-opacity': 0,
        'circle-stroke-color': cssRgba(WIT),
        'circle-stroke-width': 7,
      },
    },
    {
      id: 'zoek-ring',
      type: 'circle',
      source: ZOEKPUNT_BRON,
      paint: {
        'circle-radius': ZOEKPUNT_STRAAL - 1.5,
        'circle-opacity': 0,
        'circle-stroke-color': cssRgba(SELECTIE_KLEUR),
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'zoek-kern',
      type: 'circle',
      source: ZOEKPUNT_BRON,
      paint: {
        'circle-radius': 3,
        'circle-color': cssRgba(SELECTIE_KLEUR),
        'circle-stroke-color': cssRgba(WIT),
        'circle-stroke-width': 1,
      },
    },
  ];
}

/** The searched point's source, empty until a search finds a point. */
export function zoekPuntBron(): SourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

/** The places names keep clear of, as points with their radius in pixels. */
export function hindernisData(
  hindernissen: readonly { readonly positie: readonly [number, number]; readonly straal: number }[],
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: hindernissen.map((h) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [h.positie[0], h.positie[1]] },
      properties: { straal: h.straal + SYMBOOL_RAND },
    })),
  };
}

export function zoekPuntData(positie: readonly [number, number] | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: positie
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [positie[0], positie[1]] },
            properties: {},
          },
        ]
      : [],
  };
}

// ------------------------------------------------------------------------------------------------- images

/** An RGBA bitmap for maplibre's addImage, drawn at `pixelRatio` device pixels per CSS pixel. */
export interface Beeld {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Half the side of the invisible square behind a count, in CSS pixels: `icon-size` scales it to the circle. */
const BLOK_HALF = 16;

function meng(onder: Rgba, boven: Rgba, dekking: number): Rgba {
  const a = (boven[3] / 255) * dekking;
  const aOnder = onder[3] / 255;
  const uit = a + aOnder * (1 - a);
  if (uit === 0) return [0, 0, 0, 0];
  const kanaal = (i: 0 | 1 | 2) => Math.round((boven[i] * a + onder[i] * aOnder * (1 - a)) / uit);
  return [kanaal(0), kanaal(1), kanaal(2), Math.round(uit * 255)];
}

const bereik = (x: number) => Math.max(0, Math.min(1, x));

/** The square the names keep clear of: transparent, only its size counts. */
export function blokBeeld(): { beeld: Beeld; opties: { pixelRatio: number } } {
  const maat = BLOK_HALF * 2;
  return {
    beeld: { width: maat, height: maat, data: new Uint8Array(maat * maat * 4) },
    opties: { pixelRatio: 1 },
  };
}

/**
 * The card behind a focus-area total: white with a purple border and rounded corners, 12 × 12 CSS pixels, stretched
 * around the text (`stretchX`/`stretchY` keep the corners).
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
 * The hatching of a suppressed area: grey lines at 45° over light grey (stijl/kleuren.ts ARCERING), a tile that repeats
 * seamlessly, at `schaal` device pixels per CSS pixel.
 */
export function arceringBeeld(schaal = 2): { beeld: Beeld; opties: { pixelRatio: number } } {
  // Lines x + y = k·n repeat in an n × n tile; n = gap·√2 along the axes for the perpendicular gap of the hatch.
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
