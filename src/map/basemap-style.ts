/** The basemap: our own vector tiles in calm colours (land, water, wijk, buurt and PC4 boundaries, focus areas), optionally over PDOK's grey background map, with the data layers every role shares on top (kaart-lagen.ts). */
// Glyphs come from our own files (public/fonts, scripts/glyphs.mjs): nothing is fetched from outside unless the user
// switches PDOK on.
import type {
  ExpressionSpecification,
  LayerSpecification,
  MapOptions,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { LonLat } from '../contract/common';
import { bronvermelding } from '../geo/gebiedsindeling';
import { TEGEL_MAXZOOM, TEGEL_MINZOOM, tegelUrl } from '../geo/tegels';
import { HINDERNIS_BRON, kaartLagen, ZOEKPUNT_BRON, zoekPuntBron } from './kaart-lagen';
import {
  ACHTERGROND_KLEUR,
  BUURT_GRENS,
  FOCUS_KLEUR,
  GEMEENTE_GRENS,
  GEVONDEN_KLEUR,
  LAND_KLEUR,
  PC4_GRENS,
  PC4_KLASSE_KLEUREN,
  PC4_VLAK_DEKKING,
  WATER_KLEUR,
  WATER_RAND,
  WIJK_GRENS,
} from '../stijl/kleuren';
import { PDOK_ATTRIBUTIE, PDOK_GRENZEN, PDOK_MAXZOOM, PDOK_TEGEL_URL } from './pdok';
import { vlakLagen } from './vlak-lagen';

export type Achtergrond = 'eigen' | 'pdok';

/** `eigen`: our own map; `controleren`: probing PDOK (our map meanwhile); `pdok`; `onbereikbaar`: PDOK failed, our map with a notice. */
export type AchtergrondStatus = 'eigen' | 'controleren' | 'pdok' | 'onbereikbaar';

/** The id of our vector source; the search highlight sets feature state on it. */
export const BRON = 'hkd';
export const PDOK_BRON = 'pdok';

/** public/tiles/tiles.json `bounds`: no requests for tiles outside them (a test keeps the two equal). */
export const TEGEL_GRENZEN: [number, number, number, number] = [4.035, 51.833, 4.628, 52.004];

/** Below this zoom the PC4 boundaries only clutter, unless "Postcodegebieden" is switched on. */
export const PC4_VANAF_ZOOM = 13;
export const BUURT_VANAF_ZOOM = 12;
/** The maplibre layer of publiek's choropleth; a click on it selects the area. */
export const PC4_VLAK_LAAG = 'pc4-aantallen';

/** The source line: geography, what is left out, and that the data is fictional; PDOK's own when it is on. */
export const ATTRIBUTIE = bronvermelding();

/** Rotterdam, city centre on the Maas; the whole municipality fits at this zoom on a desktop screen. */
export const START_BEELD = { centrum: [4.48, 51.91] satisfies LonLat, zoom: 11.3 } as const;

/** Keeps the view near Rotterdam, including the port to the west; there is nothing to see elsewhere. */
export const GRENZEN: [LonLat, LonLat] = [
  [3.85, 51.7],
  [4.85, 52.1],
];

/**
 * The map options of the app's map (map-view.tsx) that the bench's bare page (scripts/bench/bare.ts) shares, so the
 * two differ only in the app around the map.
 */
export const KAART_OPTIES = {
  minZoom: 9,
  maxZoom: 18,
  maxBounds: GRENZEN,
  attributionControl: false,
  // A flat schematic map: rotation and tilt only disorient.
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  // Names and counts appear at once; a fade would also keep the map busy for 300 ms.
  fadeDuration: 0,
} as const satisfies Partial<MapOptions>;

/** The source layers that can be highlighted by feature state (`promoteId: 'code'`). */
export const GEBIED_LAGEN = ['wijken', 'buurten', 'pc4'] as const;
export type GebiedLaag = (typeof GEBIED_LAGEN)[number];

export interface BasemapOpties {
  /** The app's absolute base URL (`new URL(import.meta.env.BASE_URL, location.href).href`). */
  basisUrl: string;
  achtergrond: Achtergrond;
  /** "Postcodegebieden" switched on: PC4 boundaries at every zoom, not only from PC4_VANAF_ZOOM. */
  postcodegebieden: boolean;
  /** Publiek's choropleth of facilities per PC4 area; the class comes from feature state `klasse`. */
  pc4Aantallen?: boolean;
}

/** A value per zoom (line widths, opacities), interpolated so zooming never jumps. */
function perZoom(paren: readonly (readonly [number, number])[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...paren.flat()];
}

const GEVONDEN: ExpressionSpecification = ['boolean', ['feature-state', 'gevonden'], false];

/** The fill of a PC4 area from its feature state `klasse` (0-3); areas without one stay unfilled. */
const PC4_VULLING: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'klasse'], -1],
  0,
  PC4_KLASSE_KLEUREN[0],
  1,
  PC4_KLASSE_KLEUREN[1],
  2,
  PC4_KLASSE_KLEUREN[2],
  3,
  PC4_KLASSE_KLEUREN[3],
  'rgba(0,0,0,0)',
];

