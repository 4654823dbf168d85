import { describe, expect, it } from 'vitest';
import type { FaseWissel } from '../contract/voorziening';
import {
  kwartaalVan,
  laatsteDag,
  maandenTussen,
  peildagVan,
  telPerMaand,
  wisselsPerKwartaal,
} from './escalatie-monitor';

const w = (datum: string, van: FaseWissel['van'], naar: FaseWissel['naar']): FaseWissel =>
  Object.freeze({ datum, van, naar, reden: 'test' });

const HISTORIEEN = Object.freeze([
  Object.freeze([w('2023-05-15', null, '3a'), w('2023-06-01', '3a', '1')]),
  Object.freeze([w('2023-05-15', null, '1'), w('2024-01-15', '1', '2'), w('2024-10-01', '2', '1')]),
  Object.freeze([w('2023-05-15', null, '0')]),
  // Entered later: not counted before its first entry.
  Object.freeze([w('2024-02-10', null, '0')]),
]);

describe('escalatieladder per maand', () => {
  it.each([
    ['2023-05-15', '2023-08-02', ['2023-05', '2023-06', '2023-07', '2023-08']],
    ['2023-11-30', '2024-02-01', ['2023-11', '2023-12', '2024-01', '2024-02']],
  ])('maandenTussen(%s, %s)', (van, tot, verwacht) => {
    expect(maandenTussen(van, tot)).toEqual(verwacht);
  });

  it('leest een maand op de laatste dag, en de lopende maand op de peildatum', () => {
    expect(laatsteDag('2024-02')).toBe('2024-02-29');
    expect(peildagVan('2024-02', '2026-11-20')).toBe('2024-02-29');
    expect(peildagVan('2026-11', '2026-11-20')).toBe('2026-11-20');
  });

  it('telt de locaties per fase aan het eind van elke maand', () => {
    const perMaand = telPerMaand(
      HISTORIEEN,
      ['2023-05', '2023-06', '2024-01', '2024-02', '2024-10'],
      '2026-11-20',
    );
    expect(perMaand.map((m) => [m.maand, m.perFase])).toEqual([
      ['2023-05', { '0': 1, '1': 1, '2': 0, '3a': 1, '3b': 0 }],
      ['2023-06', { '0': 1, '1': 2, '2': 0, '3a': 0, '3b': 0 }],
      ['2024-01', { '0': 1, '1': 1, '2': 1, '3a': 0, '3b': 0 }],
      ['2024-02', { '0': 2, '1': 1, '2': 1, '3a': 0, '3b': 0 }],
      ['2024-10', { '0': 2, '1': 2, '2': 0, '3a': 0, '3b': 0 }],
    ]);
  });

  it('telt wissels per kwartaal, zonder de eerste vermelding en niets na de peildatum', () => {
    expect(kwartaalVan('2024-05-21')).toBe('2024-K2');
    expect(wisselsPerKwartaal(HISTORIEEN, '2024-06-30')).toEqual([
      { kwartaal: '2023-K2', van: '3a', naar: '1', aantal: 1 },
      { kwartaal: '2024-K1', van: '1', naar: '2', aantal: 1 },
    ]);
  });
});
