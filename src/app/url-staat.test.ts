/** Tests of the URL state: lenient parsing per role, dropping what a role may not have, and a faithful round trip. */
import { describe, expect, it } from 'vitest';
import type { Rol } from '../contract/common';
import {
  LEGE_URL_STAAT,
  lagenAan,
  leesUrlStaat,
  schrijfUrlStaat,
  toonBeeld,
  voorRol,
  type UrlStaat,
} from './url-staat';

function staat(deel: Partial<UrlStaat>): UrlStaat {
  return Object.freeze({ ...LEGE_URL_STAAT, ...deel });
}

describe('leesUrlStaat', () => {
  it.each([
    { naam: 'lege URL', zoek: '', rol: 'publiek', uit: LEGE_URL_STAAT },
    {
      naam: 'beeld',
      zoek: '?beeld=15.5/51.917/4.467',
      rol: 'publiek',
      uit: staat({ beeld: { centrum: [4.467, 51.917], zoom: 15.5 } }),
    },
    { naam: 'beeld buiten Rotterdam', zoek: '?beeld=12/48.85/2.35', rol: 'publiek', uit: LEGE_URL_STAAT },
    { naam: 'beeld met te weinig delen', zoek: '?beeld=12/51.9', rol: 'publiek', uit: LEGE_URL_STAAT },
    { naam: 'beeld met lege delen', zoek: '?beeld=12//4.4', rol: 'publiek', uit: LEGE_URL_STAAT },
    {
      naam: 'lagen van de rol, in de volgorde van de link',
      zoek: '?lagen=pc4-aantallen,voorzieningen',
      rol: 'publiek',
      uit: staat({ lagen: ['pc4-aantallen', 'voorzieningen'] }),
    },
    {
      naam: 'een laag van een andere rol valt weg',
      zoek: '?lagen=voorzieningen,pc4-aantallen',
      rol: 'draagkrachtscan',
      uit: staat({ lagen: ['voorzieningen'] }),
    },
    {
      naam: 'alleen onbekende lagen: de standaard van de rol',
      zoek: '?lagen=bestaat-niet,%3Cscript%3E',
      rol: 'publiek',
      uit: LEGE_URL_STAAT,
    },
    { naam: 'alle lagen uit', zoek: '?lagen=geen', rol: 'publiek', uit: staat({ lagen: [] }) },
    {
      naam: 'twee vlakkenlagen: alleen de eerste (één vlakkenlaag tegelijk)',
      zoek: '?lagen=voorzieningen,wijkprofiel,dekking,rgw-dichtheid',
      rol: 'draagkrachtscan',
      uit: staat({ lagen: ['voorzieningen', 'wijkprofiel'] }),
    },
    {
      naam: 'filter voor iedereen',
      zoek: '?woonvorm=opvang,flexwonen',
      rol: 'publiek',
      uit: staat({ filters: { woonvorm: ['opvang', 'flexwonen'] } }),
    },
    {
      naam: 'onbekende waarden in een filter vallen weg, dubbele ook',
      zoek: '?woonvorm=opvang,kasteel,opvang',
      rol: 'publiek',
      uit: staat({ filters: { woonvorm: ['opvang'] } }),
    },
    { naam: 'filter zonder geldige waarde', zoek: '?woonvorm=kasteel', rol: 'publiek', uit: LEGE_URL_STAAT },
    {
      naam: 'fasefilter is voor de draagkrachtscan',
      zoek: '?fase=2,3a',
      rol: 'draagkrachtscan',
      uit: staat({ filters: { fase: ['2', '3a'] } }),
    },
    { naam: 'fasefilter valt weg voor publiek', zoek: '?fase=2,3a', rol: 'publiek', uit: LEGE_URL_STAAT },
    { naam: 'selectie', zoek: '?selectie=pc4:3084', rol: 'publiek', uit: staat({ selectie: 'pc4:3084' }) },
    {
      naam: 'adresselectie van de scan opent niets voor publiek',
      zoek: '?selectie=adres:4.467000,51.917000',
      rol: 'publiek',
      uit: LEGE_URL_STAAT,
    },
    {
      naam: 'adresselectie voor de scan',
      zoek: '?selectie=adres:4.467000,51.917000',
      rol: 'draagkrachtscan',
      uit: staat({ selectie: 'adres:4.467000,51.917000' }),
    },
    { naam: 'selectie met vreemde tekens', zoek: '?selectie=pc4:<b>', rol: 'publiek', uit: LEGE_URL_STAAT },
    {
      naam: 'achtergrond en postcodes',
      zoek: '?achtergrond=pdok&postcodes=aan',
      rol: 'zorgaanbieder',
      uit: staat({ achtergrond: 'pdok', postcodegebieden: true }),
    },
    {
      naam: 'onzin wordt genegeerd',
      zoek: '?achtergrond=google&postcodes=misschien&onbekend=1',
      rol: 'publiek',
      uit: LEGE_URL_STAAT,
    },
  ] satisfies { naam: string; zoek: string; rol: Rol; uit: UrlStaat }[])(
    '$naam ($rol)',
    ({ zoek, rol, uit }) => {
      expect(leesUrlStaat(zoek, rol)).toEqual(uit);
    },
  );

  it('een volledige draagkrachtscan-link, geopend als publiek, houdt alleen wat publiek mag', () => {
    const link =
      '?beeld=16/51.9/4.48&lagen=voorzieningen,pc4-aantallen&fase=3a&woonvorm=opvang&selectie=adres:4.480000,51.900000';
    expect(leesUrlStaat(link, 'publiek')).toEqual(
      staat({
        beeld: { centrum: [4.48, 51.9], zoom: 16 },
        lagen: ['voorzieningen', 'pc4-aantallen'],
        filters: { woonvorm: ['opvang'] },
      }),
    );
  });
});

