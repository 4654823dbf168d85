/** The one way a facility symbol becomes a deck.gl circle: sizes and outlines in screen pixels, picked by position. */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import type { Rgba } from '../../stijl/kleuren';

/** How one kind of symbol looks, per group: radius and outline width in pixels, fill and outline colour. */
export interface SymboolStijl<G> {
  straal(g: G): number;
  vulling(g: G): Rgba;
  rand(g: G): Rgba;
  randdikte(g: G): number;
}

export function symboolCirkelProps<G extends Symboolgroep<unknown>>(
  id: string,
  groepen: readonly G[],
  stijl: SymboolStijl<G>,
  opts: { zichtbaar?: boolean } = {},
) {
  return {
    id,
    data: groepen,
    visible: opts.zichtbaar ?? true,
    pickable: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: (g: G) => [g.positie[0], g.positie[1]],
    getRadius: stijl.straal,
    getFillColor: stijl.vulling,
    getLineColor: stijl.rand,
    getLineWidth: stijl.randdikte,
  } satisfies ScatterplotLayerProps<G>;
}
