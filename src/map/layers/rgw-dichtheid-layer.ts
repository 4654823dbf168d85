/** Pure props builders for the RGW case density: H3 hexagons (draagkrachtscan), a buurt choropleth (draagkrachtscan, niveau buurt), and focus-area fills (zorgaanbieder), and the outline of a selected cell; the focus-area totals, the hatching of suppressed focus areas and the outlines of buurten and focus areas are maplibre layers (kaart-lagen.ts). */
// Every area is coloured by its class (rgw-klassen.ts, quantiles); a suppressed count gets light grey under dark
// hatching, drawn by FillStyleExtension's procedural hatch, so it can never be mistaken for zero or for the lowest
// class. The data arrays are the table twin's rows, so the map and the table share one array per answer.
import { FillStyleExtension } from '@deck.gl/extensions';
import type { H3HexagonLayerProps } from '@deck.gl/geo-layers';
import type { PathLayerProps, PolygonLayerProps } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { Klassen } from '../../domain/rgw-klassen';
import type { RgwRij } from '../../domain/rgw-tabel';
import type { Rgba } from '../../stijl/kleuren';
import type { Omlijning } from './rgw-kaartjes';
import type { RgwVlak } from './rgw-vlakken';
import {
  ARCERING,
  GEEN,
  HALO,
  klasseKleur,
  ONDERDRUKT_ARCERING,
  ONDERDRUKT_RAND,
  ONDERDRUKT_VULLING,
  VLAK_RAND,
} from '../../stijl/kleuren';

export { kaartjePrioriteit, labelTekst, rgwTooltip, type Omlijning, type RgwKaart } from './rgw-kaartjes';
export { rgwVlakken, type RgwVlak } from './rgw-vlakken';

const PATROON_NAAM = 'arcering';
/** Deck's procedural hatch; `geen` is not in the mapping, so it draws the plain fill colour. */
export const ARCERING_PATRONEN = {
  [PATROON_NAAM]: {
    type: 'hatch',
    angle: ARCERING.hoek,
    strokeWidth: ARCERING.lijn,
    gap: ARCERING.tussenruimte,
  },
} as const;
/** One instance for the session: a new extension object would make deck.gl rebuild the layer's shaders. */
export const ARCERING_EXTENSIE = new FillStyleExtension({ proceduralPattern: true });

/**
 * The patterned fill's foreground: a class colour, or for a suppressed count the hatch lines. Without `kleuren`
 * (focus areas, whose totals are written on cards) only suppressed areas are filled.
 */
export function vulKleur(rij: RgwRij, klassen: Klassen, kleuren = true): Rgba {
  if (rij.klasse === 'onderdrukt') return ONDERDRUKT_ARCERING;
  if (rij.klasse === 'nul' || !kleuren) return GEEN;
  return klasseKleur(rij.klasse, klassen.ondergrenzen.length);
}

export function patroon(rij: RgwRij): string {
  return rij.klasse === 'onderdrukt' ? PATROON_NAAM : 'geen';
}

export function achtergrondKleur(rij: RgwRij): Rgba {
  return rij.klasse === 'onderdrukt' ? ONDERDRUKT_VULLING : GEEN;
}

export function randKleur(rij: RgwRij, kleuren = true): Rgba {
  return rij.klasse === 'onderdrukt' ? ONDERDRUKT_RAND : kleuren ? VLAK_RAND : GEEN;
}

/** The fill and outline every density layer shares. */
function vlakStijl<T>(rijVan: (d: T) => RgwRij, klassen: Klassen, kleuren = true) {
  return {
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels' as const,
    getFillColor: (d: T) => vulKleur(rijVan(d), klassen, kleuren),
    getLineColor: (d: T) => randKleur(rijVan(d), kleuren),
    getLineWidth: (d: T) => (rijVan(d).klasse === 'onderdrukt' ? 1.25 : 1),
    extensions: [ARCERING_EXTENSIE],
    fillPatternMapping: ARCERING_PATRONEN,
    fillPatternMask: true,
    // Screen pixels: the hatch stays as fine at every zoom, like the legend's swatch.
    fillPatternSizeUnits: 'pixels' as const,
    getFillPattern: (d: T) => patroon(rijVan(d)),
    getFillPatternBackgroundColor: (d: T) => achtergrondKleur(rijVan(d)),
    updateTriggers: { getFillColor: klassen },
  };
}

/** Draagkrachtscan: one hexagon per cell with at least one case; cells without cases are not in the answer. */
export function rgwH3Props(rijen: readonly RgwRij[], klassen: Klassen, opts: { zichtbaar: boolean }) {
  return {
    id: 'rgw-h3',
    data: rijen,
    visible: opts.zichtbaar,
    pickable: true,
    // Polygons, not instanced columns: the hatch extension draws on polygon fills only.
    highPrecision: true,
    extruded: false,
    getHexagon: (r: RgwRij) => r.code,
    ...vlakStijl((r: RgwRij) => r, klassen),
  } satisfies H3HexagonLayerProps<RgwRij>;
}

/**
 * Draagkrachtscan at buurt level: a choropleth. Focus areas (the other roles): only a suppressed total is drawn,
 * hatched; the others are read from their cards, and a fill would blur the PC4 map under them.
 */
export function rgwVlakkenProps(
  id: 'rgw-buurten' | 'rgw-focusgebieden',
  vlakken: readonly RgwVlak[],
  klassen: Klassen,
  opts: { zichtbaar: boolean },
) {
  const kleuren = id === 'rgw-buurten';
  return {
    id,
    data: vlakken,
    visible: opts.zichtbaar,
    pickable: true,
    getPolygon: (v: RgwVlak) => v.veelhoek as Position[][],
    ...vlakStijl((v: RgwVlak) => v.rij, klassen, kleuren),
  } satisfies PolygonLayerProps<RgwVlak>;
}

/** A line around an area over a white halo: two layers, `-halo` under the line. */
export function omlijningProps(
  id: string,
  paden: readonly Omlijning[],
  opts: { kleur: Rgba; breedte: number; zichtbaar?: boolean },
) {
  const basis = {
    data: paden,
    visible: opts.zichtbaar ?? true,
    pickable: false,
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    // GeoJSON positions are plain number arrays; every one here is a [lon, lat] pair from buurten.json or h3-js.
    getPath: (o: Omlijning) => o.pad as [number, number][],
  } satisfies Omit<PathLayerProps<Omlijning>, 'id'>;
  return [
    { ...basis, id: `${id}-halo`, getColor: HALO, getWidth: opts.breedte + 3 },
    { ...basis, id, getColor: opts.kleur, getWidth: opts.breedte },
  ] satisfies PathLayerProps<Omlijning>[];
}
