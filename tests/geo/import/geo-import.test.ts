/** End-to-end tests of `npm run geo:import`: hand-written fixtures in both CRSs, malformed input, URLs, the swap, the CLI, the real files. */
// Every import here writes into a temporary folder (--uit, --tegels); the committed geography and tiles are only read.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importeer, leesArgumenten, wisselIn, type ImportOpties } from '../../../scripts/geo-import';
import { DATA_MAP, leesGeografieVan, TEGELS_MAP } from '../../../scripts/tiles';
import { FOCUSGEBIEDEN } from '../../../src/domain/focusgebieden';
import { valideerGeografie } from '../../../src/geo/geografie';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const GEDEELD = fileURLToPath(new URL('../../../../shared/geo/', import.meta.url));

const fixture = (naam: string): string => join(FIXTURES, naam);

let werkmap: string;
beforeAll(() => {
  werkmap = mkdtempSync(join(tmpdir(), 'hkd-geo-import-'));
});
afterAll(() => {
  rmSync(werkmap, { recursive: true, force: true });
});

/** A target like the real one: a copy of the committed geography (for its water) and an old tile that must go. */
function doelen(): { map: string; uit: string; tegels: string } {
  const map = mkdtempSync(join(werkmap, 'doel-'));
  const uit = join(map, 'data');
  cpSync(DATA_MAP, uit, { recursive: true });
  const tegels = join(map, 'tiles');
  mkdirSync(join(tegels, '9'), { recursive: true });
  writeFileSync(join(tegels, '9', 'oud.pbf'), 'oud');
  return { map, uit, tegels };
}

/** Every file under `map` with its bytes, to prove that a failed import changed nothing. */
function inhoud(map: string): Map<string, string> {
  return new Map(
    readdirSync(map, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const pad = join(d.parentPath, d.name);
        return [relative(map, pad), readFileSync(pad).toString('base64')] as const;
      }),
  );
}

function stil(): { meld: (r: string) => void; regels: string[] } {
  const regels: string[] = [];
  return { meld: (r) => regels.push(r), regels };
}

