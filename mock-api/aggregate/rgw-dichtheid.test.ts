/** The density counters against a brute-force count, on frozen input so the cached index cannot hide a mutation. */
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { RgwZaak } from '../../src/contract/rgw';
import { datumGetal, telPerBuurt, telPerFocusgebied, telPerH3, type ZaakFilter } from './rgw-dichtheid';

function zaak(
  i: number,
  geopend: string,
  buurt: string,
  positie: [number, number],
  categorieen: RgwZaak['categorieen'],
) {
  return Object.freeze({
    id: `rgw-${String(i).padStart(7, '0')}`,
    geopend,
    gesloten: null,
    categorieen: Object.freeze([...categorieen]) as RgwZaak['categorieen'],
    bron: 'melding',
    integraleActie: null,
    aanpak: 'mono',
    status: 'melding',
    buurt,
    positie: Object.freeze([...positie]) as [number, number],
  } satisfies RgwZaak);
}

const BLOEMHOF = 'BU05991081';
const CARNISSE = 'BU05991572';
const BUITEN = 'BU05990110';
const ZAKEN: readonly RgwZaak[] = Object.freeze([
  zaak(1, '2026-01-01', BLOEMHOF, [4.5074, 51.8955], ['woonoverlast']),
  zaak(2, '2026-01-31', BLOEMHOF, [4.5075, 51.8956], ['overbewoning', 'woonfraude']),
  zaak(3, '2026-02-01', CARNISSE, [4.4886, 51.8867], ['woonoverlast']),
  zaak(4, '2025-12-31', CARNISSE, [4.4887, 51.8868], ['woonoverlast']),
  zaak(5, '2026-01-15', BUITEN, [4.4875, 51.9189], ['signaal-zorg']),
]);

const JANUARI: ZaakFilter = { van: '2026-01-01', tot: '2026-01-31', categorie: null };

describe('rgw-dichtheid', () => {
  it('datumGetal orders like the ISO strings', () => {
    expect(datumGetal('2026-01-31')).toBe(20260131);
    expect(datumGetal('2025-12-31')).toBeLessThan(datumGetal('2026-01-01'));
  });

  it('per buurt: inclusive period bounds, only keys with cases', () => {
    const { totaal, perSleutel } = telPerBuurt(ZAKEN, JANUARI);
    expect(totaal).toBe(3);
    expect([...perSleutel]).toEqual([
      [BUITEN, 1],
      [BLOEMHOF, 2],
    ]);
  });

  it('category filter matches any of a case’s categories', () => {
    expect(telPerBuurt(ZAKEN, { ...JANUARI, categorie: 'woonfraude' }).totaal).toBe(1);
    expect(
      telPerBuurt(ZAKEN, { van: '2025-01-01', tot: '2026-12-31', categorie: 'woonoverlast' }).totaal,
    ).toBe(3);
    expect(telPerBuurt(ZAKEN, { ...JANUARI, categorie: 'criminele-doeleinden' }).totaal).toBe(0);
  });

  it('per focus area: all five present, cases outside them only in the total', () => {
    const { totaal, perSleutel } = telPerFocusgebied(ZAKEN, JANUARI);
    expect(totaal).toBe(3);
    expect(perSleutel.get('bloemhof')).toBe(2);
    expect(perSleutel.get('carnisse')).toBe(0);
    expect([...perSleutel.keys()]).toHaveLength(5);
  });

  it.each([7, 8, 9])('per H3 cell at resolution %i equals latLngToCell (lat first)', (resolutie) => {
    const { totaal, perSleutel } = telPerH3(
      ZAKEN,
      { van: '2025-01-01', tot: '2026-12-31', categorie: null },
      resolutie,
    );
    expect(totaal).toBe(5);
    const verwacht = new Map<string, number>();
    for (const z of ZAKEN) {
      const cel = latLngToCell(z.positie[1], z.positie[0], resolutie);
      verwacht.set(cel, (verwacht.get(cel) ?? 0) + 1);
    }
    expect(new Map(perSleutel)).toEqual(verwacht);
  });

  it('asking twice gives the same answer (the cached index is reused, not corrupted)', () => {
    const eerst = telPerH3(ZAKEN, JANUARI, 8);
    const dan = telPerH3(ZAKEN, JANUARI, 8);
    expect([...dan.perSleutel]).toEqual([...eerst.perSleutel]);
  });
});
