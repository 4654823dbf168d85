/** Buurten, wijken, PC4 areas and the counts of individual client homes in the demo data. */
import { describe, expect, it } from 'vitest';
import {
  Buurt,
  IndividueleWoningenBuurt,
  Pc4Gebied,
  Wijk,
  type Wijkprofiel,
} from '../../src/contract/gebied';
import { FOCUSGEBIEDEN } from '../../src/domain/focusgebieden';
import { telling } from '../../src/domain/privacy';
import { BUURTEN, PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import { maakDemoDataset } from './dataset';
import { maakBuurten } from './gebieden';
import { wonenEerstOp } from './individuele-woningen';
import { STANDAARD_PEILDATUM } from './dataset-types';

const { buurten, wijken, pc4, individueleWoningen } = maakDemoDataset();

describe('buurten', () => {
  it('has the 92 CBS buurten, each a valid Buurt with its CBS figures', () => {
    expect(buurten).toHaveLength(92);
    buurten.forEach((b, i) => {
      expect(Buurt.parse(b)).toEqual(b);
      const feit = BUURTEN[i];
      expect(b).toMatchObject({
        code: feit?.code,
        naam: feit?.naam,
        wijk: feit?.wijk,
        inwoners: feit?.inwoners,
      });
      expect(b.centroid).toEqual(feit?.centroid);
    });
  });

  it('marks the six buurten of the five RGW focus areas, Pendrecht and Zuidwijk together', () => {
    const focus = buurten.filter((b) => b.focusgebied !== null);
    expect(focus.map((b) => [b.naam, b.focusgebied])).toEqual(
      expect.arrayContaining([
        ['Bloemhof', 'bloemhof'],
        ['Hillesluis', 'hillesluis'],
        ['Tarwewijk', 'tarwewijk'],
        ['Carnisse', 'carnisse'],
        ['Zuidwijk', 'pendrecht-zuidwijk'],
        ['Pendrecht', 'pendrecht-zuidwijk'],
      ]),
    );
    expect(focus).toHaveLength(6);
    // The CBS facts name the focus area too; both sources must agree.
    for (const b of focus) {
      const naam = FOCUSGEBIEDEN.find((f) => f.code === b.focusgebied)?.naam;
      expect(BUURTEN.find((f) => f.code === b.code)?.focusgebied).toBe(naam);
    }
  });

  describe('wijkprofiel', () => {
    const dimensies: (keyof Wijkprofiel)[] = ['sociaal', 'fysiek', 'veiligheid'];

    it.each(dimensies)('%s: the inhabitant-weighted mean is 100 (within 0.5)', (dim) => {
      const inwoners = buurten.reduce((s, b) => s + b.inwoners, 0);
      const gemiddelde = buurten.reduce((s, b) => s + b.inwoners * b.wijkprofiel[dim], 0) / inwoners;
      expect(Math.abs(gemiddelde - 100)).toBeLessThanOrEqual(0.5);
    });

    it('puts the focus areas clearly below average (70-85) and some well-off buurten above (110-130)', () => {
      for (const b of buurten.filter((x) => x.focusgebied !== null)) {
        for (const dim of dimensies) {
          expect(b.wijkprofiel[dim], `${b.naam} ${dim}`).toBeGreaterThanOrEqual(70);
          expect(b.wijkprofiel[dim], `${b.naam} ${dim}`).toBeLessThanOrEqual(85);
        }
      }
      const boven = buurten.filter((b) => b.wijkprofiel.sociaal >= 110 && b.wijkprofiel.sociaal <= 132);
      expect(boven.length).toBeGreaterThanOrEqual(5);
      for (const b of buurten)
        for (const dim of dimensies) expect(b.wijkprofiel[dim]).toBeLessThanOrEqual(135);
    });

    it('gives buurten without inhabitants positive numbers as well', () => {
      const leeg = buurten.filter((b) => b.inwoners === 0);
      expect(leeg.length).toBeGreaterThan(0);
      for (const b of leeg) for (const dim of dimensies) expect(b.wijkprofiel[dim]).toBeGreaterThan(50);
    });

    it('depends on the seed', () => {
      expect(maakBuurten(1).map((b) => b.wijkprofiel)).not.toEqual(maakBuurten(2).map((b) => b.wijkprofiel));
    });
  });
});

describe('wijken', () => {
  it('are valid Wijk records that partition the 92 buurten', () => {
    for (const w of wijken) expect(Wijk.parse(w)).toEqual(w);
    const alle = wijken.flatMap((w) => w.buurten).sort();
    expect(alle).toEqual(BUURTEN.map((b) => b.code).sort());
    expect(new Set(wijken.map((w) => w.code)).size).toBe(wijken.length);
    expect(wijken.map((w) => w.code)).toEqual([...wijken.map((w) => w.code)].sort());
  });

  it('sum the inhabitants of their buurten and weigh the centroid by land area', () => {
    for (const w of wijken) {
      const leden = BUURTEN.filter((b) => b.wijk === w.code);
      expect(w.inwoners).toBe(leden.reduce((s, b) => s + b.inwoners, 0));
      expect(w.naam).toBe(leden[0]?.wijknaam);
      const land = leden.reduce((s, b) => s + b.landHa, 0);
      expect(w.centroid[0]).toBeCloseTo(leden.reduce((s, b) => s + b.centroid[0] * b.landHa, 0) / land, 5);
      expect(w.centroid[1]).toBeCloseTo(leden.reduce((s, b) => s + b.centroid[1] * b.landHa, 0) / land, 5);
    }
    expect(wijken.find((w) => w.code === 'WK059915')?.buurten).toContain('BU05991572');
  });
});

describe('pc4', () => {
  it('has the 76 PC4 areas, valid and named after their code', () => {
    expect(pc4).toHaveLength(76);
    pc4.forEach((p, i) => {
      expect(Pc4Gebied.parse(p)).toEqual(p);
      const feit = PC4_GEBIEDEN[i];
      expect(p).toEqual({
        type: 'pc4',
        code: feit?.code,
        naam: `Postcodegebied ${feit?.code}`,
        inwoners: feit?.inwoners,
        centroid: feit?.centroid,
      });
    });
  });
});

describe('individuele woningen', () => {
  const tellingen = [...individueleWoningen.values()];

  it('counts exactly 900 homes with a huur-/zorgovereenkomst, and Wonen eerst at 50 homes a year since the covenant', () => {
    expect(tellingen.reduce((s, t) => s + t.zelfstandigMetHuurzorg, 0)).toBe(900);
    const wonenEerst = tellingen.reduce((s, t) => s + t.wonenEerst, 0);
    // 1 April 2023 to the peildatum 20 November 2026: 3.64 years of 50 homes.
    expect(wonenEerst).toBe(wonenEerstOp(STANDAARD_PEILDATUM));
    expect(wonenEerst).toBe(182);
    expect(wonenEerstOp('2024-04-01')).toBe(50);
    expect(wonenEerstOp('2023-03-31')).toBe(0);
  });

  it('holds counts only, per inhabited buurt, never a position or an address', () => {
    const codes = new Map(BUURTEN.map((b) => [b.code, b]));
    for (const [code, t] of individueleWoningen) {
      expect(codes.get(code)?.inwoners ?? 0, code).toBeGreaterThan(0);
      expect(Object.keys(t).sort()).toEqual(['wonenEerst', 'zelfstandigMetHuurzorg']);
      expect(Number.isInteger(t.zelfstandigMetHuurzorg) && Number.isInteger(t.wonenEerst)).toBe(true);
      expect(t.zelfstandigMetHuurzorg + t.wonenEerst).toBeGreaterThan(0);
      // What the handler will send: suppressible counts.
      const rij = {
        buurt: code,
        zelfstandigMetHuurzorg: telling(t.zelfstandigMetHuurzorg),
        wonenEerst: telling(t.wonenEerst),
      };
      expect(IndividueleWoningenBuurt.parse(rij)).toEqual(rij);
    }
  });

  it('spreads them by inhabitants: big buurten hold more than small ones', () => {
    expect(individueleWoningen.size).toBeGreaterThan(50);
    const groot = individueleWoningen.get('BU05991289'); // Groot-IJsselmonde, 28,385 inhabitants
    const klein = individueleWoningen.get('BU05991446'); // Kralingse Veer, 1,655
    expect(groot?.zelfstandigMetHuurzorg ?? 0).toBeGreaterThan(klein?.zelfstandigMetHuurzorg ?? 0);
  });
});
