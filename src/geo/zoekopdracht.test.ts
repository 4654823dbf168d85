/** Table-driven tests of the search box interpretation and the place index it searches, on the real geography and on a tiny frozen one. */
import { describe, expect, it } from 'vitest';
import type { KaartLabel } from './kaartlabels';
import { rdNaarWgs84 } from './rd';
import type { BuurtFeit, Pc4Feit } from './rotterdam-facts';
import { bouwZoekindex, normaliseer, zoekindex, zoomVoorOppervlakte, ZOOM_BEREIK } from './zoekindex';
import { leesZoekopdracht, MAX_OPTIES, RD_ZOOM } from './zoekopdracht';

/** Frozen at run time, typed as before (label positions are mutable tuples for deck.gl's sake). */
function bevroren<T extends object>(x: T): T {
  Object.freeze(x);
  return x;
}

function label(soort: KaartLabel['soort'], code: string, naam: string, rang: number): KaartLabel {
  return bevroren({ soort, code, naam, rang, positie: bevroren<[number, number]>([4.5, 51.9]) });
}

function buurt(
  code: string,
  naam: string,
  wijk: string,
  wijknaam: string,
  focusgebied: string | null = null,
) {
  return Object.freeze({
    code,
    naam,
    wijk,
    wijknaam,
    inwoners: 1000,
    huishoudens: 500,
    landHa: 50,
    centroid: Object.freeze([4.5, 51.9] as const),
    focusgebied,
  }) satisfies BuurtFeit;
}

/** A city of two wijken: enough for every branch, small enough to read. */
const MINI = Object.freeze(
  bouwZoekindex(
    Object.freeze({
      labels: Object.freeze([
        label('focusgebied', 'bloemhof', 'Bloemhof', 1),
        label('focusgebied', 'pendrecht-zuidwijk', 'Pendrecht-Zuidwijk', 2),
        label('wijk', 'WK059910', 'Feijenoord', 3),
        label('wijk', 'WK059915', 'Charlois', 4),
        label('buurt', 'BU05991081', 'Bloemhof', 5),
        label('buurt', 'BU05991086', 'Feijenoord', 6),
        label('buurt', 'BU05991577', 'Pendrecht', 7),
        label('buurt', 'BU05991573', 'Zuidwijk', 8),
        label('buurt', 'BU05991283', 'Oud-IJsselmonde', 9),
        label('pc4', '3073', '3073', 10),
      ]),
      buurten: Object.freeze([
        buurt('BU05991081', 'Bloemhof', 'WK059910', 'Feijenoord', 'bloemhof'),
        buurt('BU05991086', 'Feijenoord', 'WK059910', 'Feijenoord'),
        buurt('BU05991577', 'Pendrecht', 'WK059915', 'Charlois', 'pendrecht-zuidwijk'),
        buurt('BU05991573', 'Zuidwijk', 'WK059915', 'Charlois', 'pendrecht-zuidwijk'),
        buurt('BU05991283', 'Oud-IJsselmonde', 'WK059912', 'IJsselmonde'),
        buurt('BU05992308', 'Maasvlakte', 'WK059923', 'Botlek'),
      ]),
      pc4: Object.freeze([
        Object.freeze({
          code: '3073',
          inwoners: 10000,
          oppervlakteKm2: 1.2,
          centroid: Object.freeze([4.5, 51.9] as const),
        }) satisfies Pc4Feit,
      ]),
      metadata: Object.freeze({
        bron: 'schematische gebiedsindeling',
        attributie: 'Schematische gebiedsindeling; Bron: CBS, Kadaster',
        weggelaten: Object.freeze(['3199', 'BU05992308', 'WK059923']),
        toelichting: 'Haven en Maasvlakte niet weergegeven',
      }),
    }),
  ),
);

describe('normaliseer', () => {
  it.each([
    { in: 'Oud-IJsselmonde', uit: 'oud ijsselmonde' },
    { in: '  oud   ijsselmonde ', uit: 'oud ijsselmonde' },
    { in: 'C.S. kwartier', uit: 'cs kwartier' },
    { in: "'s-Gravenland", uit: 's gravenland' },
    { in: 'Pendrecht–Zuidwijk', uit: 'pendrecht zuidwijk' },
    { in: 'Café Zuid', uit: 'cafe zuid' },
  ])('"$in" → "$uit"', ({ in: invoer, uit }) => {
    expect(normaliseer(invoer)).toBe(uit);
  });
});

