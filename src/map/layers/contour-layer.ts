/** A thin dark outline just outside the hollow confidential rings, so a light phase colour still stands out from the background. */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import { RAND_KLEUR } from '../../stijl/kleuren';

const DIKTE = 1.25;

/**
 * Drawn over the same groups array as the symbol layer (same identity, no extra upload); groups that are not
 * confidential get width 0 and draw nothing. deck.gl strokes inward from the radius, hence radius + width.
 */
export function contourProps<G extends Symboolgroep<unknown>>(
  id: string,
  groepen: readonly G[],
  straal: (g: G) => number,
  opts: { zichtbaar?: boolean } = {},
) {
  return {
    id,
    data: groepen,
    visible: opts.zichtbaar ?? true,
    pickable: false,
    filled: false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (g: G) => g.positie,
    getRadius: (g: G) => straal(g) + DIKTE,
    getLineColor: RAND_KLEUR,
    getLineWidth: (g: G) => (g.soort === 'buurt' ? DIKTE : 0),
  } satisfies ScatterplotLayerProps<G>;
}
