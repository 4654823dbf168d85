import { describe, expect, it } from 'vitest';
import type { LadderWissels } from '../contract/monitor';
import {
  getal,
  isDemoReeks,
  jaarLabel,
  kwartalenTussen,
  ladderSerie,
  maandLabel,
  periodeLabel,
  wisselSerie,
} from './to-monitor-series';

describe('monitorreeksen', () => {
  it('schrijft maanden en kwartalen in het Nederlands', () => {
    expect(maandLabel('2024-03')).toBe('mrt 2024');
    expect(maandLabel('2023-05')).toBe('mei 2023');
    expect(periodeLabel('2025-K3')).toBe('K3 2025');
    expect(periodeLabel('2025')).toBe('2025');
  });

  it('maakt van een onderdrukte telling geen 0 maar null', () => {
    expect(getal({ onderdrukt: true })).toBeNull();
    expect(getal({ onderdrukt: false, aantal: 15 })).toBe(15);
  });

  it('geeft elke fase een eigen marker en patroon, zodat kleur niet het enige verschil is', () => {
    const fasen = Object.freeze(
      (['0', '1', '2', '3a', '3b'] as const).map((fase) => Object.freeze({ fase, naam: `naam ${fase}` })),
    );
    const serie = ladderSerie(
      Object.freeze([
        Object.freeze({ maand: '2023-05', perFase: { '0': 41, '1': 30, '2': 6, '3a': 1, '3b': 0 } }),
      ]),
      fasen,
    );
    expect(serie.punten).toEqual([
      { label: 'mei 2023', maand: '2023-05', fase0: 41, fase1: 30, fase2: 6, fase3a: 1, fase3b: 0 },
    ]);
    expect(new Set(serie.reeksen.map((r) => r.marker)).size).toBe(5);
    expect(new Set(serie.reeksen.map((r) => r.patroon)).size).toBe(5);
    expect(serie.reeksen[0]?.naam).toBe('Fase 0: naam 0');
  });

  it('telt wissels omhoog en omlaag per kwartaal, ook lege kwartalen', () => {
    const kwartalen = kwartalenTussen('2023-05-15', '2024-02-01');
    expect(kwartalen).toEqual(['2023-K2', '2023-K3', '2023-K4', '2024-K1']);
    const wissels: LadderWissels[] = [
      { kwartaal: '2023-K2', van: '3a', naar: '1', aantal: 1 },
      { kwartaal: '2024-K1', van: '1', naar: '2', aantal: 2 },
      { kwartaal: '2024-K1', van: '2', naar: '1', aantal: 1 },
    ];
    expect(
      wisselSerie(Object.freeze(wissels), kwartalen).punten.map((p) => [p.label, p.omhoog, p.omlaag]),
    ).toEqual([
      ['K2 2023', 0, 1],
      ['K3 2023', 0, 0],
      ['K4 2023', 0, 0],
      ['K1 2024', 2, 1],
    ]);
  });

  it.each([
    { jaar: 2026, peildatum: '2026-11-20', label: '2026 (t/m 20-11)' },
    { jaar: 2025, peildatum: '2026-11-20', label: '2025' },
    { jaar: 2026, peildatum: '2026-12-31', label: '2026' },
  ])('noemt het lopende jaar als lopend: $jaar op $peildatum', ({ jaar, peildatum, label }) => {
    expect(jaarLabel(jaar, peildatum)).toBe(label);
  });

  it('herkent verzonnen reeksen aan hun herkomst, een import niet', () => {
    expect(
      isDemoReeks(
        Object.freeze({ omschrijving: 'HKD uitstroommonitor (demodata naar de cijfers van 2022)' }),
      ),
    ).toBe(true);
    expect(isDemoReeks(Object.freeze({ omschrijving: 'Geïmporteerd uit uitstroom.csv' }))).toBe(false);
  });
});
