/** Tests of the RGW filters: the period's wording, the query per role and the URL form. */
import { describe, expect, it } from 'vitest';
import { DichtheidQuery } from '../contract/endpoints';
import { ProbleemCategorie } from '../contract/rgw';
import {
  CATEGORIE_GROEPEN,
  CATEGORIE_LABEL,
  dichtheidVraag,
  metRgwFilters,
  periodeTekst,
  RGW_FILTERS,
  rgwFilterUit,
  rgwUrlFilters,
  STANDAARD_RGW_FILTER,
  toonDatum,
  zakenTekst,
  type RgwFilter,
} from './rgw-filter';

function filter(deel: Partial<RgwFilter>): RgwFilter {
  return Object.freeze({ ...STANDAARD_RGW_FILTER, ...deel });
}

describe('categorieën', () => {
  it('geeft elk van de negen categorieën een Nederlands label en één groep; de signalen apart', () => {
    expect(Object.keys(CATEGORIE_LABEL).sort()).toEqual([...ProbleemCategorie.options].sort());
    const gegroepeerd = CATEGORIE_GROEPEN.flatMap((g) => g.categorieen);
    expect([...gegroepeerd].sort()).toEqual([...ProbleemCategorie.options].sort());
    const signalen = CATEGORIE_GROEPEN.find((g) => g.label === 'Signalen');
    expect(signalen?.categorieen).toEqual(['signaal-ondermijning', 'signaal-zorg', 'signaal-sociaal']);
    expect(CATEGORIE_LABEL.overbewoning).toBe('Overbewoning en illegale kamerverhuur');
  });
});

describe('perioden', () => {
  it.each([
    ['2026-K3', 'in 3e kwartaal 2026'],
    ['2026-10', 'in oktober 2026'],
    ['2025', 'in 2025'],
    ['2026-W45', 'in week 45 van 2026 (2 nov – 8 nov)'],
  ])('periodeTekst %s', (periode, tekst) => {
    expect(periodeTekst(Object.freeze({ periode }))).toBe(tekst);
  });

  it('schrijft datums en aantallen zoals in het Nederlands', () => {
    expect(toonDatum('2026-11-20')).toBe('20 november 2026');
    expect(zakenTekst(1)).toBe('1 zaak');
    expect(zakenTekst(1250)).toBe('1.250 zaken');
  });
});

describe('dichtheidVraag', () => {
  it('vraagt publiek en zorgaanbieder nooit om niveau of resolutie (de API antwoordt dan 403)', () => {
    for (const rol of ['publiek', 'zorgaanbieder'] as const) {
      const vraag = dichtheidVraag(filter({ niveau: 'buurt', resolutie: 9 }), rol);
      expect(vraag).toEqual({});
      expect(vraag).not.toHaveProperty('niveau');
      expect(vraag).not.toHaveProperty('resolutie');
    }
  });

  it('vraagt de scan om H3 met resolutie, of om buurten zonder resolutie', () => {
    expect(dichtheidVraag(filter({}), 'draagkrachtscan')).toEqual({ niveau: 'h3', resolutie: 8 });
    expect(dichtheidVraag(filter({ niveau: 'buurt' }), 'draagkrachtscan')).toEqual({
      niveau: 'buurt',
    });
  });

  it('vraagt een vaste periode; een week alleen voor de scan (anders de standaardperiode van de API)', () => {
    const week = filter({ periode: '2026-W45', categorie: 'woonfraude' });
    expect(dichtheidVraag(week, 'publiek')).toEqual({ categorie: 'woonfraude' });
    expect(dichtheidVraag(week, 'draagkrachtscan')).toMatchObject({ periode: '2026-W45' });
    expect(dichtheidVraag(filter({ periode: '2026-K3' }), 'zorgaanbieder')).toEqual({ periode: '2026-K3' });
    expect(dichtheidVraag(filter({ periode: null }), 'publiek')).toEqual({});
  });

  it('geeft alleen vragen die de API-query aanvaardt', () => {
    const vraag = dichtheidVraag(filter({ resolutie: 9, periode: '2026-10' }), 'draagkrachtscan');
    expect(DichtheidQuery.safeParse({ ...vraag, resolutie: String(vraag.resolutie) }).success).toBe(true);
  });
});

describe('URL', () => {
  const lees = <K extends keyof typeof RGW_FILTERS>(sleutel: K, tekst: string) =>
    RGW_FILTERS[sleutel].schema.safeParse(tekst);

  it.each(['2025', '2026-K3', '2026-10', '2026-W45'])('leest en schrijft periode %s', (tekst) => {
    const uitslag = lees('rgw-periode', tekst);
    expect(uitslag.success && uitslag.data).toBe(tekst);
    expect(RGW_FILTERS['rgw-periode'].schrijf(tekst)).toBe(tekst);
  });

  it.each(['', '12m', '2025-03-01..2025-05-31', '2026-13', '2026-K5', '2026-W54', 'gisteren', '1999'])(
    'laat ongeldige periode %s vallen',
    (tekst) => {
      expect(lees('rgw-periode', tekst).success).toBe(false);
    },
  );

  it('geeft niveau en celgrootte alleen aan de gemeente (scan en beheer)', () => {
    expect(RGW_FILTERS['rgw-niveau'].rollen).toEqual(['draagkrachtscan', 'beheer']);
    expect(RGW_FILTERS['rgw-cel'].rollen).toEqual(['draagkrachtscan', 'beheer']);
    expect(RGW_FILTERS['rgw-periode'].rollen).toContain('publiek');
    const cel = lees('rgw-cel', '9');
    expect(cel.success && cel.data).toBe(9);
    expect(lees('rgw-cel', '10').success).toBe(false);
  });

  it('laat standaardwaarden uit de URL en leest ze weer terug', () => {
    expect(rgwUrlFilters(STANDAARD_RGW_FILTER, null)).toEqual({});
    const f = filter({
      periode: '2025',
      categorie: 'signaal-zorg',
      niveau: 'buurt',
    });
    const url = rgwUrlFilters(f, 'tarwewijk');
    expect(url).toEqual({
      'rgw-periode': '2025',
      'rgw-categorie': 'signaal-zorg',
      'rgw-niveau': 'buurt',
      'rgw-focus': 'tarwewijk',
    });
    expect(rgwFilterUit(url)).toEqual(f);
    expect(rgwFilterUit({})).toEqual(STANDAARD_RGW_FILTER);
  });
});

describe('metRgwFilters', () => {
  it('vervangt alleen het RGW-deel en laat andere filters staan', () => {
    const filters = Object.freeze({
      woonvorm: ['opvang'],
      'rgw-periode': '2025',
      'rgw-focus': 'bloemhof',
    } as const);
    expect(metRgwFilters(filters, { 'rgw-categorie': 'woonfraude' })).toEqual({
      woonvorm: ['opvang'],
      'rgw-categorie': 'woonfraude',
    });
  });
});
