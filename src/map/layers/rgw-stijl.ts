/** The colours and hatching of the RGW density layer, shared by the layers and the legend so both always agree. */
import type { Rgba } from '../kleuren';

/** Slightly see-through: buurt boundaries and the names under the cells stay faintly readable. */
const DEKKING = 205;

/**
 * A sequential blue-green ramp (ColorBrewer BuGn, 7 classes without the two lightest, which vanish on the light
 * land colour). One hue family stepping evenly in lightness, so the order reads with every kind of colour-vision
 * deficiency and in greyscale; it shares no colour with the escalatieladder phases (blue, orange, wine) or the
 * focus-area purple of the basemap.
 */
export const RGW_KLEUREN: readonly Rgba[] = [
  [204, 236, 230, DEKKING],
  [153, 216, 201, DEKKING],
  [102, 194, 164, DEKKING],
  [44, 162, 95, DEKKING],
  [0, 109, 44, DEKKING],
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
  return RGW_KLEUREN[stap] ?? [102, 194, 164, DEKKING];
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