/** The buurtcodes in all tiles' `buurten` layer. */
function buurtcodesInTegels(tegels: string): Set<string> {
  const codes = new Set<string>();
  for (const d of readdirSync(tegels, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.pbf')) continue;
    const tegel = new VectorTile(
      new Pbf(readFileSync(join(d.parentPath, d.name))) as unknown as ConstructorParameters<
        typeof VectorTile
      >[0],
    );
    const laag = tegel.layers.buurten;
    for (let i = 0; laag && i < laag.length; i++) codes.add(String(laag.feature(i).properties.code));
  }
  return codes;
}

const RDAM_BUURTEN = [
  'BU05991081',
  'BU05991082',
  'BU05991086',
  'BU05991571',
  'BU05991572',
  'BU05991573',
  'BU05991577',
];

describe('geo:import van de fixtures', () => {
  it.each([
    {
      stijl: 'WGS84 met CRS84-lid, PDOK-veldnamen',
      buurten: 'buurten-wgs84.geojson',
      pc4: 'pc4-wgs84.geojson',
      crs: 'WGS84',
    },
    {
      stijl: 'RD New met CBS-crs-lid, veldnamen van de referentiebestanden',
      buurten: 'buurten-rd.geojson',
      pc4: 'pc4-rd.geojson',
      crs: 'RD',
    },
    {
      stijl: 'CBS-shapefile-veldnamen, zonder crs-lid (RD op bereik)',
      buurten: 'buurten-shape.geojson',
      pc4: 'pc4-shape.geojson',
      crs: 'RD',
    },
  ])('importeert $stijl', async ({ buurten, pc4, crs }) => {
    const { map, uit, tegels } = doelen();
    const modus = statSync(uit).mode;
    const { meld, regels } = stil();
    const uitkomst = await importeer({
      buurten: fixture(buurten),
      pc4: fixture(pc4),
      gemeente: 'GM0599',
      uit,
      tegels,
      meld,
    });

    expect(uitkomst.bronnen.map((b) => b.crs)).toEqual([crs, crs]);
    const geo = leesGeografieVan(uit);
    expect(geo).toEqual(uitkomst.geografie);
    expect(valideerGeografie(geo)).toEqual([]);
    expect(geo.buurten.features.map((f) => f.properties.code)).toEqual(RDAM_BUURTEN);
    expect(geo.wijken.features.map((f) => f.properties.code)).toEqual(['WK059910', 'WK059915']);
    expect(geo.pc4.features.map((f) => f.properties.code)).toEqual(['3073', '3081', '3083']);
    expect(geo.labels.features).toHaveLength(FOCUSGEBIEDEN.length + 2 + 7 + 3);
    expect(geo.gemeente.metadata).toMatchObject({
      bron: 'CBS',
      attributie: 'Bron: CBS, Kadaster',
      gegenereerd: 'scripts/geo-import.ts',
    });
    // The fixtures reach the Maashaven of the schematic water layer, which is kept and clipped.
    expect(geo.water.features.map((f) => f.properties.naam)).toContain('Maashaven');
    expect(geo.gemeente.metadata.toelichting).toMatch(/water schematisch/i);

    expect(existsSync(join(tegels, '9', 'oud.pbf'))).toBe(false);
    expect(JSON.parse(readFileSync(join(tegels, 'tiles.json'), 'utf8'))).toMatchObject({
      attribution: 'Bron: CBS, Kadaster',
    });
    expect(buurtcodesInTegels(tegels)).toEqual(new Set(RDAM_BUURTEN));
    expect(statSync(uit).mode).toBe(modus);
    // No temporary or backup folders are left beside the targets.
    expect(readdirSync(map).sort()).toEqual(['data', 'tiles']);
    expect(regels.join('\n')).toMatch(/buurten: \d+ gelezen, \d+ van GM0599/);
    expect(regels.join('\n')).toMatch(/water: \d stukken uit de huidige \(schematische\) waterlaag/);
  });

  it('leest de WGS84-fixture: wijknamen uit de CBS-feiten, geheime inwoners als 0, een PC4 grotendeels buiten de stad', async () => {
    const { uit, tegels } = doelen();
    const { meld, regels } = stil();
    const u = await importeer({
      buurten: fixture('buurten-wgs84.geojson'),
      pc4: fixture('pc4-wgs84.geojson'),
      gemeente: 'GM0599',
      uit,
      tegels,
      meld,
    });
    const afrikaanderwijk = u.geografie.buurten.features.find((f) => f.properties.code === 'BU05991086');
    expect(afrikaanderwijk?.properties).toMatchObject({ inwoners: 0, wijknaam: 'Feijenoord' });
    expect(u.waarschuwingen).toContainEqual(
      expect.stringContaining('aantalInwoners = -99999997 is geheim of onbekend'),
    );
    expect(u.bouw.pc4NietOpgenomen.map((p) => p.code)).toEqual(['2993']);
    expect(regels.join('\n')).toContain(
      'pc4 niet opgenomen (minder dan de helft in de gemeente): 2993 (10%)',
    );
  });

  it('leest de RD-fixture: wijknamen en inwoners 2017 uit het bestand, op de goede plek in WGS84', async () => {
    const { uit, tegels } = doelen();
    const u = await importeer({
      buurten: fixture('buurten-rd.geojson'),
      pc4: fixture('pc4-rd.geojson'),
      gemeente: 'GM0599',
      uit,
      tegels,
      meld: stil().meld,
    });
    const bloemhof = u.geografie.buurten.features.find((f) => f.properties.code === 'BU05991081');
    expect(bloemhof?.properties).toMatchObject({
      inwoners: 13740,
      wijknaam: 'Feijenoord',
      focusgebied: 'bloemhof',
    });
    // RD 92000-93000 x 434000-435000 lies in Rotterdam-Zuid.
    const punten = bloemhof?.geometry.type === 'Polygon' ? bloemhof.geometry.coordinates.flat() : [];
    for (const [lon = 0, lat = 0] of punten) {
      expect(lon).toBeGreaterThan(4.47);
      expect(lon).toBeLessThan(4.49);
      expect(lat).toBeGreaterThan(51.89);
      expect(lat).toBeLessThan(51.91);
    }
  });

  it('leest de shapefile-fixture: land- en waterdeel samengevoegd, gegevens van het landdeel', async () => {
    const { uit, tegels } = doelen();
    const u = await importeer({
      buurten: fixture('buurten-shape.geojson'),
      pc4: fixture('pc4-shape.geojson'),
      gemeente: 'GM0599',
      uit,
      tegels,
      meld: stil().meld,
    });
    const zuidwijk = u.geografie.buurten.features.find((f) => f.properties.code === 'BU05991573');
    expect(zuidwijk?.properties.inwoners).toBe(11940);
    expect(zuidwijk?.geometry.type).toBe('Polygon');
    expect(u.waarschuwingen).toContainEqual(expect.stringContaining('buurten BU05991573: 2 features'));
    expect(
      u.geografie.buurten.features.find((f) => f.properties.code === 'BU05991081')?.properties.inwoners,
    ).toBe(0);
  });

  it('importeert een andere gemeente zonder focusgebieden', async () => {
    const { uit, tegels } = doelen();
    const pc4 = join(mkdtempSync(join(werkmap, 'invoer-')), 'pc4.geojson');
    const ring = [
      [4.508, 51.88],
      [4.522, 51.88],
      [4.522, 51.89],
      [4.508, 51.89],
      [4.508, 51.88],
    ];
    writeFileSync(
      pc4,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { postcode: '2991', inwoners: 2500 },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ],
      }),
    );
    const u = await importeer({
      buurten: fixture('buurten-wgs84.geojson'),
      pc4,
      gemeente: 'GM0489',
      uit,
      tegels,
      meld: stil().meld,
    });
    expect(u.geografie.buurten.features.map((f) => [f.properties.code, f.properties.wijknaam])).toEqual([
      ['BU04890101', 'WK048901'],
    ]);
    expect(u.geografie.gemeente.features[0]?.properties).toMatchObject({ code: 'GM0489', naam: 'GM0489' });
    expect(u.geografie.pc4.features.map((f) => f.properties.code)).toEqual(['2991']);
    expect(u.geografie.labels.features.map((l) => l.properties.soort)).toEqual(['wijk', 'buurt', 'pc4']);
  });
});

