/** The RGW case density as a map layer group: hexagons, buurten or focus areas by the role's answer, the chosen focus area outlined, the selected area outlined, and the focus-area totals as labels. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { PathLayer, PolygonLayer, TextLayer } from '@deck.gl/layers';
import { cellToBoundary, isValidCell } from 'h3-js';
import { leesRgwSleutel, type RgwRij } from '../../domain/rgw-tabel';
import { KAART_LABELS } from '../../geo/kaartlabels';
import type { KaartWeergave, LaagContext, LaagGroep, SelectieRing } from '../laag-groep';
import { BUURT_VLAKKEN, buitenranden, focusVeelhoeken, type Veelhoek } from './rgw-buurtvlakken';
import {
  kaartjePrioriteit,
  labelTekst,
  omlijningProps,
  rgwFocusLabelsProps,
  rgwH3Props,
  rgwTooltip,
  rgwVlakken,
  rgwVlakkenProps,
  type Omlijning,
  type RgwKaart,
  type RgwLabel,
  type RgwVlak,
} from './rgw-dichtheid-layer';
import { kiesLabelPunt } from './rgw-labelpunt';
import { OMLIJNING_KLEUR, SELECTIE_LIJN } from './rgw-stijl';
import type { FocusgebiedCode } from '../../contract/gebied';

declare module '../laag-groep' {
  interface ExtraLaagData {
    /** The RGW density answer prepared for the map (src/panels/rgw-staat.ts); null while loading or off. */
    readonly rgw?: RgwKaart | null;
  }
}

export const RGW_LAAG = 'rgw-dichtheid';
const KLIKBAAR: ReadonlySet<string> = new Set([
  'rgw-h3',
  'rgw-buurten',
  'rgw-focusgebieden',
  'rgw-focus-labels',
]);

const FOCUS_LABELPUNT = new Map(
  KAART_LABELS.filter((l) => l.soort === 'focusgebied').map((l) => [l.code, l.positie] as const),
);

function veelhoekenVan(rij: RgwRij): readonly Veelhoek[] {
  if (rij.soort === 'buurt') return BUURT_VLAKKEN.get(rij.code)?.veelhoeken ?? [];
  if (rij.soort === 'focusgebied') return focusVeelhoeken(rij.code as FocusgebiedCode);
  return [];
}

// Derived arrays per answer, kept as long as the rows are: deck.gl then sees the same data and uploads nothing.
const VLAKKEN = new WeakMap<readonly RgwRij[], RgwVlak[]>();
/** Per answer and per symbol list (the cards keep clear of the symbols), or per answer alone without symbols. */
const LABELS = new WeakMap<readonly RgwRij[], WeakMap<object, RgwLabel[]>>();
const ZONDER_SYMBOLEN = {};

function vlakkenVan(rijen: readonly RgwRij[]): RgwVlak[] {
  let vlakken = VLAKKEN.get(rijen);
  if (!vlakken) {
    vlakken = rgwVlakken(rijen, veelhoekenVan);
    VLAKKEN.set(rijen, vlakken);
  }
  return vlakken;
}

function labelsVan(rijen: readonly RgwRij[], weergave: KaartWeergave | null): RgwLabel[] {
  const sleutel: object = weergave ?? ZONDER_SYMBOLEN;
  let perWeergave = LABELS.get(rijen);
  let labels = perWeergave?.get(sleutel);
  if (!labels) {
    // Greedy, the largest total first: each card placed becomes an obstacle for the next, like the symbols.
    const hindernissen: (readonly [number, number])[] = (weergave?.groepen ?? []).map((g) => g.positie);
    const volgorde = rijen
      .map((rij) => ({ rij, prioriteit: kaartjePrioriteit({ rij, positie: [0, 0], tekst: '' }) }))
      .sort((a, b) => b.prioriteit - a.prioriteit);
    labels = volgorde.flatMap(({ rij }) => {
      const labelPunt = FOCUS_LABELPUNT.get(rij.code);
      if (!labelPunt) return [];
      const positie = kiesLabelPunt(veelhoekenVan(rij), labelPunt, hindernissen);
      hindernissen.push(positie);
      return [{ rij, positie, tekst: labelTekst(rij) }];
    });
    perWeergave ??= new WeakMap();
    perWeergave.set(sleutel, labels);
    LABELS.set(rijen, perWeergave);
  }
  return labels;
}

/** The outline of a selected area; cells come from h3-js, buurten and focus areas from the embedded geography. */
function omlijningVan(sleutel: string | null): Omlijning[] {
  const rgw = leesRgwSleutel(sleutel);
  if (!rgw) return [];
  if (rgw.soort === 'h3') {
    // A hand-edited link may name no cell at all; h3-js would draw something anyway.
    return isValidCell(rgw.code) ? [{ pad: cellToBoundary(rgw.code, true) }] : [];
  }
  const veelhoeken =
    rgw.soort === 'buurt'
      ? (BUURT_VLAKKEN.get(rgw.code)?.veelhoeken ?? [])
      : focusVeelhoeken(rgw.code as FocusgebiedCode);
  return buitenranden(veelhoeken).map((pad) => ({ pad }));
}

const FOCUS_OMLIJNING = new Map<FocusgebiedCode, Omlijning[]>();
function focusOmlijning(code: FocusgebiedCode | null): Omlijning[] {
  if (code === null) return [];
  let paden = FOCUS_OMLIJNING.get(code);
  if (!paden) {
    paden = buitenranden(focusVeelhoeken(code)).map((pad) => ({ pad }));
    FOCUS_OMLIJNING.set(code, paden);
  }
  return paden;
}

function rijVan(info: PickingInfo): RgwRij | null {
  if (!info.picked || !KLIKBAAR.has(info.layer?.id ?? '')) return null;
  const object: unknown = info.object;
  if (typeof object !== 'object' || object === null) return null;
  // Hexagons carry the row itself, polygons a { rij, veelhoek } pair.
  return 'rij' in object ? (object as RgwVlak).rij : (object as RgwRij);
}

/** About half a card's width in pixels (13 px bold, ~0.6 em a character, padding): the basemap names keep clear of it. */
function kaartjeStraal(label: RgwLabel): number {
  const langste = Math.max(...label.tekst.split('\n').map((r) => r.length));
  return (langste * 13 * 0.6) / 2 + 8;
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
    return labelsVan(rgw.rijen, ctx.weergave).map((l) => ({ positie: l.positie, straal: kaartjeStraal(l) }));
  },
};
