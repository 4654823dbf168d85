/** The point found by an RD search: a hollow ring with a dot, a shape no facility symbol has, so nobody takes it for a location. */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { LonLat } from '../../contract/common';
import { SELECTIE_KLEUR, WIT } from '../../stijl/kleuren';

interface Punt {
  readonly positie: LonLat;
}

/** Pixels; the ring leaves the exact point visible through its middle. */
export const ZOEKPUNT_STRAAL = 11;

function basis(id: string, punt: Readonly<LonLat> | null) {
  return {
    id,
    data: punt === null ? [] : [{ positie: [punt[0], punt[1]] satisfies LonLat }],
    pickable: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (p: Punt) => p.positie,
  } as const;
}

/** Three layers, bottom to top: a white halo, the dark ring, the dot on the point itself. */
export function zoekPuntProps(punt: Readonly<LonLat> | null): ScatterplotLayerProps<Punt>[] {
  return [
    {
      ...basis('zoek-punt-halo', punt),
      filled: false,
      stroked: true,
      getRadius: ZOEKPUNT_STRAAL + 1.5,
      getLineColor: WIT,
      getLineWidth: 7,
    },
    {
      ...basis('zoek-punt-ring', punt),
      filled: false,
      stroked: true,
      getRadius: ZOEKPUNT_STRAAL,
      getLineColor: SELECTIE_KLEUR,
      getLineWidth: 3,
    },
    {
      ...basis('zoek-punt-kern', punt),
      filled: true,
      stroked: true,
      getRadius: 3,
      getFillColor: SELECTIE_KLEUR,
      getLineColor: WIT,
      getLineWidth: 1,
    },
  ];
}
