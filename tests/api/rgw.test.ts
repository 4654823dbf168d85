/** RGW density and programme figures: per focus area for publiek and care providers, H3 cells on a fixed grid and buurten for the scan; every case count released with the cell-key method (rounded to 5, "minder dan 5"). */
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
import type { AfgerondeTelling } from '../../src/contract/rgw';
import { focusraster } from '../../mock-api/aggregate/focusraster';
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

/**
 * A released count against the true one: suppressed exactly when under 5 (empty included), else a multiple of 5
 * within the noise (at most 2) plus rounding (at most 2) of the truth.
 */
function verwachtVrijgave(t: AfgerondeTelling, echt: number, context = '') {
  if (echt < MINIMUM_TELLING) {
    expect(t.onderdrukt, context).toBe(true);
    expect('aantal' in t, context).toBe(false);
    return;
  }
  expect(t.onderdrukt, context).toBe(false);
  if (t.onderdrukt) return;
  expect(t.aantal % 5, context).toBe(0);
  expect(Math.abs(t.aantal - echt), context).toBeLessThanOrEqual(4);
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
    // Default period: the last whole quarter before the peildatum (2026-11-20).
    expect(antwoord.filter).toEqual({
      periode: '2026-K3',
      van: '2026-07-01',
      tot: '2026-09-30',
      categorie: null,
    });
    expect(antwoord.afronding).toBe(5);
    expect(antwoord.focusgebieden.map((f) => f.code)).toEqual(FOCUSGEBIEDEN.map((f) => f.code));
    const zaakjes = geselecteerd(antwoord.filter.van, antwoord.filter.tot);
    for (const f of antwoord.focusgebieden) {
      const echt = zaakjes.filter((z) => focusgebiedVanBuurt(z.buurt)?.code === f.code).length;
      verwachtVrijgave(f.telling, echt, f.code);
    }
  });

  it.each(['publiek', 'zorgaanbieder'] as const)('%s: asking for finer levels is 403', async (rol) => {
    for (const query of ['?niveau=h3', '?niveau=buurt', '?resolutie=9', '?niveau=h3&resolutie=7']) {
      const fout = verwachtFout(await dichtheid(rol, query), 403, 'geen_toegang');
      expect(fout.message).toMatch(/draagkrachtscan/);
    }
  });

  it('a small focus-area count is suppressed, not sent as a number', async () => {
    // One month of one rare category: every area has a handful of cases at most.
    const antwoord = DichtheidFocusgebiedAntwoord.parse(
      (await dichtheid('publiek', '?periode=2026-03&categorie=criminele-doeleinden')).json,
    );
    expect(antwoord.focusgebieden.some((f) => f.telling.onderdrukt)).toBe(true);
    const zaakjes = geselecteerd('2026-03-01', '2026-03-31', 'criminele-doeleinden');
    for (const f of antwoord.focusgebieden) {
      const echt = zaakjes.filter((z) => focusgebiedVanBuurt(z.buurt)?.code === f.code).length;
      verwachtVrijgave(f.telling, echt, f.code);
    }
  });

  it.each(['publiek', 'zorgaanbieder'] as const)('%s: months, quarters and years; no weeks', async (rol) => {
    for (const [periode, van, tot] of [
      ['2026-10', '2026-10-01', '2026-10-31'],
      ['2026-K2', '2026-04-01', '2026-06-30'],
      ['2025', '2025-01-01', '2025-12-31'],
    ]) {
      const antwoord = DichtheidFocusgebiedAntwoord.parse((await dichtheid(rol, `?periode=${periode}`)).json);
      expect(antwoord.filter).toMatchObject({ periode, van, tot });
    }
    const fout = verwachtFout(await dichtheid(rol, '?periode=2026-W45'), 400, 'ongeldige_invoer', 'periode');
    expect(fout.message).toMatch(/maand, kwartaal, jaar/);
  });
});

