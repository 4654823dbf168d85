/** Publiek: one circle per PC4 area with facilities, at the area centroid, sized by and labelled with the count. */
import type { ScatterplotLayerProps, TextLayerProps } from '@deck.gl/layers';
import type { VoorzieningPubliek } from '../../contract/voorziening';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import { SYMBOOL_KLEUR, WIT } from '../kleuren';

export type Pc4Groep = Symboolgroep<VoorzieningPubliek>;

/** Pixels. Area grows with the count (square root), so one large area does not drown its neighbours. */
export function pc4Straal(aantal: number): number {
  return 11 + 4 * Math.sqrt(Math.max(aantal, 1));
}

/** The system UI font: TextLayer draws glyphs from a local font, nothing is fetched. */
export const KAART_LETTERTYPE = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function pc4SymbolenProps(groepen: readonly Pc4Groep[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'pc4-symbolen',
    data: groepen,
    visible: opts.zichtbaar ?? true,
    pickable: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: (g: Pc4Groep) => g.positie,
    getRadius: (g: Pc4Groep) => pc4Straal(g.items.length),
    getFillColor: SYMBOOL_KLEUR,
    getLineColor: WIT,
    getLineWidth: 2,
  } satisfies ScatterplotLayerProps<Pc4Groep>;
}

export function pc4AantallenProps(groepen: readonly Pc4Groep[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'pc4-aantallen',
    data: groepen,
    visible: opts.zichtbaar ?? true,
    // Clicks go to the circle underneath.
    pickable: false,
    getPosition: (g: Pc4Groep) => g.positie,
    getText: (g: Pc4Groep) => String(g.items.length),
    getColor: WIT,
    getSize: 13,
    sizeUnits: 'pixels',
    fontFamily: KAART_LETTERTYPE,
    fontWeight: 700,
    characterSet: '0123456789',
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  } satisfies TextLayerProps<Pc4Groep>;
}
