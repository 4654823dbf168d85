/** Basemap names drawn by deck.gl (no glyph files offline): wijk names at city zoom, buurt names closer in, PC4 codes at street zoom. */
import type { TextLayerProps } from '@deck.gl/layers';
import { KAART_LABELS, type KaartLabel, type KaartLabelSoort } from '../../geo/kaartlabels';
import type { Rgba } from '../kleuren';
import { KAART_LETTERTYPE } from './pc4-symbolen-layer';

interface LabelOpmaak {
  /** Shown from this zoom… */
  readonly van: number;
  /** …up to, not including, this one. */
  readonly tot: number;
  /** Pixels. */
  readonly grootte: number;
  readonly gewicht: 400 | 600 | 700;
  readonly kleur: Rgba;
}

/**
 * Names recede behind the data: grey-blue, one weight per level, no capitals shouting. Focus areas (RGW) take the
 * place of their buurt name at wijk zoom, in the purple of their outline. Each level hands over to the next, so a
 * name never shows at two sizes at once.
 */
export const LABEL_OPMAAK: Readonly<Record<KaartLabelSoort, LabelOpmaak>> = {
  wijk: { van: 9.5, tot: 12.5, grootte: 14, gewicht: 700, kleur: [52, 66, 78, 255] },
  focusgebied: { van: 12.5, tot: 13.5, grootte: 13, gewicht: 700, kleur: [92, 62, 140, 255] },
  buurt: { van: 12, tot: 99, grootte: 12.5, gewicht: 600, kleur: [70, 82, 92, 255] },
  pc4: { van: 14, tot: 99, grootte: 11, gewicht: 600, kleur: [110, 88, 40, 255] },
};

/** Drawing order bottom to top; the collision pass places them by rang, whatever the order here. */
const SOORTEN: readonly KaartLabelSoort[] = ['pc4', 'buurt', 'focusgebied', 'wijk'];

/** A white halo keeps names readable on any fill, and on the PDOK background. */
export const HALO_KLEUR: Rgba = [255, 255, 255, 235];
/** Relative to the text size (deck.gl's SDF outline). */
export const HALO_BREEDTE = 0.55;

/** Labels are placed per half zoom level: finer only moves names about while zooming; coarser lets them overlap. */
export const ZOOM_STAP = 0.5;

export function zoomStap(zoom: number): number {
  return Math.floor(zoom / ZOOM_STAP) * ZOOM_STAP;
}

/** Average glyph width of the system sans-serif as a share of the font size; generous, so estimates err towards space. */
const TEKEN_BREEDTE = 0.6;
/** Empty pixels kept around each name. */
const MARGE = 6;
/** How far a name may move from its point, in pixels: further, and it would seem to name the area next door. */
export const MAX_VERSCHUIVING = 45;

type Kader = readonly [number, number, number, number];

/** A map symbol names must not cover: its position and its radius in pixels. */
export interface Hindernis {
  readonly positie: readonly [number, number];
  readonly straal: number;
}

/** A label as drawn: nudged up or down, in pixels, when its own spot is taken by a symbol or a name. */
export interface GeplaatstLabel {
  readonly label: KaartLabel;
  readonly verschuiving: [number, number];
}

/** Web Mercator pixel position at `zoom` with maplibre's 512-pixel tiles. */
export function pixelPositie([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const wereld = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * wereld, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * wereld];
}

/** The height a name takes, margin included: one step when it has to move. */
export function regelHoogte(soort: KaartLabelSoort): number {
  return LABEL_OPMAAK[soort].grootte * 1.2 + MARGE;
}

export function labelKader(
  label: KaartLabel,
  zoom: number,
  [dx, dy]: readonly [number, number] = [0, 0],
): Kader {
  const { grootte } = LABEL_OPMAAK[label.soort];
  const [x, y] = pixelPositie(label.positie, zoom);
  const halfB = (label.naam.length * grootte * TEKEN_BREEDTE) / 2 + MARGE;
  const halfH = regelHoogte(label.soort) / 2;
  return [x + dx - halfB, y + dy - halfH, x + dx + halfB, y + dy + halfH];
}

function overlapt(a: Kader, b: Kader): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function raaktCirkel(k: Kader, [cx, cy]: readonly [number, number], r: number): boolean {
  const dx = cx - Math.max(k[0], Math.min(cx, k[2]));
  const dy = cy - Math.max(k[1], Math.min(cy, k[3]));
  return dx * dx + dy * dy < r * r;
}

/**
 * Where a name may go, nearest first: on its point, then a line or two above or below, or half its width to either
 * side, never more than MAX_VERSCHUIVING away. In a busy centre the symbols take the label points; a name a little
 * off its point still tells where an area is.
 */
