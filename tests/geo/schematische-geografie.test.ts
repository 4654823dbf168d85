/** Tests of the committed schematic geography (src/geo/data): a valid tiling of the city that agrees with the demo data. */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { DATA_MAP, leesGeografieVan } from '../../scripts/tiles';
import { FOCUSGEBIEDEN } from '../../src/domain/focusgebieden';
import {
  ATTRIBUTIE_SCHEMATISCH,
  BRON_SCHEMATISCH,
  GEOGRAFIE_LAGEN,
  OPPERVLAKTE_TOLERANTIE,
  TOELICHTING_ZONDER_HAVEN,
  oppervlakteM2,
  overlappingen,
  polygonen,
  OVERLAP_GRENS_M2,
  valideerGeografie,
  type Geografie,
  type Vlak,
} from '../../src/geo/geografie';
import { BUURTEN, PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import type { Bbox } from '../../src/geo/typen';

/** The port and the Maasvlakte, which the drawing leaves out on purpose. */
const WEGGELATEN = [
  '3197', // Botlek
  '3198', // Europoort
  '3199', // Maasvlakte
  'BU05992306', // Botlek
  'BU05992307', // Europoort
  'BU05992308', // Maasvlakte
  'BU05992705', // Noordzeeweg en omgeving (Rozenburg, industry)
  'WK059923', // Botlek
];

let geo: Geografie;
beforeAll(() => {
  geo = leesGeografieVan(DATA_MAP);
});

function f(g: Vlak): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g };
}

function ligtIn(p: readonly [number, number] | Position, g: Vlak): boolean {
  return booleanPointInPolygon([p[0] ?? 0, p[1] ?? 0], f(g));
}

function opWater(p: readonly [number, number] | Position): boolean {
  return geo.water.features.some((w) => ligtIn(p, w.geometry));
}

function gebiedMet(laag: 'buurten' | 'pc4', code: string): Vlak {
  const g = geo[laag].features.find((x) => x.properties.code === code)?.geometry;
  if (!g) throw new Error(`${laag} ${code} ontbreekt`);
  return g;
}

function codeOp(laag: 'buurten' | 'pc4', p: readonly [number, number]): string | null {
  return geo[laag].features.find((x) => ligtIn(p, x.geometry))?.properties.code ?? null;
}

/** The piece of the city outline (one polygon of the MultiPolygon) that holds a point. */
function deelMet(p: readonly [number, number]): Position[][] | undefined {
  const gemeente = geo.gemeente.features[0]?.geometry;
  if (!gemeente) return undefined;
  return polygonen(gemeente).find((poly) => ligtIn(p, { type: 'Polygon', coordinates: poly }));
}

