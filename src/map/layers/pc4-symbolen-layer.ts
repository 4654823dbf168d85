/** Publiek: one circle per PC4 area with facilities, at the area centroid, sized by the count (drawn by maplibre, kaart-lagen.ts). */
import type { VoorzieningPubliek } from '../../contract/voorziening';
import type { Symboolgroep } from '../../domain/symboolgroepen';

export type Pc4Groep = Symboolgroep<VoorzieningPubliek>;

/** Pixels. Area grows with the count (square root), so one large area does not drown its neighbours. */
export function pc4Straal(aantal: number): number {
  return 11 + 4 * Math.sqrt(Math.max(aantal, 1));
}

/** The system UI font of deck.gl's text layers (cluster counts): glyphs from a local font, nothing is fetched. */
export const KAART_LETTERTYPE = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
