/** Tests of publiek's canvas drawing: where the cards go, what a click hits, what the quiet-spot check sees, what is drawn per layer switch, and a hatch that tiles. */
import { describe, expect, it } from 'vitest';
import { maakKlassen } from '../domain/rgw-klassen';
import { rijenVoorFocusgebieden } from '../domain/rgw-tabel';
import type { GeplaatstLabel } from './layers/labels-layer';
import type { RgwLabel } from './layers/rgw-kaartjes';
import {
  arceringBeeld,
  getekendRond,
  KAARTJE,
  LEGE_PLAATSING,
  LEGE_SCENE,
  plaatsKaartjes,
  raak,
  tekenScene,
  type Plaatsing,
  type Projectie,
  type PubliekScene,
} from './publiek-canvas';

const KLASSEN = maakKlassen([40, 120, 260], 5);
const [TARWEWIJK, BLOEMHOF, CARNISSE] = rijenVoorFocusgebieden(
  [
    { code: 'tarwewijk', naam: 'Tarwewijk', telling: { onderdrukt: false, aantal: 218 } },
    { code: 'bloemhof', naam: 'Bloemhof', telling: { onderdrukt: false, aantal: 254 } },
    { code: 'carnisse', naam: 'Carnisse', telling: { onderdrukt: true } },
  ],
  KLASSEN,
);
if (!TARWEWIJK || !BLOEMHOF || !CARNISSE) throw new Error('testrijen ontbreken');

/** Lon/lat read as screen pixels: tests place things where they like. */
const rechtdoor: Projectie = (p) => [p[0], p[1]];
/** 7 px per character. */
const breedte = (regel: string) => regel.length * 7;

function kaartje(rij: RgwLabel['rij'], positie: [number, number]): RgwLabel {
  return { rij, positie, tekst: `${rij.naam}\n123 zaken` };
}

describe('plaatsKaartjes', () => {
  it('zet een kaartje midden op zijn punt, met de binnenrand om de langste regel', () => {
    const [k] = plaatsKaartjes([kaartje(TARWEWIJK, [200, 100])], rechtdoor, breedte);
    const b = 9 * 7 + 2 * KAARTJE.binnenrand[1];
    const h = 2 * KAARTJE.regel + 2 * KAARTJE.binnenrand[0];
    expect(k?.anker).toBe('midden');
    expect(k?.kader).toEqual([200 - b / 2, 100 - h / 2, 200 + b / 2, 100 + h / 2]);
    expect(k?.regels).toEqual(['Tarwewijk', '123 zaken']);
  });

  it('het grootste totaal houdt zijn plek; een kaartje dat zou overlappen schuift onder of boven zijn punt', () => {
    const geplaatst = plaatsKaartjes(
      [kaartje(TARWEWIJK, [200, 110]), kaartje(BLOEMHOF, [200, 100]), kaartje(CARNISSE, [200, 90])],
      rechtdoor,
      breedte,
    );
    const anker = (i: number) => geplaatst.find((g) => g.i === i)?.anker;
    // Bloemhof (254) first, then Tarwewijk (218), the suppressed Carnisse last.
    expect(anker(1)).toBe('midden');
    expect(anker(0)).toBe('onder');
    expect(anker(2)).toBe('boven');
    for (const a of geplaatst) {
      for (const b of geplaatst) {
        if (a === b) continue;
        const los =
          a.kader[2] <= b.kader[0] ||
          b.kader[2] <= a.kader[0] ||
          a.kader[3] <= b.kader[1] ||
          b.kader[3] <= a.kader[1];
        expect(los, `${a.i} en ${b.i} overlappen`).toBe(true);
      }
    }
  });

  it('naast zijn punt, rechts of links, wanneer ook onder en boven een groter kaartje raken', () => {
    const geplaatst = plaatsKaartjes(
      [kaartje(BLOEMHOF, [200, 100]), kaartje(TARWEWIJK, [240, 100]), kaartje(CARNISSE, [160, 100])],
      rechtdoor,
      breedte,
    );
    expect(geplaatst.map((g) => [g.i, g.anker])).toEqual([
      [0, 'midden'],
      [1, 'rechts'],
      [2, 'links'],
    ]);
  });

  it('kiest een plek die geen symbool bedekt, en blijft staan als elke plek er een bedekt', () => {
    const [opPunt] = plaatsKaartjes([kaartje(TARWEWIJK, [200, 100])], rechtdoor, breedte, [
      { x: 200, y: 100, r: 10 },
    ]);
    expect(opPunt?.anker, 'het symbool op zijn punt: eronder').toBe('onder');
    const overal = [
      { x: 200, y: 100, r: 12 },
      { x: 200, y: 140, r: 12 },
      { x: 200, y: 60, r: 12 },
      { x: 260, y: 100, r: 12 },
      { x: 140, y: 100, r: 12 },
    ];
    const [toch] = plaatsKaartjes([kaartje(TARWEWIJK, [200, 100])], rechtdoor, breedte, overal);
    expect(toch?.anker, 'geen plek vrij van symbolen: op zijn punt, niet weg').toBe('midden');
  });

  it('een kaartje zonder vrije plek wacht tot er ingezoomd wordt', () => {
    const geplaatst = plaatsKaartjes(
      [kaartje(BLOEMHOF, [200, 100]), kaartje(TARWEWIJK, [200, 100])],
      rechtdoor,
      breedte,
    );
    expect(geplaatst.map((g) => g.i)).toEqual([0]);
  });
});

