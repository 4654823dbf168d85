/** Tests of the draagkrachtscan's phase colours and of the highest phase at an address. */
import { describe, expect, it } from 'vitest';
import type { Fase } from '../../contract/voorziening';
import { FASEN } from '../../domain/escalatie';
import { adresGroepen } from '../../domain/symboolgroepen';
import { SCAN_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { cssKleur, FASE_KLEUR } from '../../stijl/kleuren';
import { hoogsteFase } from './adres-punten-layer';

const groepen = Object.freeze(adresGroepen(SCAN_VOORBEELDEN));
const adres = groepen.find((g) => g.soort === 'adres');
const buurt = groepen.find((g) => g.soort === 'buurt');

describe('FASE_KLEUR', () => {
  it('heeft voor elke fase een eigen, ondoorzichtige kleur', () => {
    const kleuren = FASEN.map((f: Fase) => cssKleur(FASE_KLEUR[f]));
    expect(new Set(kleuren).size).toBe(FASEN.length);
    for (const f of FASEN) expect(FASE_KLEUR[f][3]).toBe(255);
  });

  it('gebruikt het kleurenblind-veilige Okabe-Ito-palet voor de fasen 0 tot en met 3a', () => {
    expect((['0', '1', '2', '3a'] as const).map((f) => cssKleur(FASE_KLEUR[f]))).toEqual([
      '#56b4e9',
      '#0072b2',
      '#e69f00',
      '#d55e00',
    ]);
  });
});

describe('hoogsteFase', () => {
  it('geeft van een adres de hoogste fase van de voorzieningen daar', () => {
    if (!adres || !buurt) throw new Error('groepen ontbreken');
    expect(hoogsteFase(adres)).toBe('2');
    expect(hoogsteFase(buurt)).toBe('3a');
  });
});