describe('geo:import van grote bestanden', () => {
  it('meldt de voortgang per 1000 features en houdt alleen de gemeente', async () => {
    // 2,500 small buurten of another gemeente (Barendrecht, GM0489) around the 7 of the fixture.
    const fc = JSON.parse(readFileSync(fixture('buurten-wgs84.geojson'), 'utf8')) as { features: unknown[] };
    const vreemd = Array.from({ length: 2500 }, (_, i) => {
      const w = 4.53 + (i % 50) * 0.001;
      const s = 51.85 + Math.floor(i / 50) * 0.001;
      const ring = [
        [w, s],
        [w + 0.001, s],
        [w + 0.001, s + 0.001],
        [w, s + 0.001],
        [w, s],
      ].map(([x = 0, y = 0]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
      const code = `BU0489${String(i).padStart(4, '0')}`;
      return {
        type: 'Feature',
        properties: { buurtcode: code, buurtnaam: code },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    });
    fc.features = [...vreemd.slice(0, 1250), ...fc.features, ...vreemd.slice(1250)];
    const buurten = join(mkdtempSync(join(werkmap, 'groot-')), 'buurten.geojson');
    writeFileSync(buurten, JSON.stringify(fc));
    // The targets do not exist yet: they are created.
    const map = mkdtempSync(join(werkmap, 'leeg-'));
    const { meld, regels } = stil();
    const u = await importeer({
      buurten,
      pc4: fixture('pc4-wgs84.geojson'),
      gemeente: 'GM0599',
      uit: join(map, 'geo', 'data'),
      tegels: join(map, 'tiles'),
      meld,
    });
    expect(regels.filter((r) => r.includes('gelezen: ') && r.includes('features…'))).toEqual([
      '  gelezen: 1000 features…',
      '  gelezen: 2000 features…',
    ]);
    expect(u.bronnen[0]).toMatchObject({ gelezen: 2508, behouden: 7 });
    expect(leesGeografieVan(join(map, 'geo', 'data')).buurten.features).toHaveLength(7);
    expect(existsSync(join(map, 'tiles', 'tiles.json'))).toBe(true);
  }, 30_000);
});

type Wijziging = (fc: {
  crs?: unknown;
  features: { properties: Record<string, unknown>; geometry: unknown }[];
}) => void;

describe('geo:import van misvormde invoer', () => {
  const geval = (bestand: string, wijzig: Wijziging): string => {
    const fc = JSON.parse(readFileSync(fixture(bestand), 'utf8')) as Parameters<Wijziging>[0];
    wijzig(fc);
    const pad = join(mkdtempSync(join(werkmap, 'invoer-')), bestand);
    writeFileSync(pad, JSON.stringify(fc));
    return pad;
  };
  const charleroi = [
    [
      [4.44, 50.41],
      [4.45, 50.41],
      [4.45, 50.42],
      [4.44, 50.42],
      [4.44, 50.41],
    ],
  ];

  it.each([
    {
      naam: 'een Point als geometrie',
      buurten: () =>
        geval('buurten-wgs84.geojson', (fc) => {
          fc.features[1]!.geometry = { type: 'Point', coordinates: [4.485, 51.895] };
        }),
      melding: 'buurten, feature 1 (BU05991082), veld geometry.type: "Point" is geen vlak',
    },
    {
      naam: 'een buurt zonder buurtcode',
      buurten: () =>
        geval('buurten-rd.geojson', (fc) => {
          delete fc.features[2]!.properties.buurtcode;
        }),
      melding: 'buurten, feature 2 (zonder code), veld buurtcode: ontbreekt',
    },
    {
      naam: 'coördinaten in België',
      buurten: () =>
        geval('buurten-wgs84.geojson', (fc) => {
          fc.features[3]!.geometry = { type: 'Polygon', coordinates: charleroi };
        }),
      melding:
        'buurten, feature 3 (BU05991571), veld geometry.coordinates: [4.44, 50.41]: coördinaten buiten Nederland',
    },
    {
      naam: 'coördinaten in België zonder crs-lid',
      buurten: () =>
        geval('buurten-wgs84.geojson', (fc) => {
          delete fc.crs;
          fc.features[0]!.geometry = { type: 'Polygon', coordinates: charleroi };
        }),
      melding:
        'buurten, feature 0 (BU05991081), veld geometry.coordinates: [4.44, 50.41]: coördinaten buiten Nederland',
    },
    {
      naam: 'crs EPSG:3857',
      buurten: () =>
        geval('buurten-wgs84.geojson', (fc) => {
          fc.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } };
        }),
      melding: 'buurten, veld crs.properties.name: "urn:ogc:def:crs:EPSG::3857" is een onbekend CRS',
    },
    {
      naam: 'een PC4-gebied zonder postcode',
      pc4: () =>
        geval('pc4-shape.geojson', (fc) => {
          delete fc.features[1]!.properties.PC4;
        }),
      melding:
        'pc4, feature 1 (zonder code), veld postcode: ontbreekt; verwacht een van postcode, postcode4, pc4',
    },
    {
      naam: 'een bestand dat niet bestaat',
      buurten: () => join(werkmap, 'bestaat-niet.geojson'),
      melding: 'bestand niet gevonden',
    },
    {
      naam: 'geen PC4-gebied van de gemeente',
      gemeente: 'GM0489',
      melding: 'pc4: geen PC4-gebied ligt voor minstens de helft in GM0489; deels: 2993 (20%), 3083 (20%)',
    },
    {
      naam: 'geen buurten van de gemeente',
      gemeente: 'GM0363',
      melding: 'buurten: geen buurten van GM0363',
    },
  ])('stopt bij $naam, noemt feature en veld, en laat het doel ongemoeid', async (g) => {
    const { map, uit, tegels } = doelen();
    const voor = { uit: inhoud(uit), tegels: inhoud(tegels) };
    const opties: ImportOpties = {
      buurten: g.buurten?.() ?? fixture('buurten-wgs84.geojson'),
      pc4: g.pc4?.() ?? fixture('pc4-wgs84.geojson'),
      gemeente: g.gemeente ?? 'GM0599',
      uit,
      tegels,
      meld: stil().meld,
    };
    await expect(importeer(opties)).rejects.toThrow(g.melding);
    expect(inhoud(uit)).toEqual(voor.uit);
    expect(inhoud(tegels)).toEqual(voor.tegels);
    expect(readdirSync(map).sort()).toEqual(['data', 'tiles']);
  });

  it('stopt bij een geografie die de controle niet doorstaat, zonder iets te schrijven', async () => {
    const { uit, tegels } = doelen();
    const voor = inhoud(uit);
    // Without Pendrecht the focus area Pendrecht-Zuidwijk is incomplete: a structural error, not a warning.
    const buurten = geval('buurten-wgs84.geojson', (fc) => {
      fc.features[6]!.properties.buurtcode = 'BU05991579';
    });
    await expect(
      importeer({
        buurten,
        pc4: fixture('pc4-wgs84.geojson'),
        gemeente: 'GM0599',
        uit,
        tegels,
        meld: stil().meld,
      }),
    ).rejects.toThrow(/ongeldig[\s\S]*focusgebied pendrecht-zuidwijk[\s\S]*src\/domain\/focusgebieden\.ts/);
    expect(inhoud(uit)).toEqual(voor);
  });
});

describe('geo:import van URLs', () => {
  let server: Server;
  let basis: string;
  const verzoeken: string[] = [];

  beforeAll(async () => {
    const buurten = JSON.parse(readFileSync(fixture('buurten-wgs84.geojson'), 'utf8')) as {
      features: unknown[];
    };
    const pc4 = JSON.parse(readFileSync(fixture('pc4-rd.geojson'), 'utf8')) as { features: unknown[] };
    server = createServer((req, res) => {
      verzoeken.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/collections/buurten/items') {
        // OGC API Features paging: `links` after the features, a relative next link, no crs member.
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const pagina = buurten.features.slice(offset, offset + 5);
        const links = [{ rel: 'self', href: req.url }];
        if (offset + 5 < buurten.features.length)
          links.push({ rel: 'next', href: `items?f=json&offset=${offset + 5}` });
        res.setHeader('Content-Type', 'application/geo+json');
        res.end(
          JSON.stringify({
            type: 'FeatureCollection',
            features: pagina,
            numberReturned: pagina.length,
            links,
          }),
        );
      } else if (url.pathname === '/collections/pc4/items') {
        // RD coordinates announced only in the Content-Crs header, as OGC API Part 2 does with ?crs=.
        res.setHeader('Content-Type', 'application/geo+json');
        res.setHeader('Content-Crs', '<http://www.opengis.net/def/crs/EPSG/0/28992>');
        res.end(JSON.stringify({ type: 'FeatureCollection', features: pc4.features }));
      } else {
        res.statusCode = 404;
        res.end('niet gevonden');
      }
    });
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((klaar) => server.close(klaar));
  });

  it('volgt de next-links, leest het CRS uit Content-Crs en meldt de voortgang per pagina', async () => {
    const { uit, tegels } = doelen();
    const { meld, regels } = stil();
    const u = await importeer({
      buurten: `${basis}/collections/buurten/items?f=json&gemeentecode=GM0599`,
      pc4: `${basis}/collections/pc4/items?f=json`,
      gemeente: 'GM0599',
      uit,
      tegels,
      meld,
    });
    expect(u.geografie.buurten.features.map((f) => f.properties.code)).toEqual(RDAM_BUURTEN);
    expect(u.bronnen.map((b) => [b.gelezen, b.crs, b.crsHerkomst])).toEqual([
      [8, 'WGS84', 'coördinatenbereik (geen crs-lid)'],
      [4, 'RD', 'Content-Crs "http://www.opengis.net/def/crs/EPSG/0/28992"'],
    ]);
    expect(verzoeken).toContain('/collections/buurten/items?f=json&offset=5');
    expect(regels).toContain('  gelezen: 8 features… (pagina 2)');
  });

  it('stopt bij een HTTP-fout en laat het doel ongemoeid', async () => {
    const { uit, tegels } = doelen();
    const voor = inhoud(uit);
    await expect(
      importeer({
        buurten: `${basis}/bestaat-niet`,
        pc4: `${basis}/collections/pc4/items`,
        gemeente: 'GM0599',
        uit,
        tegels,
        meld: stil().meld,
      }),
    ).rejects.toThrow('HTTP 404');
    expect(inhoud(uit)).toEqual(voor);
  });
});

