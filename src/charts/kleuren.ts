/** One colour per housing form, for the dots in the tables and the bars in the charts; no recharts here, so panels can use it without loading the chart library. */
import type { Woonvorm } from '../contract/voorziening';

/**
 * Paul Tol's "bright" scheme: distinguishable with the common colour-vision deficiencies. The colour is never the
 * only cue: every dot and bar has its housing form written beside it.
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
