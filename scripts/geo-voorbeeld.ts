/** Draws the schematic geography next to the real CBS reference as PNGs in test-results/geo/, to look at, not to test. */
// Usage: npx tsx scripts/geo-voorbeeld.ts [path/to/shared/geo]
// The reference is only read and drawn here; nothing of it is written outside test-results/ (git-ignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { chromium } from 'playwright-core';
import { METER_PER_GRAAD_LAT, METER_PER_GRAAD_LON } from '../src/geo/dichtstbijzijnde';
import { BUURTEN, PC4_GEBIEDEN } from '../src/geo/rotterdam-facts';
import type { Bbox } from '../src/geo/typen';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UIT = join(ROOT, 'test-results', 'geo');
const DATA = join(ROOT, 'src', 'geo', 'data');

type Vlak = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

interface Beeld {
  naam: string;
  bbox: Bbox;
  breedte: number;
  /** Label buurten by name (only legible when zoomed in). */
  namen: boolean;
}

const BEELDEN: readonly Beeld[] = [
  { naam: 'gemeente', bbox: [4.0, 51.835, 4.63, 52.01], breedte: 900, namen: false },
  { naam: 'stad', bbox: [4.33, 51.845, 4.62, 51.995], breedte: 900, namen: false },
  { naam: 'centrum', bbox: [4.415, 51.865, 4.56, 51.94], breedte: 900, namen: true },
  { naam: 'zuid', bbox: [4.43, 51.86, 4.53, 51.915], breedte: 900, namen: true },
  { naam: 'eiland', bbox: [4.478, 51.904, 4.522, 51.922], breedte: 900, namen: true },
  { naam: 'maas', bbox: [4.44, 51.893, 4.53, 51.925], breedte: 900, namen: true },
  { naam: 'west', bbox: [4.32, 51.84, 4.46, 51.92], breedte: 900, namen: true },
  { naam: 'oost', bbox: [4.5, 51.88, 4.63, 51.995], breedte: 900, namen: true },
  { naam: 'hoek', bbox: [4.05, 51.88, 4.3, 52.01], breedte: 900, namen: true },
];

interface Lagen {
  titel: string;
  vlakken: Vlak[];
  /** Drawn in a second colour, under the outlines. */
  focus: (f: Vlak) => boolean;
  water: Vlak[];
  gemeente: Vlak[];
  pc4: Vlak[];
}

function leesFc(pad: string): FeatureCollection {
  return JSON.parse(readFileSync(pad, 'utf8')) as FeatureCollection;
}

function vlakkenVan(fc: FeatureCollection): Vlak[] {
  return fc.features.filter(
    (f): f is Vlak => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
  );
}

