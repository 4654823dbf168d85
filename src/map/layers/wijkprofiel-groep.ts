/** The demo Wijkprofiel as a layer group under the symbols: buurten coloured around 100 (the Rotterdam average) for the chosen index. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PolygonLayer } from '@deck.gl/layers';
import { WIJKPROFIEL_DATA } from '../../kenmerken/wijkprofiel/laag';
import type { LaagGroep } from '../laag-groep';
import { buurtVeelhoeken } from './dekking-vlakken';
import {
  wijkprofielProps,
  wijkprofielTooltip,
  wijkprofielVlakken,
  type WijkprofielVlak,
} from './wijkprofiel-layer';

export const WIJKPROFIEL_LAAG = 'wijkprofiel';

function isVlak(x: unknown): x is WijkprofielVlak {
  return typeof x === 'object' && x !== null && 'waarde' in x && 'veelhoek' in x;
}

export const WIJKPROFIEL_GROEP: LaagGroep = {
  id: WIJKPROFIEL_LAAG,
  plek: 'onder',
  bouw({ extra, aan }): Layer[] {
    const wp = WIJKPROFIEL_DATA.van(extra);
    if (!wp) return [];
    const vlakken = wijkprofielVlakken(wp.buurten, wp.index, buurtVeelhoeken);
    return [new PolygonLayer(wijkprofielProps(vlakken, wp.index, { zichtbaar: aan(WIJKPROFIEL_LAAG) }))];
  },
  tooltip(info: PickingInfo, { extra }) {
    const index = WIJKPROFIEL_DATA.van(extra)?.index;
    if (!info.picked || info.layer?.id !== 'wijkprofiel-vlakken' || !isVlak(info.object) || !index)
      return null;
    return wijkprofielTooltip(info.object, index);
  },
};
