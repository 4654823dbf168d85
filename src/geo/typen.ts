/** The geometry types the app names itself, one per concept, all built on `@types/geojson`. */
import type { BBox, MultiPolygon, Polygon } from 'geojson';

/** `[west, south, east, north]` in WGS84 degrees: GeoJSON's two-dimensional BBox, read-only. */
export type Bbox = Readonly<Extract<BBox, [number, number, number, number]>>;

/** One polygon as GeoJSON holds it: the exterior ring, then its holes. */
export type Veelhoek = Polygon['coordinates'];

/** An area of one or more polygons, as GeoJSON MultiPolygon coordinates. */
export type VlakCoordinaten = MultiPolygon['coordinates'];
