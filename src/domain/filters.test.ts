/** Tests of the facility filters: the predicate per filter, table-driven; group filtering keeps keys and identity; phase counts. */
import { describe, expect, it } from 'vitest';
import type { Beheerstatus, Woonvorm } from '../contract/voorziening';
import { FILTERS, type Filters } from './datalagen';
import {
  aantalPerFase,
  aantalVoorzieningen,
  beheerProblemen,
  filterGroepen,
  filterSleutel,
  heeftFilters,
  voldoetAanFilters,
  woonvormenIn,
  woonvormKeuzes,
  type FilterbareVoorziening,
} from './filters';
import { adresGroepen, pc6Groepen, type RolGroepen, type Symboolgroep } from './symboolgroepen';
import { SCAN_VOORBEELDEN, ZORGAANBIEDER_VOORBEELDEN } from './test-voorbeelden';

const GOED: Beheerstatus = Object.freeze({
  beheercommissie: 'actief',
  beheerconvenant: 'actueel',
  meldingenregisterBijgehouden: true,
  meldkaart: true,
});

function locatie(deel: Partial<FilterbareVoorziening> = {}): FilterbareVoorziening {
  return Object.freeze({ woonvorm: 'opvang', fase: '1', beheer: GOED, ...deel });
}

describe('beheerProblemen', () => {
  it.each([
    [GOED, []],
    [{ ...GOED, beheercommissie: 'slapend' }, []],
    [{ ...GOED, beheercommissie: 'geen' }, ['geen-beheercommissie']],
    [{ ...GOED, beheerconvenant: 'in-actualisatie' }, []],
    [{ ...GOED, beheerconvenant: 'verouderd' }, ['convenant-verouderd']],
    [{ ...GOED, beheerconvenant: 'geen' }, ['convenant-verouderd']],
    [{ ...GOED, meldingenregisterBijgehouden: false }, ['register-niet-bijgehouden']],
    [
      {
        beheercommissie: 'geen',
        beheerconvenant: 'geen',
        meldingenregisterBijgehouden: false,
        meldkaart: false,
      },
      ['geen-beheercommissie', 'convenant-verouderd', 'register-niet-bijgehouden'],
    ],
  ] as const)('%o → %o', (beheer, verwacht) => {
    expect(beheerProblemen(Object.freeze({ ...beheer }))).toEqual(verwacht);
  });
});

describe('voldoetAanFilters', () => {
  it.each<[string, FilterbareVoorziening, Filters, boolean]>([
    ['geen filters', locatie(), {}, true],
    ['woonvorm aangevinkt', locatie(), { woonvorm: ['opvang', 'flexwonen'] }, true],
    ['woonvorm niet aangevinkt', locatie(), { woonvorm: ['flexwonen'] }, false],
    ['fase aangevinkt', locatie({ fase: '2' }), { fase: ['2'] }, true],
    ['fase niet aangevinkt', locatie({ fase: '0' }), { fase: ['2', '3a'] }, false],
    ['zonder fase faalt een fasefilter', locatie({ fase: undefined }), { fase: ['0'] }, false],
    ['zonder fase geen probleem zonder fasefilter', locatie({ fase: undefined }), {}, true],
    [
      'beheer: één van de aangevinkte problemen volstaat',
      locatie({ beheer: { ...GOED, meldingenregisterBijgehouden: false } }),
      { beheer: ['geen-beheercommissie', 'register-niet-bijgehouden'] },
      true,
    ],
    ['beheer: op orde valt weg', locatie(), { beheer: ['geen-beheercommissie'] }, false],
    ['beheer onbekend valt weg', locatie({ beheer: undefined }), { beheer: ['convenant-verouderd'] }, false],
    ['lege beheerlijst filtert niet', locatie(), { beheer: [] }, true],
    ['alleen eigen: eigen', locatie({ eigen: true }), { eigen: true }, true],
    ['alleen eigen: ander', locatie({ eigen: false }), { eigen: true }, false],
    ['alleen eigen: rol zonder eigen', locatie(), { eigen: true }, false],
    [
      'filters samen: alle moeten kloppen',
      locatie({ fase: '2', woonvorm: 'flexwonen' }),
      { fase: ['2'], woonvorm: ['opvang'] },
      false,
    ],
    [
      'filters samen: alles klopt',
      locatie({ fase: '2', woonvorm: 'opvang', beheer: { ...GOED, beheerconvenant: 'geen' } }),
      { fase: ['2'], woonvorm: ['opvang'], beheer: ['convenant-verouderd'] },
      true,
    ],
  ])('%s', (_naam, v, filters, verwacht) => {
    expect(voldoetAanFilters(v, Object.freeze(filters))).toBe(verwacht);
  });
});

describe('filterSleutel en heeftFilters', () => {
  it('is ongevoelig voor volgorde en voor lege sleutels', () => {
    expect(filterSleutel({ fase: ['2', '0'], woonvorm: ['opvang'] })).toBe(
      filterSleutel({ woonvorm: ['opvang'], fase: ['0', '2'], beheer: undefined }),
    );
    expect(heeftFilters({})).toBe(false);
    expect(heeftFilters({ fase: undefined })).toBe(false);
    expect(heeftFilters({ eigen: true })).toBe(true);
  });
});

