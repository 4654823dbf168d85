/** Tests of the field names and values the importer understands: PDOK, CBS shapefile and reference spellings. */
import { describe, expect, it } from 'vitest';
import { BUURT_VELDEN, Eigenschappen, leesCode, leesTelling, PC4_VELDEN } from './velden';

describe('Eigenschappen.zoek', () => {
  it.each([
    { props: { buurtcode: 'BU05991081' }, kandidaten: BUURT_VELDEN.code, naam: 'buurtcode' },
    { props: { BU_CODE: 'BU05991081' }, kandidaten: BUURT_VELDEN.code, naam: 'BU_CODE' },
    { props: { bu_code: 'BU05991081' }, kandidaten: BUURT_VELDEN.code, naam: 'bu_code' },
    { props: { statcode: 'BU05991081' }, kandidaten: BUURT_VELDEN.code, naam: 'statcode' },
    { props: { aantalInwoners: 5 }, kandidaten: BUURT_VELDEN.inwoners, naam: 'aantalInwoners' },
    { props: { AANTAL_INWONERS: 5 }, kandidaten: BUURT_VELDEN.inwoners, naam: 'AANTAL_INWONERS' },
    { props: { AANT_INW: 5 }, kandidaten: BUURT_VELDEN.inwoners, naam: 'AANT_INW' },
    // The 2017 figure wins over the ~2014 one in the reference file: the facts use it.
    {
      props: { aantal_inwoners: 1, inwoners_2017_som_leeftijdsgroepen: 2 },
      kandidaten: BUURT_VELDEN.inwoners,
      naam: 'inwoners_2017_som_leeftijdsgroepen',
    },
    { props: { PC4: 3011 }, kandidaten: PC4_VELDEN.code, naam: 'PC4' },
    { props: { postcode4: '3011' }, kandidaten: PC4_VELDEN.code, naam: 'postcode4' },
    { props: { INWONER: 10 }, kandidaten: PC4_VELDEN.inwoners, naam: 'INWONER' },
    // Empty values do not count as present: the next candidate is tried.
    { props: { buurtcode: '', BU_CODE: 'BU05991081' }, kandidaten: BUURT_VELDEN.code, naam: 'BU_CODE' },
  ])('vindt $naam', ({ props, kandidaten, naam }) => {
    expect(new Eigenschappen(Object.freeze({ ...props })).zoek(kandidaten)?.naam).toBe(naam);
  });

  it('geeft null als geen kandidaat een waarde heeft', () => {
    expect(new Eigenschappen({ code: 'BU05991081', buurtcode: null }).zoek(BUURT_VELDEN.code)).toBeNull();
  });
});

describe('leesTelling', () => {
  it.each([
    { waarde: 13740, uit: { soort: 'getal', waarde: 13740 } },
    { waarde: '13740', uit: { soort: 'getal', waarde: 13740 } },
    { waarde: 0, uit: { soort: 'getal', waarde: 0 } },
    { waarde: -99999997, uit: { soort: 'onbekend', ruw: -99999997 } },
    { waarde: -99999999, uit: { soort: 'onbekend', ruw: -99999999 } },
    { waarde: '.', uit: { soort: 'onbekend', ruw: '.' } },
    { waarde: '', uit: { soort: 'onbekend', ruw: '' } },
    { waarde: null, uit: { soort: 'onbekend', ruw: null } },
  ])('$waarde', ({ waarde, uit }) => {
    expect(leesTelling(waarde)).toEqual(uit);
  });
});

describe('leesCode', () => {
  it.each([
    { waarde: 3011, uit: '3011' },
    { waarde: ' BU05991081 ', uit: 'BU05991081' },
    { waarde: '', uit: null },
    { waarde: 30.5, uit: null },
    { waarde: null, uit: null },
  ])('$waarde -> $uit', ({ waarde, uit }) => {
    expect(leesCode(waarde)).toBe(uit);
  });
});
