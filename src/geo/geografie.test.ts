/** Tests of the geography format: parsing, and every problem the validator is there to find. */
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTIE_SCHEMATISCH,
  BRON_SCHEMATISCH,
  leesGeografie,
  valideerGeografie,
  type Geografie,
  type GeografieMetadata,
} from './geografie';

type Ring = [number, number][];

/** A rectangle as an RFC 7946 ring: counter-clockwise, closed. */
function rechthoek(w: number, s: number, e: number, n: number): Ring {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

const META: GeografieMetadata = {
  bron: BRON_SCHEMATISCH,
  attributie: ATTRIBUTIE_SCHEMATISCH,
  weggelaten: [],
  toelichting: null,
  gegenereerd: 'test',
};

const FOCUS = [{ code: 'bloemhof', buurten: ['BU05991081'] }] as const;

function punt(lon: number, lat: number) {
  return { type: 'Point' as const, coordinates: [lon, lat] as [number, number] };
}

/**
 * A city of two buurten side by side (one wijk), the same two halves as PC4 areas, and a lake to the south:
 * small enough to reason about, complete enough to pass every check.
 */
function stad(): Geografie {
  const vlak = (ring: Ring) => ({ type: 'Polygon' as const, coordinates: [ring] });
  return {
    gemeente: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        {
          type: 'Feature',
          properties: { code: 'GM0599', naam: 'Rotterdam', inwoners: 3000 },
          geometry: vlak(rechthoek(4.4, 51.9, 4.42, 51.91)),
        },
      ],
    },
    water: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        {
          type: 'Feature',
          properties: { naam: 'Plas', soort: 'plas' },
          geometry: vlak(rechthoek(4.4, 51.895, 4.42, 51.899)),
        },
      ],
    },
    wijken: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        {
          type: 'Feature',
          properties: { code: 'WK059910', naam: 'Feijenoord', inwoners: 3000 },
          geometry: vlak(rechthoek(4.4, 51.9, 4.42, 51.91)),
        },
      ],
    },
    buurten: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        {
          type: 'Feature',
          properties: {
            code: 'BU05991081',
            naam: 'Bloemhof',
            wijk: 'WK059910',
            wijknaam: 'Feijenoord',
            inwoners: 1000,
            focusgebied: 'bloemhof',
          },
          geometry: vlak(rechthoek(4.4, 51.9, 4.41, 51.91)),
        },
        {
          type: 'Feature',
          properties: {
            code: 'BU05991082',
            naam: 'Hillesluis',
            wijk: 'WK059910',
            wijknaam: 'Feijenoord',
            inwoners: 2000,
            focusgebied: null,
          },
          geometry: vlak(rechthoek(4.41, 51.9, 4.42, 51.91)),
        },
      ],
    },
    pc4: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        {
          type: 'Feature',
          properties: { code: '3073', inwoners: 1200 },
          geometry: vlak(rechthoek(4.4, 51.9, 4.42, 51.905)),
        },
        {
          type: 'Feature',
          properties: { code: '3074', inwoners: 1800 },
          geometry: vlak(rechthoek(4.4, 51.905, 4.42, 51.91)),
        },
      ],
    },
    labels: {
      type: 'FeatureCollection',
      metadata: META,
      features: [
        { soort: 'focusgebied', code: 'bloemhof', naam: 'Bloemhof', p: punt(4.404, 51.906) },
        { soort: 'wijk', code: 'WK059910', naam: 'Feijenoord', p: punt(4.41, 51.905) },
        { soort: 'buurt', code: 'BU05991082', naam: 'Hillesluis', p: punt(4.415, 51.905) },
        { soort: 'buurt', code: 'BU05991081', naam: 'Bloemhof', p: punt(4.405, 51.905) },
        { soort: 'pc4', code: '3074', naam: '3074', p: punt(4.41, 51.908) },
        { soort: 'pc4', code: '3073', naam: '3073', p: punt(4.41, 51.902) },
      ].map((l, i) => ({
        type: 'Feature' as const,
        properties: { soort: l.soort as 'buurt', code: l.code, naam: l.naam, rang: i + 1 },
        geometry: l.p,
      })),
    },
  };
}

function diepBevroren<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) diepBevroren(v);
    Object.freeze(x);
  }
  return x;
}

/** A deep copy to break, so each case starts from the same valid city. */
function kapot(wijzig: (g: Geografie) => void): Geografie {
  const g = structuredClone(stad());
  wijzig(g);
  return diepBevroren(g);
}

function buurt(g: Geografie, i: number) {
  const b = g.buurten.features[i];
  if (!b) throw new Error(`geen buurt ${i}`);
  return b;
}

