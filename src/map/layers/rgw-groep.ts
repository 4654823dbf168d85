/** The RGW case density as a deck.gl layer group: hexagons, buurten or focus areas by the role's answer, and a selected hexagon outlined. The focus-area totals (cards), the hatching and the outlines of a chosen or selected buurt or focus area are shared maplibre layers (kaart-lagen.ts). */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { PathLayer, PolygonLayer } from '@deck.gl/layers';
import { cellToBoundary, isValidCell } from 'h3-js';
import { leesRgwSleutel, type RgwRij } from '../../domain/rgw-tabel';
import type { LaagContext, LaagGroep } from '../laag-groep';
import { RGW_DATA } from '../../kenmerken/rgw/laag';
import { omlijningProps, rgwH3Props, rgwVlakkenProps } from './rgw-dichtheid-layer';
import { rgwTooltip, type Omlijning } from './rgw-kaartjes';
import { vlakkenVan, type RgwVlak } from './rgw-vlakken';
import { SELECTIE_LIJN } from '../../stijl/kleuren';

export const RGW_LAAG = 'rgw-dichtheid';
const KLIKBAAR: ReadonlySet<string> = new Set(['rgw-h3', 'rgw-buurten', 'rgw-focusgebieden']);

/** The outline of a selected cell, from h3-js; buurten and focus areas are outlined by maplibre on the tiles. */
function omlijningVan(sleutel: string | null): Omlijning[] {
  const rgw = leesRgwSleutel(sleutel);
  // A hand-edited link may name no cell at all; h3-js would draw something anyway.
  return rgw?.soort === 'h3' && isValidCell(rgw.code) ? [{ pad: cellToBoundary(rgw.code, true) }] : [];
}

function rijVan(info: PickingInfo): RgwRij | null {
  if (!info.picked || !KLIKBAAR.has(info.layer?.id ?? '')) return null;
  const object: unknown = info.object;
  if (typeof object !== 'object' || object === null) return null;
  // Hexagons carry the row itself, polygons a { rij, veelhoek } pair.
  return 'rij' in object ? (object as RgwVlak).rij : (object as RgwRij);
}

export const RGW_GROEP: LaagGroep = {
  id: RGW_LAAG,
  plek: 'onder',
  bouw(ctx: LaagContext): Layer[] {
    const rgw = RGW_DATA.van(ctx.extra);
    const zichtbaar = ctx.aan(RGW_LAAG);
    const lagen: Layer[] = [];
    if (rgw) {
      if (rgw.niveau === 'h3') {
        lagen.push(new H3HexagonLayer(rgwH3Props(rgw.rijen, rgw.klassen, { zichtbaar })));
      } else {
        const id = rgw.niveau === 'buurt' ? 'rgw-buurten' : 'rgw-focusgebieden';
        lagen.push(new PolygonLayer(rgwVlakkenProps(id, vlakkenVan(rgw.rijen), rgw.klassen, { zichtbaar })));
      }
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