function bronnen(opties: BasemapOpties): Record<string, SourceSpecification> {
  const eigen: SourceSpecification = {
    type: 'vector',
    tiles: [tegelUrl(opties.basisUrl)],
    minzoom: TEGEL_MINZOOM,
    maxzoom: TEGEL_MAXZOOM,
    bounds: TEGEL_GRENZEN,
    promoteId: 'code',
    attribution: ATTRIBUTIE,
  };
  // Two small GeoJSON sources beside the tiles, empty until a search finds a point or deck.gl draws symbols.
  const punten = { [ZOEKPUNT_BRON]: zoekPuntBron(), [HINDERNIS_BRON]: zoekPuntBron() };
  if (opties.achtergrond !== 'pdok') return { [BRON]: eigen, ...punten };
  return {
    ...punten,
    [PDOK_BRON]: {
      type: 'raster',
      tiles: [PDOK_TEGEL_URL],
      tileSize: 256,
      maxzoom: PDOK_MAXZOOM,
      bounds: PDOK_GRENZEN,
      attribution: PDOK_ATTRIBUTIE,
    },
    [BRON]: eigen,
  };
}

function lagen(opties: BasemapOpties): LayerSpecification[] {
  const pdok = opties.achtergrond === 'pdok';
  const vector = { source: BRON } as const;
  return [
    { id: 'achtergrond', type: 'background', paint: { 'background-color': ACHTERGROND_KLEUR } },
    ...(pdok
      ? [
          {
            id: 'pdok',
            type: 'raster',
            source: PDOK_BRON,
            // A touch lighter than PDOK draws it, so our boundaries and the data stay in front.
            paint: { 'raster-opacity': 0.85, 'raster-fade-duration': 0 },
          } satisfies LayerSpecification,
        ]
      : []),
    // With PDOK on, its map shows land and water; ours would only hide it.
    ...(pdok
      ? []
      : [
          {
            id: 'land',
            type: 'fill',
            ...vector,
            'source-layer': 'gemeente',
            paint: { 'fill-color': LAND_KLEUR },
          } satisfies LayerSpecification,
        ]),
    // Under the focus-area tint and every boundary; switched with `visibility`, so a style diff only flips that.
    {
      id: PC4_VLAK_LAAG,
      type: 'fill',
      ...vector,
      'source-layer': 'pc4',
      layout: { visibility: opties.pc4Aantallen ? 'visible' : 'none' },
      paint: { 'fill-color': PC4_VULLING, 'fill-opacity': PC4_VLAK_DEKKING },
    },
    // The signed-in roles' choropleths (Spreiding, Wijkprofiel, RGW per buurt), likewise under the boundaries.
    ...vlakLagen(),
    {
      id: 'focusgebied-vlak',
      type: 'fill',
      ...vector,
      'source-layer': 'buurten',
      filter: ['has', 'focusgebied'],
      // Fainter closer in: at street level the tint would fill the whole screen.
      paint: {
        'fill-color': FOCUS_KLEUR,
        'fill-opacity': perZoom([
          [11, pdok ? 0.14 : 0.1],
          [15, pdok ? 0.08 : 0.05],
        ]),
      },
    },
    {
      id: 'pc4-grens',
      type: 'line',
      ...vector,
      'source-layer': 'pc4',
      minzoom: opties.postcodegebieden ? TEGEL_MINZOOM : PC4_VANAF_ZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PC4_GRENS,
        'line-width': perZoom([
          [11, 0.7],
          [15, 1.3],
        ]),
        'line-dasharray': [3, 2.5],
        'line-opacity': 0.7,
      },
    },
    {
      id: 'buurt-grens',
      type: 'line',
      ...vector,
      'source-layer': 'buurten',
      minzoom: BUURT_VANAF_ZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BUURT_GRENS,
        'line-width': perZoom([
          [12, 0.6],
          [16, 1.4],
        ]),
      },
    },
    {
      id: 'wijk-grens',
      type: 'line',
      ...vector,
      'source-layer': 'wijken',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': WIJK_GRENS,
        'line-width': perZoom([
          [10, 0.8],
          [13, 1.6],
          [16, 2.6],
        ]),
        'line-opacity': 0.85,
      },
    },
    {
      id: 'focusgebied-rand',
      type: 'line',
      ...vector,
      'source-layer': 'buurten',
      filter: ['has', 'focusgebied'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': FOCUS_KLEUR,
        'line-width': perZoom([
          [10, 1],
          [14, 2],
        ]),
        'line-opacity': 0.7,
      },
    },
    {
      id: 'gemeente-grens',
      type: 'line',
      ...vector,
      'source-layer': 'gemeente',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': GEMEENTE_GRENS,
        'line-width': perZoom([
          [10, 1],
          [14, 2],
        ]),
      },
    },
    // Water over the boundaries: wijken and the city outline follow the banks, and drawn on top of the water those
    // lines would edge every river in dark grey.
    ...(pdok
      ? []
      : [
          {
            id: 'water',
            type: 'fill',
            ...vector,
            'source-layer': 'water',
            paint: { 'fill-color': WATER_KLEUR, 'fill-outline-color': WATER_RAND },
          } satisfies LayerSpecification,
        ]),
    // The search result: the outline of the area found, drawn only for the feature with state `gevonden`.
    ...GEBIED_LAGEN.map((laag): LayerSpecification => ({
      id: `gevonden-${laag}`,
      type: 'line',
      ...vector,
      'source-layer': laag,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': GEVONDEN_KLEUR,
        'line-width': 3.5,
        'line-opacity': ['case', GEVONDEN, 0.9, 0],
      },
    })),
    ...kaartLagen(),
  ];
}

/**
 * The complete style for the given options. The map calls `setStyle(basemapStijl(...), { diff: true })` when an
 * option changes, so switching PDOK or the PC4 boundaries only adds or removes the layers concerned.
 */
export function basemapStijl(opties: BasemapOpties): StyleSpecification {
  return {
    version: 8,
    name: 'HKD-kaart',
    // Our own glyph files (scripts/glyphs.mjs) for the names, counts and cards; no font server is involved.
    glyphs: `${opties.basisUrl}fonts/{fontstack}/{range}.pbf`,
    sources: bronnen(opties),
    layers: lagen(opties),
  };
}

/** Dutch texts for maplibre's own controls (buttons, canvas label, gesture hints). */
export const KAART_TEKSTEN: Record<string, string> = {
  'Map.Title': 'Kaart met voorzieningen',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Kaart naar het noorden draaien',
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om in te zoomen',
  'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om in te zoomen',
  'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verschuiven',
};
