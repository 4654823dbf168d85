/** Tests of the draagkrachtscan address layer props: colour by phase, highest phase wins, confidential ones hollow. */
import { describe, expect, it } from 'vitest';
import type { Fase } from '../../contract/voorziening';
import { FASEN } from '../../domain/escalatie';
import { adresGroepen } from '../../domain/symboolgroepen';
import { SCAN_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { cssKleur, FASE_KLEUR, HOL_VULLING, RAND_KLEUR } from '../kleuren';
import { adresPuntenProps, hoogsteFase } from './adres-punten-layer';

const groepen = Object.freeze(adresGroepen(SCAN_VOORBEELDEN));
const props = adresPuntenProps(groepen);
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

describe('adresPuntenProps', () => {
  if (!adres || !buurt) throw new Error('groepen ontbreken');

  it('kleurt een adrespunt naar de hoogste fase van de voorzieningen daar', () => {
    expect(hoogsteFase(adres)).toBe('2');
    expect(props.getFillColor(adres)).toBe(FASE_KLEUR['2']);
    expect(props.getLineColor(adres)).toBe(RAND_KLEUR);
  });

  it('tekent een vertrouwelijke locatie als holle ring in de kleur van de fase', () => {
    expect(props.getFillColor(buurt)).toBe(HOL_VULLING);
    expect(props.getLineColor(buurt)).toBe(FASE_KLEUR['3a']);
    expect(props.getLineWidth(buurt)).toBeGreaterThan(props.getLineWidth(adres));
  });

  it('zet adrespunten op het adres en is klikbaar', () => {
    expect(props.getPosition(adres)).toEqual([4.4912, 51.8813]);
    expect(props).toMatchObject({ id: 'adres-punten', pickable: true, radiusUnits: 'pixels' });
  });
});
