/** The 78 facilities of the demo data against the contract and the figures of DOMAIN.md. */
import { describe, expect, it } from 'vitest';
import { Voorziening, type Fase, type Woonvorm } from '../../src/contract/voorziening';
import { faseOp, isConsistenteHistorie } from '../../src/domain/escalatie';
import { afstandM, dichtstbijzijnde } from '../../src/geo/dichtstbijzijnde';
import { BUURTEN, PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import { maakDemoDataset } from './dataset';
import { landVanRotterdam, WEGGELATEN } from './land';
import {
  CAPACITEIT_BESCHERMD_WONEN,
  CAPACITEIT_DOORSTROOM,
  DRIE_A_TERUG_NAAR_EEN,
  HKD_PRESENTATIE_DATUM,
  INVENTARISATIE_DATUM,
  INVENTARISATIE_PEILDATUM,
  INVENTARISATIE_REDEN,
  maakVoorzieningen,
} from './voorzieningen';
import { ZORGAANBIEDERS } from './zorgaanbieders';

const { voorzieningen, zorgaanbieders } = maakDemoDataset();

function tel<T extends string>(waarden: readonly T[]): Partial<Record<T, number>> {
  const telling: Partial<Record<T, number>> = {};
  for (const w of waarden) telling[w] = (telling[w] ?? 0) + 1;
  return telling;
}

function capaciteitVan(woonvorm: Woonvorm): number {
  return voorzieningen.filter((v) => v.woonvorm === woonvorm).reduce((s, v) => s + v.capaciteit, 0);
}

describe('voorzieningen: contract and identity', () => {
  it('has 78 locations, vz-001 … vz-078, each a valid strict Voorziening', () => {
    expect(voorzieningen).toHaveLength(78);
    expect(voorzieningen.map((v) => v.id)).toEqual(
      Array.from({ length: 78 }, (_, i) => `vz-${String(i + 1).padStart(3, '0')}`),
    );
    for (const v of voorzieningen) expect(Voorziening.parse(v)).toEqual(v);
  });

  it('gives every one of the 23 providers at least one location, under its own name', () => {
    const namen = new Map(zorgaanbieders.map((a) => [a.id, a.naam]));
    const perAanbieder = tel(voorzieningen.map((v) => v.zorgaanbieder.id));
    for (const a of zorgaanbieders) expect(perAanbieder[a.id] ?? 0, a.id).toBeGreaterThanOrEqual(1);
    for (const v of voorzieningen) expect(namen.get(v.zorgaanbieder.id)).toBe(v.zorgaanbieder.naam);
  });

  it('has unique names and fictional provider URLs', () => {
    expect(new Set(voorzieningen.map((v) => v.naam)).size).toBe(78);
    const slugs = new Map(ZORGAANBIEDERS.map((a) => [a.id, a.slug]));
    for (const v of voorzieningen) {
      expect(v.url).toBe(`https://www.${slugs.get(v.zorgaanbieder.id)}.example.nl/locaties/${v.id}`);
    }
  });

  it('opened between 2005 and 30 April 2023, so every location was in the 2023 inventory', () => {
    for (const v of voorzieningen) {
      expect(v.startdatum >= '2005-01-01' && v.startdatum <= '2023-04-30', `${v.id} ${v.startdatum}`).toBe(
        true,
      );
    }
  });
});

describe('voorzieningen: housing forms and capacity', () => {
  it('has mostly beschermd wonen and opvang, and every form at least once', () => {
    const mix = tel(voorzieningen.map((v) => v.woonvorm));
    expect((mix['beschermd-wonen'] ?? 0) + (mix.opvang ?? 0)).toBeGreaterThan(39);
    for (const w of ['doorstroomvoorziening', 'flexwonen', 'semimuraal'] as const) {
      expect(mix[w] ?? 0, w).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no Wonen eerst locations: Wonen eerst is individual homes, 50 a year, never a facility', () => {
    expect(voorzieningen.filter((v) => v.woonvorm === 'wonen-eerst')).toEqual([]);
    expect(voorzieningen).toHaveLength(78);
  });

  it('has exactly 1,100 beschermd wonen places and 900 doorstroom places', () => {
    expect(capaciteitVan('beschermd-wonen')).toBe(CAPACITEIT_BESCHERMD_WONEN);
    expect(capaciteitVan('beschermd-wonen')).toBe(1100);
    expect(capaciteitVan('doorstroomvoorziening')).toBe(CAPACITEIT_DOORSTROOM);
    expect(capaciteitVan('doorstroomvoorziening')).toBe(900);
  });

  it.each([
    ['beschermd-wonen', 10, 60],
    ['opvang', 12, 120],
    ['doorstroomvoorziening', 20, 120],
    ['flexwonen', 24, 96],
    ['semimuraal', 10, 30],
  ] as const)('%s capacities lie in [%i, %i]', (woonvorm, min, max) => {
    for (const v of voorzieningen.filter((x) => x.woonvorm === woonvorm)) {
      expect(v.capaciteit, v.id).toBeGreaterThanOrEqual(min);
      expect(v.capaciteit, v.id).toBeLessThanOrEqual(max);
    }
  });

  it('sizes opvang in bedrooms of 4', () => {
    for (const v of voorzieningen.filter((x) => x.woonvorm === 'opvang'))
      expect(v.capaciteit % 4, v.id).toBe(0);
  });
});

describe('voorzieningen: confidential shelters', () => {
  const vertrouwelijk = voorzieningen.filter((v) => v.vertrouwelijk);

  it('has 3-4 confidential shelters for victims of domestic violence', () => {
    expect(vertrouwelijk.length).toBeGreaterThanOrEqual(3);
    expect(vertrouwelijk.length).toBeLessThanOrEqual(4);
    for (const v of vertrouwelijk) {
      expect(v.woonvorm).toBe('opvang');
      expect(v.doelgroep).toBe('huiselijk-geweld');
    }
    expect(voorzieningen.filter((v) => v.doelgroep === 'huiselijk-geweld')).toEqual(vertrouwelijk);
  });

  it('gives them names that reveal no place: no buurt, wijk, street or postcode', () => {
    const plaatsnamen = [
      ...BUURTEN.map((b) => b.naam),
      ...BUURTEN.map((b) => b.wijknaam),
      ...voorzieningen.map((v) => v.adres.straat),
      'Rotterdam',
    ];
    for (const v of vertrouwelijk) {
      expect(v.naam).not.toMatch(/\d/);
      for (const plaats of plaatsnamen)
        expect(v.naam.toLowerCase(), v.naam).not.toContain(plaats.toLowerCase());
      expect(v.url).not.toMatch(new RegExp(v.adres.postcode, 'i'));
    }
  });
});

describe('voorzieningen: the escalation ladder', () => {
  it('has a consistent history for every location that starts at the 2023 inventory and ends at today’s phase', () => {
    for (const v of voorzieningen) {
      expect(isConsistenteHistorie(v.faseHistorie), v.id).toBe(true);
      expect(v.faseHistorie[0]).toMatchObject({
        datum: INVENTARISATIE_DATUM,
        van: null,
        reden: INVENTARISATIE_REDEN,
      });
      expect(v.faseHistorie.at(-1)?.naar).toBe(v.fase);
      for (const w of v.faseHistorie) expect(w.datum <= maakDemoDataset().peildatum).toBe(true);
    }
  });

  it('counts 41 × fase 0, 30 × 1, 6 × 2 and 1 × 3a at the inventory', () => {
    const telling = tel(voorzieningen.map((v) => faseOp(v.faseHistorie, INVENTARISATIE_PEILDATUM) ?? 'geen'));
    expect(telling).toEqual({ '0': 41, '1': 30, '2': 6, '3a': 1 });
    expect(INVENTARISATIE_PEILDATUM).toBe('2023-05-15');
  });

  it('counts 41 / 31 / 6 / 0 today, 3b never', () => {
    const telling: Record<Fase, number> = { '0': 0, '1': 0, '2': 0, '3a': 0, '3b': 0 };
    for (const v of voorzieningen) telling[v.fase]++;
    expect(telling).toEqual({ '0': 41, '1': 31, '2': 6, '3a': 0, '3b': 0 });
    expect(voorzieningen.some((v) => v.faseHistorie.some((w) => w.naar === '3b'))).toBe(false);
  });

  it('has the 3a location back in fase 1 before the slides of 13-6-2023 say so ("inmiddels terug naar fase 1")', () => {
    const drieA = voorzieningen.find((v) => v.faseHistorie.some((w) => w.naar === '3a'));
    const terug = drieA?.faseHistorie.find((w) => w.van === '3a');
    expect(terug?.datum).toBe(DRIE_A_TERUG_NAAR_EEN);
    expect(DRIE_A_TERUG_NAAR_EEN < HKD_PRESENTATIE_DATUM).toBe(true);
    expect(DRIE_A_TERUG_NAAR_EEN > INVENTARISATIE_DATUM).toBe(true);
    const opPresentatie = tel(
      voorzieningen.map((v) => faseOp(v.faseHistorie, HKD_PRESENTATIE_DATUM) ?? 'geen'),
    );
    expect(opPresentatie).toEqual({ '0': 41, '1': 31, '2': 6 });
  });

  it('shows the 3a location going back to fase 1 in its history', () => {
    const drieA = voorzieningen.filter((v) => v.faseHistorie.some((w) => w.naar === '3a'));
    expect(drieA).toHaveLength(1);
    const [v] = drieA;
    expect(v?.fase).toBe('1');
    expect(v?.faseHistorie.map((w) => [w.van, w.naar])).toEqual([
      [null, '3a'],
      ['3a', '1'],
    ]);
  });

  it('has some locations that moved up and back down after the inventory', () => {
    const bewogen = voorzieningen.filter((v) => v.faseHistorie.length > 1);
    expect(bewogen.length).toBeGreaterThanOrEqual(4);
    expect(voorzieningen.some((v) => v.faseHistorie.length >= 3)).toBe(true);
  });

  it('keeps confidential shelters in fase 0', () => {
    for (const v of voorzieningen.filter((x) => x.vertrouwelijk)) expect(v.fase).toBe('0');
  });

  it('shows the 3a location still in 3a on an earlier peildatum, and refuses one before the inventory', () => {
    const vroeger = maakVoorzieningen(maakDemoDataset().seed, '2023-05-31');
    const telling = tel(vroeger.map((v) => v.fase));
    expect(telling['3a']).toBe(1);
    for (const v of vroeger) expect(v.faseHistorie.every((w) => w.datum <= '2023-05-31')).toBe(true);
    expect(() => maakVoorzieningen(1, '2023-05-14')).toThrow(/inventarisatie/);
  });
});

describe('voorzieningen: management status', () => {
  it('has a restarted committee at exactly 15 locations, most urgent first', () => {
    const heropgestart = voorzieningen.filter((v) => v.beheer.beheercommissie === 'heropgestart');
    expect(heropgestart).toHaveLength(15);
    const urgent = voorzieningen.filter((v) =>
      ['2', '3a'].includes(faseOp(v.faseHistorie, INVENTARISATIE_PEILDATUM) ?? ''),
    );
    for (const v of urgent) expect(v.beheer.beheercommissie, v.id).toBe('heropgestart');
  });

  it('has a current covenant at exactly 31 locations, each with a kept register and a meldkaart', () => {
    const actueel = voorzieningen.filter((v) => v.beheer.beheerconvenant === 'actueel');
    expect(actueel).toHaveLength(31);
    for (const v of actueel) {
      expect(v.beheer.meldingenregisterBijgehouden, v.id).toBe(true);
      expect(v.beheer.meldkaart, v.id).toBe(true);
    }
    expect(voorzieningen.filter((v) => v.beheer.meldkaart)).toEqual(actueel);
  });

  it('correlates the status with the phase', () => {
    for (const v of voorzieningen.filter((x) => x.fase === '2')) {
      expect(['heropgestart', 'actief'], v.id).toContain(v.beheer.beheercommissie);
    }
    const nul = voorzieningen.filter((v) => v.fase === '0' && !v.vertrouwelijk);
    expect(nul.filter((v) => v.beheer.beheercommissie === 'slapend').length).toBeGreaterThan(nul.length / 2);
    const convenanten = tel(voorzieningen.map((v) => v.beheer.beheerconvenant));
    for (const c of ['in-actualisatie', 'verouderd', 'geen'] as const)
      expect(convenanten[c] ?? 0, c).toBeGreaterThan(0);
    for (const v of voorzieningen.filter((x) => x.vertrouwelijk))
      expect(v.beheer.beheercommissie).toBe('geen');
  });
});

describe('voorzieningen: where they are', () => {
  const pc4Codes = new Set(PC4_GEBIEDEN.map((p) => p.code));
  const buurtPerCode = new Map(BUURTEN.map((b) => [b.code, b]));

  it('lies in one of the 76 PC4 areas and one of the 92 buurten, with the buurt’s own wijk', () => {
    for (const v of voorzieningen) {
      expect(pc4Codes.has(v.pc4), v.pc4).toBe(true);
      const buurt = buurtPerCode.get(v.buurt);
      expect(buurt, v.buurt).toBeDefined();
      expect(v.wijk).toBe(buurt?.wijk);
      expect(buurt?.inwoners ?? 0).toBeGreaterThanOrEqual(1000);
    }
  });

  it('takes its buurt and PC4 from the nearest centroid of the address point', () => {
    for (const v of voorzieningen) {
      expect(dichtstbijzijnde(v.positie, BUURTEN).code, v.id).toBe(v.buurt);
      expect(dichtstbijzijnde(v.positie, PC4_GEBIEDEN).code, v.id).toBe(v.pc4);
      // The PC6 centroid lies in the same PC4 cell as its addresses.
      expect(dichtstbijzijnde(v.pc6Positie, PC4_GEBIEDEN).code, v.id).toBe(v.pc4);
    }
  });

  it('puts the address and the PC6 centroid on land in the drawn city, never in an area it leaves out', () => {
    const land = landVanRotterdam();
    for (const v of voorzieningen) {
      expect(land.opLand(v.positie[0], v.positie[1]), v.id).toBe(true);
      expect(land.opLand(v.pc6Positie[0], v.pc6Positie[1]), v.id).toBe(true);
      expect(WEGGELATEN.has(v.buurt) || WEGGELATEN.has(v.pc4) || WEGGELATEN.has(v.wijk), v.id).toBe(false);
    }
  });

  it('has a PC6 that extends its PC4, never with the letters SA, SD or SS', () => {
    for (const v of voorzieningen) {
      expect(v.adres.postcode).toMatch(/^[1-9]\d{3}[A-Z]{2}$/);
      expect(v.adres.postcode.slice(0, 4)).toBe(v.pc4);
      expect(['SA', 'SD', 'SS']).not.toContain(v.adres.postcode.slice(4));
    }
  });

  it('puts the address within 60 m of its PC6 centroid, rounded to 6 decimals', () => {
    for (const v of voorzieningen) {
      expect(afstandM(v.positie, v.pc6Positie), v.id).toBeLessThanOrEqual(60.2);
      for (const x of [...v.positie, ...v.pc6Positie]) expect(Math.round(x * 1e6) / 1e6).toBe(x);
    }
  });

  it('gives each PC6 one centroid, and some PC6 areas hold two locations', () => {
    const perPc6 = new Map<string, (typeof voorzieningen)[number][]>();
    for (const v of voorzieningen) perPc6.set(v.adres.postcode, [...(perPc6.get(v.adres.postcode) ?? []), v]);
    const gedeeld = [...perPc6.values()].filter((l) => l.length > 1);
    expect(gedeeld.length).toBeGreaterThanOrEqual(1);
    for (const lijst of perPc6.values()) {
      const [eerste, ...rest] = lijst;
      for (const v of rest) {
        expect(v.pc6Positie).toEqual(eerste?.pc6Positie);
        expect(v.adres.straat).toBe(eerste?.adres.straat);
        expect(v.adres.huisnummer).not.toBe(eerste?.adres.huisnummer);
      }
    }
  });

  it('has plausible addresses: house numbers 1-250, an occasional addition, one street per PC6', () => {
    for (const v of voorzieningen) {
      expect(v.adres.huisnummer).toBeGreaterThanOrEqual(1);
      expect(v.adres.huisnummer).toBeLessThanOrEqual(250);
      expect(v.adres.woonplaats).toBe('Rotterdam');
    }
    const metToevoeging = voorzieningen.filter((v) => v.adres.toevoeging !== undefined).length;
    expect(metToevoeging).toBeGreaterThan(0);
    expect(metToevoeging).toBeLessThan(20);
    const straatPerPc6 = new Map(voorzieningen.map((v) => [v.adres.postcode, v.adres.straat]));
    expect(new Set(straatPerPc6.values()).size).toBe(straatPerPc6.size);
  });

  it('spreads the locations over the city', () => {
    expect(new Set(voorzieningen.map((v) => v.wijk)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(voorzieningen.map((v) => v.pc4)).size).toBeGreaterThanOrEqual(30);
  });
});
