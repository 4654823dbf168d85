/** Where the vector tiles of the geography live and how the map turns their relative URLs into absolute ones. */
// The tiles are made by scripts/tiles.ts into public/tiles/ and served as static files (raw .pbf, no gzip).
// public/tiles/tiles.json (TileJSON 3.0.0) lists its tile URL relative to itself, `{z}/{x}/{y}.pbf`, so the
// folder can be served under any base path. maplibre-gl does not resolve relative tile URLs, so a vector source
// must get an absolute template: `tiles: [tegelUrl(new URL(import.meta.env.BASE_URL, location.href).href)]`.
import { GEOGRAFIE_LAGEN, type GeografieLaag } from './geografie';

/** One source layer per geography layer, with the same name. */
export const TEGEL_LAGEN: readonly GeografieLaag[] = GEOGRAFIE_LAGEN;
export const TEGEL_MINZOOM = 9;
/** The deepest tiles made; maplibre overzooms them (set the source's maxzoom to this, not to the map's). */
export const TEGEL_MAXZOOM = 14;
/** The tile folder relative to the app's base URL (Vite copies public/ to the root of the build). */
export const TEGEL_MAP = 'tiles/';
/** The template in tiles.json, relative to tiles.json. */
export const TEGEL_SJABLOON = '{z}/{x}/{y}.pbf';

/**
 * Resolves a tile URL template against an absolute base URL, keeping `{z}`, `{x}`, `{y}` intact
 * (the URL parser would percent-encode the braces).
 */
export function losTegelUrlOp(sjabloon: string, basis: string): string {
  return new URL(sjabloon, basis).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

/** The absolute tile URL template for an app served at `basis` (e.g. `location.origin + '/'`). */
export function tegelUrl(basis: string): string {
  return losTegelUrlOp(TEGEL_MAP + TEGEL_SJABLOON, basis);
}

/** The absolute URL of tiles.json for an app served at `basis`. */
export function tileJsonUrl(basis: string): string {
  return new URL(`${TEGEL_MAP}tiles.json`, basis).href;
}
