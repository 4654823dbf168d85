/** Rotterdams Goed Wonen demo data against the contract and the targets of the Uitvoeringsplan. */
import { describe, expect, it } from 'vitest';
import {
  Casustafel,
  IntegraleActie,
  RgwZaak,
  Stopgesprek,
  type ProbleemCategorie,
} from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt, RGW_DOELEN } from '../../src/domain/focusgebieden';
import { afstandM, dichtstbijzijnde } from '../../src/geo/dichtstbijzijnde';
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import { genereerDemoDataset, maakDemoDataset } from './dataset';
import { STANDAARD_PEILDATUM } from './dataset-types';
import { dagVanIso, isWerkdag } from './datum';
import { landVanRotterdam, WEGGELATEN } from './land';
import { MAX_STRAAL_M } from './plaatsen';
import { maakRgw } from './rgw';

const ds = maakDemoDataset();
const { zaken, integraleActies, stopgesprekken, casustafels } = ds.rgw;
const peildatum = ds.peildatum;
const FOCUS_BUURTEN = new Set(FOCUSGEBIEDEN.flatMap((f) => f.buurten));
const BUURT = new Map(BUURTEN.map((b) => [b.code, b]));
const SIGNALEN: readonly ProbleemCategorie[] = ['signaal-ondermijning', 'signaal-zorg', 'signaal-sociaal'];
const CATEGORIE_VOLGORDE: readonly ProbleemCategorie[] = RgwZaak.shape.categorieen.element.options;

/** Days of the year up to and including the peildatum. */
function verstreken(jaar: number): number {
  return dagVanIso(peildatum) - dagVanIso(`${jaar}-01-01`) + 1;
}

function inJaar<T extends { datum: string }>(items: readonly T[], jaar: number): T[] {
  return items.filter((i) => i.datum.startsWith(`${jaar}-`));
}

