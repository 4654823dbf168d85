/** Tests of the cell-key method's pure parts: the ptable's shape, the lookup by (count, cell key), rounding and release. */
import { describe, expect, it } from 'vitest';
import { AFRONDINGSBASIS, celsleutel, PTABEL, type PtabelRij, rondAf, ruis, vrijgave } from './celsleutel';
import { MINIMUM_TELLING } from './privacy';

describe('ptable', () => {
  it('heeft per oorspronkelijk aantal kansen die samen 1 zijn, in aansluitende sleutelintervallen van 0 tot 1', () => {
    const perI = new Map<number, PtabelRij[]>();
    for (const r of PTABEL) perI.set(r.i, [...(perI.get(r.i) ?? []), r]);
    expect([...perI.keys()]).toEqual([0, 1, 2, 3, 4, 5]);
    for (const rijen of perI.values()) {
      expect(rijen.reduce((s, r) => s + r.p, 0)).toBeCloseTo(1, 12);
      expect(rijen[0]?.ondergrens).toBe(0);
      expect(rijen.at(-1)?.bovengrens).toBe(1);
      for (const [k, r] of rijen.entries()) {
        expect(r.j - r.i).toBe(r.v);
        expect(r.bovengrens - r.ondergrens).toBeCloseTo(r.p, 12);
        if (k > 0) expect(r.ondergrens).toBe(rijen[k - 1]?.bovengrens);
      }
    }
  });

  it('is zuiver (gemiddelde ruis 0) en houdt aantallen vanaf 5 boven 2, zodat ze nooit tot onder 5 afronden', () => {
    const vijf = PTABEL.filter((r) => r.i === MINIMUM_TELLING);
    expect(vijf.reduce((s, r) => s + r.p * r.v, 0)).toBeCloseTo(0, 12);
    expect(vijf.reduce((s, r) => s + r.p * r.v * r.v, 0)).toBeCloseTo(1.2, 12);
    for (const r of vijf) expect(rondAf(r.j)).toBeGreaterThanOrEqual(MINIMUM_TELLING);
  });

  it('zet 0 tot en met 4 altijd op 0', () => {
    for (const r of PTABEL.filter((x) => x.i < MINIMUM_TELLING)) expect(r).toMatchObject({ j: 0, p: 1 });
  });
});

describe('celsleutel en ruis', () => {
  it.each([
    [0, 0],
    [2 ** 31, 0.5],
    [2 ** 32 - 1, (2 ** 32 - 1) / 2 ** 32],
    // Sums are taken mod 2^32, negative differences too.
    [2 ** 32 + 2 ** 30, 0.25],
    [-(2 ** 30), 0.75],
  ])('sleutelsom %d geeft celsleutel %d', (som, sleutel) => {
    expect(celsleutel(som)).toBe(sleutel);
  });

  it.each([
    [5, 0, -2],
    [5, 0.0999, -2],
    [5, 0.1, -1],
    [5, 0.2999, -1],
    [5, 0.3, 0],
    [5, 0.6999, 0],
    [5, 0.7, 1],
    [5, 0.8999, 1],
    [5, 0.9, 2],
    [5, 0.99999, 2],
    [1234, 0.05, -2],
    [1234, 0.95, 2],
    [3, 0.5, -3],
    [0, 0.5, 0],
  ])('aantal %d met celsleutel %d krijgt ruis %d', (aantal, sleutel, verwacht) => {
    expect(ruis(aantal, sleutel)).toBe(verwacht);
  });

  it('weigert wat geen telling of celsleutel is', () => {
    expect(() => ruis(-1, 0.5)).toThrow(RangeError);
    expect(() => ruis(2.5, 0.5)).toThrow(RangeError);
    expect(() => ruis(5, 1)).toThrow(RangeError);
    expect(() => ruis(5, -0.1)).toThrow(RangeError);
  });
});

describe('vrijgave', () => {
  const sleutelsom = (sleutel: number) => Math.floor(sleutel * 2 ** 32);

  it.each([
    [0, 0.5, null],
    [1, 0.95, null],
    [4, 0.95, null],
    [5, 0.05, 5],
    [5, 0.5, 5],
    [5, 0.95, 5],
    [6, 0.5, 5],
    [8, 0.5, 10],
    [8, 0.05, 5],
    [12, 0.5, 10],
    [12, 0.95, 15],
    [218, 0.5, 220],
    [218, 0.95, 220],
    [218, 0.05, 215],
  ])('aantal %d met celsleutel %d: %s', (aantal, sleutel, verwacht) => {
    const t = vrijgave(aantal, sleutelsom(sleutel));
    expect(t).toEqual(verwacht === null ? { onderdrukt: true } : { onderdrukt: false, aantal: verwacht });
  });

  it('geeft alleen veelvouden van 5 vanaf 5, en voor dezelfde sleutelsom altijd hetzelfde', () => {
    for (let aantal = 0; aantal < 200; aantal++) {
      for (let k = 0; k < 50; k++) {
        const som = (aantal * 2654435761 + k * 40503) >>> 0;
        const t = vrijgave(aantal, som);
        expect(t).toEqual(vrijgave(aantal, som));
        if (t.onderdrukt) expect(aantal).toBeLessThan(MINIMUM_TELLING);
        else {
          expect(t.aantal % AFRONDINGSBASIS).toBe(0);
          expect(t.aantal).toBeGreaterThanOrEqual(MINIMUM_TELLING);
          expect(Math.abs(t.aantal - aantal)).toBeLessThanOrEqual(4);
        }
      }
    }
  });
});
