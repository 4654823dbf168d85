/** Tests of how RD coordinates are shown: whole metres, grouped digits, a spoken form, and the precision label. */
import { describe, expect, it } from 'vitest';
import { wgs84NaarRd } from './rd';
import {
  groepeerCijfers,
  rdInvoerTekst,
  rdRij,
  rdVan,
  RD_LABEL,
  rondRd,
  spreekRd,
  toonRd,
  toonWgs84,
} from './rd-weergave';

const NNBSP = '\u202f';

describe('groepeerCijfers', () => {
  it.each([
    { n: 0, tekst: '0' },
    { n: 512, tekst: '512' },
    { n: 92512, tekst: `92${NNBSP}512` },
    { n: 436120, tekst: `436${NNBSP}120` },
    { n: 1234567, tekst: `1${NNBSP}234${NNBSP}567` },
    { n: 92511.6, tekst: `92${NNBSP}512` },
    { n: -4500, tekst: `-4${NNBSP}500` },
  ])('$n → "$tekst"', ({ n, tekst }) => {
    expect(groepeerCijfers(n)).toBe(tekst);
  });
});

describe('toonRd / spreekRd / rdInvoerTekst', () => {
  const punt = Object.freeze([92511.6, 436120.4] as const);

  it('toont hele meters in groepjes van drie', () => {
    expect(toonRd(punt)).toBe(`x 92${NNBSP}512 · y 436${NNBSP}120`);
  });

  it('spreekt de getallen zonder groepering uit', () => {
    expect(spreekRd(punt)).toBe('x 92512, y 436120');
  });

  it('geeft een tekst die het zoekveld weer accepteert', () => {
    expect(rdInvoerTekst(punt)).toBe('92512, 436120');
  });

  it('rondt af zonder de invoer te wijzigen', () => {
    expect(rondRd(punt)).toEqual([92512, 436120]);
    expect(punt).toEqual([92511.6, 436120.4]);
  });
});

describe('rdVan', () => {
  it('rekent WGS84 om naar RD in hele meters', () => {
    const lonLat = Object.freeze([4.48685, 51.90915] as const);
    const [x, y] = rdVan(lonLat);
    const [xExact, yExact] = wgs84NaarRd(lonLat);
    expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    expect(Math.abs(x - xExact)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(y - yExact)).toBeLessThanOrEqual(0.5);
  });
});

describe('toonWgs84', () => {
  it('zet breedte voor lengte, met een decimale komma', () => {
    expect(toonWgs84(Object.freeze([4.48685, 51.90915] as const))).toBe('51,90915° N · 4,48685° O');
  });
});

describe('rdRij', () => {
  it.each([
    { precisie: 'adres', label: 'RD (adrespunt)' },
    { precisie: 'pc6', label: 'RD (centroïde postcode)' },
    { precisie: 'pc4', label: 'RD (centroïde postcodegebied)' },
    { precisie: 'buurt', label: 'RD (centroïde buurt)' },
  ] as const)('$precisie: "$label"', ({ precisie, label }) => {
    const rij = rdRij(Object.freeze([4.48685, 51.90915] as const), precisie);
    expect(rij.label).toBe(label);
    expect(rij.waarde).toMatch(/^x 9\d\u202f\d{3} · y 43\d\u202f\d{3}$/);
    expect(rij.gesproken).toMatch(/^x 9\d{4}, y 43\d{4}$/);
  });

  it('noemt alleen het adrespunt geen centroïde', () => {
    const labels = Object.values(RD_LABEL);
    expect(labels.filter((l) => l.includes('centroïde'))).toHaveLength(3);
  });
});