function verschuivingen(label: KaartLabel): [number, number][] {
  const hoogte = regelHoogte(label.soort);
  const breedte = label.naam.length * LABEL_OPMAAK[label.soort].grootte * TEKEN_BREEDTE;
  const uit: [number, number][] = [];
  for (const dx of [0, -breedte / 2, breedte / 2]) {
    for (const regels of [0, -1, 1, -2, 2, -3, 3]) uit.push([dx, regels * hoogte]);
  }
  // Stable: at equal distance, up before down and left before right.
  return uit
    .filter(([dx, dy]) => Math.hypot(dx, dy) <= MAX_VERSCHUIVING)
    .sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}

export function zichtbaarOp(soort: KaartLabelSoort, zoom: number): boolean {
  const { van, tot } = LABEL_OPMAAK[soort];
  return zoom >= van && zoom < tot;
}

/**
 * The labels to draw at `zoom`: those whose level is shown at that zoom, placed greedily by rang (focus areas, then
 * wijken, buurten, PC4 areas, each by inhabitants). The data comes first: a name never covers a symbol, and is nudged
 * a little way off when its own spot is taken; it is dropped when no spot nearby is free, or when a card of the data
 * already names the place.
 */
export function plaatsLabels(
  labels: readonly KaartLabel[],
  zoom: number,
  hindernissen: readonly Hindernis[] = [],
  /** Names the data layers already write on the map (the RGW cards): not repeated as a basemap name. */
  alGeschreven: readonly string[] = [],
): GeplaatstLabel[] {
  const stap = zoomStap(zoom);
  const symbolen = hindernissen.map((h) => ({ punt: pixelPositie(h.positie, stap), straal: h.straal + 2 }));
  const kandidaten = labels.filter((l) => zichtbaarOp(l.soort, stap)).sort((a, b) => a.rang - b.rang);
  const geplaatst: GeplaatstLabel[] = [];
  const kaders: Kader[] = [];
  // A focus area and its buurt, or a wijk and a buurt, often share a name: once on the map is enough.
  const namen = new Set<string>(alGeschreven);
  for (const label of kandidaten) {
    if (namen.has(label.naam)) continue;
    for (const verschuiving of verschuivingen(label)) {
      const kader = labelKader(label, stap, verschuiving);
      if (kaders.some((k) => overlapt(k, kader))) continue;
      if (symbolen.some((s) => raaktCirkel(kader, s.punt, s.straal))) continue;
      kaders.push(kader);
      geplaatst.push({ label, verschuiving });
      namen.add(label.naam);
      break;
    }
  }
  return geplaatst;
}

/**
 * The basemap names for a renderer: placed again only when one of the inputs named in `sleutel` changed (compared by
 * identity), since placing is the costliest step of an update and most updates (a selection, a hover) move nothing.
 */
export function maakNaamPlaatser(labels: readonly KaartLabel[] = KAART_LABELS) {
  let laatst: { sleutel: readonly unknown[]; geplaatst: GeplaatstLabel[] } | null = null;
  return (
    sleutel: readonly unknown[],
    zoom: number,
    hindernissen: () => readonly Hindernis[],
    alGeschreven: () => readonly string[],
  ): GeplaatstLabel[] => {
    if (laatst?.sleutel.length === sleutel.length && laatst.sleutel.every((s, i) => s === sleutel[i])) {
      return laatst.geplaatst;
    }
    laatst = { sleutel, geplaatst: plaatsLabels(labels, zoom, hindernissen(), alGeschreven()) };
    return laatst.geplaatst;
  };
}

/**
 * Every character the names use, sorted: a fixed font atlas for all zooms (deck.gl's 'auto' would rebuild it for
 * each new selection), with the accented letters of Dutch names that plain ASCII lacks.
 */
export function tekenset(labels: readonly KaartLabel[]): string {
  const tekens = new Set<string>();
  for (const l of labels) for (const t of l.naam) tekens.add(t);
  return [...tekens].sort().join('');
}

/** One TextLayer per level (each has its own weight and size); `geplaatst` comes from `plaatsLabels`. */
export function labelLagenProps(
  geplaatst: readonly GeplaatstLabel[],
  opts: { tekens: string; zichtbaar?: boolean },
): TextLayerProps<GeplaatstLabel>[] {
  return SOORTEN.map((soort) => {
    const opmaak = LABEL_OPMAAK[soort];
    return {
      id: `labels-${soort}`,
      data: geplaatst.filter((g) => g.label.soort === soort),
      visible: opts.zichtbaar ?? true,
      // Names are context, not content: clicks and hovers go to the symbols.
      pickable: false,
      getPosition: (g: GeplaatstLabel) => g.label.positie,
      getPixelOffset: (g: GeplaatstLabel) => g.verschuiving,
      getText: (g: GeplaatstLabel) => g.label.naam,
      getSize: opmaak.grootte,
      sizeUnits: 'pixels',
      getColor: opmaak.kleur,
      fontFamily: KAART_LETTERTYPE,
      fontWeight: opmaak.gewicht,
      characterSet: opts.tekens,
      // A signed distance field gives the halo; the larger radius and buffer give it room to be thick enough.
      fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 20 },
      outlineWidth: HALO_BREEDTE,
      outlineColor: HALO_KLEUR,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
    } satisfies TextLayerProps<GeplaatstLabel>;
  });
}
