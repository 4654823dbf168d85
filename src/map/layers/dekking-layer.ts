/** Coverage as a choropleth: each buurt or wijk in the colour of its ratio class against the city average, with a tooltip in words. */
import type { PolygonLayerProps } from '@deck.gl/layers';
import type { Position } from 'geojson';
import {
  DEKKING_KLASSE_LABEL,
  toonAantal,
  toonPer1000,
  toonVerhouding,
  type Dekking,
  type DekkingKlasse,
  type DekkingRij,
} from '../../domain/dekking';
import type { Rgba } from '../../stijl/kleuren';

/** One polygon ring set (outer ring, then holes), `[lon, lat]`; a buurt cut by the Maas has several. */
export type Veelhoek = readonly (readonly Position[])[];

/**
 * A diverging brown-purple ramp (ColorBrewer PuOr): brown below the city average, purple above, lightest near it.
 * Shared with the Wijkprofiel layer, so "below / above the Rotterdam average" looks the same on both. Not blue:
 * phases 0 and 1 (most locations) are blue symbols; not green: that is the RGW density. Every symbol keeps its dark
 * outline, which is what separates the orange phase-2 triangles from the brown areas.
 */
export const GEMIDDELDE_SCHAAL: readonly Rgba[] = [
  [179, 88, 6, 255],
  [241, 163, 64, 255],
  [240, 240, 236, 255],
  [178, 171, 210, 255],
  [94, 60, 153, 255],
];

/** Seen through, so the map names under the areas stay readable and the symbols stay in front. */
export const VLAK_DEKKING = 150;

function metDekking(kleur: Rgba | undefined): Rgba {
  const [r, g, b] = kleur ?? [200, 200, 200, 255];
  return [r, g, b, VLAK_DEKKING];
}

export const DEKKING_KLEUR: Readonly<Record<DekkingKlasse, Rgba>> = {
  'ver-onder': metDekking(GEMIDDELDE_SCHAAL[0]),
  onder: metDekking(GEMIDDELDE_SCHAAL[1]),
  boven: metDekking(GEMIDDELDE_SCHAAL[3]),
  'ver-boven': metDekking(GEMIDDELDE_SCHAAL[4]),
  // Grey and not on the ramp: "no figure" is neither low nor high.
  'te-weinig-inwoners': [200, 200, 200, VLAK_DEKKING],
};

/** White seams between areas, so two neighbours of one class still read as two. */
export const VLAK_NAAD: Rgba = [255, 255, 255, 230];

export interface DekkingVlak {
  readonly rij: DekkingRij;
  readonly veelhoek: Veelhoek;
}

const vlakkenPerDekking = new WeakMap<Dekking, readonly DekkingVlak[]>();

/** One entry per polygon of each area with a row; made once per coverage result, so deck.gl uploads once. */
export function dekkingVlakken(
  dekking: Dekking,
  veelhoeken: (code: string) => readonly Veelhoek[],
): readonly DekkingVlak[] {
  let uit = vlakkenPerDekking.get(dekking);
  if (!uit) {
    uit = dekking.rijen.flatMap((rij) => veelhoeken(rij.code).map((veelhoek) => ({ rij, veelhoek })));
    vlakkenPerDekking.set(dekking, uit);
  }
  return uit;
}

export function dekkingVlakkenProps(vlakken: readonly DekkingVlak[], opts: { zichtbaar: boolean }) {
  return {
    id: 'dekking-vlakken',
    data: vlakken,
    visible: opts.zichtbaar,
    pickable: true,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getPolygon: (v: DekkingVlak) => v.veelhoek as Position[][],
    getFillColor: (v: DekkingVlak) => DEKKING_KLEUR[v.rij.klasse],
    getLineColor: VLAK_NAAD,
  } satisfies PolygonLayerProps<DekkingVlak>;
}

/** `Noord\n8,4 plaatsen per 1.000 inwoners (1,5× het gemiddelde)\n210 plaatsen · 25.130 inwoners`. */
export function dekkingTooltip(rij: DekkingRij): string {
  const cijfers = `${toonAantal(rij.capaciteit)} plaatsen · ${toonAantal(rij.inwoners)} inwoners`;
  if (rij.per1000 === null) return `${rij.naam}\n${DEKKING_KLASSE_LABEL['te-weinig-inwoners']}\n${cijfers}`;
  return `${rij.naam}\n${toonPer1000(rij.per1000)} plaatsen per 1.000 inwoners (${toonVerhouding(rij.verhouding)} het gemiddelde)\n${cijfers}`;
}
