/** Tests of publiek's PC4 counts: fixed classes, the breakdown per housing form in a fixed order. */
import { describe, expect, it } from 'vitest';
import type { VoorzieningPubliek, Woonvorm } from '../contract/voorziening';
import { pc4Klasse, pc4Telling, PC4_KLASSEN, woonvormTekst } from './pc4-aantallen';
import { pc4Groepen } from './symboolgroepen';

function voorziening(id: number, pc4: string, woonvorm: Woonvorm): VoorzieningPubliek {
  const positie: [number, number] = [4.47, 51.92];
  return Object.freeze({
    id: `vz-${String(id).padStart(3, '0')}`,
    naam: `Voorziening ${id}`,
    woonvorm,
    zorgaanbieder: { id: 'za-01', naam: 'Stichting Voorbeeld' },
    pc4,
    url: 'https://www.example.nl/',
    capaciteit: 12,
    precisie: 'pc4',
    positie,
  });
}

describe('pc4Klasse', () => {
  it.each([
    [0, null],
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 3],
    [12, 3],
  ])('%i voorzieningen → klasse %s', (aantal, klasse) => {
    expect(pc4Klasse(aantal)).toBe(klasse);
  });

  it('heeft een label per klasse, oplopend en zonder gaten', () => {
    expect(PC4_KLASSEN.map((k) => k.label)).toEqual([
      '1 voorziening',
      '2 voorzieningen',
      '3 voorzieningen',
      '4 of meer',
    ]);
    for (const [i, k] of PC4_KLASSEN.entries()) {
      if (i > 0) expect(k.van).toBe((PC4_KLASSEN[i - 1]?.tot ?? 0) + 1);
    }
  });
});

describe('pc4Telling', () => {
  it('telt per woonvorm in de vaste volgorde en zegt het in woorden', () => {
    const lijst = Object.freeze([
      voorziening(3, '3084', 'flexwonen'),
      voorziening(1, '3084', 'opvang'),
      voorziening(2, '3084', 'flexwonen'),
    ]);
    const [groep] = pc4Groepen(lijst);
    if (!groep) throw new Error('geen groep');
    const telling = pc4Telling(groep);
    expect(telling).toMatchObject({ sleutel: 'pc4:3084', pc4: '3084', aantal: 3, klasse: 2 });
    expect(telling.perWoonvorm).toEqual([
      { woonvorm: 'opvang', aantal: 1 },
      { woonvorm: 'flexwonen', aantal: 2 },
    ]);
    expect(woonvormTekst(telling, (w) => w.toUpperCase())).toBe('1 × OPVANG, 2 × FLEXWONEN');
  });
});
