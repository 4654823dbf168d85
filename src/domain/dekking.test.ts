/** Tests of the coverage figures: per 1,000 inhabitants, the city average, ratio classes, too few inhabitants, sorting. */
import { describe, expect, it } from 'vitest';
import {
  aantalPerKlasse,
  berekenDekking,
  dekkingTooltip,
  klasseVan,
  toonPer1000,
  toonVerhouding,
  type DekkingGebied,
  type DekkingVoorziening,
} from './dekking';

const BUURTEN: readonly DekkingGebied[] = Object.freeze(
  [
    { code: 'BU01', naam: 'Aa', inwoners: 10_000 },
    { code: 'BU02', naam: 'Bb', inwoners: 5_000 },
    { code: 'BU03', naam: 'Cc', inwoners: 4_000 },
    { code: 'BU04', naam: 'Dd', inwoners: 400 },
    { code: 'BU05', naam: 'Ee', inwoners: 600 },
  ].map((g) => Object.freeze(g)),
);

const VOORZIENINGEN: readonly DekkingVoorziening[] = Object.freeze(
  [
    { capaciteit: 20, buurt: 'BU01', wijk: 'WK1' },
    { capaciteit: 40, buurt: 'BU02', wijk: 'WK1' },
    { capaciteit: 10, buurt: 'BU02', wijk: 'WK1' },
    { capaciteit: 30, buurt: 'BU04', wijk: 'WK2' },
    // Outside the map (the port): counts in the city total, in no row.
    { capaciteit: 0, buurt: 'BU99', wijk: 'WK9' },
    // A role's record without capacity adds nothing.
    { buurt: 'BU03', wijk: 'WK2' },
  ].map((v) => Object.freeze(v)),
);

describe('berekenDekking', () => {
  const dekking = berekenDekking(VOORZIENINGEN, BUURTEN, 'buurt');
  const rij = (code: string) => dekking.rijen.find((r) => r.code === code);

  it('neemt alle capaciteit over alle inwoners als stadsgemiddelde', () => {
    expect(dekking.totaalCapaciteit).toBe(100);
    expect(dekking.totaalInwoners).toBe(20_000);
    expect(dekking.gemiddeldePer1000).toBeCloseTo(5);
    expect(dekking.capaciteitBuitenIndeling).toBe(0);
  });

  it.each([
    ['BU01', 20, 2, 0.4, 'ver-onder'],
    ['BU02', 50, 10, 2, 'boven'],
    ['BU03', 0, 0, 0, 'ver-onder'],
    ['BU04', 30, null, null, 'te-weinig-inwoners'],
    ['BU05', 0, 0, 0, 'ver-onder'],
  ] as const)('%s: %i plaatsen, %s per 1.000, %s×, %s', (code, plaatsen, per1000, verhouding, klasse) => {
    const r = rij(code);
    expect(r?.capaciteit).toBe(plaatsen);
    if (per1000 === null) expect(r?.per1000).toBeNull();
    else expect(r?.per1000).toBeCloseTo(per1000);
    if (verhouding === null) expect(r?.verhouding).toBeNull();
    else expect(r?.verhouding).toBeCloseTo(verhouding);
    expect(r?.klasse).toBe(klasse);
  });

  it('telt per wijk met de wijkcode van de voorziening', () => {
    const wijken = berekenDekking(
      VOORZIENINGEN,
      [
        { code: 'WK1', naam: 'Wijk 1', inwoners: 15_000 },
        { code: 'WK2', naam: 'Wijk 2', inwoners: 5_000 },
      ],
      'wijk',
    );
    expect(wijken.rijen.map((r) => [r.code, r.capaciteit, r.voorzieningen])).toEqual([
      ['WK1', 70, 3],
      ['WK2', 30, 2],
    ]);
    expect(wijken.rijen[1]?.verhouding).toBeCloseTo(1.2);
  });

  it('meldt capaciteit buiten de indeling', () => {
    const d = berekenDekking([{ capaciteit: 7, buurt: 'BU99' }], BUURTEN, 'buurt');
    expect(d.capaciteitBuitenIndeling).toBe(7);
  });

  it('telt gebieden per klasse', () => {
    expect(aantalPerKlasse(dekking)).toEqual({
      'ver-onder': 3,
      onder: 0,
      boven: 1,
      'ver-boven': 0,
      'te-weinig-inwoners': 1,
    });
  });

  it('geeft zonder inwoners een gemiddelde van 0 en geen verhoudingen', () => {
    const d = berekenDekking(VOORZIENINGEN, [], 'buurt');
    expect(d.gemiddeldePer1000).toBe(0);
    expect(d.rijen).toEqual([]);
  });
});

describe('klasseVan', () => {
  it.each([
    [null, 'te-weinig-inwoners'],
    [0, 'ver-onder'],
    [0.49, 'ver-onder'],
    [0.5, 'onder'],
    [0.99, 'onder'],
    [1, 'boven'],
    [2, 'boven'],
    [2.01, 'ver-boven'],
  ] as const)('%s → %s', (verhouding, klasse) => {
    expect(klasseVan(verhouding)).toBe(klasse);
  });
});

describe('weergave', () => {
  it('schrijft getallen zoals in het Nederlands', () => {
    expect(toonPer1000(5.83)).toBe('5,8');
    expect(toonPer1000(null)).toBe('–');
    expect(toonVerhouding(1.84)).toBe('1,8×');
  });

  it('zegt in de tooltip hoeveel plaatsen per 1.000 inwoners, t.o.v. het gemiddelde', () => {
    const dekking = berekenDekking(
      Object.freeze([Object.freeze({ capaciteit: 30, buurt: 'BU01' })]),
      Object.freeze([
        Object.freeze({ code: 'BU01', naam: 'Stadsdriehoek', inwoners: 15_615 }),
        Object.freeze({ code: 'BU02', naam: 'Dijkzigt', inwoners: 400 }),
      ]),
      'buurt',
    );
    const [stad, klein] = dekking.rijen;
    if (!stad || !klein) throw new Error('rijen ontbreken');
    expect(dekkingTooltip(stad)).toBe(
      'Stadsdriehoek\n1,9 plaatsen per 1.000 inwoners (1,0× het gemiddelde)\n30 plaatsen · 15.615 inwoners',
    );
    expect(dekkingTooltip(klein)).toBe(
      'Dijkzigt\nTe weinig inwoners (minder dan 500)\n0 plaatsen · 400 inwoners',
    );
  });
});
