/** Makes the Mapbox Vector Tiles of the geography (public/tiles/{z}/{x}/{y}.pbf + tiles.json) from src/geo/data/. */
// Usage: npm run tiles   (deterministic: the same geography gives the same bytes, so the tiles are reproducible)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import type { FeatureCollection } from 'geojson';
import {
  GEOGRAFIE_LAGEN,
  leesGeografie,
  polygonen,
  type Geografie,
  type GeografieLaag,
} from '../src/geo/geografie';
import { TEGEL_LAGEN, TEGEL_MAXZOOM, TEGEL_MINZOOM, TEGEL_SJABLOON } from '../src/geo/tegels';

// vt-pbf 3 is CommonJS without types; this is the one function used from it.
const vtpbf = createRequire(import.meta.url)('vt-pbf') as {
  fromGeojsonVt(lagen: Record<string, LegacyTile>, opties: { version: number; extent: number }): Uint8Array;
};

export const DATA_MAP = fileURLToPath(new URL('../src/geo/data/', import.meta.url));
export const TEGELS_MAP = fileURLToPath(new URL('../public/tiles/', import.meta.url));

const EXTENT = 4096;

/** What each layer holds, for TileJSON's vector_layers (maplibre ignores it; people and tools read it). */
const LAAG_UITLEG: Record<GeografieLaag, { description: string; fields: Record<string, string> }> = {
  gemeente: {
    description: 'Land van de gemeente (zonder water)',
    fields: { code: 'String', naam: 'String', inwoners: 'Number' },
  },
  water: {
    description: 'Rivieren, havens en plassen',
    fields: { naam: 'String', soort: 'String: rivier|haven|plas' },
  },
  wijken: { description: 'CBS-wijken', fields: { code: 'String', naam: 'String', inwoners: 'Number' } },
  buurten: {
    description: 'CBS-buurten; focusgebied alleen bij de RGW-focusgebieden',
    fields: {
      code: 'String',
      naam: 'String',
      wijk: 'String',
      wijknaam: 'String',
      inwoners: 'Number',
      focusgebied: 'String',
    },
  },
  pc4: { description: 'Postcodegebieden (PC4)', fields: { code: 'String', inwoners: 'Number' } },
  labels: {
    description: 'Labelpunten (CBS-centroïden); laagste rang eerst plaatsen',
    fields: { soort: 'String: focusgebied|wijk|buurt|pc4', code: 'String', naam: 'String', rang: 'Number' },
  },
};

export function leesGeografieVan(map: string): Geografie {
  const ruw = Object.fromEntries(
    GEOGRAFIE_LAGEN.map((l) => [l, JSON.parse(readFileSync(join(map, `${l}.json`), 'utf8')) as unknown]),
  ) as Record<GeografieLaag, unknown>;
  return leesGeografie(ruw);
}

/** Null properties are left out (MVT has no null); a missing key reads as null in a maplibre expression anyway. */
function zonderNull(fc: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: Object.fromEntries(Object.entries(f.properties ?? {}).filter(([, v]) => v !== null)),
    })),
  };
}

function grenzen(geo: Geografie): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const l of ['gemeente', 'water'] as const) {
    for (const f of geo[l].features) {
      for (const poly of polygonen(f.geometry)) {
        for (const [lon = 0, lat = 0] of poly[0] ?? []) {
          w = Math.min(w, lon);
          e = Math.max(e, lon);
          s = Math.min(s, lat);
          n = Math.max(n, lat);
        }
      }
    }
  }
  // Outward to 3 decimals: a round box that still contains everything.
  return [
    Math.floor(w * 1e3) / 1e3,
    Math.floor(s * 1e3) / 1e3,
    Math.ceil(e * 1e3) / 1e3,
    Math.ceil(n * 1e3) / 1e3,
  ];
}

export function maakTileJson(geo: Geografie): Record<string, unknown> {
  const meta = geo.gemeente.metadata;
  const bounds = grenzen(geo);
  return {
    tilejson: '3.0.0',
    name: 'HKD-kaart Rotterdam',
    description: `Gebiedsindeling van Rotterdam (${meta.bron})${meta.toelichting ? `; ${meta.toelichting}` : ''}`,
    version: '1.0.0',
    attribution: meta.attributie,
    scheme: 'xyz',
    // Relative to this file; the map resolves it against the app's URL (src/geo/tegels.ts).
    tiles: [TEGEL_SJABLOON],
    minzoom: TEGEL_MINZOOM,
    maxzoom: TEGEL_MAXZOOM,
    bounds,
    center: [4.48, 51.91, 11],
    vector_layers: TEGEL_LAGEN.map((id) => ({
      id,
      ...LAAG_UITLEG[id],
      minzoom: TEGEL_MINZOOM,
      maxzoom: TEGEL_MAXZOOM,
    })),
  };
}

/**
 * All tiles as `relative path -> bytes`, in a fixed order. Only tiles that hold data at zoom 9-14 are made:
 * geojson-vt indexes every layer down to zoom 14 up front, and its tile list says where there is anything.
 */
export function bouwTegels(geo: Geografie): Map<string, Uint8Array> {
  const indexen = TEGEL_LAGEN.map(
    (l) =>
      [
        l,
        new GeoJSONVT(zonderNull(geo[l]), {
          maxZoom: TEGEL_MAXZOOM,
          indexMaxZoom: TEGEL_MAXZOOM,
          indexMaxPoints: 0,
          extent: EXTENT,
          tolerance: 3,
          buffer: 64,
        }),
      ] as const,
  );
  const coords = new Map<string, { z: number; x: number; y: number }>();
  for (const [, index] of indexen) {
    for (const c of index.tileCoords) {
      if (c.z >= TEGEL_MINZOOM) coords.set(`${c.z}/${c.x}/${c.y}`, c);
    }
  }
  const volgorde = [...coords.values()].sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
  const uit = new Map<string, Uint8Array>();
  for (const { z, x, y } of volgorde) {
    const lagen: Record<string, LegacyTile> = {};
    for (const [l, index] of indexen) {
      const tegel = index.getTile(z, x, y);
      if (tegel && tegel.features.length > 0) lagen[l] = tegel;
    }
    if (Object.keys(lagen).length === 0) continue;
    uit.set(`${z}/${x}/${y}.pbf`, vtpbf.fromGeojsonVt(lagen, { version: 2, extent: EXTENT }));
  }
  uit.set('tiles.json', new TextEncoder().encode(`${JSON.stringify(maakTileJson(geo), null, 2)}\n`));
  return uit;
}

/** Replaces `map` completely: tiles of an earlier geography must not linger. */
export function schrijfTegels(tegels: ReadonlyMap<string, Uint8Array>, map: string): void {
  rmSync(map, { recursive: true, force: true });
  for (const [pad, bytes] of tegels) {
    const doel = join(map, pad);
    mkdirSync(dirname(doel), { recursive: true });
    writeFileSync(doel, bytes);
  }
}

function main(): void {
  const tegels = bouwTegels(leesGeografieVan(DATA_MAP));
  schrijfTegels(tegels, TEGELS_MAP);
  let bytes = 0;
  const perZoom = new Map<string, number>();
  for (const [pad, b] of tegels) {
    bytes += b.length;
    const z = pad.split('/')[0] ?? '';
    if (pad.endsWith('.pbf')) perZoom.set(z, (perZoom.get(z) ?? 0) + 1);
  }
  console.log(`${tegels.size} bestanden, ${(bytes / 1024).toFixed(1)} KB in ${TEGELS_MAP}`);
  console.log([...perZoom].map(([z, n]) => `z${z}: ${n}`).join(', '));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