describe('the schematic geography', () => {
  it('passes valideerGeografie without a single problem', () => {
    expect(valideerGeografie(geo)).toEqual([]);
  });

  it('says what it is, in the same metadata on every layer', () => {
    for (const l of GEOGRAFIE_LAGEN) {
      expect(geo[l].metadata).toEqual({
        bron: BRON_SCHEMATISCH,
        attributie: ATTRIBUTIE_SCHEMATISCH,
        weggelaten: WEGGELATEN,
        toelichting: TOELICHTING_ZONDER_HAVEN,
        gegenereerd: 'scripts/geo-schematisch.ts',
      });
    }
    expect(ATTRIBUTIE_SCHEMATISCH).toContain('Schematische gebiedsindeling');
  });

  it('has every CBS area except the port: 88 buurten, 21 wijken, 73 PC4 areas', () => {
    expect(geo.buurten.features.map((b) => b.properties.code)).toEqual(
      BUURTEN.map((b) => b.code).filter((c) => !WEGGELATEN.includes(c)),
    );
    expect(geo.pc4.features.map((p) => p.properties.code)).toEqual(
      PC4_GEBIEDEN.map((p) => p.code).filter((c) => !WEGGELATEN.includes(c)),
    );
    expect(geo.wijken.features).toHaveLength(21);
  });

  it('has only closed, RFC 7946-wound rings without self-intersections', () => {
    for (const l of ['gemeente', 'water', 'wijken', 'buurten', 'pc4'] as const) {
      for (const x of geo[l].features) {
        expect(kinks(x.geometry).features, `${l} ${JSON.stringify(x.properties)}`).toEqual([]);
        for (const poly of polygonen(x.geometry)) {
          poly.forEach((ring, i) => {
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            // Exterior counter-clockwise (positive shoelace sum), holes clockwise.
            const som = ring.slice(1).reduce((s, b, j) => {
              const a = ring[j] ?? [0, 0];
              return s + (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
            }, 0);
            expect(Math.sign(som)).toBe(i === 0 ? 1 : -1);
          });
        }
      }
    }
  });

  it.each(['buurten', 'pc4', 'wijken'] as const)('has no overlapping %s (less than 1 m² shared)', (l) => {
    const lijst = geo[l].features.map((x) => ({
      naam: x.properties.code,
      geometrie: x.geometry,
      bbox: bboxVan(x.geometry),
    }));
    expect(overlappingen(lijst)).toEqual([]);
  });

  it.each(['buurten', 'pc4', 'wijken'] as const)('covers the city outline with %s, without gaps', (l) => {
    const stad = oppervlakteM2(geo.gemeente.features[0]?.geometry ?? { type: 'Polygon', coordinates: [] });
    const som = geo[l].features.reduce((s, x) => s + oppervlakteM2(x.geometry), 0);
    expect(Math.abs(som - stad) / stad).toBeLessThan(OPPERVLAKTE_TOLERANTIE);
    // A gap between areas would also show as a small hole in the outline; only lakes may be holes.
    for (const poly of polygonen(
      geo.gemeente.features[0]?.geometry ?? { type: 'Polygon', coordinates: [] },
    )) {
      for (const gat of poly.slice(1))
        expect(oppervlakteM2({ type: 'Polygon', coordinates: [gat] })).toBeGreaterThan(1e5);
    }
  });

  it('puts every real buurt centroid in its own buurt, on land', () => {
    for (const b of BUURTEN.filter((x) => !WEGGELATEN.includes(x.code))) {
      expect(ligtIn(b.centroid, gebiedMet('buurten', b.code)), b.code).toBe(true);
      expect(opWater(b.centroid), b.code).toBe(false);
    }
  });

  it('puts every real PC4 centroid in its own PC4 area, on land', () => {
    for (const p of PC4_GEBIEDEN.filter((x) => !WEGGELATEN.includes(x.code))) {
      expect(ligtIn(p.centroid, gebiedMet('pc4', p.code)), p.code).toBe(true);
      expect(opWater(p.centroid), p.code).toBe(false);
    }
  });

  it('leaves the port outside the city, so no centroid of a drawn area is lost to it', () => {
    const gemeente = geo.gemeente.features[0]?.geometry;
    if (!gemeente) throw new Error('geen gemeente');
    for (const x of [...BUURTEN, ...PC4_GEBIEDEN].filter((y) => WEGGELATEN.includes(y.code))) {
      expect(ligtIn(x.centroid, gemeente), x.code).toBe(false);
    }
  });

  it('labels buurten and PC4 areas at their real CBS centroids', () => {
    const labels = new Map(geo.labels.features.map((l) => [`${l.properties.soort} ${l.properties.code}`, l]));
    for (const b of geo.buurten.features) {
      const feit = BUURTEN.find((x) => x.code === b.properties.code);
      expect(labels.get(`buurt ${b.properties.code}`)?.geometry.coordinates).toEqual(feit?.centroid);
    }
    for (const p of geo.pc4.features) {
      const feit = PC4_GEBIEDEN.find((x) => x.code === p.properties.code);
      expect(labels.get(`pc4 ${p.properties.code}`)?.geometry.coordinates).toEqual(feit?.centroid);
    }
  });

  it.each([
    { buurt: 'BU05991081', naam: 'Bloemhof', focusgebied: 'bloemhof' },
    { buurt: 'BU05991082', naam: 'Hillesluis', focusgebied: 'hillesluis' },
    { buurt: 'BU05991571', naam: 'Tarwewijk', focusgebied: 'tarwewijk' },
    { buurt: 'BU05991572', naam: 'Carnisse', focusgebied: 'carnisse' },
    { buurt: 'BU05991573', naam: 'Zuidwijk', focusgebied: 'pendrecht-zuidwijk' },
    { buurt: 'BU05991577', naam: 'Pendrecht', focusgebied: 'pendrecht-zuidwijk' },
  ])('has focus area $focusgebied on $naam ($buurt)', ({ buurt, naam, focusgebied }) => {
    const b = geo.buurten.features.find((x) => x.properties.code === buurt);
    expect(b?.properties).toMatchObject({ naam, focusgebied });
    const label = geo.labels.features.find(
      (l) => l.properties.soort === 'focusgebied' && l.properties.code === focusgebied,
    );
    expect(label).toBeDefined();
  });

  it('marks exactly the six focus buurten', () => {
    const focus = geo.buurten.features.filter((b) => b.properties.focusgebied !== null);
    expect(focus.map((b) => b.properties.code).sort()).toEqual(
      FOCUSGEBIEDEN.flatMap((x) => x.buurten).sort(),
    );
  });

  it('makes every wijk the union of its buurten (area and inhabitants)', () => {
    for (const w of geo.wijken.features) {
      const buurten = geo.buurten.features.filter((b) => b.properties.wijk === w.properties.code);
      const som = buurten.reduce((s, b) => s + oppervlakteM2(b.geometry), 0);
      expect(Math.abs(oppervlakteM2(w.geometry) - som) / som, w.properties.code).toBeLessThan(
        OPPERVLAKTE_TOLERANTIE,
      );
      expect(w.properties.inwoners).toBe(buurten.reduce((s, b) => s + b.properties.inwoners, 0));
      for (const b of buurten) {
        const feit = BUURTEN.find((x) => x.code === b.properties.code);
        expect(feit && ligtIn(feit.centroid, w.geometry), b.properties.code).toBe(true);
      }
    }
  });

  it('draws the Nieuwe Maas between the north and the south of the city', () => {
    const maas = geo.water.features.find((w) => w.properties.naam === 'Nieuwe Maas');
    expect(maas).toBeDefined();
    // From the Stadsdriehoek (north) over the Erasmusbrug to the Kop van Zuid (south): land, water, land, and the
    // two banks are separate pieces of the city.
    const noord = BUURTEN.find((b) => b.code === 'BU05990110')?.centroid ?? [0, 0];
    const zuid = BUURTEN.find((b) => b.code === 'BU05991017')?.centroid ?? [0, 0];
    const lijn = Array.from({ length: 101 }, (_, i) => [
      noord[0] + ((zuid[0] - noord[0]) * i) / 100,
      noord[1] + ((zuid[1] - noord[1]) * i) / 100,
    ]);
    const nat = lijn.filter((p) => opWater(p)).length;
    expect(nat).toBeGreaterThan(20);
    expect(opWater([4.4836, 51.909])).toBe(true);
    expect(deelMet(noord)).toBeDefined();
    expect(deelMet(noord)).not.toBe(deelMet(zuid));
    // The river is 300-500 m wide in the city: about 6-12 km² between Kralingse Veer and Pernis.
    const m2 = area(f(maas?.geometry ?? { type: 'Polygon', coordinates: [] }));
    expect(m2).toBeGreaterThan(5e6);
  });

  it('keeps the Noordereiland an island: its own piece of land, between the Maas and the Koningshaven', () => {
    const centroid = BUURTEN.find((b) => b.code === 'BU05991088')?.centroid ?? [0, 0];
    const eiland = deelMet(centroid);
    expect(eiland).toBeDefined();
    const m2 = oppervlakteM2({ type: 'Polygon', coordinates: eiland ?? [] });
    expect(m2).toBeGreaterThan(1e5);
    expect(m2).toBeLessThan(5e5);
    expect(geo.water.features.map((w) => w.properties.naam)).toContain('Koningshaven');
  });

  it('keeps buurten on land: no buurt shares more than 1 m² with the water', () => {
    const water = geo.water.features.map((w) => ({ g: w.geometry, bbox: bboxVan(w.geometry) }));
    for (const b of geo.buurten.features) {
      const bb = bboxVan(b.geometry);
      for (const w of water.filter((x) => raakt(x.bbox, bb))) {
        const snede = intersect(featureCollection([f(b.geometry), f(w.g)]));
        expect(snede ? area(snede) : 0, b.properties.code).toBeLessThan(OVERLAP_GRENS_M2);
      }
    }
  });
});

function bboxVan(g: Vlak): Bbox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygonen(g)) {
    for (const [x = 0, y = 0] of poly[0] ?? []) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return [w, s, e, n];
}

