/** Tests of publiek's maplibre layers: valid style, what each source holds, the names' offsets, the cards' order, only suppressed focus areas hatched, and images that tile. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { VoorzieningPubliek } from '../contract/voorziening';
import { maakKlassen } from '../domain/rgw-klassen';
import { rijenVoorFocusgebieden } from '../domain/rgw-tabel';
import { KAART_LABELS } from '../geo/kaartlabels';
import { LABEL_OPMAAK, plaatsLabels } from './layers/labels-layer';
import { pc4Straal, type Pc4Groep } from './layers/pc4-symbolen-layer';
import { labelsVan, vlakkenVan } from './layers/rgw-kaartjes';
import {
  arceringBeeld,
  focusVlakBron,
  kaartjeBeeld,
  kaartjeBron,
  KLIKBARE_LAGEN,
  LAGEN_VAN,
  namenBron,
  PUBLIEK_BRONNEN,
  PUBLIEK_VOORVOEGSEL,
  publiekeLagen,
  ringBron,
  samen,
  symboolBron,
  zoekPuntBron,
} from './publiek-lagen';

function groep(pc4: string, positie: [number, number], aantal: number): Pc4Groep {
  const items = Array.from({ length: aantal }, (_, i) => ({ id: `${pc4}-${i}`, naam: `Locatie ${i}` }));
  return {
    sleutel: `pc4:${pc4}`,
    soort: 'pc4',
    code: pc4,
    positie,
    items: items as unknown as VoorzieningPubliek[],
  };
}

const GROEPEN = [groep('3081', [4.47, 51.88], 3), groep('3072', [4.5, 51.9], 1)];
const KLASSEN = maakKlassen([40, 120, 260], 5);
const FOCUS = rijenVoorFocusgebieden(
  [
    { code: 'tarwewijk', naam: 'Tarwewijk', telling: { onderdrukt: false, aantal: 218 } },
    { code: 'bloemhof', naam: 'Bloemhof', telling: { onderdrukt: false, aantal: 254 } },
    { code: 'carnisse', naam: 'Carnisse', telling: { onderdrukt: true } },
  ],
  KLASSEN,
);

describe('publiekeLagen', () => {
  const lagen = publiekeLagen();
  it('is a valid maplibre style over its own sources', () => {
    const stijl: StyleSpecification = {
      version: 8,
      sources: Object.fromEntries(
        Object.values(PUBLIEK_BRONNEN).map((id) => [
          id,
          { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        ]),
      ),
      layers: lagen,
    };
    expect(validateStyleMin(stijl)).toEqual([]);
  });

  it('names every layer and source with the prefix the style change carries over', () => {
    for (const laag of lagen) expect(laag.id.startsWith(PUBLIEK_VOORVOEGSEL)).toBe(true);
    for (const id of Object.values(PUBLIEK_BRONNEN)) expect(id.startsWith(PUBLIEK_VOORVOEGSEL)).toBe(true);
    expect(new Set(lagen.map((l) => l.id)).size).toBe(lagen.length);
  });

  it('draws the counts over the ring, the ring over the circles, the circles over names and cards', () => {
    const plek = (id: string) => lagen.findIndex((l) => l.id === id);
    expect(plek('pk-kaartjes')).toBeLessThan(plek('pk-namen-wijk'));
    expect(plek('pk-namen-wijk')).toBeLessThan(plek('pk-symbolen'));
    expect(plek('pk-symbolen')).toBeLessThan(plek('pk-ring'));
    expect(plek('pk-ring')).toBeLessThan(plek('pk-aantallen'));
    expect(plek('pk-aantallen')).toBeLessThan(plek('pk-zoek-kern'));
  });

  it('draws each part from its own features only: every layer filters on its part of the shared source', () => {
    const punten = samen([
      symboolBron(GROEPEN).features,
      ringBron({ positie: [4.5, 51.9], straal: 15 }).features,
      zoekPuntBron([4.5, 51.9]).features,
    ]);
    const delen = new Set(punten.features.map((f) => f.properties.deel));
    expect(delen).toEqual(new Set(['symbolen', 'ring', 'zoekPunt']));
    for (const laag of lagen) {
      if (!('source' in laag)) continue;
      expect(Object.values(PUBLIEK_BRONNEN)).toContain(laag.source);
      expect(JSON.stringify(laag.filter), laag.id).toMatch(/"deel"/);
    }
  });

  it('switches and clicks only layers that exist', () => {
    const ids = new Set(lagen.map((l) => l.id));
    for (const id of [...KLIKBARE_LAGEN, ...Object.values(LAGEN_VAN).flat()]) expect(ids).toContain(id);
  });
});

describe('sources', () => {
  it('puts one point per PC4 area at its centroid, with the count and the radius of the deck.gl symbol', () => {
    const bron = symboolBron(GROEPEN);
    expect(bron.features).toHaveLength(2);
    expect(bron.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [4.47, 51.88] });
    expect(bron.features[0]?.properties).toEqual({
      deel: 'symbolen',
      i: 0,
      sleutel: 'pc4:3081',
      aantal: 3,
      straal: pc4Straal(3),
    });
  });

  it('carries no more than the count: no names or other fields of the facilities', () => {
    const tekst = JSON.stringify(symboolBron(GROEPEN));
    expect(tekst).not.toContain('Locatie');
  });

  it('gives the ring and the searched point one feature, or none', () => {
    expect(ringBron(null).features).toEqual([]);
    expect(ringBron({ positie: [4.5, 51.9], straal: 15 }).features[0]?.properties).toEqual({
      deel: 'ring',
      straal: 15,
    });
    expect(zoekPuntBron(null).features).toEqual([]);
    expect(zoekPuntBron([4.5, 51.9]).features).toHaveLength(1);
  });

  it('turns each name’s nudge from pixels into ems of its own size', () => {
    const geplaatst = plaatsLabels(KAART_LABELS, 11.5, []);
    expect(geplaatst.length).toBeGreaterThan(5);
    const bron = namenBron(geplaatst);
    bron.features.forEach((f, i) => {
      const g = geplaatst[i];
      if (!g) throw new Error('ontbreekt');
      const grootte = LABEL_OPMAAK[g.label.soort].grootte;
      expect(f.properties.verschuiving).toEqual([g.verschuiving[0] / grootte, g.verschuiving[1] / grootte]);
      expect(f.properties.naam).toBe(g.label.naam);
    });
  });

  it('sorts the cards so the larger total is placed first, a suppressed one last', () => {
    const labels = labelsVan(FOCUS, null);
    const bron = kaartjeBron(labels);
    const volgorde = new Map(bron.features.map((f) => [f.properties.sleutel, f.properties.volgorde]));
    expect(volgorde.get('rgw-focus:bloemhof')).toBeLessThan(volgorde.get('rgw-focus:tarwewijk') as number);
    expect(volgorde.get('rgw-focus:tarwewijk')).toBeLessThan(volgorde.get('rgw-focus:carnisse') as number);
    expect(bron.features.map((f) => f.properties.tekst)).toContain('Carnisse\nte weinig om te tonen');
  });

  it('hatches only the suppressed focus areas', () => {
    const vlakken = vlakkenVan(FOCUS);
    const bron = focusVlakBron(vlakken);
    expect(bron.features.length).toBeGreaterThan(0);
    for (const f of bron.features) expect(f.properties.sleutel).toBe('rgw-focus:carnisse');
    expect(bron.features.length).toBe(vlakken.filter((v) => v.rij.klasse === 'onderdrukt').length);
  });
});

describe('images', () => {
  it('makes a card with transparent corners, a purple border and a white middle', () => {
    const { beeld, opties } = kaartjeBeeld(2);
    expect(beeld.data.length).toBe(beeld.width * beeld.height * 4);
    const pixel = (x: number, y: number) => [
      ...beeld.data.slice((y * beeld.width + x) * 4, (y * beeld.width + x) * 4 + 4),
    ];
    expect(pixel(0, 0)[3]).toBe(0);
    const midden = pixel(beeld.width / 2, beeld.height / 2);
    expect(midden.slice(0, 3)).toEqual([255, 255, 255]);
    const rand = pixel(beeld.width / 2, 1);
    expect(rand[2]).toBeGreaterThan(rand[1] as number);
    expect(opties.content[0]).toBeLessThan(opties.content[2]);
  });

  it('makes a hatch tile whose lines continue across its edges', () => {
    const { beeld } = arceringBeeld(2);
    const n = beeld.width;
    const groen = (x: number, y: number) => beeld.data[(((y + n) % n) * n + ((x + n) % n)) * 4 + 1];
    // Every pixel equals its neighbour one step along the line, also where that step leaves the tile and comes back
    // on the other side: so tiles laid side by side join without a seam.
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) expect(groen(x + 1, y - 1)).toBe(groen(x, y));
    }
    const alfa = groen;
    const grijzen = new Set(Array.from({ length: n }, (_, x) => alfa(x, 0)));
    expect(grijzen.size).toBeGreaterThan(1);
  });
});
