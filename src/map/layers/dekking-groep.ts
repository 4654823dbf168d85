/** Coverage (places per 1,000 inhabitants) as a layer group under the symbols: buurten or wijken coloured by ratio class, with a tooltip per area. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PolygonLayer } from '@deck.gl/layers';
import { SPREIDING_DATA } from '../../kenmerken/spreiding/laag';
import type { LaagGroep } from '../laag-groep';
import { dekkingTooltip, dekkingVlakken, dekkingVlakkenProps, type DekkingVlak } from './dekking-layer';
import { buurtVeelhoeken, wijkVeelhoeken } from './dekking-vlakken';

export const DEKKING_LAAG = 'dekking';

function isDekkingVlak(x: unknown): x is DekkingVlak {
  return typeof x === 'object' && x !== null && 'rij' in x && 'veelhoek' in x;
}

function gekozen(info: PickingInfo): DekkingVlak | null {
  return info.picked && info.layer?.id === 'dekking-vlakken' && isDekkingVlak(info.object)
    ? info.object
    : null;
}

export const DEKKING_GROEP: LaagGroep = {
  id: DEKKING_LAAG,
  plek: 'onder',
  bouw({ extra, aan }): Layer[] {
    const dekking = SPREIDING_DATA.van(extra);
    if (!dekking) return [];
    const veelhoeken = dekking.niveau === 'buurt' ? buurtVeelhoeken : wijkVeelhoeken;
    return [
      new PolygonLayer(
        dekkingVlakkenProps(dekkingVlakken(dekking, veelhoeken), { zichtbaar: aan(DEKKING_LAAG) }),
      ),
    ];
  },
  tooltip(info) {
    const vlak = gekozen(info);
    return vlak ? dekkingTooltip(vlak.rij) : null;
  },
};
