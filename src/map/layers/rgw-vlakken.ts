/** The polygons of the RGW rows for deck.gl's choropleth (rgw-groep.ts), from the embedded buurt geography; only the deck.gl chunk imports this. */
import type { FocusgebiedCode } from '../../contract/gebied';
import type { RgwRij } from '../../domain/rgw-tabel';
import { BUURT_VLAKKEN, focusVeelhoeken, type Veelhoek } from './rgw-buurtvlakken';

/** One polygon of an area, with the row it shows; a buurt or focus area of several polygons has several. */
export interface RgwVlak {
  readonly rij: RgwRij;
  readonly veelhoek: Veelhoek;
}

/** The polygons of areas joined to their rows; rows without polygons (not drawn: the port) are left out. */
export function rgwVlakken(
  rijen: readonly RgwRij[],
  veelhoekenVan: (rij: RgwRij) => readonly Veelhoek[],
): RgwVlak[] {
  return rijen.flatMap((rij) => veelhoekenVan(rij).map((veelhoek) => ({ rij, veelhoek })));
}

/** The polygons of a buurt or focus-area row from the embedded geography; none for an H3 cell. */
export function veelhoekenVan(rij: RgwRij): readonly Veelhoek[] {
  if (rij.soort === 'buurt') return BUURT_VLAKKEN.get(rij.code)?.veelhoeken ?? [];
  if (rij.soort === 'focusgebied') return focusVeelhoeken(rij.code as FocusgebiedCode);
  return [];
}

// Derived arrays per answer, kept as long as the rows are: a renderer then sees the same data and uploads nothing.
const VLAKKEN = new WeakMap<readonly RgwRij[], RgwVlak[]>();

export function vlakkenVan(rijen: readonly RgwRij[]): RgwVlak[] {
  let vlakken = VLAKKEN.get(rijen);
  if (!vlakken) {
    vlakken = rgwVlakken(rijen, veelhoekenVan);
    VLAKKEN.set(rijen, vlakken);
  }
  return vlakken;
}
