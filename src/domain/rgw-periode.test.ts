/** Tests of the fixed RGW periods: codes, ISO weeks, the periods that are over, and which role may ask which. */
import { describe, expect, it } from 'vitest';
import {
  laatsteVolledige,
  leesPeriode,
  periodeNaam,
  PERIODESOORTEN,
  periodeVan,
  standaardPeriode,
  volledigePerioden,
} from './rgw-periode';

const PEILDATUM = '2026-11-20';

describe('leesPeriode', () => {
  it.each([
    ['2025', 'jaar', '2025-01-01', '2025-12-31'],
    ['2026-K3', 'kwartaal', '2026-07-01', '2026-09-30'],
    ['2026-K1', 'kwartaal', '2026-01-01', '2026-03-31'],
    ['2024-02', 'maand', '2024-02-01', '2024-02-29'],
    ['2026-12', 'maand', '2026-12-01', '2026-12-31'],
    // ISO weeks: Monday to Sunday, week 1 holds the first Thursday.
    ['2026-W01', 'week', '2025-12-29', '2026-01-04'],
    ['2026-W45', 'week', '2026-11-02', '2026-11-08'],
    ['2020-W53', 'week', '2020-12-28', '2021-01-03'],
  ])('%s is een %s van %s t/m %s', (code, soort, van, tot) => {
    expect(leesPeriode(code)).toEqual({ soort, code, van, tot });
  });

  it.each([
    '',
    '26',
    '2026-1',
    '2026-00',
    '2026-13',
    '2026-K0',
    '2026-K5',
    '2026-W00',
    '2025-W53',
    '2026-10-01',
    'x2026',
    '1999',
  ])('weigert %j', (code) => {
    expect(leesPeriode(code)).toBeNull();
  });
});

describe('periodeVan en volledige perioden', () => {
  it.each([
    ['week', '2026-01-01', '2026-W01'],
    ['week', '2027-01-03', '2026-W53'],
    ['week', '2026-11-20', '2026-W47'],
    ['maand', '2026-11-20', '2026-11'],
    ['kwartaal', '2026-11-20', '2026-K4'],
    ['jaar', '2026-11-20', '2026'],
  ] as const)('%s van %s is %s', (soort, datum, code) => {
    expect(periodeVan(soort, datum).code).toBe(code);
  });

  it('geeft alleen perioden die voorbij zijn op de peildatum', () => {
    expect(laatsteVolledige('maand', PEILDATUM).code).toBe('2026-10');
    expect(laatsteVolledige('kwartaal', PEILDATUM).code).toBe('2026-K3');
    expect(laatsteVolledige('jaar', PEILDATUM).code).toBe('2025');
    expect(laatsteVolledige('week', PEILDATUM).code).toBe('2026-W46');
    // A period that ends on the peildatum is over.
    expect(laatsteVolledige('maand', '2026-10-31').code).toBe('2026-10');
    expect(standaardPeriode(PEILDATUM).code).toBe('2026-K3');
  });

  it('somt perioden op, nieuwste eerst, niet vóór de eerste dag', () => {
    expect(volledigePerioden('kwartaal', PEILDATUM, '2025-01-01').map((p) => p.code)).toEqual([
      '2026-K3',
      '2026-K2',
      '2026-K1',
      '2025-K4',
      '2025-K3',
      '2025-K2',
      '2025-K1',
    ]);
    expect(volledigePerioden('maand', PEILDATUM, '2025-01-01')).toHaveLength(22);
    const weken = volledigePerioden('week', PEILDATUM, '2025-01-01');
    // Consecutive weeks: each ends the day before the next begins, seven days each.
    for (const [i, w] of weken.entries()) {
      expect((Date.parse(w.tot) - Date.parse(w.van)) / 86_400_000).toBe(6);
      const ouder = weken[i + 1];
      if (ouder) expect((Date.parse(w.van) - Date.parse(ouder.tot)) / 86_400_000).toBe(1);
    }
  });

  it('noemt perioden in het Nederlands', () => {
    const naam = (code: string) => {
      const p = leesPeriode(code);
      return p ? periodeNaam(p) : null;
    };
    expect(naam('2026-K3')).toBe('3e kwartaal 2026');
    expect(naam('2026-03')).toBe('maart 2026');
    expect(naam('2025')).toBe('2025');
  });

  it('geeft weken alleen aan de draagkrachtscan', () => {
    expect(PERIODESOORTEN.publiek).not.toContain('week');
    expect(PERIODESOORTEN.zorgaanbieder).not.toContain('week');
    expect(PERIODESOORTEN.draagkrachtscan).toContain('week');
  });
});
