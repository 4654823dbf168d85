/** Pure props builders for the RGW case density of the draagkrachtscan: H3 hexagons, and the outline of a selected cell. Buurten and focus areas (fills, totals, hatching, outlines) are maplibre layers on the tiles (vlak-lagen.ts, kaart-lagen.ts): maplibre cannot draw cells that are not on the tiles. */
// Every cell is coloured by its class (rgw-klassen.ts, quantiles); a suppressed count gets light grey under dark
// hatching, drawn by FillStyleExtension's procedural hatch, so it can never be mistaken for zero or for the lowest
// class. The data array is the table twin's rows, so the map and the table share one array per answer.
import { FillStyleExtension } from '@deck.gl/extensions';
import type { H3HexagonLayerProps } from '@deck.gl/geo-layers';
import type { PathLayerProps } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { Klassen } from '../../domain/rgw-klassen';
import type { RgwRij } from '../../domain/rgw-tabel';
import {
  ARCERING,
  GEEN,
  HALO,
  klasseKleur,
  ONDERDRUKT_ARCERING,
  ONDERDRUKT_RAND,
  ONDERDRUKT_VULLING,
  VLAK_RAND,
  type Rgba,
} from '../../stijl/kleuren';

/** A line round an area (a selected H3 cell). */
export interface Omlijning {
  readonly pad: readonly Position[];
}

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

/** The patterned fill's foreground: a class colour, or for a suppressed count the hatch lines. */
export function vulKleur(rij: RgwRij, klassen: Klassen): Rgba {
  if (rij.klasse === 'onderdrukt') return ONDERDRUKT_ARCERING;
  if (rij.klasse === 'nul') return GEEN;
  return klasseKleur(rij.klasse, klassen.ondergrenzen.length);
}

export function patroon(rij: RgwRij): string {
  return rij.klasse === 'onderdrukt' ? PATROON_NAAM : 'geen';
}

export function achtergrondKleur(rij: RgwRij): Rgba {
  return rij.klasse === 'onderdrukt' ? ONDERDRUKT_VULLING : GEEN;
}

export function randKleur(rij: RgwRij): Rgba {
  return rij.klasse === 'onderdrukt' ? ONDERDRUKT_RAND : VLAK_RAND;
}

/** The fill and outline of the hexagons. */
function vlakStijl<T>(rijVan: (d: T) => RgwRij, klassen: Klassen) {
  return {
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels' as const,
    getFillColor: (d: T) => vulKleur(rijVan(d), klassen),
    getLineColor: (d: T) => randKleur(rijVan(d)),
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
    // GeoJSON positions are plain number arrays; every one here is a [lon, lat] pair from h3-js.
    getPath: (o: Omlijning) => o.pad as [number, number][],
  } satisfies Omit<PathLayerProps<Omlijning>, 'id'>;
  return [
    { ...basis, id: `${id}-halo`, getColor: HALO, getWidth: opts.breedte + 3 },
    { ...basis, id, getColor: opts.kleur, getWidth: opts.breedte },
  ] satisfies PathLayerProps<Omlijning>[];
}
