/** Tests of the basemap style: valid per the maplibre style spec, our own tiles only unless PDOK is on, and the layer rules of the issue. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTIE,
  basemapStijl,
  BRON,
  BUURT_VANAF_ZOOM,
  PC4_VANAF_ZOOM,
  PC4_VLAK_LAAG,
  PDOK_BRON,
  TEGEL_GRENZEN,
  type BasemapOpties,
} from './basemap-style';
import { PDOK_TEGEL_URL } from './pdok';
import { PC4_KLASSE_KLEUREN } from '../stijl/kleuren';

const BASIS = 'http://127.0.0.1:4173/';

function stijl(opties: Partial<BasemapOpties> = {}): StyleSpecification {
  return basemapStijl(
    Object.freeze({ basisUrl: BASIS, achtergrond: 'eigen', postcodegebieden: false, ...opties }),
  );
}

function laag(s: StyleSpecification, id: string): LayerSpecification {
  const l = s.layers.find((x) => x.id === id);
  if (!l) throw new Error(`laag ${id} ontbreekt`);
  return l;
}

function alleUrls(s: StyleSpecification): string[] {
  return Object.values(s.sources).flatMap((b) => ('tiles' in b && b.tiles ? b.tiles : []));
}

describe('basemapStijl', () => {
  it.each([
    { achtergrond: 'eigen', postcodegebieden: false },
    { achtergrond: 'eigen', postcodegebieden: true },
    { achtergrond: 'pdok', postcodegebieden: false },
  ] as const)(
    'is een geldige maplibre-stijl ($achtergrond, postcodegebieden $postcodegebieden)',
    (opties) => {
      expect(validateStyleMin(stijl(opties))).toEqual([]);
    },
  );

  it('haalt zonder PDOK alleen eigen tegels op, met een absolute URL onder de basis-URL', () => {
    const urls = alleUrls(stijl());
    expect(urls).toEqual([`${BASIS}tiles/{z}/{x}/{y}.pbf`]);
    const s = stijl();
    // Glyphs from our own files under the app's base (scripts/glyphs.mjs): no font server, no sprites.
    expect(s.glyphs).toBe(`${BASIS}fonts/{fontstack}/{range}.pbf`);
    expect(s.sprite).toBeUndefined();
  });

  it('gebruikt de basis-URL van de app, ook onder een submap', () => {
    expect(alleUrls(stijl({ basisUrl: 'https://example.org/hkd/' }))).toEqual([
      'https://example.org/hkd/tiles/{z}/{x}/{y}.pbf',
    ]);
  });

  it('leest de eigen bron tot zoom 14, binnen de grenzen van tiles.json, met code als id', () => {
    const bron = stijl().sources[BRON];
    expect(bron).toMatchObject({ type: 'vector', maxzoom: 14, promoteId: 'code', attribution: ATTRIBUTIE });
    const tileJson = JSON.parse(readFileSync('public/tiles/tiles.json', 'utf8')) as { bounds: number[] };
    expect(TEGEL_GRENZEN).toEqual(tileJson.bounds);
  });

  it('vermeldt de schematische gebiedsindeling, de bron, wat ontbreekt en dat het demodata is', () => {
    // In words a resident knows (B1): no "centroïden", no semicolon.
    expect(ATTRIBUTIE).toMatch(/^Grenzen bij benadering · Bron: CBS, Kadaster/);
    expect(ATTRIBUTIE).not.toMatch(/centroïde|;/);
    expect(ATTRIBUTIE).toContain('Bron: CBS, Kadaster');
    expect(ATTRIBUTIE).toContain('Haven en Maasvlakte niet weergegeven');
    expect(ATTRIBUTIE).toMatch(/demodata$/);
  });

  it('tekent wijkgrenzen dikker dan buurtgrenzen, en buurtgrenzen pas vanaf zoom 12', () => {
    const s = stijl();
    const wijk = laag(s, 'wijk-grens');
    const buurt = laag(s, 'buurt-grens');
    expect(buurt.minzoom).toBe(BUURT_VANAF_ZOOM);
    expect(wijk.minzoom).toBeUndefined();
    // ['interpolate', ['linear'], ['zoom'], z1, w1, z2, w2, ...]: compare the widths at zoom 13 and up.
    const breedteOp = (l: LayerSpecification, zoom: number) => {
      if (l.type !== 'line') throw new Error('geen lijn');
      const expr = l.paint?.['line-width'] as unknown[];
      const paren: [number, number][] = [];
      for (let i = 3; i < expr.length; i += 2) paren.push([expr[i] as number, expr[i + 1] as number]);
      let w = paren[0]?.[1] ?? 0;
      for (let i = 0; i < paren.length; i++) {
        const [z, b] = paren[i] ?? [0, 0];
        const [zVolgend, bVolgend] = paren[i + 1] ?? [Infinity, b];
        if (zoom >= z && zoom <= zVolgend) w = b + ((bVolgend - b) * (zoom - z)) / (zVolgend - z || 1);
      }
      return w;
    };
    for (const zoom of [12, 13, 15, 16])
      expect(breedteOp(wijk, zoom)).toBeGreaterThan(breedteOp(buurt, zoom));
  });

  it('toont PC4-grenzen gestreept, pas vanaf zoom 13, of altijd met "Postcodegebieden" aan', () => {
    const uit = laag(stijl(), 'pc4-grens');
    expect(uit.minzoom).toBe(PC4_VANAF_ZOOM);
    expect(uit.type === 'line' && uit.paint?.['line-dasharray']).toBeTruthy();
    expect(laag(stijl({ postcodegebieden: true }), 'pc4-grens').minzoom).toBeLessThanOrEqual(9);
  });

  it('markeert de focusgebieden met een tint en een rand', () => {
    const s = stijl();
    for (const id of ['focusgebied-vlak', 'focusgebied-rand']) {
      expect(laag(s, id)).toMatchObject({ 'source-layer': 'buurten', filter: ['has', 'focusgebied'] });
    }
  });

  it('heeft een markeerlaag per gebiedslaag, gestuurd door feature state', () => {
    const s = stijl();
    for (const l of ['wijken', 'buurten', 'pc4']) {
      expect(JSON.stringify(laag(s, `gevonden-${l}`))).toContain('feature-state');
    }
  });

  it('legt met PDOK aan de PDOK-rasterlaag onder de eigen grenzen en laat het eigen land en water weg', () => {
    const s = stijl({ achtergrond: 'pdok' });
    expect(s.sources[PDOK_BRON]).toMatchObject({ type: 'raster', tiles: [PDOK_TEGEL_URL] });
    expect(s.sources[PDOK_BRON]).toHaveProperty('attribution', expect.stringContaining('PDOK'));
    const ids = s.layers.map((l) => l.id);
    expect(ids.indexOf('pdok')).toBe(1);
    expect(ids).not.toContain('land');
    expect(ids).not.toContain('water');
    expect(ids.indexOf('wijk-grens')).toBeGreaterThan(ids.indexOf('pdok'));
  });

  it('zet zonder PDOK het land onder alle lijnen en het water over de grenzen langs de oevers', () => {
    const ids = stijl().layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['achtergrond', 'land']);
    for (const grens of ['wijk-grens', 'buurt-grens', 'pc4-grens', 'gemeente-grens']) {
      expect(ids.indexOf('water')).toBeGreaterThan(ids.indexOf(grens));
    }
    // The search highlight stays on top of everything.
    expect(ids.indexOf('gevonden-buurten')).toBeGreaterThan(ids.indexOf('water'));
    expect(ids).not.toContain('pdok');
  });

  it('tekent het PC4-vlak van publiek alleen als het aan staat, met de klasse uit de feature state', () => {
    const uit = laag(stijl(), PC4_VLAK_LAAG);
    expect(uit).toMatchObject({ type: 'fill', 'source-layer': 'pc4', layout: { visibility: 'none' } });
    const aan = laag(stijl({ pc4Aantallen: true }), PC4_VLAK_LAAG);
    expect(aan.layout).toEqual({ visibility: 'visible' });
    expect(JSON.stringify(aan.paint)).toContain('"feature-state","klasse"');
    for (const kleur of PC4_KLASSE_KLEUREN) expect(JSON.stringify(aan.paint)).toContain(kleur);
    // Under the boundaries: every line layer comes after it.
    const ids = stijl({ pc4Aantallen: true }).layers.map((l) => l.id);
    expect(ids.indexOf(PC4_VLAK_LAAG)).toBeLessThan(ids.indexOf('pc4-grens'));
  });
});
