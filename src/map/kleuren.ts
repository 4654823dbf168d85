/** The colours of the map symbols, shared by the layers and the legend so both always agree. */
import type { Fase } from '../contract/voorziening';

/** RGBA, 0-255, the form deck.gl accessors return. */
export type Rgba = readonly [number, number, number, number];

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

/** `#rrggbb` for CSS (legend swatches). */
export function cssKleur(kleur: Rgba): string {
  return `#${kleur
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colour with its alpha, for a 2D canvas or inline style: `rgba(r, g, b, a)`. */
export function cssRgba([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}