function raakt(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

describe('the schematic geography and the demo data', () => {
  /** Where a generated point lands: in the buurt the generator gave it, in another one, on water, or outside. */
  function tel(
    punten: readonly { positie: readonly [number, number]; code: string }[],
    laag: 'buurten' | 'pc4',
  ) {
    const uitkomst = { goed: 0, anders: [] as string[], water: 0, buiten: 0 };
    for (const p of punten) {
      const code = codeOp(laag, p.positie);
      if (code === p.code) uitkomst.goed++;
      else if (opWater(p.positie)) uitkomst.water++;
      else if (code === null) uitkomst.buiten++;
      else uitkomst.anders.push(`${p.code} -> ${code} op ${p.positie.join(',')}`);
    }
    return uitkomst;
  }

  // The generator redraws any point that falls on water or outside the outline (mock-api/generate/land.ts), so no
  // point may land in the river or a harbour, and none may disagree with its buurt.
  it('places every facility on land in the buurt and PC4 area the generator assigned', () => {
    const { voorzieningen } = maakDemoDataset();
    const buurt = tel(
      voorzieningen.map((v) => ({ positie: v.positie, code: v.buurt })),
      'buurten',
    );
    const pc4 = tel(
      voorzieningen.map((v) => ({ positie: v.positie, code: v.pc4 })),
      'pc4',
    );
    expect(buurt.anders).toEqual([]);
    expect(pc4.anders).toEqual([]);
    expect(buurt.buiten + pc4.buiten).toBe(0);
    expect(buurt.water).toBe(0);
    expect(buurt.goed).toBe(78);
  });

  it('places 1000 RGW cases on land in the buurt the generator assigned', () => {
    const zaken = maakDemoDataset().rgw.zaken.slice(0, 1000);
    const uitkomst = tel(
      zaken.map((z) => ({ positie: z.positie, code: z.buurt })),
      'buurten',
    );
    expect(uitkomst.anders).toEqual([]);
    expect(uitkomst.buiten).toBe(0);
    expect(uitkomst.water).toBe(0);
  });
});
