/** The demo Wijkprofiel indices as a choropleth per buurt: a diverging scale centred on 100, the Rotterdam average. */
import type { PolygonLayerProps } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { Buurt, Wijkprofiel } from '../../contract/gebied';
import type { Rgba } from '../../stijl/kleuren';
import { GEMIDDELDE_SCHAAL, VLAK_DEKKING, VLAK_NAAD, type Veelhoek } from './dekking-layer';

export type WijkprofielIndex = keyof Wijkprofiel;
export const WIJKPROFIEL_INDICES: readonly WijkprofielIndex[] = ['sociaal', 'fysiek', 'veiligheid'];

export const WIJKPROFIEL_INDEX_LABEL: Readonly<Record<WijkprofielIndex, string>> = {
  sociaal: 'Sociale index',
  fysiek: 'Fysieke index',
  veiligheid: 'Veiligheidsindex',
};

/** Class bounds around 100: symmetric, so "as far below as above the average" gets equally strong colours. */
export const WIJKPROFIEL_GRENZEN = [85, 95, 105, 115] as const;

export const WIJKPROFIEL_KLASSE_LABEL: readonly string[] = [
  'Onder 85 (ver onder het gemiddelde)',
  '85 tot 95',
  '95 tot 105 (rond het gemiddelde)',
  '105 tot 115',
  '115 en hoger (ver boven het gemiddelde)',
];

/** 0 (far below 100) to 4 (far above). */
export function wijkprofielKlasse(waarde: number): number {
  const i = WIJKPROFIEL_GRENZEN.findIndex((grens) => waarde < grens);
  return i < 0 ? WIJKPROFIEL_GRENZEN.length : i;
}

export function wijkprofielKleur(klasse: number): Rgba {
  const [r, g, b] = GEMIDDELDE_SCHAAL[klasse] ?? [200, 200, 200, 255];
  return [r, g, b, VLAK_DEKKING];
}

export interface WijkprofielVlak {
  readonly code: string;
  readonly naam: string;
  readonly waarde: number;
  readonly klasse: number;
  readonly veelhoek: Veelhoek;
}

const vlakkenPerLijst = new WeakMap<readonly Buurt[], Map<WijkprofielIndex, readonly WijkprofielVlak[]>>();

/** One entry per polygon of each buurt; made once per answer and index. */
export function wijkprofielVlakken(
  buurten: readonly Buurt[],
  index: WijkprofielIndex,
  veelhoeken: (code: string) => readonly Veelhoek[],
): readonly WijkprofielVlak[] {
  let perIndex = vlakkenPerLijst.get(buurten);
  if (!perIndex) {
    perIndex = new Map();
    vlakkenPerLijst.set(buurten, perIndex);
  }
  let uit = perIndex.get(index);
  if (!uit) {
    uit = buurten.flatMap((b) => {
      const waarde = b.wijkprofiel[index];
      const klasse = wijkprofielKlasse(waarde);
      return veelhoeken(b.code).map((veelhoek) => ({ code: b.code, naam: b.naam, waarde, klasse, veelhoek }));
    });
    perIndex.set(index, uit);
  }
  return uit;
}

export function wijkprofielProps(
  vlakken: readonly WijkprofielVlak[],
  index: WijkprofielIndex,
  opts: { zichtbaar: boolean },
) {
  return {
    id: 'wijkprofiel-vlakken',
    data: vlakken,
    visible: opts.zichtbaar,
    pickable: true,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getPolygon: (v: WijkprofielVlak) => v.veelhoek as Position[][],
    getFillColor: (v: WijkprofielVlak) => wijkprofielKleur(v.klasse),
    getLineColor: VLAK_NAAD,
    // The data array is the same for one index; the colours follow the index through the data itself.
    updateTriggers: { getFillColor: index },
  } satisfies PolygonLayerProps<WijkprofielVlak>;
}

const EEN_DECIMAAL = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function toonIndex(waarde: number): string {
  return EEN_DECIMAAL.format(waarde);
}

/** `Carnisse\nSociale index 88,4 (100 = Rotterdams gemiddelde)`. */
export function wijkprofielTooltip(
  v: Pick<WijkprofielVlak, 'naam' | 'waarde'>,
  index: WijkprofielIndex,
): string {
  return `${v.naam}\n${WIJKPROFIEL_INDEX_LABEL[index]} ${toonIndex(v.waarde)} (100 = Rotterdams gemiddelde)`;
}