describe('wisselIn', () => {
  function maak(map: string, bestand: string): string {
    mkdirSync(map, { recursive: true });
    writeFileSync(join(map, bestand), bestand);
    return map;
  }

  it('zet beide mappen op hun plek en ruimt de vorige versies op', () => {
    const m = mkdtempSync(join(werkmap, 'wissel-'));
    const paren = [
      { doel: maak(join(m, 'data'), 'oud-data'), nieuw: maak(join(m, 'data-nieuw'), 'nieuw-data') },
      { doel: join(m, 'tiles'), nieuw: maak(join(m, 'tiles-nieuw'), 'nieuw-tiles') },
    ];
    wisselIn(paren);
    expect(readdirSync(m).sort()).toEqual(['data', 'tiles']);
    expect(readdirSync(join(m, 'data'))).toEqual(['nieuw-data']);
    expect(readdirSync(join(m, 'tiles'))).toEqual(['nieuw-tiles']);
  });

  it('draait alles terug als de tweede wissel mislukt', () => {
    const m = mkdtempSync(join(werkmap, 'wissel-'));
    const paren = [
      { doel: maak(join(m, 'data'), 'oud-data'), nieuw: maak(join(m, 'data-nieuw'), 'nieuw-data') },
      { doel: maak(join(m, 'tiles'), 'oud-tiles'), nieuw: maak(join(m, 'tiles-nieuw'), 'nieuw-tiles') },
    ];
    let keer = 0;
    const hernoem = (van: string, naar: string): void => {
      keer++;
      // 1: data -> data.vorige, 2: data-nieuw -> data, 3: tiles -> tiles.vorige, 4: tiles-nieuw -> tiles fails.
      if (keer === 4) throw new Error('schijf vol');
      renameSync(van, naar);
    };
    expect(() => wisselIn(paren, hernoem)).toThrow('schijf vol');
    expect(readdirSync(join(m, 'data'))).toEqual(['oud-data']);
    expect(readdirSync(join(m, 'tiles'))).toEqual(['oud-tiles']);
    expect(readdirSync(m).sort()).toEqual(['data', 'data-nieuw', 'tiles', 'tiles-nieuw']);
  });
});

