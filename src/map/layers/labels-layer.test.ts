/** Tests of the basemap label props: which level shows at which zoom, greedy placement by rang without overlap, and the halo. */
import { describe, expect, it } from 'vitest';
import { KAART_LABELS, type KaartLabel } from '../../geo/kaartlabels';
import {
  HALO_KLEUR,
  type Hindernis,
  LABEL_OPMAAK,
  MAX_VERSCHUIVING,
  labelKader,
  labelLagenProps,
  maakNaamPlaatser,
  pixelPositie,
  plaatsLabels,
  regelHoogte,
  tekenset,
  zichtbaarOp,
  zoomStap,
} from './labels-layer';

/** Frozen at run time, typed as before: deck.gl's accessor types want mutable tuples. */
function bevroren<T extends object>(x: T): T {
  Object.freeze(x);
  return x;
}

const ALLE = Object.freeze(
  KAART_LABELS.map((l): KaartLabel =>
    bevroren({ ...l, positie: bevroren<[number, number]>([...l.positie]) }),
  ),
);

function label(
  soort: KaartLabel['soort'],
  naam: string,
  rang: number,
  positie: [number, number],
): KaartLabel {
  return bevroren({ soort, code: naam, naam, rang, positie: bevroren(positie) });
}

function soortenOp(zoom: number): Set<string> {
  return new Set(plaatsLabels(ALLE, zoom).map((g) => g.label.soort));
}

describe('zichtbaarOp', () => {
  it.each([
    { zoom: 9, soorten: [] },
    { zoom: 9.5, soorten: ['wijk'] },
    { zoom: 11, soorten: ['wijk'] },
    { zoom: 12.2, soorten: ['wijk', 'buurt'] },
    { zoom: 13, soorten: ['focusgebied', 'buurt'] },
    { zoom: 14, soorten: ['buurt', 'pc4'] },
    { zoom: 17, soorten: ['buurt', 'pc4'] },
  ])('zoom $zoom: $soorten', ({ zoom, soorten }) => {
    const zichtbaar = (['wijk', 'focusgebied', 'buurt', 'pc4'] as const).filter((s) => zichtbaarOp(s, zoom));
    expect(new Set(zichtbaar)).toEqual(new Set(soorten));
  });
});

describe('zoomStap', () => {
  it.each([
    [11, 11],
    [11.3, 11],
    [11.5, 11.5],
    [15.99, 15.5],
  ])('%s → %s', (zoom, stap) => {
    expect(zoomStap(zoom)).toBe(stap);
  });
});

describe('pixelPositie', () => {
  it('legt lengte 0, breedte 0 midden in de wereld', () => {
    expect(pixelPositie([0, 0], 0)).toEqual([256, 256]);
  });

  it('verdubbelt de afstanden per zoomniveau', () => {
    const [x1, y1] = pixelPositie([4.48, 51.91], 11);
    const [x2, y2] = pixelPositie([4.48, 51.91], 12);
    expect(x2 / x1).toBeCloseTo(2, 10);
    expect(y2 / y1).toBeCloseTo(2, 10);
  });
});