function svg(lagen: Lagen, beeld: Beeld): string {
  const [w, s, e, n] = beeld.bbox;
  const schaal = beeld.breedte / ((e - w) * METER_PER_GRAAD_LON);
  const hoogte = Math.round((n - s) * METER_PER_GRAAD_LAT * schaal);
  const xy = (p: Position): string =>
    `${(((p[0] ?? 0) - w) * METER_PER_GRAAD_LON * schaal).toFixed(1)},${((n - (p[1] ?? 0)) * METER_PER_GRAAD_LAT * schaal).toFixed(1)}`;
  const pad = (f: Vlak): string => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polys.flatMap((poly) => poly.map((ring) => `M${ring.map(xy).join('L')}Z`)).join('');
  };
  const delen: string[] = [];
  delen.push(`<rect width="100%" height="100%" fill="#f4f1ea"/>`);
  const raster: string[] = [];
  // A 0.01° grid with labels, so a vertex seen on the image can be read back in lon/lat.
  for (let lon = Math.ceil(w * 100) / 100; lon < e; lon += 0.01) {
    const [x] = xy([lon, n]).split(',');
    raster.push(
      `<line x1="${x}" y1="0" x2="${x}" y2="${hoogte}"/><text x="${x}" y="${hoogte - 3}">${lon.toFixed(2)}</text>`,
    );
  }
  for (let lat = Math.ceil(s * 100) / 100; lat < n; lat += 0.01) {
    const [, y] = xy([w, lat]).split(',');
    raster.push(
      `<line x1="0" y1="${y}" x2="${beeld.breedte}" y2="${y}"/><text x="2" y="${y}">${lat.toFixed(2)}</text>`,
    );
  }
  for (const f of lagen.gemeente) delen.push(`<path d="${pad(f)}" fill="#ffffff" fill-rule="evenodd"/>`);
  for (const f of lagen.vlakken) {
    if (lagen.focus(f)) delen.push(`<path d="${pad(f)}" fill="#f6b26b" fill-rule="evenodd"/>`);
  }
  for (const f of lagen.water) delen.push(`<path d="${pad(f)}" fill="#9cc7e8" fill-rule="evenodd"/>`);
  for (const f of lagen.pc4) {
    delen.push(
      `<path d="${pad(f)}" fill="none" stroke="#c2185b" stroke-width="0.8" stroke-dasharray="3 2"/>`,
    );
  }
  for (const f of lagen.vlakken) {
    delen.push(`<path d="${pad(f)}" fill="none" stroke="#555" stroke-width="0.7" fill-rule="evenodd"/>`);
  }
  for (const b of BUURTEN) {
    const [x, y] = xy(b.centroid as unknown as Position).split(',');
    delen.push(`<circle cx="${x}" cy="${y}" r="2" fill="#000"/>`);
    if (beeld.namen) {
      delen.push(
        `<text x="${x}" y="${Number(y) - 3}" font-size="9" text-anchor="middle" font-family="sans-serif">${b.naam.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</text>`,
      );
    }
  }
  for (const p of PC4_GEBIEDEN) {
    const [x, y] = xy(p.centroid as unknown as Position).split(',');
    delen.push(`<rect x="${Number(x) - 1.5}" y="${Number(y) - 1.5}" width="3" height="3" fill="#c2185b"/>`);
  }
  delen.push(
    `<g stroke="#88a" stroke-width="0.4" font-size="8" fill="#669" font-family="sans-serif">${raster.join('')}</g>`,
  );
  delen.push(
    `<text x="8" y="18" font-size="15" font-family="sans-serif" font-weight="bold">${lagen.titel} — ${beeld.naam}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${beeld.breedte}" height="${hoogte}">${delen.join('')}</svg>`;
}

function schematisch(): Lagen | null {
  if (!existsSync(join(DATA, 'buurten.json'))) return null;
  const buurten = vlakkenVan(leesFc(join(DATA, 'buurten.json')));
  return {
    titel: 'schematisch',
    vlakken: buurten,
    focus: (f) => f.properties['focusgebied'] != null,
    water: vlakkenVan(leesFc(join(DATA, 'water.json'))),
    gemeente: vlakkenVan(leesFc(join(DATA, 'gemeente.json'))),
    pc4: vlakkenVan(leesFc(join(DATA, 'pc4.json'))),
  };
}

function referentie(map: string): Lagen | null {
  const pad = join(map, 'rotterdam-buurten.geojson');
  if (!existsSync(pad)) return null;
  return {
    titel: 'CBS-referentie (buurten incl. water)',
    vlakken: vlakkenVan(leesFc(pad)),
    focus: (f) => f.properties['focus'] === true,
    water: [],
    gemeente: vlakkenVan(leesFc(join(map, 'rotterdam-gemeente.geojson'))),
    pc4: vlakkenVan(leesFc(join(map, 'rotterdam-pc4.geojson'))),
  };
}

async function main(): Promise<void> {
  const map = process.argv[2] ?? join(ROOT, '..', 'shared', 'geo');
  const kanten = [schematisch(), referentie(map)].filter((l): l is Lagen => l !== null);
  if (kanten.length === 0) throw new Error('niets te tekenen: geen src/geo/data en geen referentie');
  mkdirSync(UIT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const pagina = await browser.newPage({ viewport: { width: 1840, height: 900 } });
    for (const beeld of BEELDEN) {
      const html = `<!doctype html><meta charset="utf-8"><body style="margin:0;display:flex;gap:8px;background:#ddd">${kanten.map((k) => svg(k, beeld)).join('')}</body>`;
      const htmlPad = join(UIT, `${beeld.naam}.html`);
      writeFileSync(htmlPad, html);
      await pagina.goto(`file://${htmlPad}`);
      const png = join(UIT, `${beeld.naam}.png`);
      await pagina.screenshot({ path: png, fullPage: true });
      console.log(png);
    }
  } finally {
    await browser.close();
  }
}

await main();