describe('rgw zaken (default: the five focus areas)', () => {
  it('parses every case with the strict RgwZaak schema', () => {
    for (const z of zaken) expect(RgwZaak.parse(z)).toEqual(z);
  });

  it('numbers the cases rgw-0000001 … in order of opening', () => {
    zaken.forEach((z, i) => {
      expect(z.id).toBe(`rgw-${String(i + 1).padStart(7, '0')}`);
      if (i > 0) expect(z.geopend >= (zaken[i - 1]?.geopend ?? '')).toBe(true);
    });
  });

  it('opens at least 1,250 cases in 2025, and about 1,300 a year', () => {
    const nieuw2025 = zaken.filter((z) => z.geopend.startsWith('2025-')).length;
    expect(nieuw2025).toBeGreaterThanOrEqual(RGW_DOELEN.nieuweZaken);
    expect(nieuw2025).toBeLessThanOrEqual(1400);
  });

  it('opens at least 1,250 × (days elapsed / 365) cases in 2026 up to the peildatum', () => {
    expect(peildatum).toBe(STANDAARD_PEILDATUM);
    const nieuw2026 = zaken.filter((z) => z.geopend.startsWith('2026-')).length;
    expect(nieuw2026).toBeGreaterThanOrEqual((RGW_DOELEN.nieuweZaken * verstreken(2026)) / 365);
    expect(nieuw2026).toBeLessThanOrEqual((1400 * verstreken(2026)) / 365);
  });

  it('opens cases on working days between 1 January 2025 and the peildatum', () => {
    for (const z of zaken) {
      expect(z.geopend >= '2025-01-01' && z.geopend <= peildatum, z.id).toBe(true);
      expect(isWerkdag(dagVanIso(z.geopend)), z.geopend).toBe(true);
    }
  });

  it('places cases only in the focus buurten, within 400 m of the centroid of the nearest buurt', () => {
    for (const z of zaken) {
      expect(FOCUS_BUURTEN.has(z.buurt), z.buurt).toBe(true);
      expect(dichtstbijzijnde(z.positie, BUURTEN).code, z.id).toBe(z.buurt);
      const centroid = BUURT.get(z.buurt)?.centroid ?? [0, 0];
      expect(afstandM(z.positie, centroid)).toBeLessThanOrEqual(MAX_STRAAL_M + 0.2);
    }
    const perFocus = new Map<string, number>();
    for (const z of zaken) {
      const code = focusgebiedVanBuurt(z.buurt)?.code ?? '';
      perFocus.set(code, (perFocus.get(code) ?? 0) + 1);
    }
    for (const f of FOCUSGEBIEDEN) expect(perFocus.get(f.code) ?? 0, f.code).toBeGreaterThan(200);
  });

  it('places every case on land in the drawn city', () => {
    const land = landVanRotterdam();
    expect(zaken.filter((z) => !land.opLand(z.positie[0], z.positie[1])).map((z) => z.id)).toEqual([]);
  });

  it('keeps status and dates consistent: closed iff a closing date, never before opening or after the peildatum', () => {
    for (const z of zaken) {
      expect(z.gesloten !== null, z.id).toBe(z.status === 'afgesloten');
      if (z.gesloten !== null) {
        expect(z.gesloten >= z.geopend && z.gesloten <= peildatum, z.id).toBe(true);
        expect(isWerkdag(dagVanIso(z.gesloten)), z.gesloten).toBe(true);
      }
    }
  });

  it('has closed most older cases, and spreads the open ones over every open status', () => {
    const oud = zaken.filter((z) => z.geopend < '2025-07-01');
    expect(oud.filter((z) => z.status === 'afgesloten').length / oud.length).toBeGreaterThan(0.9);
    const open = new Set(zaken.filter((z) => z.status !== 'afgesloten').map((z) => z.status));
    expect([...open].sort()).toEqual(['casustafel', 'handhaving', 'in-behandeling', 'melding']);
    for (const z of zaken.filter((x) => x.status === 'casustafel')) expect(z.aanpak, z.id).toBe('multi');
  });

  it('closes a plausible number of cases a year (2024: 998 closed of 1,028 opened)', () => {
    const gesloten2025 = zaken.filter((z) => z.gesloten?.startsWith('2025-')).length;
    expect(gesloten2025).toBeGreaterThan(800);
    expect(gesloten2025).toBeLessThan(1300);
    const gesloten2026 = zaken.filter((z) => z.gesloten?.startsWith('2026-')).length;
    expect(gesloten2026).toBeGreaterThan(gesloten2025 * 0.9 * (verstreken(2026) / 365));
  });

  it('has 1-3 distinct categories per case, in contract order, at least one of the six problems', () => {
    const gezien = new Set<ProbleemCategorie>();
    for (const z of zaken) {
      expect(z.categorieen.length).toBeGreaterThanOrEqual(1);
      expect(z.categorieen.length).toBeLessThanOrEqual(3);
      const posities = z.categorieen.map((c) => CATEGORIE_VOLGORDE.indexOf(c));
      expect(posities).toEqual([...new Set(posities)].sort((a, b) => a - b));
      expect(
        z.categorieen.some((c) => !SIGNALEN.includes(c)),
        z.id,
      ).toBe(true);
      for (const c of z.categorieen) gezien.add(c);
    }
    expect(gezien.size).toBe(9);
    const metSignaal = zaken.filter((z) => z.categorieen.some((c) => SIGNALEN.includes(c))).length;
    expect(metSignaal / zaken.length).toBeLessThan(0.15);
  });

  it('mostly comes from reports, some from proactive supervision, some from integral actions', () => {
    const aantal = (bron: string) => zaken.filter((z) => z.bron === bron).length;
    expect(aantal('melding')).toBeGreaterThan(zaken.length / 2);
    expect(aantal('proactief')).toBeGreaterThan(zaken.length / 10);
    expect(aantal('integrale-actie')).toBeGreaterThan(100);
    const acties = new Map(integraleActies.map((a) => [a.id, a]));
    for (const z of zaken) {
      expect(z.integraleActie !== null, z.id).toBe(z.bron === 'integrale-actie');
      if (z.integraleActie === null) continue;
      const actie = acties.get(z.integraleActie);
      expect(actie, z.integraleActie).toBeDefined();
      expect(z.geopend).toBe(actie?.datum);
      expect(focusgebiedVanBuurt(z.buurt)?.code).toBe(actie?.focusgebied);
    }
  });

  it('handles about a quarter of the cases multidisciplinarily', () => {
    const multi = zaken.filter((z) => z.aanpak === 'multi').length / zaken.length;
    expect(multi).toBeGreaterThan(0.2);
    expect(multi).toBeLessThan(0.33);
  });

  it('shares category arrays between cases and freezes them', () => {
    expect(new Set(zaken.map((z) => z.categorieen)).size).toBeLessThan(200);
    expect(Object.isFrozen(zaken[0]?.categorieen)).toBe(true);
  });
});

