/** The RGW case density as a map layer group: hexagons, buurten or focus areas by the role's answer, the chosen focus area outlined, the selected area outlined, and the focus-area totals as labels. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { PathLayer, PolygonLayer, TextLayer } from '@deck.gl/layers';
import { cellToBoundary, isValidCell } from 'h3-js';
import { leesRgwSleutel, type RgwRij } from '../../domain/rgw-tabel';
import type { LaagContext, LaagGroep, SelectieRing } from '../laag-groep';
import { omlijningProps, rgwFocusLabelsProps, rgwH3Props, rgwVlakkenProps } from './rgw-dichtheid-layer';
import {
  focusOmlijning,
  kaartjeHindernissen,
  labelsVan,
  rgwTooltip,
  vlakkenVan,
  vlakOmlijning,
  type Omlijning,
  type RgwVlak,
} from './rgw-kaartjes';
import { OMLIJNING_KLEUR, SELECTIE_LIJN } from './rgw-stijl';

export const RGW_LAAG = 'rgw-dichtheid';
const KLIKBAAR: ReadonlySet<string> = new Set([
  'rgw-h3',
  'rgw-buurten',
  'rgw-focusgebieden',
  'rgw-focus-labels',
]);

/** The outline of a selected area; cells come from h3-js, buurten and focus areas from the embedded geography. */
function omlijningVan(sleutel: string | null): Omlijning[] {
  const vlak = vlakOmlijning(sleutel);
  if (vlak) return vlak;
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
    const rgw = ctx.extra.rgw ?? null;
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
    // The chosen focus area stays outlined with the density off: the preset is about the area, not the layer.
    const focus = omlijningProps('rgw-focus-omlijning', focusOmlijning(rgw?.focus ?? null), {
      kleur: OMLIJNING_KLEUR,
      breedte: 3.5,
    });
    const selectie = omlijningProps('rgw-selectie', omlijningVan(ctx.geselecteerd), {
      kleur: SELECTIE_LIJN,
      breedte: 3,
      zichtbaar,
    });
    lagen.push(...[...focus, ...selectie].map((p) => new PathLayer(p)));
    return lagen;
  },
  kies(info) {
    const rij = rijVan(info);
    return rij ? rij.sleutel : undefined;
  },
  tooltip(info, ctx) {
    const rij = rijVan(info);
    const rgw = ctx.extra.rgw;
    return rij && rgw ? rgwTooltip(rij, rgw) : null;
  },
};

/**
 * The focus-area totals as cards, each placed inside its area where it covers no symbol if it can
 * (rgw-labelpunt.ts). Under the symbols all the same: where a crowded city view leaves no room, a facility stays
 * visible and clickable, and the card reappears whole when the user zooms in. A card selects its area.
 */
export const RGW_KAARTJES_GROEP: LaagGroep = {
  id: `${RGW_LAAG}-kaartjes`,
  // Last of the groups `onder` in LAAG_GROEPEN: over every area layer, under the facility symbols.
  plek: 'onder',
  bouw(ctx: LaagContext): Layer[] {
    const rgw = ctx.extra.rgw;
    if (rgw?.niveau !== 'focusgebied') return [];
    const labels = labelsVan(rgw.rijen, ctx.weergave);
    return [new TextLayer(rgwFocusLabelsProps(labels, { zichtbaar: ctx.aan(RGW_LAAG) }))];
  },
  kies: RGW_GROEP.kies,
  tooltip: RGW_GROEP.tooltip,
  hindernissen(ctx): readonly SelectieRing[] {
    const rgw = ctx.extra.rgw;
    if (rgw?.niveau !== 'focusgebied' || !ctx.aan(RGW_LAAG)) return [];
    return kaartjeHindernissen(labelsVan(rgw.rijen, ctx.weergave));
  },
  namen(ctx): readonly string[] {
    const rgw = ctx.extra.rgw;
    if (rgw?.niveau !== 'focusgebied' || !ctx.aan(RGW_LAAG)) return [];
    return labelsVan(rgw.rijen, ctx.weergave).map((l) => l.rij.naam);
  },
};