describe('plaatsLabels', () => {
  it('toont op stadsniveau alleen wijknamen, op wijkniveau buurtnamen en op straatniveau ook postcodes', () => {
    expect(soortenOp(11)).toEqual(new Set(['wijk']));
    expect(soortenOp(13)).toEqual(new Set(['buurt', 'focusgebied']));
    expect(soortenOp(15.5)).toEqual(new Set(['buurt', 'pc4']));
  });

  /** The symbols of a busy map: one every 0.01 degree across the city, 12 pixels in radius. */
  const SYMBOLEN: readonly Hindernis[] = Object.freeze(
    Array.from({ length: 40 }, (_, i) =>
      Object.freeze({
        positie: Object.freeze([4.4 + (i % 8) * 0.02, 51.87 + Math.floor(i / 8) * 0.02] as const),
        straal: 12,
      }),
    ),
  );

  it.each([10, 11, 12, 12.5, 13, 14, 15.5, 17])(
    'laat op zoom %s geen twee namen overlappen en geen naam een symbool bedekken',
    (zoom) => {
      const geplaatst = plaatsLabels(ALLE, zoom, SYMBOLEN);
      const stap = zoomStap(zoom);
      const kaders = geplaatst.map((g) => labelKader(g.label, stap, g.verschuiving));
      for (let i = 0; i < kaders.length; i++) {
        for (let j = i + 1; j < kaders.length; j++) {
          const [a, b] = [kaders[i], kaders[j]];
          if (!a || !b) throw new Error('kader ontbreekt');
          const raakt = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
          expect(raakt, `${geplaatst[i]?.label.naam} en ${geplaatst[j]?.label.naam}`).toBe(false);
        }
        const k = kaders[i];
        if (!k) throw new Error('kader ontbreekt');
        for (const s of SYMBOLEN) {
          const [x, y] = pixelPositie(s.positie, stap);
          const dx = x - Math.max(k[0], Math.min(x, k[2]));
          const dy = y - Math.max(k[1], Math.min(y, k[3]));
          expect(Math.hypot(dx, dy), `${geplaatst[i]?.label.naam} bedekt een symbool`).toBeGreaterThanOrEqual(
            s.straal,
          );
        }
      }
    },
  );

  it('plaatst bij een botsing het label met de laagste rang', () => {
    const groot = label('buurt', 'Groot', 1, [4.5, 51.9]);
    const klein = label('buurt', 'Klein', 2, [4.5001, 51.9]);
    const ver = label('buurt', 'Ver', 3, [4.6, 51.9]);
    const geplaatst = plaatsLabels(Object.freeze([klein, ver, groot]), 13);
    expect(geplaatst.map((g) => g.label.naam)).toEqual(['Groot', 'Klein', 'Ver']);
    // The second one did not fit on its point, so it moved a line up.
    expect(geplaatst.map((g) => g.verschuiving)).toEqual([
      [0, 0],
      [0, -regelHoogte('buurt')],
      [0, 0],
    ]);
  });

  it('schuift een naam boven of onder een symbool op zijn plek, en laat hem weg als er geen plek is', () => {
    const naam = label('buurt', 'Carnisse', 1, [4.5, 51.9]);
    const opPlek = Object.freeze([
      Object.freeze({ positie: Object.freeze([4.5, 51.9] as const), straal: 10 }),
    ]);
    const [verschoven] = plaatsLabels(Object.freeze([naam]), 13, opPlek);
    expect(verschoven?.verschuiving).not.toEqual([0, 0]);
    const groot = Object.freeze([
      Object.freeze({ positie: Object.freeze([4.5, 51.9] as const), straal: 80 }),
    ]);
    expect(plaatsLabels(Object.freeze([naam]), 13, groot)).toEqual([]);
  });

  it(`verschuift een naam nooit meer dan ${MAX_VERSCHUIVING} pixels`, () => {
    for (const zoom of [10, 11, 13, 15]) {
      for (const g of plaatsLabels(ALLE, zoom, SYMBOLEN)) {
        expect(Math.hypot(...g.verschuiving)).toBeLessThanOrEqual(MAX_VERSCHUIVING);
      }
    }
  });

  it('toont een naam die een focusgebied en zijn buurt delen maar één keer', () => {
    const focus = label('focusgebied', 'Bloemhof', 1, [4.5, 51.9]);
    const buurt = label('buurt', 'Bloemhof', 2, [4.52, 51.9]);
    expect(plaatsLabels(Object.freeze([buurt, focus]), 13).map((g) => g.label.soort)).toEqual([
      'focusgebied',
    ]);
    for (const zoom of [11, 12, 13, 15]) {
      const namen = plaatsLabels(ALLE, zoom).map((g) => g.label.naam);
      expect(new Set(namen).size).toBe(namen.length);
    }
  });

  it('herhaalt geen naam die een RGW-kaartje al op de kaart schrijft', () => {
    const focus = label('focusgebied', 'Bloemhof', 1, [4.5, 51.9]);
    const buurt = label('buurt', 'Bloemhof', 2, [4.52, 51.9]);
    const ander = label('buurt', 'Carnisse', 3, [4.48, 51.89]);
    const labels = Object.freeze([buurt, focus, ander]);
    expect(plaatsLabels(labels, 13, [], ['Bloemhof']).map((g) => g.label.naam)).toEqual(['Carnisse']);
    expect(plaatsLabels(labels, 13, []).map((g) => g.label.naam)).toEqual(['Bloemhof', 'Carnisse']);
  });

  it('toont meer namen naarmate je inzoomt', () => {
    const aantal = (zoom: number) => plaatsLabels(ALLE, zoom).filter((g) => g.label.soort === 'buurt').length;
    expect(aantal(14)).toBeGreaterThan(aantal(12));
    expect(aantal(16)).toBeGreaterThanOrEqual(aantal(14));
  });

  it('wijzigt de invoer niet', () => {
    const voor = ALLE.map((l) => l.naam).join();
    plaatsLabels(ALLE, 13, SYMBOLEN);
    expect(ALLE.map((l) => l.naam).join()).toBe(voor);
  });
});