describe('integrale acties, stopgesprekken, casustafels', () => {
  it('holds 12 integral actions in 2025 and one a month in 2026 up to the peildatum, all with police and Stedin', () => {
    for (const a of integraleActies) {
      expect(IntegraleActie.parse(a)).toEqual(a);
      expect(a.partners).toEqual(expect.arrayContaining(['politie', 'stedin']));
      expect(a.datum <= peildatum).toBe(true);
      expect(isWerkdag(dagVanIso(a.datum)), a.datum).toBe(true);
    }
    expect(inJaar(integraleActies, 2025)).toHaveLength(RGW_DOELEN.integraleActies);
    const in2026 = inJaar(integraleActies, 2026).length;
    expect(in2026).toBeGreaterThanOrEqual(Math.floor((12 * verstreken(2026)) / 365));
    expect(in2026).toBe(11);
    expect(new Set(integraleActies.map((a) => a.datum.slice(0, 7))).size).toBe(integraleActies.length);
    expect(new Set(integraleActies.map((a) => a.focusgebied)).size).toBe(5);
  });

  it('holds about 10 stop talks a year, each with a different landlord', () => {
    for (const s of stopgesprekken) {
      expect(Stopgesprek.parse(s)).toEqual(s);
      expect(s.datum <= peildatum).toBe(true);
    }
    expect(inJaar(stopgesprekken, 2025)).toHaveLength(RGW_DOELEN.stopgesprekken);
    const in2026 = inJaar(stopgesprekken, 2026).length;
    expect(in2026).toBeGreaterThanOrEqual(8);
    expect(in2026).toBeLessThanOrEqual(10);
    expect(new Set(stopgesprekken.map((s) => s.verhuurder)).size).toBe(stopgesprekken.length);
    expect(new Set(stopgesprekken.map((s) => s.id)).size).toBe(stopgesprekken.length);
  });

  it('holds a case table every two weeks in each focus area: 26 per area in 2025', () => {
    for (const t of casustafels) {
      expect(Casustafel.parse(t)).toEqual(t);
      expect(isWerkdag(dagVanIso(t.datum)), t.datum).toBe(true);
    }
    for (const f of FOCUSGEBIEDEN) {
      const eigen = casustafels.filter((t) => t.focusgebied === f.code);
      expect(inJaar(eigen, 2025), f.code).toHaveLength(RGW_DOELEN.casustafelsPerFocusgebied);
      const in2026 = inJaar(eigen, 2026).length;
      expect(Math.abs(in2026 - (26 * verstreken(2026)) / 365)).toBeLessThanOrEqual(1.5);
      // Fortnightly within a year; a holiday moves one meeting to the next working day.
      for (let i = 1; i < eigen.length; i++) {
        const [vorige, deze] = [eigen[i - 1]?.datum ?? '', eigen[i]?.datum ?? ''];
        if (vorige.slice(0, 4) !== deze.slice(0, 4)) continue;
        const tussen = dagVanIso(deze) - dagVanIso(vorige);
        expect(tussen, deze).toBeGreaterThanOrEqual(13);
        expect(tussen, deze).toBeLessThanOrEqual(18);
      }
    }
    expect(casustafels.map((t) => t.datum)).toEqual([...casustafels.map((t) => t.datum)].sort());
  });

  it('has nothing before 2025 or after the peildatum; an early peildatum gives an empty programme', () => {
    const leeg = maakRgw({ seed: 1, peildatum: '2024-12-31' });
    expect(leeg).toEqual({ zaken: [], integraleActies: [], stopgesprekken: [], casustafels: [] });
    const kort = maakRgw({ seed: 1, peildatum: '2025-03-31' });
    expect(kort.zaken.length).toBeGreaterThanOrEqual((1250 * 90) / 365);
    expect(kort.zaken.every((z) => z.geopend <= '2025-03-31' && (z.gesloten ?? '') <= '2025-03-31')).toBe(
      true,
    );
    expect(kort.integraleActies).toHaveLength(3);
  });
});

