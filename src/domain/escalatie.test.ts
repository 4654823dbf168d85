/** The escalatieladder helpers. */
import { describe, expect, it } from 'vitest';
import type { FaseWissel } from '../contract/voorziening';
import {
  controleerFaseWissel,
  FASEN,
  FASE_NAAM,
  faseLabel,
  faseOp,
  isConsistenteHistorie,
  STAP_REDEN,
} from './escalatie';

const HISTORIE: readonly FaseWissel[] = Object.freeze([
  { datum: '2023-05-15', van: null, naar: '2', reden: 'Inventarisatie' },
  { datum: '2023-07-01', van: '2', naar: '3a', reden: 'Verbetertraject' },
  { datum: '2024-03-01', van: '3a', naar: '1', reden: 'Verbeterplan afgerond' },
] as const);

describe('escalatieladder', () => {
  it('names every phase as the covenant does', () => {
    expect(FASEN).toEqual(['0', '1', '2', '3a', '3b']);
    expect(FASE_NAAM['0']).toBe('Slapend regime');
    expect(FASE_NAAM['2']).toBe('Verscherpt regime');
    expect(faseLabel('3a')).toBe('Fase 3a: Multidisciplinaire aanpak met verbetertraject');
  });

  it.each([
    ['2023-01-01', null],
    ['2023-05-15', '2'],
    ['2023-06-30', '2'],
    ['2023-07-01', '3a'],
    ['2024-02-29', '3a'],
    ['2026-11-20', '1'],
  ] as const)('faseOp %s is %s', (datum, fase) => {
    expect(faseOp(HISTORIE, datum)).toBe(fase);
  });

  it('checks that a history is consistent', () => {
    expect(isConsistenteHistorie(HISTORIE)).toBe(true);
    expect(isConsistenteHistorie([{ ...HISTORIE[0]!, van: '1' }])).toBe(false);
    expect(isConsistenteHistorie([HISTORIE[0]!, { ...HISTORIE[1]!, van: '1' }])).toBe(false);
    expect(isConsistenteHistorie([HISTORIE[1]!, HISTORIE[0]!])).toBe(false);
  });
});

describe('controleerFaseWissel: de regels van de ladder', () => {
  const gevallen = Object.freeze([
    { van: null, naar: '2', reden: undefined, ok: true, uit: 'Eerste vastgelegde fase' },
    { van: '0', naar: '1', reden: undefined, ok: true, uit: STAP_REDEN },
    { van: '2', naar: '1', reden: '  Rustiger  ', ok: true, uit: 'Rustiger' },
    { van: '3a', naar: '1', reden: undefined, ok: true, uit: STAP_REDEN },
    { van: '3a', naar: '3b', reden: undefined, ok: true, uit: STAP_REDEN },
    { van: '0', naar: '2', reden: 'Incident', ok: true, uit: 'Incident' },
    { van: '0', naar: '2', reden: ' ', ok: false, veld: 'reden' },
    { van: '1', naar: '3a', reden: undefined, ok: false, veld: 'reden' },
    { van: '2', naar: '3b', reden: 'Ernstig', ok: false, veld: 'naar' },
    { van: '3a', naar: '2', reden: 'Iets', ok: false, veld: 'naar' },
    { van: '3a', naar: '0', reden: 'Iets', ok: false, veld: 'naar' },
    { van: '1', naar: '1', reden: undefined, ok: false, veld: 'naar' },
  ] as const);

  it.each(gevallen)('$van → $naar', (geval) => {
    const oordeel = controleerFaseWissel(geval.van, geval.naar, geval.reden);
    if (geval.ok) expect(oordeel).toEqual({ ok: true, reden: 'uit' in geval ? geval.uit : '' });
    else expect(oordeel).toMatchObject({ ok: false, veld: 'veld' in geval ? geval.veld : '' });
  });
});
