/** The Monitor's endpoints for every role, served from the store: publiek gets city totals only, nothing per location. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/contract/common';
import {
  EscalatieladderGemeente,
  EscalatieladderPubliek,
  EscalatieladderZorgaanbieder,
  RgwMonitorAntwoord,
  UitstroomAntwoord,
} from '../../src/contract/monitor';
import { KerncijfersAntwoord } from '../../src/contract/rgw';
import { PADEN } from '../../src/contract/endpoints';
import {
  ROLLEN,
  type Sessie,
  alleObjecten,
  cacheVoor,
  gebruikMockApiOpOpslag,
  haal,
  sessieVoor,
  testDataset,
} from './api-test-helpers';

gebruikMockApiOpOpslag();
const dataset = testDataset();
const sessies = {} as Record<Rol, Sessie>;
beforeAll(async () => {
  for (const rol of ROLLEN) sessies[rol] = await sessieVoor(rol);
});

const MONITOR = [PADEN.monitorEscalatieladder, PADEN.monitorUitstroom, PADEN.monitorRgw] as const;

function som(perFase: Record<string, number>): number {
  return Object.values(perFase).reduce((a, b) => a + b, 0);
}

describe('monitor: elk eindpunt voor elke rol', () => {
  for (const pad of MONITOR) {
    for (const rol of ROLLEN) {
      it(`${pad} als ${rol}: 200, het contract, geen fase per locatie voor publiek`, async () => {
        const ruw = await haal(pad, { token: sessies[rol].token });
        expect(ruw.status, ruw.tekst).toBe(200);
        // The ladder differs per role; outflow and RGW are the same for everyone (stored by no shared cache when signed in).
        const verwacht =
          pad === PADEN.monitorEscalatieladder || rol === 'publiek' ? cacheVoor(rol) : 'no-cache';
        expect(ruw.headers.get('cache-control')).toBe(verwacht);
        if (rol !== 'publiek') return;
        // No location, no phase history, no move: only counts per phase for the city (and what each phase means).
        for (const o of alleObjecten(ruw.json)) {
          for (const sleutel of ['locaties', 'perMaand', 'wissels', 'faseHistorie', 'eigen', 'id', 'naar']) {
            expect(Object.keys(o), `${pad}: ${sleutel}`).not.toContain(sleutel);
          }
        }
        for (const v of dataset.voorzieningen) {
          expect(ruw.tekst).not.toContain(`"${v.id}"`);
          expect(ruw.tekst).not.toContain(v.naam);
        }
      });
    }
    it(`${pad} weigert onbekende parameters met een 400`, async () => {
      const ruw = await haal(`${pad}?voorziening=vz-001`);
      expect(ruw.status).toBe(400);
    });
  }
});

describe('monitor: escalatieladder', () => {
  it('publiek: de stad per fase per maand, 41/30/6/1 bij de inventarisatie en 41/31/6/0 daarna', async () => {
    const a = EscalatieladderPubliek.parse((await haal(PADEN.monitorEscalatieladder)).json);
    expect(a.inventarisatie.perFase).toEqual({ '0': 41, '1': 30, '2': 6, '3a': 1, '3b': 0 });
    expect(a.stad[0]).toEqual({ maand: '2023-05', perFase: { '0': 41, '1': 30, '2': 6, '3a': 1, '3b': 0 } });
    expect(a.stad[1]).toEqual({ maand: '2023-06', perFase: { '0': 41, '1': 31, '2': 6, '3a': 0, '3b': 0 } });
    expect(a.stad.at(-1)?.maand).toBe(dataset.peildatum.slice(0, 7));
    expect(a.stad.at(-1)?.perFase).toEqual({ '0': 41, '1': 31, '2': 6, '3a': 0, '3b': 0 });
    for (const m of a.stad) expect(som(m.perFase), m.maand).toBe(dataset.voorzieningen.length);
    expect(a.fasen.map((f) => f.fase)).toEqual(['0', '1', '2', '3a', '3b']);
    expect(a.fasen.every((f) => f.betekenis.length > 10)).toBe(true);
  });

  it('zorgaanbieder: de stad en alleen de eigen locaties, met hun wissels', async () => {
    const s = sessies.zorgaanbieder;
    const a = EscalatieladderZorgaanbieder.parse(
      (await haal(PADEN.monitorEscalatieladder, { token: s.token })).json,
    );
    const eigen = dataset.voorzieningen.filter((v) => v.zorgaanbieder.id === s.organisatie);
    expect(a.organisatie.id).toBe(s.organisatie);
    expect(a.eigen.locaties.map((l) => l.id).sort()).toEqual(eigen.map((v) => v.id).sort());
    for (const m of a.eigen.perMaand) expect(som(m.perFase)).toBe(eigen.length);
    expect(a.stad.at(-1)?.perFase).toEqual({ '0': 41, '1': 31, '2': 6, '3a': 0, '3b': 0 });
    const andere = dataset.voorzieningen.filter((v) => v.zorgaanbieder.id !== s.organisatie);
    const tekst = JSON.stringify(a);
    for (const v of andere) expect(tekst).not.toContain(`"${v.id}"`);
  });

  for (const rol of ['draagkrachtscan', 'beheer'] as const) {
    it(`${rol}: alle 78 locaties en de wissels per kwartaal in de stad`, async () => {
      const a = EscalatieladderGemeente.parse(
        (await haal(PADEN.monitorEscalatieladder, { token: sessies[rol].token })).json,
      );
      expect(a.rol).toBe(rol);
      expect(a.locaties).toHaveLength(78);
      for (const l of a.locaties) expect(l.perMaand).toHaveLength(a.stad.length);
      // The 3a location back to fase 1 before the slides of 13-6-2023.
      expect(a.wissels).toContainEqual({ kwartaal: '2023-K2', van: '3a', naar: '1', aantal: 1 });
      const totaal = a.wissels.reduce((s, w) => s + w.aantal, 0);
      const echt = dataset.voorzieningen.flatMap((v) => v.faseHistorie.filter((w) => w.van !== null)).length;
      expect(totaal).toBe(echt);
    });
  }
});

describe('monitor: uitstroom', () => {
  it('klopt met de bronnen: 1.100–1.200 per jaar, 56/44 in 2022, 3,6 → 4,4 maanden, 900 → 1.235, 50 per jaar', async () => {
    const a = UitstroomAntwoord.parse((await haal(PADEN.monitorUitstroom)).json);
    expect(a.ijkpunt).toBe(0.25);
    expect(a.wachtnorm).toBe(3);
    for (const j of a.jaren) {
      expect(j.uitstroom).toBeGreaterThanOrEqual(1100);
      expect(j.uitstroom).toBeLessThanOrEqual(1200);
      expect(j.viaHuurzorg + j.viaUrgentie).toBe(j.uitstroom);
      if (j.aandeel !== null) expect(j.aandeel).toBeLessThanOrEqual(0.25);
      if (j.jaar >= 2024) expect(j.viaUrgentie).toBe(0);
    }
    const j2022 = a.jaren.find((j) => j.jaar === 2022);
    expect(Math.round(((j2022?.viaHuurzorg ?? 0) / (j2022?.uitstroom ?? 1)) * 100)).toBe(56);
    expect(a.wachttijd.find((w) => w.maand === '2022-01')?.maanden).toBe(3.6);
    expect(a.wachttijd.find((w) => w.maand === '2022-12')?.maanden).toBe(4.4);
    expect(a.woningen.find((w) => w.jaar === 2023)?.doel).toBe(900);
    expect(a.woningen.find((w) => w.jaar === 2030)?.doel).toBe(1235);
    for (const w of a.wonenEerst) expect(w.nieuw).toBeLessThanOrEqual(50);
    const wonenEerstNu = [...dataset.individueleWoningen.values()].reduce((s, t) => s + t.wonenEerst, 0);
    expect(a.wonenEerst.at(-1)?.totaal).toBe(wonenEerstNu);
  });
});

describe('monitor: RGW', () => {
  it('beschermt elke telling zoals /api/rgw/kerncijfers, met de doelen van het programma en de basis van 2024', async () => {
    const a = RgwMonitorAntwoord.parse((await haal(PADEN.monitorRgw)).json);
    expect(a.doelen.perJaar).toEqual({
      nieuweZaken: 1250,
      integraleActies: 12,
      casustafels: 130,
      stopgesprekken: 10,
    });
    expect(a.doelen.perKwartaal.nieuweZaken).toBe(312.5);
    expect(a.basis).toMatchObject({
      jaar: 2024,
      meldingenOngewensteVerhuur: 383,
      meldingenArbeidsmigranten: 352,
      zakenGeopend: 1028,
      zakenGesloten: 998,
    });
    // docs/monitor.md: the baseline is the predecessors' city-wide totals as published, from before the register:
    // no area in it, and no year the register counts (and protects) itself.
    expect(Object.keys(a.basis).sort()).toEqual(
      [
        'herkomst',
        'jaar',
        'meldingenArbeidsmigranten',
        'meldingenOngewensteVerhuur',
        'zakenGeopend',
        'zakenGesloten',
      ].sort(),
    );
    expect(a.jaren.every((j) => Number(j.periode) > a.basis.jaar)).toBe(true);
    // Every count per focus area is released like every RGW count (below): none is exact.
    expect(a.focusgebieden.length).toBeGreaterThan(0);
    for (const f of a.focusgebieden) expect(Object.keys(f.nieuweZaken)).toContain('onderdrukt');
    const tellingen = alleObjecten(a).filter((o) => 'onderdrukt' in o) as {
      onderdrukt: boolean;
      aantal?: number;
    }[];
    expect(tellingen.length).toBeGreaterThan(50);
    for (const t of tellingen) if (!t.onderdrukt) expect((t.aantal ?? 1) % 5).toBe(0);
    for (const k of a.kwartalen) expect(k.tot <= dataset.peildatum).toBe(true);
    // The same cases, the same cell: the year in the Monitor is the year of the key figures.
    const kern = KerncijfersAntwoord.parse((await haal(`${PADEN.rgwKerncijfers}?jaar=2025`)).json);
    expect(a.jaren.find((j) => j.periode === '2025')?.nieuweZaken).toEqual(kern.totaal.nieuweZaken);
    const jaar2025 = a.focusgebieden.filter((f) => f.jaar === 2025);
    expect(jaar2025).toHaveLength(5);
    for (const f of jaar2025) {
      if (f.nieuweZaken.onderdrukt) expect(f.perDuizend).toBeNull();
      else expect(f.perDuizend).toBeCloseTo((f.nieuweZaken.aantal / f.inwoners) * 1000, 1);
    }
  });
});