describe('valideerGeografie', () => {
  it('finds nothing wrong with a valid city, and does not modify it', () => {
    const geo = diepBevroren(stad());
    expect(valideerGeografie(geo, { focusgebieden: FOCUS })).toEqual([]);
  });

  it.each([
    {
      fout: 'an unclosed ring',
      wijzig: (g: Geografie) => buurt(g, 0).geometry.coordinates[0]?.pop(),
      verwacht: 'buurten BU05991081: ring 0.0 is niet gesloten',
    },
    {
      fout: 'a clockwise exterior ring',
      wijzig: (g: Geografie) => buurt(g, 1).geometry.coordinates[0]?.reverse(),
      verwacht: 'buurten BU05991082: buitenring 0 draait met de klok mee',
    },
    {
      fout: 'a self-intersecting ring (bow tie)',
      wijzig: (g: Geografie) => {
        buurt(g, 1).geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [4.41, 51.9],
              [4.42, 51.91],
              [4.42, 51.9],
              [4.41, 51.91],
              [4.41, 51.9],
            ],
          ],
        };
      },
      verwacht: 'buurten BU05991082: 1 zelfdoorsnijding(en)',
    },
    {
      fout: 'overlapping buurten',
      wijzig: (g: Geografie) => {
        buurt(g, 1).geometry = { type: 'Polygon', coordinates: [rechthoek(4.409, 51.9, 4.42, 51.91)] };
      },
      verwacht: 'buurten BU05991081 en buurten BU05991082 overlappen',
    },
    {
      fout: 'a gap between buurten',
      wijzig: (g: Geografie) => {
        buurt(g, 1).geometry = { type: 'Polygon', coordinates: [rechthoek(4.411, 51.9, 4.42, 51.91)] };
      },
      verwacht: 'buurten: samen',
    },
    {
      fout: 'a focus area on the wrong buurt',
      wijzig: (g: Geografie) => {
        buurt(g, 0).properties.focusgebied = null;
        buurt(g, 1).properties.focusgebied = 'bloemhof';
      },
      verwacht: 'focusgebied bloemhof: buurten BU05991082, verwacht BU05991081',
    },
    {
      fout: 'a wijk whose inhabitants are not the sum of its buurten',
      wijzig: (g: Geografie) => {
        const w = g.wijken.features[0];
        if (w) w.properties.inwoners = 2999;
      },
      verwacht: 'wijk WK059910: 2999 inwoners, de buurten samen 3000',
    },
    {
      fout: 'a buurt with another wijknaam than its wijk',
      wijzig: (g: Geografie) => {
        buurt(g, 1).properties.wijknaam = 'Charlois';
      },
      verwacht: 'buurt BU05991082: wijknaam "Charlois", wijk heet "Feijenoord"',
    },
    {
      fout: 'a duplicate code',
      wijzig: (g: Geografie) => {
        const p = g.pc4.features[1];
        if (p) p.properties.code = '3073';
      },
      verwacht: 'pc4: code 3073 komt dubbel voor',
    },
    {
      fout: 'a label outside its own area',
      wijzig: (g: Geografie) => {
        const l = g.labels.features.find((f) => f.properties.code === 'BU05991081');
        if (l) l.geometry.coordinates = [4.415, 51.905];
      },
      verwacht: 'label buurt BU05991081 ligt buiten het eigen gebied',
    },
    {
      fout: 'a label on the water',
      wijzig: (g: Geografie) => {
        const l = g.labels.features.find((f) => f.properties.code === 'WK059910');
        if (l) l.geometry.coordinates = [4.41, 51.897];
      },
      verwacht: 'label wijk WK059910 ligt op het water',
    },
    {
      fout: 'an area without a label',
      wijzig: (g: Geografie) => {
        g.labels.features = g.labels.features.filter((f) => f.properties.code !== '3073');
      },
      verwacht: 'pc4 3073 heeft geen label',
    },
    {
      fout: 'layers with different metadata',
      wijzig: (g: Geografie) => {
        g.water.metadata = { ...g.water.metadata, bron: 'CBS' };
      },
      verwacht: 'de lagen hebben verschillende metadata',
    },
  ])('reports $fout', ({ wijzig, verwacht }) => {
    const problemen = valideerGeografie(kapot(wijzig), { focusgebieden: FOCUS });
    expect(problemen.some((p) => p.startsWith(verwacht))).toBe(true);
  });
});

describe('leesGeografie', () => {
  it('accepts the format as JSON gives it', () => {
    const ruw = JSON.parse(JSON.stringify(stad())) as Record<keyof Geografie, unknown>;
    expect(leesGeografie(ruw)).toEqual(stad());
  });

  it.each([
    {
      fout: 'a buurt code that is not a CBS code',
      wijzig: (g: Geografie) => {
        buurt(g, 0).properties.code = '1081';
      },
      pad: 'buurten.features.0.properties.code',
    },
    {
      fout: 'an unknown focus area',
      wijzig: (g: Geografie) => {
        (buurt(g, 0).properties as { focusgebied: string }).focusgebied = 'kralingen';
      },
      pad: 'buurten.features.0.properties.focusgebied',
    },
    {
      fout: 'an extra property',
      wijzig: (g: Geografie) => {
        (buurt(g, 0).properties as Record<string, unknown>)['adres'] = 'Putselaan 1';
      },
      pad: 'buurten.features.0.properties',
    },
  ])('rejects $fout, naming the field', ({ wijzig, pad }) => {
    const ruw = JSON.parse(JSON.stringify(kapot(wijzig))) as Record<keyof Geografie, unknown>;
    expect(() => leesGeografie(ruw)).toThrow(pad);
  });
});