describe('dekking-niveau en wijkprofiel-index', () => {
  const link = '?lagen=voorzieningen,wijkprofiel&dekking-niveau=buurt&wijkprofiel-index=fysiek';
  it.each([
    { rol: 'publiek', filters: {} },
    { rol: 'zorgaanbieder', filters: { 'dekking-niveau': 'buurt' } },
    { rol: 'draagkrachtscan', filters: { 'dekking-niveau': 'buurt', 'wijkprofiel-index': 'fysiek' } },
  ] satisfies { rol: Rol; filters: UrlStaat['filters'] }[])('houdt wat $rol mag', ({ rol, filters }) => {
    expect(leesUrlStaat(link, rol).filters).toEqual(filters);
  });

  it('laat onbekende waarden vallen en schrijft terug wat het las', () => {
    expect(leesUrlStaat('?dekking-niveau=stad&wijkprofiel-index=groen', 'draagkrachtscan').filters).toEqual(
      {},
    );
    const gelezen = leesUrlStaat(link, 'draagkrachtscan');
    expect(schrijfUrlStaat('', gelezen)).toBe(link);
  });
});

describe('schrijfUrlStaat', () => {
  it.each([
    { naam: 'leeg blijft leeg', zoek: '', deel: LEGE_URL_STAAT, uit: '' },
    {
      naam: 'alles, leesbaar',
      zoek: '',
      deel: staat({
        beeld: { centrum: [4.4670001, 51.9170004], zoom: 15.5012 },
        lagen: ['voorzieningen'],
        filters: { woonvorm: ['opvang', 'flexwonen'] },
        selectie: 'pc4:3084',
        achtergrond: 'pdok',
        postcodegebieden: true,
      }),
      uit: '?beeld=15.5/51.917/4.467&lagen=voorzieningen&woonvorm=opvang,flexwonen&selectie=pc4:3084&achtergrond=pdok&postcodes=aan',
    },
    {
      naam: 'andere parameters blijven staan',
      zoek: '?x=1&beeld=12/51.9/4.4',
      deel: { lagen: [] },
      uit: '?x=1&beeld=12/51.9/4.4&lagen=geen',
    },
    {
      naam: 'wat niet genoemd wordt blijft staan, wat leeg is gaat weg',
      zoek: '?beeld=12/51.9/4.4&selectie=pc4:3084&woonvorm=opvang',
      deel: { selectie: null, filters: {} },
      uit: '?beeld=12/51.9/4.4',
    },
  ] satisfies { naam: string; zoek: string; deel: Partial<UrlStaat>; uit: string }[])(
    '$naam',
    ({ zoek, deel, uit }) => {
      expect(schrijfUrlStaat(zoek, Object.freeze(deel))).toBe(uit);
    },
  );

  it.each(['publiek', 'zorgaanbieder', 'draagkrachtscan'] satisfies Rol[])(
    'leest terug wat het schreef (%s)',
    (rol) => {
      const origineel = staat({
        beeld: { centrum: [4.48, 51.91], zoom: 13.25 },
        lagen: ['voorzieningen'],
        filters: { woonvorm: ['beschermd-wonen'] },
        selectie: rol === 'publiek' ? 'pc4:3073' : 'buurt:BU05991572',
        achtergrond: 'eigen',
        postcodegebieden: false,
      });
      expect(leesUrlStaat(schrijfUrlStaat('', origineel), rol)).toEqual(origineel);
    },
  );
});

describe('voorRol', () => {
  it('laat bij uitloggen weg wat publiek niet mag en houdt de rest', () => {
    const scan = staat({
      beeld: { centrum: [4.48, 51.91], zoom: 14 },
      filters: { fase: ['2'], woonvorm: ['opvang'] },
      selectie: 'adres:4.480000,51.910000',
    });
    expect(voorRol(scan, 'publiek')).toEqual(staat({ beeld: scan.beeld, filters: { woonvorm: ['opvang'] } }));
  });
});

describe('toonBeeld en lagenAan', () => {
  it('rondt af tot wat een link nodig heeft', () => {
    expect(toonBeeld({ centrum: [4.123456789, 51.987654321], zoom: 12.345678 })).toBe(
      '12.35/51.98765/4.12346',
    );
  });

  it('neemt de lijst uit de URL, of anders de standaard', () => {
    expect([...lagenAan({ lagen: null }, ['voorzieningen'])]).toEqual(['voorzieningen']);
    expect([...lagenAan({ lagen: [] }, ['voorzieningen'])]).toEqual([]);
  });
});
