/** Tests of the RGW density classes: quantile breaks, readable rounding, and a suppressed count that is never a class. */
import { describe, expect, it } from 'vitest';
import type { Telling } from '../contract/common';
import {
  getoondeAantallen,
  klasseLabel,
  klasseVan,
  klasseVanAantal,
  maakKlassen,
  MAX_KLASSEN,
  rondAf,
} from './rgw-klassen';

/** Resolution-8 counts of the demo data: a spread from a handful to a few hundred. */
const CELLEN = Object.freeze([7, 9, 12, 18, 29, 33, 41, 56, 80, 95, 110, 137, 150, 176, 205, 238, 260, 312]);

describe('rondAf', () => {
  it.each([
    [7, 7],
    [19.9, 19],
    [23, 20],
    [99, 95],
    [137, 130],
    [999, 990],
    [1234, 1200],
  ])('%d → %d', (n, verwacht) => {
    expect(rondAf(n)).toBe(verwacht);
  });
});

describe('maakKlassen', () => {
  it('begint bij het minimum en telt hooguit vijf klassen met oplopende grenzen', () => {
    const klassen = maakKlassen(CELLEN, 5);
    expect(klassen.ondergrenzen[0]).toBe(5);
    expect(klassen.ondergrenzen.length).toBeLessThanOrEqual(MAX_KLASSEN);
    expect(klassen.ondergrenzen.length).toBe(5);
    for (let i = 1; i < klassen.ondergrenzen.length; i++) {
      expect(klassen.ondergrenzen[i]).toBeGreaterThan(klassen.ondergrenzen[i - 1] ?? Infinity);
    }
    expect(klassen.hoogste).toBe(312);
  });

  it('laat geen klasse leeg en verdeelt de gebieden ongeveer gelijk', () => {
    const klassen = maakKlassen(CELLEN, 5);
    const perKlasse = new Array<number>(klassen.ondergrenzen.length).fill(0);
    for (const n of CELLEN) {
      const k = klasseVanAantal(n, klassen);
      if (typeof k !== 'number') throw new Error(`${n} kreeg geen klasse`);
      perKlasse[k] = (perKlasse[k] ?? 0) + 1;
    }
    expect(perKlasse.every((n) => n >= 2)).toBe(true);
  });

  it('maakt minder klassen bij weinig gebieden (vijf focusgebieden: twee klassen)', () => {
    expect(maakKlassen([254, 241, 218, 418, 218], 5).ondergrenzen).toEqual([5, 240]);
    expect(maakKlassen([40], 5).ondergrenzen).toEqual([5]);
    expect(maakKlassen([], 5)).toEqual({ ondergrenzen: [5], hoogste: 5 });
  });

  it('negeert nullen en laat gelijke waarden niet tot dubbele grenzen leiden', () => {
    const klassen = maakKlassen([0, 0, 0, 10, 10, 10, 10, 10, 10], 5);
    expect(new Set(klassen.ondergrenzen).size).toBe(klassen.ondergrenzen.length);
    expect(klasseVanAantal(10, klassen)).toBe(klassen.ondergrenzen.length - 1);
  });

  it('is puur: de invoer blijft onaangeroerd', () => {
    const invoer = Object.freeze([30, 10, 20]);
    maakKlassen(invoer, 5);
    expect(invoer).toEqual([30, 10, 20]);
  });
});

describe('klasseVan', () => {
  const klassen = maakKlassen(CELLEN, 5);

  it('geeft een onderdrukte telling nooit een klasse, ook niet de laagste', () => {
    expect(klasseVan({ onderdrukt: true }, klassen)).toBe('onderdrukt');
  });

  it('geeft nul geen klasse en het minimum de laagste', () => {
    expect(klasseVan({ onderdrukt: false, aantal: 0 }, klassen)).toBe('nul');
    expect(klasseVan({ onderdrukt: false, aantal: 5 }, klassen)).toBe(0);
  });

  it('loopt mee met het aantal', () => {
    let vorige = -1;
    for (const n of CELLEN) {
      const k = klasseVanAantal(n, klassen);
      if (typeof k !== 'number') throw new Error('geen klasse');
      expect(k).toBeGreaterThanOrEqual(vorige);
      vorige = k;
    }
    expect(klasseVanAantal(10_000, klassen)).toBe(klassen.ondergrenzen.length - 1);
  });

  it('neemt alleen getoonde aantallen mee in de grenzen', () => {
    const tellingen: readonly Telling[] = Object.freeze([
      { onderdrukt: true },
      { onderdrukt: false, aantal: 12 },
      { onderdrukt: false, aantal: 40 },
    ]);
    expect(getoondeAantallen(tellingen)).toEqual([12, 40]);
  });
});

describe('klasseLabel', () => {
  it('schrijft bereiken, de laatste als "of meer"', () => {
    const klassen = { ondergrenzen: [5, 30, 130], hoogste: 312 };
    expect([0, 1, 2].map((i) => klasseLabel(klassen, i))).toEqual(['5 – 29', '30 – 129', '130 of meer']);
    expect(klasseLabel({ ondergrenzen: [5, 6], hoogste: 6 }, 0)).toBe('5');
    expect(klasseLabel({ ondergrenzen: [5, 6], hoogste: 6 }, 1)).toBe('6');
    expect(klasseLabel(klassen, 7)).toBe('');
  });
});