describe('zoomVoorOppervlakte', () => {
  it('zoomt verder in naarmate het gebied kleiner is', () => {
    expect(zoomVoorOppervlakte(0.5)).toBeGreaterThan(zoomVoorOppervlakte(2));
    expect(zoomVoorOppervlakte(2)).toBeGreaterThan(zoomVoorOppervlakte(20));
  });

  it.each([0, 0.0001, 1, 50, 10_000])('blijft binnen het bereik bij %s km²', (km2) => {
    const zoom = zoomVoorOppervlakte(km2);
    expect(zoom).toBeGreaterThanOrEqual(ZOOM_BEREIK.min);
    expect(zoom).toBeLessThanOrEqual(ZOOM_BEREIK.max);
  });

  it('zet een buurt van 1 km² op wijkniveau (zoom 13-15)', () => {
    expect(zoomVoorOppervlakte(1)).toBeGreaterThanOrEqual(13);
    expect(zoomVoorOppervlakte(1)).toBeLessThanOrEqual(15);
  });
});

describe('bouwZoekindex', () => {
  it('zet wijken voor buurten en laat focusgebieden weg die een buurt met dezelfde naam zijn', () => {
    expect(MINI.namen.map((p) => `${p.soort}:${p.naam}`)).toEqual([
      'wijk:Charlois',
      'wijk:Feijenoord',
      'focusgebied:Pendrecht-Zuidwijk',
      'buurt:Bloemhof',
      'buurt:Feijenoord',
      'buurt:Oud-IJsselmonde',
      'buurt:Pendrecht',
      'buurt:Zuidwijk',
    ]);
  });

  it('beschrijft een buurt met zijn wijk', () => {
    expect(MINI.namen.find((p) => p.naam === 'Pendrecht')?.omschrijving).toBe('buurt in Charlois');
  });

  it('kent de weggelaten codes en namen', () => {
    expect([...MINI.weggelaten].sort()).toEqual(['3199', 'botlek', 'bu05992308', 'maasvlakte', 'wk059923']);
  });

  it('bevat op de echte geografie elk PC4-gebied, elke wijk en elke buurt', () => {
    expect(zoekindex().pc4.size).toBeGreaterThan(60);
    expect(zoekindex().namen.filter((p) => p.soort === 'wijk').length).toBeGreaterThan(10);
    expect(zoekindex().namen.filter((p) => p.soort === 'buurt').length).toBeGreaterThan(60);
    for (const p of [...zoekindex().namen, ...zoekindex().pc4.values()]) {
      expect(p.positie[0]).toBeGreaterThan(3.9);
      expect(p.positie[1]).toBeGreaterThan(51.8);
    }
  });
});

