/** Tests of the buurt and PC4 readers: CRS decision, field names, filtering, and a precise message for every malformed input. */
import { describe, expect, it } from 'vitest';
import { BuurtLezer, Pc4Lezer } from './bron-lezer';
import { naarWgs84 } from './crs';
import { ImportFout } from './import-fout';

type Positie = [number, number];

function vierkant(w: number, s: number, grootte: number): Positie[] {
  return [
    [w, s],
    [w + grootte, s],
    [w + grootte, s + grootte],
    [w, s + grootte],
    [w, s],
  ];
}

function buurt(props: Record<string, unknown>, ring: Positie[] = vierkant(4.47, 51.89, 0.01)) {
  return Object.freeze({
    type: 'Feature',
    properties: props,
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
}

const BLOEMHOF = {
  buurtcode: 'BU05991081',
  buurtnaam: 'Bloemhof',
  wijkcode: 'WK059910',
  aantal_inwoners: 13740,
};

function leesBuurten(features: readonly unknown[], crs?: string): BuurtLezer {
  const lezer = new BuurtLezer('GM0599');
  lezer.lid('type', 'FeatureCollection');
  if (crs) lezer.lid('crs', { type: 'name', properties: { name: crs } });
  features.forEach((f, i) => lezer.feature(i, f));
  return lezer;
}

function fout(doe: () => unknown): ImportFout {
  try {
    doe();
  } catch (e) {
    if (e instanceof ImportFout) return e;
    throw e;
  }
  throw new Error('geen ImportFout');
}

describe('BuurtLezer', () => {
  it('houdt de buurten van de gemeente en leest hun velden', () => {
    const { features, verslag } = leesBuurten(
      [buurt(BLOEMHOF), buurt({ ...BLOEMHOF, buurtcode: 'BU04890101' }, vierkant(4.51, 51.88, 0.01))],
      'urn:ogc:def:crs:OGC:1.3:CRS84',
    ).resultaat();
    expect(features.map((f) => f.code)).toEqual(['BU05991081']);
    expect(features[0]).toMatchObject({
      index: 0,
      naam: 'Bloemhof',
      wijk: 'WK059910',
      inwoners: 13740,
      water: false,
    });
    expect(features[0]?.vlak).toEqual([
      [
        [
          [4.47, 51.89],
          [4.48, 51.89],
          [4.48, 51.9],
          [4.47, 51.9],
          [4.47, 51.89],
        ],
      ],
    ]);
    expect(verslag).toMatchObject({ gelezen: 2, behouden: 1, crs: 'WGS84', waarschuwingen: [] });
    expect(verslag.crsHerkomst).toContain('crs-lid');
    expect(verslag.velden).toMatchObject({
      code: 'buurtcode',
      naam: 'buurtnaam',
      wijk: 'wijkcode',
      inwoners: 'aantal_inwoners',
    });
  });

  it('herkent RD aan het bereik als er geen crs-lid is en rekent om naar WGS84', () => {
    const { features, verslag } = leesBuurten([
      buurt({ BU_CODE: 'BU05991081', BU_NAAM: 'Bloemhof', AANT_INW: 5 }, vierkant(92000, 434000, 1000)),
    ]).resultaat();
    expect(verslag.crs).toBe('RD');
    expect(verslag.crsHerkomst).toBe('coördinatenbereik (geen crs-lid)');
    expect(features[0]?.vlak[0]?.[0]?.[0]).toEqual(naarWgs84('RD', [92000, 434000]));
    // Derived from the buurtcode when the file has no wijk field.
    expect(features[0]?.wijk).toBe('WK059910');
  });

  it('neemt het CRS uit een Content-Crs-kop als de body geen crs-lid heeft', () => {
    const lezer = new BuurtLezer('GM0599');
    lezer.kop('http://www.opengis.net/def/crs/EPSG/0/28992');
    lezer.feature(0, buurt(BLOEMHOF, vierkant(92000, 434000, 1000)));
    expect(lezer.resultaat().verslag.crs).toBe('RD');
  });

  it.each([
    { waarde: -99999997, melding: /-99999997 is geheim of onbekend; 0 gebruikt/ },
    { waarde: null, melding: /geen inwonersaantal/ },
  ])('maakt van inwoners $waarde onbekend, met een waarschuwing', ({ waarde, melding }) => {
    const { features, verslag } = leesBuurten([buurt({ ...BLOEMHOF, aantal_inwoners: waarde })]).resultaat();
    expect(features[0]?.inwoners).toBeNull();
    expect(verslag.waarschuwingen).toEqual([expect.stringMatching(melding)]);
  });

  it('leest de land/water-deling van de CBS-kaart', () => {
    const { features } = leesBuurten([buurt({ ...BLOEMHOF, WATER: 'JA' })]).resultaat();
    expect(features[0]?.water).toBe(true);
  });

  const belgie = vierkant(4.44, 50.41, 0.01);
  it.each([
    {
      geval: 'een Point',
      features: [
        buurt(BLOEMHOF),
        { type: 'Feature', properties: BLOEMHOF, geometry: { type: 'Point', coordinates: [4.4, 51.9] } },
      ],
      melding:
        'buurten, feature 1 (BU05991081), veld geometry.type: "Point" is geen vlak; verwacht Polygon of MultiPolygon',
    },
    {
      geval: 'geen geometrie',
      features: [{ type: 'Feature', properties: BLOEMHOF, geometry: null }],
      melding: 'buurten, feature 0 (BU05991081), veld geometry: ontbreekt',
    },
    {
      geval: 'geen buurtcode',
      features: [buurt(BLOEMHOF), buurt({ buurtnaam: 'Zonder code' })],
      melding:
        'buurten, feature 1 (zonder code), veld buurtcode: ontbreekt; verwacht een van buurtcode, BU_CODE, statcode',
    },
    {
      geval: 'een verkeerde buurtcode',
      features: [buurt({ ...BLOEMHOF, buurtcode: '05991081' })],
      melding: 'buurten, feature 0 (05991081), veld buurtcode: "05991081" is geen buurtcode',
    },
    {
      geval: 'een verkeerde wijkcode',
      features: [buurt({ ...BLOEMHOF, wijkcode: 'Feijenoord' })],
      melding: 'buurten, feature 0 (BU05991081), veld wijkcode: "Feijenoord" is geen wijkcode',
    },
    {
      geval: 'coördinaten in België, met crs-lid',
      crs: 'urn:ogc:def:crs:OGC:1.3:CRS84',
      features: [buurt(BLOEMHOF), buurt({ ...BLOEMHOF, buurtcode: 'BU05991082' }, belgie)],
      melding:
        'buurten, feature 1 (BU05991082), veld geometry.coordinates: [4.44, 50.41]: coördinaten buiten Nederland in WGS84 (CRS84)',
    },
    {
      geval: 'coördinaten in België, zonder crs-lid',
      features: [buurt(BLOEMHOF, belgie)],
      melding:
        'buurten, feature 0 (BU05991081), veld geometry.coordinates: [4.44, 50.41]: coördinaten buiten Nederland, en het bestand zegt niet in welk CRS',
    },
    {
      geval: 'een buurt van een andere gemeente buiten Nederland',
      features: [buurt({ ...BLOEMHOF, buurtcode: 'BU04890101' }, belgie)],
      melding: 'buurten, feature 0 (BU04890101), veld geometry.coordinates',
    },
    {
      geval: 'RD-coördinaten in een WGS84-bestand',
      crs: 'EPSG:4326',
      features: [buurt(BLOEMHOF, vierkant(92000, 434000, 1000))],
      melding:
        'buurten, feature 0 (BU05991081), veld geometry.coordinates: [92000, 434000]: coördinaten buiten Nederland in WGS84',
    },
    {
      geval: 'lat en lon verwisseld',
      crs: 'EPSG:4326',
      features: [buurt(BLOEMHOF, vierkant(51.89, 4.47, 0.01))],
      melding: 'lat en lon verwisseld?',
    },
    {
      geval: 'een ring van 3 posities',
      features: [buurt(BLOEMHOF, vierkant(4.47, 51.89, 0.01).slice(0, 3))],
      melding:
        'buurten, feature 0 (BU05991081), veld geometry.coordinates: een ring heeft minstens 4 posities',
    },
    {
      geval: 'een positie zonder getallen',
      features: [
        buurt(BLOEMHOF, [[4.47, 51.89], [4.48, 51.89], ['x', 51.9] as unknown as Positie, [4.47, 51.89]]),
      ],
      melding:
        'buurten, feature 0 (BU05991081), veld geometry.coordinates: ["x",51.9] is geen positie [x, y]',
    },
    {
      geval: 'een Feature zonder type',
      features: [{ properties: BLOEMHOF }],
      melding: 'buurten, feature 0 (zonder code), veld type: geen GeoJSON Feature',
    },
  ])('stopt bij $geval en noemt feature en veld', ({ features, crs, melding }) => {
    expect(fout(() => leesBuurten(features, crs)).message).toContain(melding);
  });

  it.each([
    {
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      melding:
        'buurten, veld crs.properties.name: "urn:ogc:def:crs:EPSG::3857" is een onbekend CRS; verwacht EPSG:28992 (RD New) of WGS84 (CRS84, EPSG:4326)',
    },
    { crs: { type: 'name' }, melding: 'buurten, veld crs.properties.name: ontbreekt' },
  ])('stopt bij crs-lid $crs.properties.name', ({ crs, melding }) => {
    const lezer = new BuurtLezer('GM0599');
    expect(fout(() => lezer.lid('crs', crs)).message).toContain(melding);
  });

  it('stopt als een crs-lid na de features de coördinaten tegenspreekt', () => {
    const lezer = leesBuurten([buurt(BLOEMHOF)]);
    expect(
      fout(() => lezer.lid('crs', { type: 'name', properties: { name: 'EPSG:28992' } })).message,
    ).toContain('past niet bij de coördinaten');
  });

  it('stopt bij iets anders dan een FeatureCollection', () => {
    expect(fout(() => new BuurtLezer('GM0599').lid('type', 'Feature')).message).toBe(
      'buurten, veld type: "Feature" is geen FeatureCollection',
    );
  });
});

describe('Pc4Lezer', () => {
  const gebied: [number, number, number, number] = [4.47, 51.88, 4.51, 51.9];

  it('houdt PC4-gebieden waarvan de bbox het gebied raakt en leest numerieke codes', () => {
    const lezer = new Pc4Lezer(gebied);
    lezer.feature(0, buurt({ PC4: 3073, INWONER: 100 }));
    lezer.feature(1, buurt({ postcode: '1012', inwoners: 5 }, vierkant(4.89, 52.37, 0.01)));
    const { features, verslag } = lezer.resultaat();
    expect(features.map((f) => [f.code, f.inwoners])).toEqual([['3073', 100]]);
    expect(verslag).toMatchObject({ gelezen: 2, behouden: 1, velden: { code: 'PC4', inwoners: 'INWONER' } });
  });

  it.each([
    {
      props: { inwoners: 5 },
      melding:
        'pc4, feature 0 (zonder code), veld postcode: ontbreekt; verwacht een van postcode, postcode4, pc4',
    },
    {
      props: { postcode: '3011AB' },
      melding: 'pc4, feature 0 (3011AB), veld postcode: "3011AB" is geen PC4-code',
    },
    { props: { postcode: '0123' }, melding: 'pc4, feature 0 (0123), veld postcode: "0123" is geen PC4-code' },
  ])('stopt bij $props', ({ props, melding }) => {
    expect(fout(() => new Pc4Lezer(gebied).feature(0, buurt(props))).message).toContain(melding);
  });
});