describe('de opdrachtregel', () => {
  it('leest de opties, met de ingebedde geografie en public/tiles als standaard', () => {
    expect(leesArgumenten(['--buurten', 'b.geojson', '--pc4=p.geojson'])).toEqual({
      buurten: 'b.geojson',
      pc4: 'p.geojson',
      gemeente: 'GM0599',
      uit: DATA_MAP,
      tegels: TEGELS_MAP,
      tolerantie: undefined,
    });
    expect(
      leesArgumenten([
        '--buurten',
        'b',
        '--pc4',
        'p',
        '--gemeente',
        'GM0489',
        '--uit',
        'u',
        '--tegels',
        't',
        '--tolerantie',
        '0.0001',
      ]),
    ).toMatchObject({
      gemeente: 'GM0489',
      uit: 'u',
      tegels: 't',
      tolerantie: 0.0001,
    });
  });

  it.each([
    { args: ['--buurten', 'b'], melding: '--buurten en --pc4 zijn verplicht' },
    { args: ['--buurten', 'b', '--pc4', 'p', '--stad', 'x'], melding: 'onbekende optie --stad' },
    { args: ['b.geojson'], melding: 'onbekend argument "b.geojson"' },
    { args: ['--buurten'], melding: '--buurten zonder waarde' },
    { args: ['--buurten', 'b', '--pc4', 'p', '--tolerantie', '1'], melding: '--tolerantie 1' },
  ])('weigert $args', ({ args, melding }) => {
    expect(() => leesArgumenten(args)).toThrow(melding);
  });

  it('eindigt met een foutcode en een Nederlandse melding, en laat het doel ongemoeid', () => {
    const { uit, tegels } = doelen();
    const voor = inhoud(uit);
    const fc = JSON.parse(readFileSync(fixture('buurten-rd.geojson'), 'utf8')) as {
      features: { geometry: unknown }[];
    };
    fc.features[1]!.geometry = {
      type: 'LineString',
      coordinates: [
        [92000, 434000],
        [93000, 435000],
      ],
    };
    const buurten = join(mkdtempSync(join(werkmap, 'cli-')), 'buurten.geojson');
    writeFileSync(buurten, JSON.stringify(fc));
    const r = spawnSync(
      process.execPath,
      [
        join(PROJECT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/geo-import.ts',
        '--buurten',
        buurten,
        '--pc4',
        fixture('pc4-rd.geojson'),
        '--uit',
        uit,
        '--tegels',
        tegels,
      ],
      { cwd: PROJECT, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'import afgebroken: buurten, feature 1 (BU05991082), veld geometry.type: "LineString" is geen vlak',
    );
    expect(r.stderr).toContain('de huidige geografie en tegels zijn niet gewijzigd');
    expect(inhoud(uit)).toEqual(voor);
  }, 30_000);
});

describe.skipIf(!existsSync(GEDEELD))('geo:import van de echte CBS-bestanden in ../shared/geo', () => {
  it('importeert 92 buurten, 22 wijken en 76 PC4-gebieden, geldig en met tegels', async () => {
    const { uit, tegels } = doelen();
    const { meld, regels } = stil();
    const u = await importeer({
      buurten: join(GEDEELD, 'rotterdam-buurten.geojson'),
      pc4: join(GEDEELD, 'rotterdam-pc4-rd.geojson'),
      gemeente: 'GM0599',
      uit,
      tegels,
      meld,
    });
    const geo = leesGeografieVan(uit);
    expect(geo.buurten.features).toHaveLength(92);
    expect(geo.wijken.features).toHaveLength(22);
    expect(geo.pc4.features).toHaveLength(76);
    expect(geo.labels.features).toHaveLength(5 + 22 + 92 + 76);
    expect(u.bronnen.map((b) => b.crs)).toEqual(['WGS84', 'RD']);
    for (const f of FOCUSGEBIEDEN) {
      expect(
        geo.buurten.features
          .filter((b) => b.properties.focusgebied === f.code)
          .map((b) => b.properties.code)
          .sort(),
      ).toEqual([...f.buurten].sort());
    }
    // Inhabitants 2017, as in the CBS facts; the city total of the reference file.
    expect(geo.gemeente.features[0]?.properties.inwoners).toBe(634_670);
    expect(u.bouw.punten.buurten.na).toBeLessThan(u.bouw.punten.buurten.voor / 3);
    expect(u.tegels).toBeGreaterThan(100);
    expect(buurtcodesInTegels(tegels).size).toBe(92);
    expect(regels.join('\n')).toContain('pc4 aangevuld tot de gemeentegrens');
  }, 120_000);
});
