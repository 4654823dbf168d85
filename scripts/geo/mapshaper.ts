/** Runs mapshaper commands on a list of areas and returns the areas in the same order: the importer's one door to mapshaper. */
// mapshaper builds a topology of the whole layer (arcs shared by neighbours), so whatever it simplifies or cleans it
// does once per shared border, for both sides. Each area travels as a feature carrying its index, so areas that come
// back empty or reordered are still matched to their input.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import type { VlakCoordinaten } from '../../src/geo/typen';

const INVOER = 'vlakken.json';
const UITVOER = 'uit.json';

/**
 * The areas after `commando's` (mapshaper command-line syntax, without input and output), written with 6 decimals as
 * the rest of the geography. An area mapshaper removed comes back as `[]`.
 */
export async function viaMapshaper(
  vlakken: readonly VlakCoordinaten[],
  commandos: string,
  { afronden = true }: { afronden?: boolean } = {},
): Promise<VlakCoordinaten[]> {
  if (vlakken.length === 0) return [];
  const invoer: FeatureCollection<MultiPolygon, { i: number }> = {
    type: 'FeatureCollection',
    features: vlakken.map((coordinates, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'MultiPolygon', coordinates },
    })),
  };
  const uit = await mapshaper.applyCommands(
    // -proj init only names the CRS (GeoJSON is WGS84), so areas in m² work on small inputs too; nothing is reprojected.
    `-i ${INVOER} -proj init=wgs84 ${commandos} -o ${UITVOER} format=geojson${afronden ? ' precision=0.000001' : ''}`,
    { [INVOER]: invoer },
  );
  const tekst = uit[UITVOER];
  if (tekst === undefined) throw new Error(`mapshaper schreef geen ${UITVOER}`);
  const gelezen = JSON.parse(tekst.toString()) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { i: number }
  >;
  const resultaat: VlakCoordinaten[] = vlakken.map(() => []);
  for (const f of gelezen.features as Feature<Polygon | MultiPolygon | null, { i: number }>[]) {
    const g = f.geometry;
    if (g === null) continue;
    resultaat[f.properties.i] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  }
  return resultaat;
}
