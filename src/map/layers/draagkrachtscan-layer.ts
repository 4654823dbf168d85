/** The draagkrachtscan on the map, as pure props: the rings around the planned site, a hollow ring around each facility inside them (warm for fase 2 or higher), and the site itself. */
import type { PathLayerProps, ScatterplotLayerProps, TextLayerProps } from '@deck.gl/layers';
import type { LonLat } from '../../contract/common';
import { ringOmtrek } from '../../geo/ringen';
import { vergelijkLetter } from '../../domain/scan-letter';
import { FASE_KLEUR, WIT, type Rgba } from '../../stijl/kleuren';
import { KAART_LETTERTYPE } from './pc4-symbolen-layer';

/** The rings and the site: a colour no facility symbol or phase has (a deep magenta, Okabe-Ito's reddish purple darkened). */
export const SCAN_KLEUR: Rgba = [150, 40, 110, 255];
const HALO: Rgba = [255, 255, 255, 210];
/** Facilities inside the rings: a light ring of the scan's colour, a thick one in fase 2's colour for a signal. */
const BINNEN_KLEUR: Rgba = [150, 40, 110, 200];
const SIGNAAL_KLEUR: Rgba = FASE_KLEUR['3a'];

export interface ScanRing {
  readonly straalM: number;
  readonly pad: readonly [number, number][];
}

export interface ScanPunt {
  readonly positie: LonLat;
  readonly signaal: boolean;
}

/** The rings' outlines, built once per answer (96 points each, as the server's GeoJSON export). */
/** What the rings need of an analysis answer. */
export interface RingInvoer {
  readonly locatie: { readonly positie: Readonly<LonLat> };
  readonly ringen: readonly { readonly straalM: number }[];
}

export function scanRingen(analyse: RingInvoer): ScanRing[] {
  return analyse.ringen.map((r) => ({
    straalM: r.straalM,
    pad: ringOmtrek(analyse.locatie.positie, r.straalM),
  }));
}

export function scanRingProps(
  ringen: readonly ScanRing[],
  opts: { zichtbaar: boolean },
): PathLayerProps<ScanRing>[] {
  const basis = {
    data: ringen,
    visible: opts.zichtbaar,
    widthUnits: 'pixels',
    getPath: (r: ScanRing) => r.pad as [number, number][],
    jointRounded: true,
    // Drawn over the symbols (the density cells would cover them below): a click goes through to the symbol.
    pickable: false,
  } as const;
  return [
    { ...basis, id: 'scan-ringen-halo', getColor: HALO, getWidth: 6 },
    { ...basis, id: 'scan-ringen', getColor: SCAN_KLEUR, getWidth: 2.5 },
  ];
}

/** A hollow ring around each facility inside the rings, over its symbol: the symbols themselves stay the facilities layer's. */
export function scanBinnenProps(
  voorzieningen: readonly ScanPunt[],
  opts: { zichtbaar: boolean },
): ScatterplotLayerProps<ScanPunt> {
  return {
    id: 'scan-binnen',
    data: voorzieningen,
    visible: opts.zichtbaar,
    pickable: false,
    filled: false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (v) => v.positie,
    getRadius: 15,
    getLineColor: (v) => (v.signaal ? SIGNAAL_KLEUR : BINNEN_KLEUR),
    getLineWidth: (v) => (v.signaal ? 5 : 3),
  };
}

/** The planned site: a white halo and a filled dot of the scan's colour with a white edge. */
export function scanLocatieProps(
  positie: Readonly<LonLat> | null,
  opts: { zichtbaar: boolean },
): ScatterplotLayerProps<{ positie: LonLat }>[] {
  const data = positie === null ? [] : [{ positie: [positie[0], positie[1]] satisfies LonLat }];
  const basis = {
    data,
    visible: opts.zichtbaar,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (p: { positie: LonLat }) => p.positie,
  } as const;
  return [
    { ...basis, id: 'scan-locatie-halo', pickable: false, filled: true, getRadius: 13, getFillColor: HALO },
    {
      ...basis,
      id: 'scan-locatie',
      pickable: true,
      filled: true,
      stroked: true,
      getRadius: 9,
      getFillColor: SCAN_KLEUR,
      getLineColor: WIT,
      getLineWidth: 2,
    },
  ];
}

/** The other sites of a comparison: their rings thinner and lighter, their sites hollow, so the current one leads. */
export function scanVergelijkProps(
  andere: readonly RingInvoer[],
  opts: { zichtbaar: boolean },
): [PathLayerProps<ScanRing>, ScatterplotLayerProps<RingInvoer>] {
  const ringen = andere.flatMap(scanRingen);
  return [
    {
      id: 'scan-vergelijk-ringen',
      data: ringen,
      visible: opts.zichtbaar,
      pickable: false,
      widthUnits: 'pixels',
      getPath: (r: ScanRing) => r.pad as [number, number][],
      getColor: [SCAN_KLEUR[0], SCAN_KLEUR[1], SCAN_KLEUR[2], 150],
      getWidth: 1.5,
    },
    {
      id: 'scan-vergelijk-locaties',
      data: andere,
      visible: opts.zichtbaar,
      pickable: false,
      filled: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (a: RingInvoer) => [a.locatie.positie[0], a.locatie.positie[1]],
      getRadius: 8,
      getFillColor: WIT,
      getLineColor: SCAN_KLEUR,
      getLineWidth: 3,
    },
  ];
}

export interface ScanLetter {
  readonly positie: Readonly<LonLat>;
  readonly letter: string;
}

/**
 * The letters of a comparison on the map, as the table names the sites: the kept sites A, B… in order, the current
 * site last. None without a comparison. Each on a white card with the scan's border, above its site.
 */
export function scanLetterProps(
  andere: readonly RingInvoer[],
  huidige: RingInvoer | null,
  opts: { zichtbaar: boolean },
): TextLayerProps<ScanLetter> {
  const sites = andere.length === 0 ? [] : [...andere, ...(huidige ? [huidige] : [])];
  return {
    id: 'scan-letters',
    data: sites.map((s, i): ScanLetter => ({ positie: s.locatie.positie, letter: vergelijkLetter(i) })),
    visible: opts.zichtbaar,
    pickable: false,
    getPosition: (l: ScanLetter) => [l.positie[0], l.positie[1]],
    getText: (l: ScanLetter) => l.letter,
    getColor: SCAN_KLEUR,
    getSize: 14,
    sizeUnits: 'pixels',
    fontFamily: KAART_LETTERTYPE,
    fontWeight: 700,
    characterSet: 'ABCD',
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'bottom',
    // Above the site's dot (radius 8 px and its rim).
    getPixelOffset: [0, -14],
    background: true,
    getBackgroundColor: WIT,
    getBorderColor: SCAN_KLEUR,
    getBorderWidth: 2,
    backgroundPadding: [4, 1, 4, 1],
  };
}