describe('GET /api/rgw/dichtheid: draagkrachtscan', () => {
  it('default: H3 resolution 8 on the fixed grid, counts near a brute-force count, small and empty cells suppressed', async () => {
    const ruw = await dichtheid('draagkrachtscan', '?periode=2026-10');
    expect(ruw.status).toBe(200);
    const antwoord = DichtheidH3Antwoord.parse(ruw.json);
    expect(antwoord.resolutie).toBe(8);
    expect(antwoord.minimum).toBe(MINIMUM_TELLING);
    const zaakjes = geselecteerd(antwoord.filter.van, antwoord.filter.tot);
    verwachtVrijgave(antwoord.totaal, zaakjes.length, 'totaal');
    const echt = new Map<string, number>();
    for (const z of zaakjes) {
      const cel = latLngToCell(z.positie[1], z.positie[0], 8);
      echt.set(cel, (echt.get(cel) ?? 0) + 1);
    }
    // Every cell of the grid, whatever the data: the list itself tells nothing.
    expect(antwoord.cellen.map((c) => c.h3)).toEqual(focusraster(8));
    let onderdrukt = 0;
    for (const cel of antwoord.cellen) {
      if (cel.onderdrukt) {
        expect(Object.keys(cel).sort()).toEqual(['h3', 'onderdrukt']);
        onderdrukt++;
      }
      verwachtVrijgave(cel, echt.get(cel.h3) ?? 0, cel.h3);
    }
    expect(onderdrukt).toBeGreaterThan(0);
    expect(antwoord.cellen.length - onderdrukt).toBeGreaterThan(0);
  });

  it.each([7, 9])('resolution %i', async (resolutie) => {
    const antwoord = DichtheidH3Antwoord.parse(
      (await dichtheid('draagkrachtscan', `?resolutie=${resolutie}`)).json,
    );
    expect(antwoord.resolutie).toBe(resolutie);
    expect(antwoord.cellen.map((c) => c.h3)).toEqual(focusraster(resolutie));
    for (const cel of antwoord.cellen) {
      expect(cel.h3[1]).toBe(resolutie.toString(16));
      if (!cel.onderdrukt) expect(cel.aantal % 5).toBe(0);
    }
  });

  it('niveau=buurt: every buurt, suppressed under the minimum, empty ones too', async () => {
    const ruw = await dichtheid('draagkrachtscan', '?niveau=buurt&categorie=woonoverlast&periode=2025');
    const antwoord = DichtheidBuurtAntwoord.parse(ruw.json);
    expect(antwoord.filter).toEqual({
      periode: '2025',
      van: '2025-01-01',
      tot: '2025-12-31',
      categorie: 'woonoverlast',
    });
    const zaakjes = geselecteerd('2025-01-01', '2025-12-31', 'woonoverlast');
    verwachtVrijgave(antwoord.totaal, zaakjes.length, 'totaal');
    expect(antwoord.buurten.map((b) => b.buurt)).toEqual(dataset.buurten.map((b) => b.code));
    for (const b of antwoord.buurten) {
      verwachtVrijgave(b.telling, zaakjes.filter((z) => z.buurt === b.buurt).length, b.buurt);
    }
  });

  it('an ISO week, Monday to Sunday', async () => {
    const antwoord = DichtheidH3Antwoord.parse(
      (await dichtheid('draagkrachtscan', '?periode=2026-W45')).json,
    );
    expect(antwoord.filter).toMatchObject({ periode: '2026-W45', van: '2026-11-02', tot: '2026-11-08' });
  });

  it('the same query always gives the same answer', async () => {
    for (const query of ['?periode=2026-W40&resolutie=9', '?niveau=buurt&periode=2026-09']) {
      const eerst = await dichtheid('draagkrachtscan', query);
      expect((await dichtheid('draagkrachtscan', query)).json).toEqual(eerst.json);
    }
  });
});

describe('GET /api/rgw/dichtheid: bad input', () => {
  it.each([
    // Free dates are refused for every role: a period one day shorter would give that day away.
    ['?van=2026-06-01&tot=2026-11-20', 'periode'],
    ['?van=2020-01-01', 'periode'],
    ['?tot=morgen', 'periode'],
    ['?periode=2026-13', 'periode'],
    ['?periode=2026-K5', 'periode'],
    ['?periode=2025-W53', 'periode'],
    ['?periode=gisteren', 'periode'],
    // Not over yet on the peildatum (2026-11-20): its figure would change day by day.
    ['?periode=2026-11', 'periode'],
    ['?periode=2026-K4', 'periode'],
    ['?periode=2026', 'periode'],
    ['?periode=2026-W47', 'periode'],
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

  it.each(ROLLEN)('%s: free dates get a Dutch message that says what to ask instead', async (rol) => {
    const fout = verwachtFout(
      await dichtheid(rol, '?van=2026-06-01&tot=2026-11-20'),
      400,
      'ongeldige_invoer',
      'periode',
    );
    expect(fout.message).toMatch(
      /losse datums .* vaste periode.*periode=.*2026-10 \(maand\), 2026-K3 \(kwartaal\) of 2025 \(jaar\)/,
    );
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

  it('counts near a brute-force count (cases rounded, actions exact); totals their own cell or the exact sum', async () => {
    const antwoord = KerncijfersAntwoord.parse((await haal('/api/rgw/kerncijfers?jaar=2025')).json);
    expect(antwoord.tot).toBe('2025-12-31');
    expect(antwoord.afronding).toBe(5);
    const inJaar = (d: string | null) => d !== null && d >= '2025-01-01' && d <= '2025-12-31';
    const inFocus = zaken.filter((z) => focusgebiedVanBuurt(z.buurt) !== null);
    verwachtVrijgave(antwoord.totaal.nieuweZaken, inFocus.filter((z) => inJaar(z.geopend)).length);
    verwachtVrijgave(antwoord.totaal.afgeslotenZaken, inFocus.filter((z) => inJaar(z.gesloten)).length);
    for (const f of antwoord.focusgebieden) {
      const hier = zaken.filter((z) => focusgebiedVanBuurt(z.buurt)?.code === f.code);
      verwachtVrijgave(f.cijfers.nieuweZaken, hier.filter((z) => inJaar(z.geopend)).length, f.code);
      verwachtVrijgave(f.cijfers.afgeslotenZaken, hier.filter((z) => inJaar(z.gesloten)).length, f.code);
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
    for (const veld of ['integraleActies', 'casustafels', 'stopgesprekken'] as const) {
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
