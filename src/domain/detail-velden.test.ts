/** Tests that the detail rows show exactly the fields a role received, with Dutch labels and formatting. */
import { describe, expect, it } from 'vitest';
import type { VoorzieningVoorRol } from '../contract/voorziening';
import {
  detailVelden,
  faseHistorie,
  isVertrouwelijk,
  titelVan,
  toonAdres,
  toonDatum,
  toonUrl,
} from './detail-velden';
import { PUBLIEK_VOORBEELDEN, SCAN_VOORBEELDEN, ZORGAANBIEDER_VOORBEELDEN } from './test-voorbeelden';

function labels(v: VoorzieningVoorRol | undefined): string[] {
  if (!v) throw new Error('voorbeeld ontbreekt');
  return detailVelden(v).map((r) => r.label);
}

const ALLEEN_UITGEBREID = ['Doelgroep', 'Beheercommissie', 'Startdatum'];

describe('detailVelden', () => {
  it.each([
    [
      'publiek',
      PUBLIEK_VOORBEELDEN[0],
      ['Naam', 'Zorgaanbieder', 'Woonvorm', 'Capaciteit (plaatsen)', 'Postcodegebied', 'Website'],
    ],
    [
      'zorgaanbieder, andere organisatie',
      ZORGAANBIEDER_VOORBEELDEN[0],
      [
        'Naam',
        'Zorgaanbieder',
        'Woonvorm',
        'Doelgroep',
        'Capaciteit (plaatsen)',
        'Postcodegebied',
        'Postcode',
        'Buurt',
        'Beheercommissie',
        'Beheerconvenant',
        'Meldingenregister bijgehouden',
        'Meldkaart',
        'Startdatum',
        'Website',
      ],
    ],
    [
      'zorgaanbieder, vertrouwelijk',
      ZORGAANBIEDER_VOORBEELDEN[2],
      ['Woonvorm', 'Doelgroep', 'Capaciteit (plaatsen)', 'Buurt'],
    ],
    [
      'draagkrachtscan, adres',
      SCAN_VOORBEELDEN[0],
      [
        'Naam',
        'Zorgaanbieder',
        'Woonvorm',
        'Doelgroep',
        'Capaciteit (plaatsen)',
        'Postcodegebied',
        'Postcode',
        'Adres',
        'Buurt',
        'Fase',
        'Beheercommissie',
        'Beheerconvenant',
        'Meldingenregister bijgehouden',
        'Meldkaart',
        'Startdatum',
        'Website',
      ],
    ],
  ] as const)('%s', (_naam, voorziening, verwacht) => {
    expect(labels(voorziening)).toEqual(verwacht);
  });

  it('toont voor publiek geen uitgebreide velden, fase of adres', () => {
    const rijen = labels(PUBLIEK_VOORBEELDEN[0]);
    for (const label of [...ALLEEN_UITGEBREID, 'Fase', 'Adres', 'Postcode'])
      expect(rijen).not.toContain(label);
  });

  it('toont de fase alleen bij de eigen organisatie van een zorgaanbieder', () => {
    expect(labels(ZORGAANBIEDER_VOORBEELDEN[0])).not.toContain('Fase');
    expect(labels(ZORGAANBIEDER_VOORBEELDEN[1])).toContain('Fase');
  });

  it('schrijft waarden in het Nederlands', () => {
    const v = SCAN_VOORBEELDEN[0];
    if (!v) throw new Error('voorbeeld ontbreekt');
    const rij = (label: string) =>
      detailVelden(v, { buurtNaam: () => 'Carnisse' }).find((r) => r.label === label);
    expect(rij('Fase')).toMatchObject({ waarde: 'Fase 1: Actief basisregime', fase: '1' });
    expect(rij('Adres')?.waarde).toBe('Pleinweg 12-A, 3084 NP Rotterdam');
    expect(rij('Buurt')?.waarde).toBe('Carnisse (BU05991572)');
    expect(rij('Meldkaart')?.waarde).toBe('Nee');
    expect(rij('Startdatum')?.waarde).toBe('1 september 2019');
    expect(rij('Website')).toEqual({
      label: 'Website',
      waarde: 'www.rotterdam.nl',
      href: 'https://www.rotterdam.nl/',
    });
  });
});

describe('faseHistorie', () => {
  it('geeft de historie, nieuwste eerst, en null als de rol die niet kreeg', () => {
    const scan = SCAN_VOORBEELDEN[1];
    const publiek = PUBLIEK_VOORBEELDEN[0];
    if (!scan || !publiek) throw new Error('voorbeeld ontbreekt');
    expect(faseHistorie(scan)?.map((w) => w.naar)).toEqual(['2', '0']);
    expect(faseHistorie(publiek)).toBeNull();
  });
});

describe('kleine weergaveregels', () => {
  it('isVertrouwelijk en titelVan', () => {
    const vertrouwelijk = ZORGAANBIEDER_VOORBEELDEN[2];
    const gewoon = ZORGAANBIEDER_VOORBEELDEN[0];
    if (!vertrouwelijk || !gewoon) throw new Error('voorbeeld ontbreekt');
    expect(isVertrouwelijk(vertrouwelijk)).toBe(true);
    expect(isVertrouwelijk(gewoon)).toBe(false);
    expect(titelVan(vertrouwelijk)).toBe('Opvang (vertrouwelijke locatie)');
    expect(titelVan(gewoon)).toBe('De Wending');
  });

  it('toonDatum, toonUrl, toonAdres', () => {
    expect(toonDatum('2023-04-14')).toBe('14 april 2023');
    expect(toonDatum('geen datum')).toBe('geen datum');
    expect(toonUrl('https://voorbeeld.nl/pad')).toBe('voorbeeld.nl/pad');
    expect(toonAdres({ straat: 'Kade', huisnummer: 3, postcode: '3011AB', woonplaats: 'Rotterdam' })).toBe(
      'Kade 3, 3011 AB Rotterdam',
    );
  });
});