describe('rgw over the whole city (rgwAantalStad)', () => {
  it('gives exactly N cases over every inhabited drawn buurt, three times denser in the focus areas', () => {
    const { zaken: stad } = maakRgw({ seed: 7, peildatum, aantalStad: 20_000 });
    expect(stad).toHaveLength(20_000);
    const perBuurt = new Map<string, number>();
    for (const z of stad) perBuurt.set(z.buurt, (perBuurt.get(z.buurt) ?? 0) + 1);
    for (const code of perBuurt.keys()) {
      expect(BUURT.get(code)?.inwoners ?? 0, code).toBeGreaterThan(0);
      expect(WEGGELATEN.has(code), code).toBe(false);
    }
    expect(perBuurt.size).toBeGreaterThan(70);
    const dichtheid = (focus: boolean) => {
      const lijst = BUURTEN.filter((b) => b.inwoners > 0 && FOCUS_BUURTEN.has(b.code) === focus);
      const aantal = lijst.reduce((s, b) => s + (perBuurt.get(b.code) ?? 0), 0);
      return aantal / lijst.reduce((s, b) => s + b.inwoners, 0);
    };
    expect(dichtheid(true) / dichtheid(false)).toBeGreaterThan(2.5);
    expect(dichtheid(true) / dichtheid(false)).toBeLessThan(3.6);
    for (const z of stad.slice(0, 2000))
      expect(dichtstbijzijnde(z.positie, BUURTEN).code, z.id).toBe(z.buurt);
  });

  it('builds a million cases that hold to the contract (a sample of 500 parsed), ids in order, all on land', () => {
    const { rgw } = genereerDemoDataset({ rgwAantalStad: 1_000_000 });
    expect(rgw.zaken).toHaveLength(1_000_000);
    expect(rgw.zaken[999_999]?.id).toBe('rgw-1000000');
    for (let i = 0; i < 1_000_000; i += 2000) {
      const z = rgw.zaken[i];
      expect(RgwZaak.parse(z)).toEqual(z);
    }
    expect(rgw.integraleActies).toEqual(integraleActies);
    const land = landVanRotterdam();
    let nat = 0;
    for (const z of rgw.zaken) if (!land.opLand(z.positie[0], z.positie[1])) nat++;
    expect(nat).toBe(0);
  }, 30_000);

  it('handles 0 cases and rejects a count that is not a whole number in range', () => {
    expect(maakRgw({ seed: 1, peildatum, aantalStad: 0 }).zaken).toEqual([]);
    expect(maakRgw({ seed: 1, peildatum, aantalStad: 3 }).zaken).toHaveLength(3);
    for (const fout of [-1, 1.5, Number.NaN, 10_000_000]) {
      expect(() => maakRgw({ seed: 1, peildatum, aantalStad: fout }), String(fout)).toThrow(RangeError);
    }
  });
});
