/**
 * The choropleths of the signed-in roles (Spreiding per buurt or wijk, Wijkprofiel per buurt, RGW per buurt) as
 * maplibre fill layers on our own vector tiles, plus an invisible fill that makes a whole focus area answer a click.
 * Each area's colour joins the tiles by code through feature state (`promoteId: 'code'`), so no geometry ships in the
 * JavaScript and the names, cards and symbols lie on top. Pure builders, tested in node; gedeelde-lagen.ts sets the
 * state on a live map and asks `queryRenderedFeatures` what lies under the pointer.
 */
// Feature state rather than global state: a paint property that reads global state per feature is data-driven, and
// maplibre 6 lays out every tile of the source again in its worker when such a key changes (names and cards
// included); a feature-state change only repaints the tiles concerned, on the main thread.
import type { LayerSpecification } from 'maplibre-gl';
import type { Buurt } from '../contract/gebied';
import { dekkingTooltip, type Dekking, type DekkingRij } from '../domain/dekking';
import { rgwTooltip, type RgwKaart } from '../domain/rgw-kaart';
import type { RgwRij } from '../domain/rgw-tabel';
import { wijkprofielKlasse, wijkprofielTooltip, type WijkprofielIndex } from '../domain/wijkprofiel';
import { cssRgba, DEKKING_KLEUR, GEEN, klasseKleur, VLAK_NAAD, wijkprofielKleur } from '../stijl/kleuren';
import { RGW_DATA } from '../kenmerken/rgw/laag';
import { SPREIDING_DATA } from '../kenmerken/spreiding/laag';
import { WIJKPROFIEL_DATA } from '../kenmerken/wijkprofiel/laag';
import type { LaagContext } from './laag-groep';

/** The three features' map data: Spreiding, Wijkprofiel and RGW (src/kenmerken/). */
function kaartData(ctx: LaagContext) {
  return {
    dekking: SPREIDING_DATA.van(ctx.extra),
    wijkprofiel: WIJKPROFIEL_DATA.van(ctx.extra),
    rgw: RGW_DATA.van(ctx.extra),
  };
}

/** The vector source of the basemap (basemap-style.ts BRON); repeated here so the builders import no style module. */
const BRON = 'hkd';

/** The coloured layers: each reads its colour from the feature state named after it, on one source layer. */
export const VLAK_LAGEN = [
  { id: 'dekking-buurten', bronLaag: 'buurten' },
  { id: 'dekking-wijken', bronLaag: 'wijken' },
  { id: 'wijkprofiel-vlakken', bronLaag: 'buurten' },
  { id: 'rgw-buurten', bronLaag: 'buurten' },
] as const;
export type VlakLaagId = (typeof VLAK_LAGEN)[number]['id'];

/** The invisible fill over the focus areas: a click or hover anywhere in one answers with its total. */
export const FOCUS_VLAK = 'rgw-focusvlak';

/** Every layer of this module, for visibility and hits. */
export const VLAK_LAAG_IDS: readonly string[] = [...VLAK_LAGEN.map((l) => l.id), FOCUS_VLAK];

/**
 * The fills, bottom to top; basemap-style.ts puts them over the land and publiek's PC4 fill and under the focus-area
 * tint, the boundaries, the water and every name, card and symbol.
 */
export function vlakLagen(): LayerSpecification[] {
  return [
    ...VLAK_LAGEN.map(({ id, bronLaag }): LayerSpecification => ({
      id,
      type: 'fill',
      source: BRON,
      'source-layer': bronLaag,
      // Hidden until gedeelde-lagen.ts shows the one that has data: a hidden layer is neither drawn nor hit.
      layout: { visibility: 'none' },
      paint: {
        // An area without a colour of this layer stays clear.
        'fill-color': ['to-color', ['feature-state', id], cssRgba(GEEN)],
        // White seams, so two neighbours of one class still read as two.
        'fill-outline-color': [
          'case',
          ['to-boolean', ['feature-state', id]],
          cssRgba(VLAK_NAAD),
          cssRgba(GEEN),
        ],
      },
    })),
    {
      id: FOCUS_VLAK,
      type: 'fill',
      source: BRON,
      'source-layer': 'buurten',
      filter: ['has', 'focusgebied'],
      layout: { visibility: 'none' },
      paint: { 'fill-opacity': 0 },
    },
  ];
}

/** The colour of every area per layer, by code: what gedeelde-lagen.ts sets as feature state. */
export type VlakKleuren = Readonly<Record<VlakLaagId, ReadonlyMap<string, string>>>;

const GEEN_KLEUREN: ReadonlyMap<string, string> = new Map();

// Per answer: the same input gives the same map, so gedeelde-lagen.ts sees at once that nothing changed.
const DEKKING = new WeakMap<Dekking, ReadonlyMap<string, string>>();
const WIJKPROFIEL = new WeakMap<readonly Buurt[], Map<WijkprofielIndex, ReadonlyMap<string, string>>>();
const RGW = new WeakMap<readonly RgwRij[], ReadonlyMap<string, string>>();

function dekkingKleuren(dekking: Dekking): ReadonlyMap<string, string> {
  let uit = DEKKING.get(dekking);
  if (!uit) {
    uit = new Map(dekking.rijen.map((r) => [r.code, cssRgba(DEKKING_KLEUR[r.klasse])]));
    DEKKING.set(dekking, uit);
  }
  return uit;
}

