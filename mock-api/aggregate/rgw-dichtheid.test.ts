/**
 * The density index against the straightforward per-case count it replaced (`referentie`): a small frozen fixture,
 * then many random periods, categories and levels on the default and on a city-wide dataset.
 */
import { latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { ProbleemCategorie, type RgwZaak } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN } from '../../src/domain/focusgebieden';
import { maakDemoDataset, genereerDemoDataset } from '../generate/dataset';
import { dagVanIso, isoVanDag } from '../generate/datum';
import { Rng } from '../generate/random';
import {
  bouwDichtheidsindex,
  dichtheidsindex,
  H3_RESOLUTIES,
  telPerBuurt,
  telPerFocusgebied,
  telPerH3,
  type Dichtheidsindex,
  type Telresultaat,
  type ZaakFilter,
} from './rgw-dichtheid';
import { celsleutelGeheim, recordsleutels } from './recordsleutel';
import { type Niveau, referentie } from './rgw-dichtheid-referentie';

function vraag(index: Dichtheidsindex, filter: ZaakFilter, niveau: Niveau): Telresultaat<string> {
  if (niveau.soort === 'h3') return telPerH3(index, filter, niveau.resolutie);
  if (niveau.soort === 'buurt') return telPerBuurt(index, filter);
  return telPerFocusgebied(index, filter);
}

/** Entries in order, so a difference in key order fails as well; counts and key sums both. */
function alsLijst(r: Telresultaat<string>) {
  return { totaal: r.totaal, perSleutel: [...r.perSleutel] };
}

/** The counts alone, for the fixture's hand-written expectations. */
function aantallen(r: Telresultaat<string>) {
  return { totaal: r.totaal.aantal, perSleutel: [...r.perSleutel].map(([k, c]) => [k, c.aantal]) };
}

const NIVEAUS: readonly Niveau[] = [
  ...H3_RESOLUTIES.map((resolutie) => ({ soort: 'h3', resolutie }) as const),
  { soort: 'buurt' },
  { soort: 'focusgebied' },
];

/** Periods from before the first case to after the last, of one day up to four years, sometimes the wrong way round. */
function willekeurigeVragen(rng: Rng, aantal: number, peildatum: string) {
  const eind = dagVanIso(peildatum);
  const begin = dagVanIso('2025-01-01');
  return Array.from({ length: aantal }, () => {
    const van = rng.geheel(begin - 60, eind + 20);
    const lengte = rng.kans(0.15) ? 0 : rng.kans(0.1) ? -rng.geheel(1, 30) : rng.geheel(1, 4 * 365);
    const filter: ZaakFilter = {
      van: isoVanDag(van),
      tot: isoVanDag(van + lengte),
      categorie: rng.kans(0.3) ? null : rng.kies(ProbleemCategorie.options),
    };
    return { filter, niveau: rng.kies(NIVEAUS) };
  });
}

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

