/** The local recomputation of the per-1,000 figures agrees with the server's rule, and leaves the "before" figures alone. */
import { describe, expect, it } from 'vitest';
import { metCapaciteit, per1000, tenOpzichteVanStad, type Concentratie } from './scan-concentratie';

const BLOK: Concentratie = Object.freeze({
  woonvorm: null,
  buurt: Object.freeze({
    code: 'BU05990001',
    naam: 'Buurt',
    inwoners: 4000,
    plekkenVoor: 40,
    plekkenNa: 40,
    per1000Voor: 10,
    per1000Na: 10,
  }),
  wijk: Object.freeze({
    code: 'WK059900',
    naam: 'Wijk',
    inwoners: 0,
    plekkenVoor: 3,
    plekkenNa: 3,
    per1000Voor: null,
    per1000Na: null,
  }),
  stad: Object.freeze({ inwoners: 650_000, plekken: 3250, per1000: 5 }),
});

describe('metCapaciteit', () => {
  it.each([
    { capaciteit: 0, plekkenNa: 40, per1000Na: 10 },
    { capaciteit: 24, plekkenNa: 64, per1000Na: 16 },
    { capaciteit: 1, plekkenNa: 41, per1000Na: 10.3 },
  ])('$capaciteit plekken erbij', ({ capaciteit, plekkenNa, per1000Na }) => {
    const na = metCapaciteit(BLOK, capaciteit);
    expect(na.buurt).toMatchObject({ plekkenVoor: 40, per1000Voor: 10, plekkenNa, per1000Na });
    // No inhabitants: no figure, whatever is planned.
    expect(na.wijk.per1000Na).toBeNull();
    expect(na.stad).toBe(BLOK.stad);
  });
});

describe('per1000 en de vergelijking met de stad', () => {
  it.each([
    [1, 3, 333.3],
    [0, 100, 0],
    [5, 0, null],
  ])('%i plekken bij %i inwoners: %s', (plekken, inwoners, verwacht) => {
    expect(per1000(plekken, inwoners)).toBe(verwacht);
  });
  it.each([
    [16, 5, '3,2 × de stad'],
    [6, 5, 'boven de stad'],
    [5, 5, 'als de stad'],
    [1, 5, 'onder de stad'],
    [null, 5, 'geen inwoners'],
  ])('%s tegen %s', (waarde, stad, tekst) => {
    expect(tenOpzichteVanStad(waarde, stad)).toBe(tekst);
  });
});