/** A 2D context that records what is drawn (method calls, with the styles in force). */
function opnemer() {
  const log: { naam: string; args: unknown[]; fillStyle: unknown; font: unknown }[] = [];
  const staat: Record<string, unknown> = { fillStyle: '', strokeStyle: '', font: '', lineWidth: 1 };
  const g = new Proxy(staat, {
    get(doel, naam: string) {
      if (naam in doel) return doel[naam];
      if (naam === 'measureText') return (t: string) => ({ width: breedte(t) });
      return (...args: unknown[]) => log.push({ naam, args, fillStyle: doel.fillStyle, font: doel.font });
    },
    set(doel, naam: string, waarde) {
      doel[naam] = waarde;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { g, log, teksten: () => log.filter((r) => r.naam === 'fillText').map((r) => String(r.args[0])) };
}

const OPTIES = { familie: 'sans-serif', arcering: null, breedte: 800, hoogte: 600 };

const NAAM: GeplaatstLabel = {
  label: { soort: 'wijk', code: 'WK059915', naam: 'Charlois', rang: 1, positie: [400, 300] },
  verschuiving: [0, 12],
};

const SCENE: PubliekScene = {
  ...LEGE_SCENE,
  voorzieningen: true,
  rgw: true,
  symbolen: [
    { positie: [100, 100], straal: 10, aantal: 3 },
    { positie: [300, 200], straal: 8, aantal: 1 },
  ],
  namen: [NAAM],
  kaartjes: [kaartje(TARWEWIJK, [500, 400])],
  gearceerd: [
    {
      veelhoek: [
        [
          [600, 100],
          [700, 100],
          [700, 200],
          [600, 200],
          [600, 100],
        ],
      ],
    },
  ],
};

describe('tekenScene', () => {
  it('tekent de cirkels met hun aantal, de namen met een halo, de kaartjes en het gearceerde vlak', () => {
    const { g, log, teksten } = opnemer();
    const plaatsing = tekenScene(g, SCENE, rechtdoor, OPTIES);
    expect(log.filter((r) => r.naam === 'arc')).toHaveLength(2);
    expect(teksten()).toEqual(expect.arrayContaining(['3', '1', 'Charlois', 'Tarwewijk', '123 zaken']));
    const halo = log.findIndex((r) => r.naam === 'strokeText' && r.args[0] === 'Charlois');
    const naam = log.findIndex((r) => r.naam === 'fillText' && r.args[0] === 'Charlois');
    expect(halo).toBeGreaterThanOrEqual(0);
    expect(halo, 'de halo onder de naam').toBeLessThan(naam);
    // The name at its point plus its nudge.
    expect(log[naam]?.args.slice(1)).toEqual([400, 312]);
    expect(plaatsing.symbolen.map((s) => [s.x, s.y, s.r])).toEqual(
      expect.arrayContaining([
        [100, 100, 10],
        [300, 200, 8],
      ]),
    );
    expect(plaatsing.kaartjes).toHaveLength(1);
    expect(plaatsing.vlakken).toHaveLength(1);
  });

  it('met de laag Voorzieningen uit geen cirkels of aantallen, met RGW uit geen kaartjes of arcering', () => {
    const zonderVoorzieningen = opnemer();
    const p1 = tekenScene(zonderVoorzieningen.g, { ...SCENE, voorzieningen: false }, rechtdoor, OPTIES);
    expect(zonderVoorzieningen.log.filter((r) => r.naam === 'arc')).toHaveLength(0);
    expect(zonderVoorzieningen.teksten()).not.toContain('3');
    expect(p1.symbolen).toEqual([]);

    const zonderRgw = opnemer();
    const p2 = tekenScene(zonderRgw.g, { ...SCENE, rgw: false }, rechtdoor, OPTIES);
    expect(zonderRgw.teksten()).not.toContain('Tarwewijk');
    expect(zonderRgw.log.filter((r) => r.naam === 'fill' && r.args[0] === 'evenodd')).toHaveLength(0);
    expect(p2.kaartjes).toEqual([]);
    expect(p2.vlakken).toEqual([]);
    // The names stay: they belong to the basemap.
    expect(zonderRgw.teksten()).toContain('Charlois');
  });

  it('slaat symbolen ver buiten beeld over', () => {
    const { log } = (() => {
      const o = opnemer();
      tekenScene(
        o.g,
        { ...SCENE, symbolen: [{ positie: [5000, 5000], straal: 10, aantal: 2 }] },
        rechtdoor,
        OPTIES,
      );
      return o;
    })();
    expect(log.filter((r) => r.naam === 'arc')).toHaveLength(0);
  });

  it('tekent het gezochte punt en de selectiering', () => {
    const { g, log } = opnemer();
    const plaatsing = tekenScene(
      g,
      { ...LEGE_SCENE, zoekPunt: [50, 60], ring: { positie: [100, 100], straal: 10 } },
      rechtdoor,
      OPTIES,
    );
    // Halo and ring of the selection, halo, ring and dot of the searched point.
    expect(log.filter((r) => r.naam === 'arc')).toHaveLength(5);
    expect(plaatsing.zoekPunt).toEqual([50, 60]);
  });
});

describe('raak en getekendRond', () => {
  const { g } = opnemer();
  const plaatsing: Plaatsing = tekenScene(g, SCENE, rechtdoor, OPTIES);

  it('raakt een cirkel tot en met zijn witte rand, boven een kaartje', () => {
    expect(raak(plaatsing, [100, 111.5])).toEqual({ soort: 'symbool', i: 0 });
    expect(raak(plaatsing, [100, 113])).toBeNull();
    expect(raak(plaatsing, [500, 400])).toEqual({ soort: 'kaartje', i: 0 });
    const opKaartje = tekenScene(
      opnemer().g,
      { ...SCENE, symbolen: [{ positie: [500, 400], straal: 10, aantal: 1 }] },
      rechtdoor,
      OPTIES,
    );
    expect(raak(opKaartje, [500, 400])).toEqual({ soort: 'symbool', i: 0 });
  });

  it('raakt een gearceerd vlak binnen zijn rand, even-oneven met gaten', () => {
    expect(raak(plaatsing, [650, 150])).toEqual({ soort: 'vlak', i: 0 });
    expect(raak(plaatsing, [750, 150])).toBeNull();
    const metGat = tekenScene(
      opnemer().g,
      {
        ...LEGE_SCENE,
        rgw: true,
        gearceerd: [
          {
            veelhoek: [
              [
                [0, 0],
                [100, 0],
                [100, 100],
                [0, 100],
              ],
              [
                [40, 40],
                [60, 40],
                [60, 60],
                [40, 60],
              ],
            ],
          },
        ],
      },
      rechtdoor,
      OPTIES,
    );
    expect(raak(metGat, [20, 20])).toEqual({ soort: 'vlak', i: 0 });
    expect(raak(metGat, [50, 50])).toBeNull();
  });

  it('ziet een naam, een cirkel of een kaartje als tekening, een gearceerd vlak als vulling, en elders niets', () => {
    expect(getekendRond(plaatsing, [400, 312], 2)).toEqual(['teken']);
    expect(getekendRond(plaatsing, [100, 100], 0)).toEqual(['teken']);
    expect(getekendRond(plaatsing, [100, 116], 6), 'binnen de marge van de witte rand').toEqual(['teken']);
    expect(getekendRond(plaatsing, [100, 120], 6)).toEqual([]);
    expect(getekendRond(plaatsing, [650, 150], 6)).toEqual(['vlak:0']);
    expect(getekendRond(plaatsing, [601, 150], 2), 'de grijze rand van het vlak').toEqual(['teken']);
    expect(getekendRond(plaatsing, [200, 500], 6)).toEqual([]);
    expect(getekendRond(LEGE_PLAATSING, [100, 100], 6)).toEqual([]);
  });
});

describe('arceringBeeld', () => {
  it('herhaalt naadloos langs de diagonaal, met lijnen en lichtere tussenruimte', () => {
    for (const schaal of [1, 2, 3]) {
      const { width: n, height, data } = arceringBeeld(schaal);
      expect(height).toBe(n);
      const pixel = (x: number, y: number) => Array.from(data.slice((y * n + x) * 4, (y * n + x) * 4 + 4));
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          expect(pixel(x, y)).toEqual(pixel((x + 1) % n, (y - 1 + n) % n));
        }
      }
      const rood = new Set(Array.from({ length: n }, (_, x) => pixel(x, 0)[0]));
      expect(rood.size, `schaal ${schaal}: lijn en tussenruimte`).toBeGreaterThan(1);
    }
  });
});
