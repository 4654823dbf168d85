/** The land index against exact point-in-polygon tests, and the generated points against the drawn map. */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import buurtenJson from '../../src/geo/data/buurten.json';
import gemeenteJson from '../../src/geo/data/gemeente.json';
import waterJson from '../../src/geo/data/water.json';
import { METER_PER_GRAAD_LAT, METER_PER_GRAAD_LON } from '../../src/geo/dichtstbijzijnde';
import { GeografieSchema, polygonen, type Vlak } from '../../src/geo/geografie';
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import { STANDAARD_PEILDATUM } from './dataset-types';
import { LandIndex, landVanRotterdam, leesVlakken, MARGE_M, WEGGELATEN } from './land';
import { Rng } from './random';
import { maakRgw } from './rgw';

const gemeente = GeografieSchema.shape.gemeente.parse(gemeenteJson);
const water = GeografieSchema.shape.water.parse(waterJson);
const buurten = GeografieSchema.shape.buurten.parse(buurtenJson);

function alsFeature(g: Vlak): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g };
}

function ligtIn(lon: number, lat: number, vlakken: readonly Vlak[]): boolean {
  return vlakken.some((g) => booleanPointInPolygon([lon, lat], alsFeature(g)));
}

/** Distance in metres from a point to the nearest edge of any of the areas, in the flat metre grid. */
function afstandTotRand(lon: number, lat: number, vlakken: readonly Vlak[]): number {
  let beste = Infinity;
  for (const v of vlakken) {
    for (const ring of polygonen(v).flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i] ?? [];
        const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
        const ax = (x1 - lon) * METER_PER_GRAAD_LON;
        const ay = (y1 - lat) * METER_PER_GRAAD_LAT;
        const dx = (x2 - x1) * METER_PER_GRAAD_LON;
        const dy = (y2 - y1) * METER_PER_GRAAD_LAT;
        const l = dx * dx + dy * dy;
        const t = l > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / l)) : 0;
        beste = Math.min(beste, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return beste;
}

function rechthoek(w: number, z: number, o: number, n: number, rechtsom = false): number[][] {
  const ring = [
    [w, z],
    [o, z],
    [o, n],
    [w, n],
    [w, z],
  ];
  return rechtsom ? ring.reverse() : ring;
}

describe('LandIndex on a drawn example', () => {
  // A square town with a lake (a hole) and a canal that runs in from outside and ends in town.
  const stad: Vlak = Object.freeze({
    type: 'Polygon',
    coordinates: [rechthoek(4.4, 51.9, 4.5, 51.95), rechthoek(4.44, 51.92, 4.46, 51.93, true)],
  });
  const kanaal: Vlak = Object.freeze({ type: 'Polygon', coordinates: [rechthoek(4.3, 51.91, 4.48, 51.915)] });
  const halveMeterLat = 0.5 / METER_PER_GRAAD_LAT;
  const tweeMeterLat = 2 / METER_PER_GRAAD_LAT;
  const halveMeterLon = 0.5 / METER_PER_GRAAD_LON;
  const tweeMeterLon = 2 / METER_PER_GRAAD_LON;

  it.each([
    { wat: 'in town', p: [4.42, 51.94], land: true },
    { wat: 'in the lake', p: [4.45, 51.925], land: false },
    { wat: 'in the canal, in town', p: [4.47, 51.912], land: false },
    { wat: 'in the canal, outside town', p: [4.35, 51.912], land: false },
    { wat: 'past the end of the canal', p: [4.49, 51.912], land: true },
    { wat: 'west of town', p: [4.39, 51.94], land: false },
    { wat: 'north of town', p: [4.42, 51.96], land: false },
    { wat: 'half a metre inside the town edge', p: [4.42, 51.95 - halveMeterLat], land: false },
    { wat: 'two metres inside the town edge', p: [4.42, 51.95 - tweeMeterLat], land: true },
    { wat: 'half a metre from the lake', p: [4.46 + halveMeterLon, 51.925], land: false },
    { wat: 'half a metre past the end of the canal', p: [4.48 + halveMeterLon, 51.912], land: false },
    { wat: 'two metres past the end of the canal', p: [4.48 + tweeMeterLon, 51.912], land: true },
    { wat: 'on a corner of town', p: [4.4, 51.9], land: false },
  ])('says $land $wat, whatever the cell size', ({ p, land }) => {
    expect(MARGE_M).toBeGreaterThan(0.5);
    expect(MARGE_M).toBeLessThan(2);
    for (const celM of [20, 100, 250, 5000]) {
      const index = new LandIndex(Object.freeze([stad]), Object.freeze([kanaal]), celM);
      expect(index.opLand(p[0] ?? 0, p[1] ?? 0), `${celM} m`).toBe(land);
    }
  });

  it('refuses an area without surface', () => {
    const lijn: Vlak = {
      type: 'Polygon',
      coordinates: [
        [
          [4.4, 51.9],
          [4.5, 51.9],
          [4.4, 51.9],
          [4.4, 51.9],
        ],
      ],
    };
    expect(() => new LandIndex([lijn], [])).toThrow('geen oppervlakte');
  });
});

