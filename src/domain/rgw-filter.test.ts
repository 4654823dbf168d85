/** Tests of the RGW filters: presets per peildatum, the period checks the API also makes, the query per role and the URL form. */
import { describe, expect, it } from 'vitest';
import { DichtheidQuery } from '../contract/endpoints';
import { ProbleemCategorie } from '../contract/rgw';
import {
  CATEGORIE_GROEPEN,
  CATEGORIE_LABEL,
  controleerPeriode,
  dichtheidVraag,
  isDatum,
  metRgwFilters,
  periodePresets,
  periodeTekst,
  presetLabel,
  RGW_FILTERS,
  rgwFilterUit,
  rgwUrlFilters,
  STANDAARD_RGW_FILTER,
  toonDatum,
  zakenTekst,
  type RgwFilter,
} from './rgw-filter';

const PEILDATUM = '2026-11-20';

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
  it('biedt de afgelopen 12 maanden, vorig jaar en dit jaar tot nu', () => {
    expect(periodePresets(PEILDATUM)).toEqual(['12m', '2025', '2026']);
    expect(periodePresets(PEILDATUM).map((p) => presetLabel(p, PEILDATUM))).toEqual([
      'Afgelopen 12 maanden',
      '2025',
      '2026 tot nu',
    ]);
    expect(periodePresets(null)).toEqual(['12m']);
  });

  it.each([
    ['2025-01-01', '2025-12-31', null],
    ['2024-01-01', '2026-11-20', null],
    // Longer than three years: the API's rule and message, shown next to the field it names.
    ['2023-11-19', '2026-11-20', null],
    ['2025-06-01', '2025-05-31', 'van'],
    ['2025-02-30', '2025-05-31', 'van'],
    ['', '2025-05-31', 'van'],
    ['2025-01-01', '31-05-2025', 'tot'],
  ])('%s t/m %s: fout in %s', (van, tot, veld) => {
    expect(controleerPeriode(van, tot)?.veld ?? null).toBe(veld);
  });

  it('noemt de fout in woorden', () => {
    expect(controleerPeriode('2025-06-01', '2025-05-31')?.melding).toBe(
      'van (1 juni 2025) moet op of voor tot (31 mei 2025) liggen',
    );
    expect(controleerPeriode('', '2025-05-31')?.melding).toBe('vul een begindatum in');
    expect(isDatum('2024-02-29')).toBe(true);
    expect(isDatum('2025-02-29')).toBe(false);
  });

  it.each([
    [{ van: '2025-11-21', tot: PEILDATUM }, 'in de afgelopen 12 maanden'],
    [{ van: '2025-01-01', tot: '2025-12-31' }, 'in 2025'],
    [{ van: '2026-01-01', tot: PEILDATUM }, 'in 2026 tot nu'],
    [{ van: '2025-03-01', tot: '2025-05-31' }, 'van 1 maart 2025 t/m 31 mei 2025'],
  ])('periodeTekst %o', (periode, tekst) => {
    expect(periodeTekst(Object.freeze(periode), PEILDATUM)).toBe(tekst);
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
      const vraag = dichtheidVraag(filter({ niveau: 'buurt', resolutie: 9 }), rol, PEILDATUM);
      expect(vraag).toEqual({});
      expect(vraag).not.toHaveProperty('niveau');
      expect(vraag).not.toHaveProperty('resolutie');
    }
  });

  it('vraagt de scan om H3 met resolutie, of om buurten zonder resolutie', () => {
    expect(dichtheidVraag(filter({}), 'draagkrachtscan', PEILDATUM)).toEqual({ niveau: 'h3', resolutie: 8 });
    expect(dichtheidVraag(filter({ niveau: 'buurt' }), 'draagkrachtscan', PEILDATUM)).toEqual({
      niveau: 'buurt',
    });
  });

  it('zet de periode om in van en tot; dit jaar loopt tot de peildatum', () => {
    const jaar = (preset: `${number}`) => filter({ periode: { soort: 'preset', preset } });
    expect(dichtheidVraag(jaar('2025'), 'publiek', PEILDATUM)).toEqual({
      van: '2025-01-01',
      tot: '2025-12-31',
    });
    expect(dichtheidVraag(jaar('2026'), 'publiek', PEILDATUM)).toEqual({ van: '2026-01-01', tot: PEILDATUM });
    expect(dichtheidVraag(jaar('2026'), 'publiek', null)).toEqual({ van: '2026-01-01', tot: '2026-12-31' });
    const eigen = filter({
      periode: { soort: 'eigen', van: '2025-03-01', tot: '2025-05-31' },
      categorie: 'woonfraude',
    });
    expect(dichtheidVraag(eigen, 'publiek', PEILDATUM)).toEqual({
      van: '2025-03-01',
      tot: '2025-05-31',
      categorie: 'woonfraude',
    });
  });

  it('geeft alleen vragen die de API-query aanvaardt', () => {
    const vraag = dichtheidVraag(filter({ resolutie: 9 }), 'draagkrachtscan', PEILDATUM);
    expect(DichtheidQuery.safeParse({ ...vraag, resolutie: String(vraag.resolutie) }).success).toBe(true);
  });
});

describe('URL', () => {
  const lees = <K extends keyof typeof RGW_FILTERS>(sleutel: K, tekst: string) =>
    RGW_FILTERS[sleutel].schema.safeParse(tekst);

  it.each([
    ['12m', { soort: 'preset', preset: '12m' }],
    ['2025', { soort: 'preset', preset: '2025' }],
    ['2025-03-01..2025-05-31', { soort: 'eigen', van: '2025-03-01', tot: '2025-05-31' }],
  ])('leest periode %s', (tekst, periode) => {
    const uitslag = lees('rgw-periode', tekst);
    expect(uitslag.success && uitslag.data).toEqual(periode);
    expect(RGW_FILTERS['rgw-periode'].schrijf(periode as never)).toBe(tekst);
  });

  it.each(['', '2025-05-31..2025-03-01', '2025-02-30..2025-03-01', 'gisteren', '1999'])(
    'laat ongeldige periode %s vallen',
    (tekst) => {
      expect(lees('rgw-periode', tekst).success).toBe(false);
    },
  );

  it('geeft niveau en celgrootte alleen aan de scan', () => {
    expect(RGW_FILTERS['rgw-niveau'].rollen).toEqual(['draagkrachtscan']);
    expect(RGW_FILTERS['rgw-cel'].rollen).toEqual(['draagkrachtscan']);
    expect(RGW_FILTERS['rgw-periode'].rollen).toContain('publiek');
    const cel = lees('rgw-cel', '9');
    expect(cel.success && cel.data).toBe(9);
    expect(lees('rgw-cel', '10').success).toBe(false);
  });

  it('laat standaardwaarden uit de URL en leest ze weer terug', () => {
    expect(rgwUrlFilters(STANDAARD_RGW_FILTER, null)).toEqual({});
    const f = filter({
      periode: { soort: 'preset', preset: '2025' },
      categorie: 'signaal-zorg',
      niveau: 'buurt',
    });
    const url = rgwUrlFilters(f, 'tarwewijk');
    expect(url).toEqual({
      'rgw-periode': { soort: 'preset', preset: '2025' },
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
      'rgw-periode': { soort: 'preset', preset: '2025' },
      'rgw-focus': 'bloemhof',
    } as const);
    expect(metRgwFilters(filters, { 'rgw-categorie': 'woonfraude' })).toEqual({
      woonvorm: ['opvang'],
      'rgw-categorie': 'woonfraude',
    });
  });
});