describe('maakNaamPlaatser', () => {
  it('places again only when an input in the key changed, by identity', () => {
    const plaats = maakNaamPlaatser(ALLE);
    let keer = 0;
    const hindernissen = () => {
      keer += 1;
      return [];
    };
    const data = {};
    const eerste = plaats([11.5, data], 11.5, hindernissen, () => []);
    expect(plaats([11.5, data], 11.5, hindernissen, () => [])).toBe(eerste);
    expect(keer).toBe(1);
    const ander = plaats([11.5, {}], 11.5, hindernissen, () => []);
    expect(ander).not.toBe(eerste);
    expect(ander).toEqual(eerste);
    expect(plaats([13, data], 13, hindernissen, () => [])).toEqual(plaatsLabels(ALLE, 13));
    expect(keer).toBe(3);
  });
});

describe('tekenset', () => {
  it('bevat elk teken van de namen, één keer', () => {
    const tekens = tekenset(ALLE);
    for (const l of ALLE) for (const t of l.naam) expect(tekens).toContain(t);
    expect(new Set(tekens).size).toBe(tekens.length);
  });
});

describe('labelLagenProps', () => {
  const geplaatst = Object.freeze(plaatsLabels(ALLE, 13));
  const lagen = labelLagenProps(geplaatst, { tekens: tekenset(ALLE) });

  it('maakt één laag per niveau, niet klikbaar', () => {
    expect(lagen.map((l) => l.id)).toEqual([
      'labels-pc4',
      'labels-buurt',
      'labels-focusgebied',
      'labels-wijk',
    ]);
    for (const laag of lagen) expect(laag.pickable).toBe(false);
  });

  it('verdeelt de geplaatste labels over de lagen', () => {
    const totaal = lagen.reduce((s, l) => s + (Array.isArray(l.data) ? l.data.length : 0), 0);
    expect(totaal).toBe(geplaatst.length);
  });

  it('tekent een witte halo met een SDF-lettertype en een vaste tekenset', () => {
    for (const laag of lagen) {
      expect(laag.fontSettings?.sdf).toBe(true);
      expect(laag.outlineWidth).toBeGreaterThan(0);
      expect(laag.outlineColor).toBe(HALO_KLEUR);
      expect(laag.characterSet).toBe(tekenset(ALLE));
    }
  });

  it('gebruikt per niveau de eigen grootte', () => {
    const buurt = lagen.find((l) => l.id === 'labels-buurt');
    expect(buurt?.getSize).toBe(LABEL_OPMAAK.buurt.grootte);
  });

  it('kan worden verborgen zonder de lagen te verwijderen', () => {
    expect(
      labelLagenProps(geplaatst, { tekens: '', zichtbaar: false }).every((l) => l.visible === false),
    ).toBe(true);
  });
});