describe('rgw-dichtheid: a small fixture', () => {
  const index = dichtheidsindex(ZAKEN);

  it('per buurt: inclusive period bounds, only keys with cases', () => {
    expect(aantallen(telPerBuurt(index, JANUARI))).toEqual({
      totaal: 3,
      perSleutel: [
        [BUITEN, 1],
        [BLOEMHOF, 2],
      ],
    });
  });

  it('key sums: the sum of the record keys of exactly the cases counted, mod 2^32', () => {
    const sleutels = recordsleutels(ZAKEN, celsleutelGeheim());
    const som = (...i: number[]) => i.reduce((s, k) => (s + (sleutels[k] as number)) >>> 0, 0);
    const { totaal, perSleutel } = telPerBuurt(index, JANUARI);
    expect(perSleutel.get(BLOEMHOF)).toEqual({ aantal: 2, sleutelsom: som(0, 1) });
    expect(perSleutel.get(BUITEN)).toEqual({ aantal: 1, sleutelsom: som(4) });
    expect(totaal).toEqual({ aantal: 3, sleutelsom: som(0, 1, 4) });
    // A period is a subtraction of running sums, and still gives the sum of its own cases' keys.
    const februari = telPerBuurt(index, { van: '2026-02-01', tot: '2026-02-28', categorie: null });
    expect(februari.perSleutel.get(CARNISSE)).toEqual({ aantal: 1, sleutelsom: som(2) });
  });

  it('category filter matches any of a case’s categories', () => {
    expect(telPerBuurt(index, { ...JANUARI, categorie: 'woonfraude' }).totaal.aantal).toBe(1);
    expect(
      telPerBuurt(index, { van: '2025-01-01', tot: '2026-12-31', categorie: 'woonoverlast' }).totaal.aantal,
    ).toBe(3);
    expect(telPerBuurt(index, { ...JANUARI, categorie: 'criminele-doeleinden' }).totaal.aantal).toBe(0);
  });

  it('periods outside the data, and the wrong way round, count nothing', () => {
    const tel = (van: string, tot: string) => telPerBuurt(index, { van, tot, categorie: null }).totaal;
    expect(tel('2024-01-01', '2025-12-30')).toEqual({ aantal: 0, sleutelsom: 0 });
    expect(tel('2026-02-02', '2030-01-01')).toEqual({ aantal: 0, sleutelsom: 0 });
    expect(tel('2026-01-31', '2026-01-01')).toEqual({ aantal: 0, sleutelsom: 0 });
    expect(tel('2020-01-01', '2030-01-01').aantal).toBe(5);
  });

  it('per focus area: all five present, cases outside them only in the total', () => {
    const { totaal, perSleutel } = telPerFocusgebied(index, JANUARI);
    expect(totaal.aantal).toBe(3);
    expect(perSleutel.get('bloemhof')?.aantal).toBe(2);
    expect(perSleutel.get('carnisse')).toEqual({ aantal: 0, sleutelsom: 0 });
    expect([...perSleutel.keys()]).toEqual(FOCUSGEBIEDEN.map((f): FocusgebiedCode => f.code));
  });

  it.each(H3_RESOLUTIES)('per H3 cell at resolution %i equals latLngToCell (lat first)', (resolutie) => {
    const { totaal, perSleutel } = telPerH3(
      index,
      { van: '2025-01-01', tot: '2026-12-31', categorie: null },
      resolutie,
    );
    expect(totaal.aantal).toBe(5);
    const verwacht = new Map<string, number>();
    for (const z of ZAKEN) {
      const cel = latLngToCell(z.positie[1], z.positie[0], resolutie);
      verwacht.set(cel, (verwacht.get(cel) ?? 0) + 1);
    }
    expect(new Map([...perSleutel].map(([k, c]) => [k, c.aantal]))).toEqual(verwacht);
  });

  it('the resolutions are the ones the density query accepts; others are refused', () => {
    expect(H3_RESOLUTIES).toEqual([7, 8, 9]);
    expect(() => telPerH3(index, JANUARI, 10)).toThrow(RangeError);
  });

  it('one index per case list; asking twice gives the same answer', () => {
    expect(dichtheidsindex(ZAKEN)).toBe(index);
    expect(index.zaken).toBe(5);
    const eerst = telPerH3(index, JANUARI, 8);
    expect(alsLijst(telPerH3(index, JANUARI, 8))).toEqual(alsLijst(eerst));
  });

  it('no cases: every count is zero, every focus area present', () => {
    const leeg = bouwDichtheidsindex(Object.freeze([]));
    expect(aantallen(telPerH3(leeg, JANUARI, 9))).toEqual({ totaal: 0, perSleutel: [] });
    expect(aantallen(telPerBuurt(leeg, JANUARI))).toEqual({ totaal: 0, perSleutel: [] });
    expect([...telPerFocusgebied(leeg, JANUARI).perSleutel.values()].map((c) => c.aantal)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});

describe.each([
  { naam: 'the default dataset', maak: () => maakDemoDataset(), vragen: 150 },
  {
    naam: 'a city-wide dataset of 40,000 cases',
    maak: () => genereerDemoDataset({ rgwAantalStad: 40_000 }),
    vragen: 120,
  },
])('rgw-dichtheid: index equals the per-case count on $naam', ({ maak, vragen }) => {
  let zaken: readonly RgwZaak[] = [];
  let index: Dichtheidsindex;
  let peildatum = '';
  const cellen = new Map<number, string[]>();
  beforeAll(() => {
    const dataset = maak();
    zaken = dataset.rgw.zaken;
    peildatum = dataset.peildatum;
    index = bouwDichtheidsindex(zaken);
  });

  it('every level over the default period (twelve months to the peildatum), each category and all', () => {
    const van = isoVanDag(dagVanIso(peildatum) - 364);
    for (const categorie of [null, ...ProbleemCategorie.options]) {
      for (const niveau of NIVEAUS) {
        const filter = { van, tot: peildatum, categorie };
        expect(alsLijst(vraag(index, filter, niveau)), JSON.stringify({ filter, niveau })).toEqual(
          alsLijst(referentie(zaken, filter, niveau, cellen)),
        );
      }
    }
  });

  it(`${vragen} random periods, categories and levels`, () => {
    for (const { filter, niveau } of willekeurigeVragen(
      new Rng(zaken.length, 'dichtheid-test'),
      vragen,
      peildatum,
    )) {
      expect(alsLijst(vraag(index, filter, niveau)), JSON.stringify({ filter, niveau })).toEqual(
        alsLijst(referentie(zaken, filter, niveau, cellen)),
      );
    }
  });

  it('the whole history at once counts every case once per level', () => {
    const filter: ZaakFilter = { van: '2000-01-01', tot: '2100-01-01', categorie: null };
    for (const niveau of NIVEAUS) expect(vraag(index, filter, niveau).totaal.aantal).toBe(zaken.length);
  });
});