describe('filterGroepen', () => {
  const scan: RolGroepen = Object.freeze({
    rol: 'draagkrachtscan',
    groepen: Object.freeze(adresGroepen(SCAN_VOORBEELDEN)),
  });

  it('geeft zonder filters dezelfde lijst terug', () => {
    expect(filterGroepen(scan, {})).toBe(scan);
  });

  it('houdt alleen de voorzieningen die voldoen, met dezelfde sleutel en positie', () => {
    const uit = filterGroepen(scan, { fase: ['2'] });
    expect(uit.groepen).toHaveLength(1);
    const [groep] = uit.groepen;
    const origineel = scan.groepen.find((g) => g.sleutel === groep?.sleutel);
    expect(groep?.items.map((v) => v.id)).toEqual(['vz-004']);
    expect(groep?.positie).toBe(origineel?.positie);
    expect(aantalVoorzieningen(uit.groepen)).toBe(1);
  });

  it('geeft voor dezelfde filters dezelfde arrays (ook in andere volgorde), en ongewijzigde groepen zelf', () => {
    const a = filterGroepen(scan, { fase: ['2', '3a'] });
    const b = filterGroepen(scan, { fase: ['3a', '2'] });
    expect(b).toBe(a);
    const vertrouwelijk = scan.groepen.find((g) => g.soort === 'buurt');
    expect(a.groepen).toContain(vertrouwelijk);
  });

  it('filtert voor de zorgaanbieder op eigen locaties en beheer', () => {
    const za: RolGroepen = Object.freeze({
      rol: 'zorgaanbieder',
      groepen: Object.freeze(pc6Groepen(ZORGAANBIEDER_VOORBEELDEN)),
    });
    expect(filterGroepen(za, { eigen: true }).groepen.map((g) => g.sleutel)).toEqual(['pc6:3011AB']);
    // The confidential location has no management status for this role: it cannot match a management filter.
    expect(filterGroepen(za, { beheer: ['geen-beheercommissie'] }).groepen).toEqual([]);
  });
});

describe('aantalPerFase', () => {
  it('telt voorzieningen, niet symbolen, en alle fasen', () => {
    expect(aantalPerFase(adresGroepen(SCAN_VOORBEELDEN))).toEqual({
      '0': 0,
      '1': 1,
      '2': 1,
      '3a': 1,
      '3b': 0,
    });
  });

  it('telt alleen eigen locaties als dat gevraagd is', () => {
    expect(aantalPerFase(pc6Groepen(ZORGAANBIEDER_VOORBEELDEN), { alleenEigen: true })).toEqual({
      '0': 0,
      '1': 0,
      '2': 1,
      '3a': 0,
      '3b': 0,
    });
  });
});

describe('FILTERS in datalagen.ts', () => {
  it.each([
    [
      'beheer',
      'geen-beheercommissie,onzin,register-niet-bijgehouden',
      ['geen-beheercommissie', 'register-niet-bijgehouden'],
    ],
    ['eigen', 'ja', true],
  ] as const)('%s=%s leest als %o', (sleutel, tekst, verwacht) => {
    const uitslag = FILTERS[sleutel].schema.safeParse(tekst);
    expect(uitslag.success && uitslag.data).toEqual(verwacht);
  });

  it('laat een onzinwaarde van "eigen" vallen en schrijft "ja"', () => {
    expect(FILTERS.eigen.schema.safeParse('nee').success).toBe(false);
    expect(FILTERS.eigen.schrijf(true)).toBe('ja');
    expect([...FILTERS.eigen.rollen]).toEqual(['zorgaanbieder']);
  });
});

describe('woonvormenIn en woonvormKeuzes', () => {
  const groep = (code: string, items: FilterbareVoorziening[]): Symboolgroep<FilterbareVoorziening> =>
    Object.freeze<Symboolgroep<FilterbareVoorziening>>({
      sleutel: `pc4:${code}`,
      soort: 'pc4',
      code,
      positie: [4.5, 51.9],
      items: Object.freeze(items),
    });
  const groepen = Object.freeze([
    groep('3084', [locatie({ woonvorm: 'flexwonen' }), locatie({ woonvorm: 'opvang' })]),
    groep('3072', [locatie({ woonvorm: 'opvang' })]),
  ]);

  it('telt elke woonvorm in de gegevens één keer', () => {
    expect([...woonvormenIn(groepen)].sort()).toEqual(['flexwonen', 'opvang']);
    expect(woonvormenIn([]).size).toBe(0);
  });

  it.each([
    { naam: 'alleen wat in de gegevens staat', gekozen: undefined, uit: ['opvang', 'flexwonen'] },
    { naam: 'een gekozen woonvorm blijft staan', gekozen: ['opvang'], uit: ['opvang', 'flexwonen'] },
    {
      naam: 'een gekozen woonvorm uit een link die er niet is, blijft te wissen',
      gekozen: ['wonen-eerst'],
      uit: ['opvang', 'wonen-eerst', 'flexwonen'],
    },
  ] satisfies { naam: string; gekozen: Woonvorm[] | undefined; uit: Woonvorm[] }[])(
    '$naam',
    ({ gekozen, uit }) => {
      expect(woonvormKeuzes(woonvormenIn(groepen), gekozen && Object.freeze(gekozen))).toEqual(uit);
    },
  );

  it('biedt tijdens het laden alleen de gekozen woonvormen', () => {
    expect(woonvormKeuzes(null, undefined)).toEqual([]);
    expect(woonvormKeuzes(null, Object.freeze(['semimuraal', 'opvang']))).toEqual(['opvang', 'semimuraal']);
  });
});
