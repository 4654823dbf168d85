/** RGW density and programme figures: per focus area for publiek and care providers, suppressed H3 cells and buurten for the scan. */
import { latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/contract/common';
import { FoutAntwoord } from '../../src/contract/common';
import {
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
  DichtheidH3Antwoord,
  KerncijfersAntwoord,
} from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, RGW_DOELEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import { MINIMUM_TELLING } from '../../src/domain/privacy';
import {
  ROLLEN,
  type Sessie,
  cacheVoor,
  gebruikMockApi,
  haal,
  sessieVoor,
  testDataset,
} from './api-test-helpers';

gebruikMockApi();
const dataset = testDataset();
const { zaken } = dataset.rgw;
const sessies = {} as Record<Rol, Sessie>;
beforeAll(async () => {
  for (const rol of ROLLEN) sessies[rol] = await sessieVoor(rol);
});

function dichtheid(rol: Rol, query = '') {
  return haal(`/api/rgw/dichtheid${query}`, { token: sessies[rol].token });
}

/** Brute-force reference: the cases a period and category select. */
function geselecteerd(van: string, tot: string, categorie: string | null = null) {
  return zaken.filter(
    (z) =>
      z.geopend >= van &&
      z.geopend <= tot &&
      (categorie === null || z.categorieen.some((c) => c === categorie)),
  );
}

function verwachtFout(ruw: { status: number; json: unknown }, status: number, code: string, field?: string) {
  expect(ruw.status).toBe(status);
  const { error } = FoutAntwoord.parse(ruw.json);
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}

describe('GET /api/rgw/dichtheid: publiek and zorgaanbieder', () => {
  it.each(['publiek', 'zorgaanbieder'] as const)('%s: totals per focus area only', async (rol) => {
    const ruw = await dichtheid(rol);
    expect(ruw.status).toBe(200);
    expect(ruw.headers.get('cache-control')).toBe(cacheVoor(rol));
    const antwoord = DichtheidFocusgebiedAntwoord.parse(ruw.json);
    expect(DichtheidH3Antwoord.safeParse(ruw.json).success).toBe(false);
    expect(DichtheidBuurtAntwoord.safeParse(ruw.json).success).toBe(false);
    expect(antwoord.rol).toBe(rol);
    expect(antwoord.niveau).toBe('focusgebied');
    expect(ruw.tekst).not.toMatch(/"h3"|BU0599|"totaal"/);
    // Default period: the twelve months up to the peildatum.
    expect(antwoord.filter).toEqual({ van: '2025-11-21', tot: dataset.peildatum, categorie: null });
    expect(antwoord.focusgebieden.map((f) => f.code)).toEqual(FOCUSGEBIEDEN.map((f) => f.code));
    const zaakjes = geselecteerd(antwoord.filter.van, antwoord.filter.tot);
    for (const f of antwoord.focusgebieden) {
      const echt = zaakjes.filter((z) => focusgebiedVanBuurt(z.buurt)?.code === f.code).length;
      if (f.telling.onderdrukt) expect(echt).toBeLessThan(MINIMUM_TELLING);
      else expect(f.telling.aantal).toBe(echt);
    }
  });

  it.each(['publiek', 'zorgaanbieder'] as const)('%s: asking for finer levels is 403', async (rol) => {
    for (const query of ['?niveau=h3', '?niveau=buurt', '?resolutie=9', '?niveau=h3&resolutie=7']) {
      const fout = verwachtFout(await dichtheid(rol, query), 403, 'geen_toegang');
      expect(fout.message).toMatch(/draagkrachtscan/);
    }
  });

  it('a small focus-area count is suppressed, not sent as a number', async () => {
    // One day: every area has a handful of cases at most.
    const antwoord = DichtheidFocusgebiedAntwoord.parse(
      (await dichtheid('publiek', '?van=2026-03-02&tot=2026-03-02')).json,
    );
    expect(antwoord.focusgebieden.some((f) => f.telling.onderdrukt)).toBe(true);
    for (const f of antwoord.focusgebieden) {
      if (f.telling.onderdrukt) expect(f.telling).toEqual({ onderdrukt: true });
      else expect(f.telling.aantal).toBeGreaterThanOrEqual(MINIMUM_TELLING);
    }
  });
});

describe('GET /api/rgw/dichtheid: draagkrachtscan', () => {
  it('default: H3 resolution 8, counts match a brute-force count, small cells suppressed', async () => {
    const ruw = await dichtheid('draagkrachtscan');
    expect(ruw.status).toBe(200);
    const antwoord = DichtheidH3Antwoord.parse(ruw.json);
    expect(antwoord.resolutie).toBe(8);
    expect(antwoord.minimum).toBe(MINIMUM_TELLING);
    const zaakjes = geselecteerd(antwoord.filter.van, antwoord.filter.tot);
    expect(antwoord.totaal).toBe(zaakjes.length);
    const echt = new Map<string, number>();
    for (const z of zaakjes) {
      const cel = latLngToCell(z.positie[1], z.positie[0], 8);
      echt.set(cel, (echt.get(cel) ?? 0) + 1);
    }
    expect(antwoord.cellen.map((c) => c.h3).sort()).toEqual([...echt.keys()].sort());
    let onderdrukt = 0;
    for (const cel of antwoord.cellen) {
      if (cel.onderdrukt) {
        expect(Object.keys(cel).sort()).toEqual(['h3', 'onderdrukt']);
        expect(echt.get(cel.h3)).toBeLessThan(MINIMUM_TELLING);
        onderdrukt++;
      } else {
        expect(cel.aantal).toBeGreaterThanOrEqual(MINIMUM_TELLING);
        expect(cel.aantal).toBe(echt.get(cel.h3));
      }
    }
    expect(onderdrukt).toBeGreaterThan(0);
    expect(antwoord.cellen.length - onderdrukt).toBeGreaterThan(0);
  });

  it.each([7, 9])('resolution %i', async (resolutie) => {
    const antwoord = DichtheidH3Antwoord.parse(
      (await dichtheid('draagkrachtscan', `?resolutie=${resolutie}`)).json,
    );
    expect(antwoord.resolutie).toBe(resolutie);
    for (const cel of antwoord.cellen) {
      expect(cel.h3[1]).toBe(resolutie.toString(16));
      if (!cel.onderdrukt) expect(cel.aantal).toBeGreaterThanOrEqual(MINIMUM_TELLING);
    }
  });

  it('niveau=buurt: every buurt, suppressed under the minimum', async () => {
    const ruw = await dichtheid(
      'draagkrachtscan',
      '?niveau=buurt&categorie=woonoverlast&van=2025-01-01&tot=2025-12-31',
    );
    const antwoord = DichtheidBuurtAntwoord.parse(ruw.json);
    expect(antwoord.filter).toEqual({ van: '2025-01-01', tot: '2025-12-31', categorie: 'woonoverlast' });
    const zaakjes = geselecteerd('2025-01-01', '2025-12-31', 'woonoverlast');
    expect(antwoord.totaal).toBe(zaakjes.length);
    expect(antwoord.buurten.map((b) => b.buurt)).toEqual(dataset.buurten.map((b) => b.code));
    for (const b of antwoord.buurten) {
      const echt = zaakjes.filter((z) => z.buurt === b.buurt).length;
      if (b.telling.onderdrukt) expect(echt).toBeLessThan(MINIMUM_TELLING);
      else expect(b.telling.aantal).toBe(echt);
    }
  });

  it('a tot after the peildatum is fine', async () => {
    const ruw = await dichtheid('draagkrachtscan', '?van=2026-01-01&tot=2027-06-30');
    expect(ruw.status).toBe(200);
    expect(DichtheidH3Antwoord.parse(ruw.json).totaal).toBe(geselecteerd('2026-01-01', '2027-06-30').length);
  });

  it('only tot: the twelve months before it', async () => {
    const antwoord = DichtheidH3Antwoord.parse((await dichtheid('draagkrachtscan', '?tot=2025-06-30')).json);
    expect(antwoord.filter).toMatchObject({ van: '2024-07-01', tot: '2025-06-30' });
  });
});

describe('GET /api/rgw/dichtheid: bad input', () => {
  it.each([
    ['?van=2022-01-01&tot=2026-01-01', 'van'],
    ['?van=2020-01-01', 'van'],
    ['?van=2026-02-01&tot=2026-01-01', 'van'],
    ['?van=01-02-2026', 'van'],
    ['?tot=morgen', 'tot'],
    ['?categorie=lawaai', 'categorie'],
    ['?niveau=wijk', 'niveau'],
    ['?resolutie=6', 'resolutie'],
    ['?resolutie=10', 'resolutie'],
    ['?resolutie=abc', 'resolutie'],
    ['?resolutie=8.5', 'resolutie'],
    ['?niveau=buurt&resolutie=8', 'resolutie'],
    ['?postcode=3084', 'postcode'],
  ])('%s → 400 on %s', async (query, field) => {
    verwachtFout(await dichtheid('draagkrachtscan', query), 400, 'ongeldige_invoer', field);
  });

  it('a period of exactly three years is allowed', async () => {
    expect((await dichtheid('draagkrachtscan', '?van=2023-01-01&tot=2026-01-01')).status).toBe(200);
  });
});

describe('GET /api/rgw/kerncijfers', () => {
  it('the same for every role, against the targets of the Uitvoeringsplan', async () => {
    const antwoorden = [];
    for (const rol of ROLLEN) {
      const ruw = await haal('/api/rgw/kerncijfers', { token: sessies[rol].token });
      expect(ruw.status).toBe(200);
      antwoorden.push(KerncijfersAntwoord.parse(ruw.json));
    }
    expect(antwoorden[1]).toEqual(antwoorden[0]);
    expect(antwoorden[2]).toEqual(antwoorden[0]);
    const antwoord = antwoorden[0];
    expect(antwoord?.jaar).toBe(2026);
    expect(antwoord?.tot).toBe(dataset.peildatum);
    expect(antwoord?.doelen).toEqual(RGW_DOELEN);
  });

  it('counts match a brute-force count; totals are the sum of the five areas', async () => {
    const antwoord = KerncijfersAntwoord.parse((await haal('/api/rgw/kerncijfers?jaar=2025')).json);
    expect(antwoord.tot).toBe('2025-12-31');
    const inJaar = (d: string | null) => d !== null && d >= '2025-01-01' && d <= '2025-12-31';
    for (const f of antwoord.focusgebieden) {
      const hier = zaken.filter((z) => focusgebiedVanBuurt(z.buurt)?.code === f.code);
      expect(f.cijfers.nieuweZaken).toBe(hier.filter((z) => inJaar(z.geopend)).length);
      expect(f.cijfers.afgeslotenZaken).toBe(hier.filter((z) => inJaar(z.gesloten)).length);
      expect(f.cijfers.integraleActies).toBe(
        dataset.rgw.integraleActies.filter((a) => a.focusgebied === f.code && inJaar(a.datum)).length,
      );
      expect(f.cijfers.casustafels).toBe(
        dataset.rgw.casustafels.filter((a) => a.focusgebied === f.code && inJaar(a.datum)).length,
      );
      expect(f.cijfers.stopgesprekken).toBe(
        dataset.rgw.stopgesprekken.filter((a) => a.focusgebied === f.code && inJaar(a.datum)).length,
      );
    }
    for (const veld of [
      'nieuweZaken',
      'afgeslotenZaken',
      'integraleActies',
      'casustafels',
      'stopgesprekken',
    ] as const) {
      expect(antwoord.totaal[veld]).toBe(antwoord.focusgebieden.reduce((s, f) => s + f.cijfers[veld], 0));
    }
  });

  it.each([
    ['?jaar=abc', 'jaar'],
    ['?jaar=2024', 'jaar'],
    ['?jaar=2101', 'jaar'],
    ['?jaar=2030', 'jaar'],
    ['?jaar=2025.5', 'jaar'],
    ['?jaren=2025', 'jaren'],
  ])('%s → 400 on %s', async (query, field) => {
    verwachtFout(await haal(`/api/rgw/kerncijfers${query}`), 400, 'ongeldige_invoer', field);
  });
});