function wijkprofielKleuren(buurten: readonly Buurt[], index: WijkprofielIndex): ReadonlyMap<string, string> {
  let perIndex = WIJKPROFIEL.get(buurten);
  if (!perIndex) {
    perIndex = new Map();
    WIJKPROFIEL.set(buurten, perIndex);
  }
  let uit = perIndex.get(index);
  if (!uit) {
    uit = new Map(
      buurten.map((b) => [b.code, cssRgba(wijkprofielKleur(wijkprofielKlasse(b.wijkprofiel[index])))]),
    );
    perIndex.set(index, uit);
  }
  return uit;
}

/**
 * RGW per buurt: a class colour; a zero clear but seamed; a suppressed count none at all, as the hatching of
 * kaart-lagen.ts (`rgw-arcering`) draws it, so it can never be mistaken for zero or for the lowest class.
 */
function rgwKleuren(rgw: RgwKaart): ReadonlyMap<string, string> {
  let uit = RGW.get(rgw.rijen);
  if (!uit) {
    const aantal = rgw.klassen.ondergrenzen.length;
    uit = new Map(
      rgw.rijen.flatMap((r): [string, string][] => {
        if (r.klasse === 'onderdrukt') return [];
        return [[r.code, cssRgba(r.klasse === 'nul' ? GEEN : klasseKleur(r.klasse, aantal))]];
      }),
    );
    RGW.set(rgw.rijen, uit);
  }
  return uit;
}

/** The colours of a context: pure, and the same maps for the same answers. */
export function vlakKleuren(ctx: LaagContext): VlakKleuren {
  const { dekking, wijkprofiel, rgw } = kaartData(ctx);
  return {
    'dekking-buurten': dekking?.niveau === 'buurt' ? dekkingKleuren(dekking) : GEEN_KLEUREN,
    'dekking-wijken': dekking?.niveau === 'wijk' ? dekkingKleuren(dekking) : GEEN_KLEUREN,
    'wijkprofiel-vlakken': wijkprofiel
      ? wijkprofielKleuren(wijkprofiel.buurten, wijkprofiel.index)
      : GEEN_KLEUREN,
    'rgw-buurten': rgw?.niveau === 'buurt' ? rgwKleuren(rgw) : GEEN_KLEUREN,
  };
}

/** Which of these layers show: the ones switched on whose answer is at their level. */
export function zichtbareVlakken(ctx: LaagContext): Readonly<Record<string, boolean>> {
  const { dekking, wijkprofiel, rgw } = kaartData(ctx);
  const rgwAan = ctx.aan('rgw-dichtheid');
  return {
    'dekking-buurten': ctx.aan('dekking') && dekking?.niveau === 'buurt',
    'dekking-wijken': ctx.aan('dekking') && dekking?.niveau === 'wijk',
    'wijkprofiel-vlakken': ctx.aan('wijkprofiel') && !!wijkprofiel,
    'rgw-buurten': rgwAan && rgw?.niveau === 'buurt',
    // Publiek's PC4 areas take the clicks inside a focus area while their choropleth is on; the focus area then
    // answers through its card and its hatching (kaart-lagen.ts).
    [FOCUS_VLAK]: rgwAan && rgw?.niveau === 'focusgebied' && !ctx.aan('pc4-aantallen'),
  };
}

/** A feature of these layers as `queryRenderedFeatures` gives it. */
export interface VlakKenmerk {
  readonly layer: { readonly id: string };
  readonly properties: Readonly<Record<string, unknown>>;
}

/** What a hit on an area means: its selection key (null: a click clears the selection) and its hover text. */
export interface VlakGeraakt {
  readonly sleutel: string | null;
  readonly tekst: string | null;
}

function rgwRij(rgw: RgwKaart, code: string): RgwRij | undefined {
  return rgw.rijen.find((r) => r.code === code);
}

/** The answer for a hit on one of these layers, or null when the area has no figure of the layer. */
export function vlakGeraakt(kenmerk: VlakKenmerk, ctx: LaagContext): VlakGeraakt | null {
  const code = String(kenmerk.properties.code);
  const { dekking, wijkprofiel, rgw } = kaartData(ctx);
  switch (kenmerk.layer.id) {
    case 'dekking-buurten':
    case 'dekking-wijken': {
      const rij: DekkingRij | undefined = dekking?.rijen.find((r) => r.code === code);
      return rij ? { sleutel: null, tekst: dekkingTooltip(rij) } : null;
    }
    case 'wijkprofiel-vlakken': {
      const buurt = wijkprofiel?.buurten.find((b) => b.code === code);
      if (!buurt || !wijkprofiel) return null;
      const waarde = buurt.wijkprofiel[wijkprofiel.index];
      return { sleutel: null, tekst: wijkprofielTooltip({ naam: buurt.naam, waarde }, wijkprofiel.index) };
    }
    case 'rgw-buurten':
    case FOCUS_VLAK: {
      const rij =
        rgw && rgwRij(rgw, kenmerk.layer.id === FOCUS_VLAK ? String(kenmerk.properties.focusgebied) : code);
      return rij && rgw ? { sleutel: rij.sleutel, tekst: rgwTooltip(rij, rgw) } : null;
    }
    default:
      return null;
  }
}
