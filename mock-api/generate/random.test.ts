/** Tests of the seeded random streams and the integer calendar the generators build on. */
import { describe, expect, it } from 'vitest';
import { dagVanDatum, dagVanIso, isoVanDag, isWerkdag, paasdag, weekdag } from './datum';
import { GewogenKeuze, Rng, verdeelSom } from './random';

// Recorded once; a change here means the generators no longer give the same data for the same seed.
const REFERENTIE = [544383, 423055, 822826];

function reeks(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.getal());
}

describe('Rng', () => {
  it('repeats itself for the same seed and stream', () => {
    expect(reeks(new Rng(42, 'a'), 100)).toEqual(reeks(new Rng(42, 'a'), 100));
  });

  it('differs per seed and per stream', () => {
    const basis = reeks(new Rng(42, 'a'), 10);
    expect(reeks(new Rng(43, 'a'), 10)).not.toEqual(basis);
    expect(reeks(new Rng(42, 'b'), 10)).not.toEqual(basis);
    expect(reeks(new Rng(42 + 2 ** 32, 'a'), 10)).not.toEqual(basis);
  });

  it('gives the same numbers on every machine (a fixed reference sequence)', () => {
    const rng = new Rng(20230414, 'referentie');
    expect(Array.from({ length: 3 }, () => rng.geheel(0, 1_000_000))).toEqual(REFERENTIE);
  });

  it('stays in range and is roughly uniform', () => {
    const rng = new Rng(1, 'bereik');
    const bakken = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = rng.getal();
      expect(x >= 0 && x < 1).toBe(true);
      const b = Math.floor(x * 10);
      bakken[b] = (bakken[b] ?? 0) + 1;
    }
    for (const n of bakken) expect(n).toBeGreaterThan(1800);
    for (let i = 0; i < 1000; i++) {
      const g = rng.geheel(3, 7);
      expect(g >= 3 && g <= 7 && Number.isInteger(g)).toBe(true);
    }
  });

  it('rejects a seed that is not a safe integer', () => {
    expect(() => new Rng(1.5, 'x')).toThrow(RangeError);
    expect(() => new Rng(Number.NaN, 'x')).toThrow(RangeError);
  });

  it('shuffles without losing or inventing items, and leaves its input alone', () => {
    const invoer = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const geschud = new Rng(7, 'schud').geschud(invoer);
    expect([...geschud].sort()).toEqual([...invoer]);
    expect(new Rng(7, 'steekproef').steekproef(invoer, 3)).toHaveLength(3);
  });
});

describe('GewogenKeuze', () => {
  it('never picks a zero weight and follows the weights', () => {
    const keuze = new GewogenKeuze(Object.freeze([0, 1, 3, 0]));
    const rng = new Rng(5, 'gewogen');
    const tel = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const k = keuze.kies(rng);
      tel[k] = (tel[k] ?? 0) + 1;
    }
    expect(tel[0]).toBe(0);
    expect(tel[3]).toBe(0);
    expect((tel[2] ?? 0) / (tel[1] ?? 1)).toBeCloseTo(3, 0);
  });

  it.each([[[]], [[0, 0]], [[1, -1]], [[1, Number.NaN]]])('rejects the weights %j', (gewichten) => {
    expect(() => new GewogenKeuze(gewichten)).toThrow(RangeError);
  });
});

describe('verdeelSom', () => {
  it.each([
    { aantal: 30, som: 1100, min: 10, max: 60, stap: 1 },
    { aantal: 16, som: 900, min: 20, max: 120, stap: 1 },
    { aantal: 10, som: 400, min: 12, max: 120, stap: 4 },
    { aantal: 3, som: 30, min: 10, max: 10, stap: 1 },
  ])('$aantal numbers in [$min, $max] adding up to $som', ({ aantal, som, min, max, stap }) => {
    const waarden = verdeelSom(new Rng(9, 'som'), aantal, som, min, max, stap);
    expect(waarden).toHaveLength(aantal);
    expect(waarden.reduce((a, b) => a + b, 0)).toBe(som);
    for (const w of waarden) {
      expect(w).toBeGreaterThanOrEqual(min);
      expect(w).toBeLessThanOrEqual(max);
      expect(w % stap).toBe(0);
    }
  });

  it('refuses an impossible total', () => {
    expect(() => verdeelSom(new Rng(9, 'som'), 3, 200, 10, 60)).toThrow(/nooit/);
  });
});

describe('datum', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2023-05-15', 19492, 1],
    ['2025-01-01', 20089, 3],
    ['2026-11-20', 20777, 5],
    ['2024-02-29', 19782, 4],
  ] as const)('%s is day %i, weekday %i', (iso, nummer, dagVanWeek) => {
    expect(dagVanIso(iso)).toBe(nummer);
    expect(isoVanDag(nummer)).toBe(iso);
    expect(weekdag(nummer)).toBe(dagVanWeek);
  });

  it('round-trips every day from 2000 to 2040', () => {
    for (let d = dagVanDatum(2000, 1, 1); d <= dagVanDatum(2040, 12, 31); d++) {
      expect(dagVanIso(isoVanDag(d))).toBe(d);
    }
  });

  it.each(['2025-02-29', '2025-13-01', '20250101', '2025-1-01'])('rejects %s', (iso) => {
    expect(() => dagVanIso(iso)).toThrow(RangeError);
  });

  it('knows Easter and the Dutch public holidays', () => {
    expect(isoVanDag(paasdag(2025))).toBe('2025-04-20');
    expect(isoVanDag(paasdag(2026))).toBe('2026-04-05');
    const vrij = [
      '2025-01-01',
      '2025-04-21',
      '2025-05-05',
      '2025-05-29',
      '2025-06-09',
      '2025-12-25',
      '2026-04-27',
    ];
    for (const iso of vrij) expect(isWerkdag(dagVanIso(iso)), iso).toBe(false);
    for (const iso of ['2025-01-02', '2026-05-05', '2025-12-24'])
      expect(isWerkdag(dagVanIso(iso)), iso).toBe(true);
  });
});
