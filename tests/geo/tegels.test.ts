/** Tests of the vector tiles in public/tiles: reproducible from the geography, and decodable with the expected layers. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwTegels, DATA_MAP, leesGeografieVan, schrijfTegels, TEGELS_MAP } from '../../scripts/tiles';
import { GEOGRAFIE_LAGEN } from '../../src/geo/geografie';
import { TEGEL_MAXZOOM, TEGEL_MINZOOM } from '../../src/geo/tegels';

function bestandenIn(map: string): string[] {
  return readdirSync(map, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(map, join(d.parentPath, d.name)))
    .sort();
}

/** The XYZ tile that holds a point (Web Mercator, as maplibre asks for it). */
function tegelVan(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return { z, x, y };
}

/** The reader type @mapbox/vector-tile 3 declares (it names pbf 5's PbfReader; pbf 4's reader reads the same). */
type Lezer = ConstructorParameters<typeof VectorTile>[0];

function decodeer(z: number, x: number, y: number): VectorTile {
  return new VectorTile(new Pbf(readFileSync(join(TEGELS_MAP, `${z}/${x}/${y}.pbf`))) as unknown as Lezer);
}

function eigenschappen(tegel: VectorTile, laag: string): Record<string, unknown>[] {
  const l = tegel.layers[laag];
  if (!l) return [];
  return Array.from({ length: l.length }, (_, i) => l.feature(i).properties);
}

describe('the committed tiles', () => {
  let tijdelijk: string;
  beforeAll(() => {
    tijdelijk = mkdtempSync(join(tmpdir(), 'hkd-tegels-'));
  });
  afterAll(() => {
    rmSync(tijdelijk, { recursive: true, force: true });
  });

  it('are byte for byte what npm run tiles makes from src/geo/data', () => {
    schrijfTegels(bouwTegels(leesGeografieVan(DATA_MAP)), tijdelijk);
    const verwacht = bestandenIn(tijdelijk);
    expect(bestandenIn(TEGELS_MAP)).toEqual(verwacht);
    for (const pad of verwacht) {
      expect(readFileSync(join(TEGELS_MAP, pad)).equals(readFileSync(join(tijdelijk, pad))), pad).toBe(true);
    }
  });

  it('stay within a modest budget: only tiles with data, zoom 9-14', () => {
    const tegels = bestandenIn(TEGELS_MAP).filter((p) => p.endsWith('.pbf'));
    const zooms = new Set(tegels.map((p) => Number(p.split('/')[0])));
    expect([...zooms].sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(tegels.length).toBeLessThan(400);
    const bytes = tegels.reduce((s, p) => s + readFileSync(join(TEGELS_MAP, p)).length, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('describe themselves in a TileJSON 3.0.0 that maplibre can use', () => {
    const tj = JSON.parse(readFileSync(join(TEGELS_MAP, 'tiles.json'), 'utf8')) as Record<string, unknown>;
    expect(tj).toMatchObject({
      tilejson: '3.0.0',
      scheme: 'xyz',
      tiles: ['{z}/{x}/{y}.pbf'],
      minzoom: TEGEL_MINZOOM,
      maxzoom: TEGEL_MAXZOOM,
    });
    expect(String(tj['attribution'])).toContain('Schematische gebiedsindeling');
    expect(String(tj['description'])).toContain('Haven en Maasvlakte niet weergegeven');
    expect((tj['vector_layers'] as { id: string }[]).map((l) => l.id)).toEqual([...GEOGRAFIE_LAGEN]);
    const [w, s, e, n] = tj['bounds'] as number[];
    // Rotterdam from Hoek van Holland to Nesselande.
    expect([w, s, e, n]).toEqual([
      expect.closeTo(4.04, 1),
      expect.closeTo(51.83, 1),
      expect.closeTo(4.63, 1),
      expect.closeTo(52.0, 1),
    ]);
  });

  it.each([
    { z: 9, lagen: ['gemeente', 'water', 'wijken', 'buurten', 'pc4', 'labels'] },
    { z: 12, lagen: ['gemeente', 'water', 'wijken', 'buurten', 'pc4', 'labels'] },
    { z: 14, lagen: ['gemeente', 'wijken', 'buurten', 'pc4', 'labels'] },
  ])('decode at zoom $z over Bloemhof with at least the layers $lagen', ({ z, lagen }) => {
    const { x, y } = tegelVan(4.501, 51.89356, z);
    const tegel = decodeer(z, x, y);
    expect(Object.keys(tegel.layers)).toEqual(expect.arrayContaining(lagen));
    const buurten = eigenschappen(tegel, 'buurten');
    expect(buurten).toContainEqual(
      expect.objectContaining({
        code: 'BU05991081',
        naam: 'Bloemhof',
        focusgebied: 'bloemhof',
        wijk: 'WK059910',
      }),
    );
    for (const l of lagen) expect(tegel.layers[l]?.extent).toBe(4096);
  });

  it('carries label points with soort, naam, code and rang', () => {
    const { x, y } = tegelVan(4.501, 51.89356, 12);
    const labels = eigenschappen(decodeer(12, x, y), 'labels');
    expect(labels).toContainEqual({
      soort: 'focusgebied',
      code: 'bloemhof',
      naam: 'Bloemhof',
      rang: expect.any(Number),
    });
    expect(labels).toContainEqual({
      soort: 'wijk',
      code: 'WK059910',
      naam: 'Feijenoord',
      rang: expect.any(Number),
    });
    expect(labels).toContainEqual({
      soort: 'buurt',
      code: 'BU05991081',
      naam: 'Bloemhof',
      rang: expect.any(Number),
    });
    expect(labels).toContainEqual({ soort: 'pc4', code: '3073', naam: '3073', rang: expect.any(Number) });
    const laag = decodeer(12, x, y).layers['labels'];
    expect(laag?.feature(0).type).toBe(1); // points
  });

  it('show the Maas as water where the river runs through the centre', () => {
    // The tile at zoom 14 under the Erasmusbrug.
    const { x, y } = tegelVan(4.4836, 51.909, 14);
    const water = eigenschappen(decodeer(14, x, y), 'water');
    expect(water).toContainEqual({ naam: 'Nieuwe Maas', soort: 'rivier' });
  });

  it('leave null out: a buurt outside the focus areas has no focusgebied key', () => {
    const { x, y } = tegelVan(4.48754, 51.91886, 14); // Stadsdriehoek
    const stadsdriehoek = eigenschappen(decodeer(14, x, y), 'buurten').find(
      (p) => p['code'] === 'BU05990110',
    );
    expect(stadsdriehoek).toBeDefined();
    expect(stadsdriehoek).not.toHaveProperty('focusgebied');
  });
});
