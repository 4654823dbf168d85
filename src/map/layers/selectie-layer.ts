/** A dark ring around the selected symbol, drawn as its own layer so the data layers never re-upload on a click. */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { LonLat } from '../../contract/common';
import { SELECTIE_KLEUR, WIT } from '../../stijl/kleuren';

export interface SelectieRing {
  readonly positie: Readonly<LonLat>;
  /** Radius of the selected symbol in pixels; the ring sits just outside it. */
  readonly straal: number;
}

const AFSTAND = 4;

export function selectieRingProps(ring: SelectieRing | null) {
  return {
    id: 'selectie-ring',
    data: ring === null ? [] : [ring],
    pickable: false,
    filled: false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (r: SelectieRing) => r.positie,
    getRadius: (r: SelectieRing) => r.straal + AFSTAND,
    getLineColor: SELECTIE_KLEUR,
    getLineWidth: 3,
  } satisfies ScatterplotLayerProps<SelectieRing>;
}

/** A white halo under the ring, so it stays visible on dark and on light symbols. */
export function selectieHaloProps(ring: SelectieRing | null) {
  return {
    ...selectieRingProps(ring),
    id: 'selectie-halo',
    getLineColor: WIT,
    getLineWidth: 6,
  } satisfies ScatterplotLayerProps<SelectieRing>;
}