describe('leesVlakken', () => {
  it('reads the areas and the codes left out, as the full schema does', () => {
    const { vlakken, weggelaten } = leesVlakken('water.json', waterJson);
    expect(vlakken).toEqual(water.features.map((f) => f.geometry));
    expect(weggelaten).toEqual(water.metadata.weggelaten);
  });

  const metadata = { weggelaten: [] };
  const vierkant = rechthoek(4.4, 51.9, 4.5, 51.95);
  it.each([
    { wat: 'null', ruw: null, fout: 'geen FeatureCollection' },
    { wat: 'no features', ruw: { type: 'FeatureCollection', metadata }, fout: 'geen FeatureCollection' },
    { wat: 'no weggelaten', ruw: { features: [], metadata: {} }, fout: 'metadata.weggelaten' },
    {
      wat: 'a number as code',
      ruw: { features: [], metadata: { weggelaten: [3197] } },
      fout: 'metadata.weggelaten',
    },
    {
      wat: 'a point',
      ruw: { features: [{ geometry: { type: 'Point', coordinates: [4.4, 51.9] } }], metadata },
      fout: 'feature 0 is geen Polygon',
    },
    {
      wat: 'a ring of three positions',
      ruw: { features: [{ geometry: { type: 'Polygon', coordinates: [vierkant.slice(0, 3)] } }], metadata },
      fout: 'feature 0 is geen Polygon',
    },
    {
      wat: 'a MultiPolygon one level short',
      ruw: { features: [{ geometry: { type: 'MultiPolygon', coordinates: [vierkant] } }], metadata },
      fout: 'feature 0 is geen Polygon',
    },
  ])('refuses $wat', ({ ruw, fout }) => {
    expect(() => leesVlakken('x.json', Object.freeze(ruw))).toThrow(`x.json: ${fout}`);
  });
});

describe('the land of the drawn city', () => {
  const land = landVanRotterdam();
  const stad = gemeente.features.map((f) => f.geometry);
  const nat = water.features.map((f) => f.geometry);

  it('agrees with an exact point-in-polygon test, except within MARGE_M of a shore or the outline', () => {
    const rng = new Rng(1, 'land-test');
    let opLand = 0;
    for (let n = 0; n < 20_000; n++) {
      const lon = 4.07 + rng.getal() * 0.54;
      const lat = 51.84 + rng.getal() * 0.17;
      const exact = ligtIn(lon, lat, stad) && !ligtIn(lon, lat, nat);
      const index = land.opLand(lon, lat);
      if (index) opLand++;
      if (index !== exact) {
        expect(index, `${lon},${lat}`).toBe(false);
        expect(afstandTotRand(lon, lat, [...stad, ...nat]), `${lon},${lat}`).toBeLessThan(MARGE_M);
      }
    }
    // The box holds the port and the sea as well: about a quarter of it is the city's land.
    expect(opLand).toBeGreaterThan(3_000);
  });

  it('holds the centroid of every drawn buurt with inhabitants, where a placement falls back to', () => {
    for (const b of BUURTEN.filter((x) => x.inwoners > 0 && !WEGGELATEN.has(x.code))) {
      expect(land.opLand(b.centroid[0], b.centroid[1]), b.code).toBe(true);
    }
  });

  it('knows what the drawing leaves out: the port buurten and PC4 areas', () => {
    expect(WEGGELATEN).toEqual(new Set(gemeente.metadata.weggelaten));
    for (const code of ['BU05992306', 'BU05992307', 'BU05992308', '3197', '3198', '3199']) {
      expect(WEGGELATEN.has(code), code).toBe(true);
    }
  });
});

describe('city-wide RGW cases on the drawn map', () => {
  it('puts each of 5,000 cases inside the drawn polygon of its own buurt', () => {
    const vlak = new Map(buurten.features.map((f) => [f.properties.code, f.geometry]));
    const { zaken } = maakRgw({ seed: 11, peildatum: STANDAARD_PEILDATUM, aantalStad: 5_000 });
    const fout: string[] = [];
    for (const z of zaken) {
      const g = vlak.get(z.buurt);
      if (!g || !ligtIn(z.positie[0], z.positie[1], [g]))
        fout.push(`${z.id} ${z.buurt} ${z.positie.join(',')}`);
    }
    expect(fout).toEqual([]);
  });
});