describe('leesZoekopdracht', () => {
  it.each(['', '   '])('"%s" is leeg', (invoer) => {
    expect(leesZoekopdracht(invoer, MINI)).toEqual({ soort: 'leeg' });
  });

  describe('postcode', () => {
    it.each([
      { invoer: '3073', pc4: '3073', pc6: null },
      { invoer: ' 3073 ', pc4: '3073', pc6: null },
      { invoer: '3073NP', pc4: '3073', pc6: '3073NP' },
      { invoer: '3073 np', pc4: '3073', pc6: '3073NP' },
      { invoer: '3073  NP', pc4: '3073', pc6: '3073NP' },
    ])('"$invoer" → PC4 $pc4, PC6 $pc6', ({ invoer, pc4, pc6 }) => {
      const uitkomst = leesZoekopdracht(invoer, MINI);
      expect(uitkomst).toMatchObject({ soort: 'postcode', pc4, pc6, gebied: { soort: 'pc4', code: pc4 } });
    });

    it.each([
      { invoer: '30A4', melding: 'postcode "30A4" is geen geldige postcode: verwacht 1234 of 1234AB' },
      { invoer: '0123', melding: 'postcode "0123" is geen geldige postcode: verwacht 1234 of 1234AB' },
      { invoer: '3073SS', melding: 'postcode "3073SS" is geen geldige postcode: verwacht 1234 of 1234AB' },
      { invoer: '12345', melding: 'postcode "12345" is geen geldige postcode: verwacht 1234 of 1234AB' },
      {
        invoer: '3199',
        melding: 'Postcodegebied 3199 staat niet op deze kaart: Haven en Maasvlakte niet weergegeven.',
      },
      { invoer: '1011AB', melding: 'Postcodegebied 1011 ligt niet in Rotterdam.' },
    ])('"$invoer": $melding', ({ invoer, melding }) => {
      expect(leesZoekopdracht(invoer, MINI)).toEqual({ soort: 'fout', melding });
    });
  });

  describe('RD-coördinaat', () => {
    it.each([
      { invoer: '92500, 436000', rd: [92500, 436000] },
      { invoer: '92500,436000', rd: [92500, 436000] },
      { invoer: '92500 436000', rd: [92500, 436000] },
      { invoer: '92500;436000', rd: [92500, 436000] },
      { invoer: 'x=92500 y=436000', rd: [92500, 436000] },
      { invoer: 'y: 436000, x: 92500', rd: [92500, 436000] },
      { invoer: '92500.5, 436000.25', rd: [92500.5, 436000.25] },
    ])('"$invoer" → $rd', ({ invoer, rd }) => {
      const uitkomst = leesZoekopdracht(invoer, MINI);
      if (uitkomst.soort !== 'rd') throw new Error(`verwachtte rd, kreeg ${uitkomst.soort}`);
      expect(uitkomst.rd).toEqual(rd);
      expect(uitkomst.positie).toEqual(rdNaarWgs84([rd[0] ?? 0, rd[1] ?? 0]));
      expect(uitkomst.zoom).toBe(RD_ZOOM);
    });

    it.each([
      { invoer: '436000, 92500', melding: /^x 436000 en y 92500 lijken verwisseld/ },
      { invoer: '92500, 12', melding: /^y 12 ligt buiten Nederland/ },
      { invoer: 'x=abc', melding: /is geen RD-coördinaat/ },
    ])('"$invoer" geeft de melding van de RD-parser', ({ invoer, melding }) => {
      const uitkomst = leesZoekopdracht(invoer, MINI);
      if (uitkomst.soort !== 'fout') throw new Error(`verwachtte fout, kreeg ${uitkomst.soort}`);
      expect(uitkomst.melding).toMatch(melding);
    });
  });

  describe('naam', () => {
    it.each([
      { invoer: 'Charlois', naam: 'Charlois', soort: 'wijk' },
      { invoer: 'charlois', naam: 'Charlois', soort: 'wijk' },
      { invoer: 'ZUIDWIJK', naam: 'Zuidwijk', soort: 'buurt' },
      { invoer: 'oud ijsselmonde', naam: 'Oud-IJsselmonde', soort: 'buurt' },
      { invoer: 'Pendrecht-Zuidwijk', naam: 'Pendrecht-Zuidwijk', soort: 'focusgebied' },
    ])('"$invoer" → $soort $naam', ({ invoer, naam, soort }) => {
      expect(leesZoekopdracht(invoer, MINI)).toMatchObject({
        soort: 'gebied',
        gebied: { naam, soort },
        ook: [],
      });
    });

    it('kiest bij een gedeelde naam de wijk en noemt de buurt als alternatief', () => {
      const uitkomst = leesZoekopdracht('feijenoord', MINI);
      if (uitkomst.soort !== 'gebied') throw new Error(uitkomst.soort);
      expect(uitkomst.gebied).toMatchObject({ soort: 'wijk', naam: 'Feijenoord' });
      expect(uitkomst.ook.map((p) => `${p.soort}:${p.naam}`)).toEqual(['buurt:Feijenoord']);
    });

    it('geeft namen die met de tekst beginnen als keuze, daarna namen met een woord dat ermee begint', () => {
      expect(leesZoekopdracht('pend', MINI)).toEqual({
        soort: 'keuze',
        opties: [
          expect.objectContaining({ naam: 'Pendrecht-Zuidwijk' }),
          expect.objectContaining({ naam: 'Pendrecht' }),
        ],
        meer: false,
      });
      const ijssel = leesZoekopdracht('IJssel', MINI);
      expect(ijssel).toMatchObject({ soort: 'keuze', opties: [{ naam: 'Oud-IJsselmonde' }] });
    });

    it(`geeft hooguit ${MAX_OPTIES} keuzes en zegt dat er meer zijn`, () => {
      const uitkomst = leesZoekopdracht('b', zoekindex());
      if (uitkomst.soort !== 'keuze') throw new Error(uitkomst.soort);
      expect(uitkomst.opties).toHaveLength(MAX_OPTIES);
      expect(uitkomst.meer).toBe(true);
    });

    it.each([
      {
        invoer: 'Maasvlakte',
        melding: '"Maasvlakte" staat niet op deze kaart: Haven en Maasvlakte niet weergegeven.',
      },
      {
        invoer: 'botlek',
        melding: '"botlek" staat niet op deze kaart: Haven en Maasvlakte niet weergegeven.',
      },
      { invoer: 'Amsterdam', melding: /^Geen wijk of buurt gevonden voor "Amsterdam"/ },
      { invoer: '!!', melding: /^"!!" is geen postcode, buurt of RD-coördinaat/ },
    ])('"$invoer": $melding', ({ invoer, melding }) => {
      const uitkomst = leesZoekopdracht(invoer, MINI);
      if (uitkomst.soort !== 'fout') throw new Error(uitkomst.soort);
      expect(uitkomst.melding).toMatch(melding);
    });

    it('vindt op de echte geografie een buurt met een punt in de naam', () => {
      expect(leesZoekopdracht('cs kwartier', zoekindex())).toMatchObject({
        soort: 'gebied',
        gebied: { naam: 'C.S. kwartier', soort: 'buurt' },
      });
    });
  });

  it('wijzigt de index niet', () => {
    const voor = JSON.stringify(MINI.namen);
    leesZoekopdracht('pend', MINI);
    leesZoekopdracht('feijenoord', MINI);
    expect(JSON.stringify(MINI.namen)).toBe(voor);
  });
});
