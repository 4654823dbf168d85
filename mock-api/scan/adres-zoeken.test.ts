import { describe, expect, it } from 'vitest';
import { AdresKandidaat } from '../../src/contract/draagkrachtscan';
import { dichtstbijzijndeIndex } from '../../src/geo/dichtstbijzijnde';
import { maakDemoDataset } from '../generate/dataset';
import type { Geocoder } from '../import/geocoder';
import { adresregister } from './adresregister';
import { adresBijPunt, zoekAdres } from './adres-zoeken';

const dataset = maakDemoDataset();
const register = adresregister(dataset.seed);

function vast(positie: [number, number] | null): Geocoder & { vragen: unknown[] } {
  const vragen: unknown[] = [];
  return {
    vragen,
    zoek: (adres) => {
      vragen.push(adres);
      return Promise.resolve(
        positie ? { soort: 'gevonden', positie } : { soort: 'offline', melding: 'geen verbinding' },
      );
    },
  };
}

describe('demo-adresregister', () => {
  it('is deterministisch, en elk adres ligt in zijn eigen buurt met een geldige PC6', () => {
    expect(register.adressen.length).toBeGreaterThan(5_000);
    expect(adresregister(dataset.seed)).toBe(register);
    const codes = new Set(dataset.buurten.map((b) => b.code));
    for (const a of register.adressen.filter((_, i) => i % 37 === 0)) {
      expect(codes.has(a.buurt)).toBe(true);
      expect(dataset.buurten[dichtstbijzijndeIndex(a.positie[0], a.positie[1], dataset.buurten)]?.code).toBe(
        a.buurt,
      );
      expect(a.postcode).toMatch(/^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/);
    }
    // One address per street and number.
    const sleutels = new Set(register.adressen.map((a) => `${a.straat} ${a.huisnummer}`));
    expect(sleutels.size).toBe(register.adressen.length);
  });
});

describe('zoekAdres', () => {
  const a = register.adressen[500];
  if (!a) throw new Error('register te klein');

  it.each([
    [`${a.straat} ${a.huisnummer}`],
    [`${a.straat.toUpperCase()}, ${a.huisnummer}`],
    [`${a.postcode} ${a.huisnummer}`],
    [`${a.postcode.slice(0, 4)} ${a.postcode.slice(4).toLowerCase()} ${a.huisnummer}`],
  ])('"%s" vindt het adres in het demo-register', async (q) => {
    const uit = await zoekAdres(q, register, dataset.buurten, undefined);
    expect(uit.kandidaten[0]).toMatchObject({ postcode: a.postcode, huisnummer: a.huisnummer });
    for (const k of uit.kandidaten) AdresKandidaat.parse(k);
  });

  it('postcode + huisnummer gaat naar PDOK als die antwoordt; offline antwoordt het demo-register', async () => {
    const online = vast([4.5, 51.9]);
    const pdok = await zoekAdres(`${a.postcode} ${a.huisnummer}`, register, dataset.buurten, online);
    expect(online.vragen).toEqual([{ postcode: a.postcode, huisnummer: a.huisnummer }]);
    expect(pdok.kandidaten[0]).toMatchObject({ herkomst: 'pdok-locatieserver', positie: [4.5, 51.9] });
    const offline = await zoekAdres(`${a.postcode} ${a.huisnummer}`, register, dataset.buurten, vast(null));
    expect(offline.kandidaten[0]).toMatchObject({ herkomst: 'demo-adresregister', straat: a.straat });
  });

  it.each([
    ['3000', /te grof/],
    ['92500 4360000', /RD|Nederland/],
    ['Nergenslaan 3', /geen straat/],
    [`${a.postcode} 999`, /bestaat niet/],
  ])('"%s": geen kandidaat, wel een melding', async (q, melding) => {
    const uit = await zoekAdres(q, register, dataset.buurten, undefined);
    expect(uit.kandidaten).toEqual([]);
    expect(uit.melding).toMatch(melding);
  });
});

describe('adresBijPunt', () => {
  it('geeft het dichtstbijzijnde adres bij een klik, en niets ver van elk adres', () => {
    const a = register.adressen[321];
    if (!a) throw new Error('register te klein');
    const uit = adresBijPunt(register, dataset.buurten, [a.positie[0] + 0.00001, a.positie[1]]);
    expect(uit.kandidaten[0]).toMatchObject({ straat: a.straat, huisnummer: a.huisnummer });
    const ver = adresBijPunt(register, dataset.buurten, [4.2, 51.95]);
    expect(ver.kandidaten).toEqual([]);
    expect(ver.melding).toMatch(/geen adres binnen 150 m/);
  });
});
