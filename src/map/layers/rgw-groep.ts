/** The RGW case density of the draagkrachtscan per H3 cell as a deck.gl layer group: hexagons, and a selected hexagon outlined. Maplibre cannot draw cells that are not on the tiles; buurten and focus areas (fills, totals, hatching, outlines) are maplibre layers (vlak-lagen.ts, kaart-lagen.ts). */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { PathLayer } from '@deck.gl/layers';
import { cellToBoundary, isValidCell } from 'h3-js';
import { rgwTooltip } from '../../domain/rgw-kaart';
import { leesRgwSleutel, type RgwRij } from '../../domain/rgw-tabel';
import { RGW_DATA } from '../../kenmerken/rgw/laag';
import { SELECTIE_LIJN } from '../../stijl/kleuren';
import type { LaagContext, LaagGroep } from '../laag-groep';
import { omlijningProps, rgwH3Props, type Omlijning } from './rgw-dichtheid-layer';

export const RGW_LAAG = 'rgw-dichtheid';

/** The outline of a selected cell, from h3-js. */
function omlijningVan(sleutel: string | null): Omlijning[] {
  const rgw = leesRgwSleutel(sleutel);
  // A hand-edited link may name no cell at all; h3-js would draw something anyway.
  return rgw?.soort === 'h3' && isValidCell(rgw.code) ? [{ pad: cellToBoundary(rgw.code, true) }] : [];
}

function rijVan(info: PickingInfo): RgwRij | null {
  return info.picked && info.layer?.id === 'rgw-h3' ? (info.object as RgwRij) : null;
}

export const RGW_GROEP: LaagGroep = {
  id: RGW_LAAG,
  plek: 'onder',
  bouw(ctx: LaagContext): Layer[] {
    const rgw = RGW_DATA.van(ctx.extra);
    const zichtbaar = ctx.aan(RGW_LAAG);
    const lagen: Layer[] = [];
    if (rgw?.niveau === 'h3') {
      lagen.push(new H3HexagonLayer(rgwH3Props(rgw.rijen, rgw.klassen, { zichtbaar })));
    }
    const selectie = omlijningProps('rgw-h3-selectie', omlijningVan(ctx.geselecteerd), {
      kleur: SELECTIE_LIJN,
      breedte: 3,
      zichtbaar,
    });
    lagen.push(...selectie.map((p) => new PathLayer(p)));
    return lagen;
  },
  kies(info) {
    const rij = rijVan(info);
    return rij ? rij.sleutel : undefined;
  },
  tooltip(info, ctx) {
    const rij = rijVan(info);
    const rgw = RGW_DATA.van(ctx.extra);
    return rij && rgw ? rgwTooltip(rij, rgw) : null;
  },
};
