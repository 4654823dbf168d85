/** Every colour of the app in one place: the map's layers (maplibre and deck.gl) and the legends, tables and panels import them from here, so a swatch always shows what the map draws. */
import type { DekkingKlasse } from '../domain/dekking';
import type { Fase, Woonvorm } from '../contract/voorziening';

/** RGBA, 0-255, the form deck.gl accessors return; `cssRgba` turns it into a maplibre or CSS colour. */
export type Rgba = readonly [number, number, number, number];

/** `#rrggbb` for CSS (legend swatches). */
export function cssKleur(kleur: Rgba): string {
  return `#${kleur
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colour with its alpha, for maplibre, a 2D canvas or an inline style: `rgba(r, g, b, a)`. */
export function cssRgba([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

// ------------------------------------------------------------------------------------------------- symbols

/**
 * Escalatieladder phases in the Okabe-Ito palette (distinguishable with every common colour-vision deficiency),
 * calm blues for the quiet regimes, warm colours as the ladder climbs; 3b, the exception, a dark wine (Paul Tol).
 * Every symbol also gets a dark outline, so even the light blue reaches 3:1 against the background (WCAG 1.4.11).
 */
export const FASE_KLEUR: Readonly<Record<Fase, Rgba>> = {
  '0': [86, 180, 233, 255],
  '1': [0, 114, 178, 255],
  '2': [230, 159, 0, 255],
  '3a': [213, 94, 0, 255],
  '3b': [136, 34, 85, 255],
};

/** Symbols without a phase: a deep Rotterdam-harbour blue that reads well on the light background. */
export const SYMBOOL_KLEUR: Rgba = [11, 79, 108, 255];
/** The care provider's own locations. */
export const EIGEN_KLEUR: Rgba = [213, 94, 0, 255];
export const RAND_KLEUR: Rgba = [23, 32, 38, 255];
export const WIT: Rgba = [255, 255, 255, 255];
/** Fill of the hollow confidential symbols: mostly see-through, so they read as "somewhere in this buurt". */
export const HOL_VULLING: Rgba = [255, 255, 255, 150];
export const SELECTIE_KLEUR: Rgba = [23, 32, 38, 255];

/**
 * One colour per housing form (Paul Tol's "bright" scheme: distinguishable with the common colour-vision
 * deficiencies), for the dots in the tables and the bars in the charts. Never the only cue: every dot and bar has its
 * housing form written beside it.
 */
export const WOONVORM_KLEUR: Readonly<Record<Woonvorm, string>> = {
  opvang: '#4477aa',
  'beschermd-wonen': '#aa3377',
  doorstroomvoorziening: '#228833',
  'wonen-eerst': '#ccbb44',
  flexwonen: '#66ccee',
  semimuraal: '#ee6677',
};

export function woonvormKleur(woonvorm: Woonvorm): string {
  return WOONVORM_KLEUR[woonvorm];
}

// ------------------------------------------------------------------------------------------------- basemap

/** Outside the municipality: a shade darker than the land, so the city reads as the subject. */
export const ACHTERGROND_KLEUR = '#e3e6e1';
/** Land: warm off-white, quiet under every symbol colour. */
export const LAND_KLEUR = '#f6f5f1';
/** Water: clearly water, but lighter and greyer than the lightest phase colour (Okabe-Ito sky blue). */
export const WATER_KLEUR = '#c5dbe8';
export const WATER_RAND = '#a9c6d8';
export const WIJK_GRENS = '#7f8b93';
export const BUURT_GRENS = '#aab3b9';
export const PC4_GRENS = '#b08d3c';
export const GEMEENTE_GRENS = '#6d7880';
/** RGW focus areas: a purple apart from every phase colour. */
export const FOCUS_KLEUR = '#6a4c9c';
/** The area found by the search box. */
export const GEVONDEN_KLEUR = '#0b4f6c';
/**
 * Publiek's choropleth, one colour per class of domain/pc4-aantallen.ts: a sand-to-ochre ramp that belongs with the
 * PC4 boundary colour, light enough that the dark blue count circles and the names stay in front.
 */
export const PC4_KLASSE_KLEUREN = ['#f0e4c4', '#e0c78f', '#cba25b', '#a87a30'] as const;
export const PC4_VLAK_DEKKING = 0.78;

// ---------------------------------------------------------------------------------- coverage, Wijkprofiel

/**
 * A diverging brown-purple ramp (ColorBrewer PuOr): brown below the city average, purple above, lightest near it.
 * Shared by Spreiding and Wijkprofiel, so "below / above the Rotterdam average" looks the same on both. Not blue:
 * phases 0 and 1 (most locations) are blue symbols; not green: that is the RGW density. Every symbol keeps its dark
 * outline, which is what separates the orange phase-2 triangles from the brown areas.
 */
export const GEMIDDELDE_SCHAAL: readonly Rgba[] = [
  [179, 88, 6, 255],
  [241, 163, 64, 255],
  [240, 240, 236, 255],
  [178, 171, 210, 255],
  [94, 60, 153, 255],
];

/** Seen through, so the land and water under the areas stay recognisable and the symbols stay in front. */
export const VLAK_DEKKING = 150;

function metDekking(kleur: Rgba | undefined): Rgba {
  const [r, g, b] = kleur ?? [200, 200, 200, 255];
  return [r, g, b, VLAK_DEKKING];
}

export const DEKKING_KLEUR: Readonly<Record<DekkingKlasse, Rgba>> = {
  'ver-onder': metDekking(GEMIDDELDE_SCHAAL[0]),
  onder: metDekking(GEMIDDELDE_SCHAAL[1]),
  boven: metDekking(GEMIDDELDE_SCHAAL[3]),
  'ver-boven': metDekking(GEMIDDELDE_SCHAAL[4]),
  // Grey and not on the ramp: "no figure" is neither low nor high.
  'te-weinig-inwoners': [200, 200, 200, VLAK_DEKKING],
};

/** A Wijkprofiel class (0, far below 100, to 4, far above; domain/wijkprofiel.ts) on the same ramp. */
export function wijkprofielKleur(klasse: number): Rgba {
  return metDekking(GEMIDDELDE_SCHAAL[klasse]);
}

/** White seams between areas, so two neighbours of one class still read as two. */
export const VLAK_NAAD: Rgba = [255, 255, 255, 230];

// ------------------------------------------------------------------------------------------------- RGW

/** Slightly see-through: buurt boundaries and the names under the cells stay faintly readable. */
const RGW_DEKKING = 205;

/**
 * A sequential blue-green ramp (ColorBrewer BuGn, 7 classes without the two lightest, which vanish on the light
 * land colour). One hue family stepping evenly in lightness, so the order reads with every kind of colour-vision
 * deficiency and in greyscale; it shares no colour with the escalatieladder phases (blue, orange, wine) or the
 * focus-area purple of the basemap.
 */
export const RGW_KLEUREN: readonly Rgba[] = [
  [204, 236, 230, RGW_DEKKING],
  [153, 216, 201, RGW_DEKKING],
  [102, 194, 164, RGW_DEKKING],
  [44, 162, 95, RGW_DEKKING],
  [0, 109, 44, RGW_DEKKING],
];

/** Which steps of the ramp a map with fewer classes uses: spread out, so neighbouring classes stay distinct. */
const STAPPEN: Readonly<Record<number, readonly number[]>> = {
  1: [2],
  2: [1, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
};

export function klasseKleur(klasse: number, aantalKlassen: number): Rgba {
  const stappen = STAPPEN[Math.min(Math.max(aantalKlassen, 1), 5)] ?? [2];
  const stap = stappen[Math.min(Math.max(klasse, 0), stappen.length - 1)] ?? 2;
  return RGW_KLEUREN[stap] ?? [102, 194, 164, RGW_DEKKING];
}

/**
 * Suppressed areas: light grey under grey hatching, apart from every class colour and never "the lowest". Kept
 * light: at buurt level most of the city is suppressed (a zero is suppressed too), and the names must show through.
 */
export const ONDERDRUKT_VULLING: Rgba = [222, 222, 222, 170];
export const ONDERDRUKT_ARCERING: Rgba = [105, 105, 105, 210];
export const ONDERDRUKT_RAND: Rgba = [110, 110, 110, 255];
/** White seams between coloured cells, so neighbours of one class still read as separate areas. */
export const VLAK_RAND: Rgba = [255, 255, 255, 210];
export const GEEN: Rgba = [0, 0, 0, 0];

/** Hatch geometry in screen pixels: the legend swatch draws the same lines. */
export const ARCERING = { hoek: 45, lijn: 1.25, tussenruimte: 5 } as const;

/** The focus-area outline of a chosen preset, and of a selected area: dark purple on a white halo. */
export const OMLIJNING_KLEUR: Rgba = [74, 44, 122, 255];
export const SELECTIE_LIJN: Rgba = [23, 32, 38, 255];
export const HALO: Rgba = [255, 255, 255, 235];
