/** Tests of the facilities' selection ring and label obstacles: around the chosen symbol, over every symbol, none with the layer off. */
import { describe, expect, it } from 'vitest';
import { pc4Groepen } from '../../domain/symboolgroepen';
import { PUBLIEK_VOORBEELDEN } from '../../domain/test-voorbeelden';
import type { KaartWeergave, LaagContext } from '../laag-groep';
import { pc4Straal } from './pc4-symbolen-layer';
import { VOORZIENINGEN_GROEP } from './voorzieningen-groep';

const groepen = Object.freeze(pc4Groepen(PUBLIEK_VOORBEELDEN));
const WEERGAVE: KaartWeergave = Object.freeze({ rol: 'publiek', groepen });

function ctx(deel: Partial<LaagContext> = {}): LaagContext {
  return Object.freeze({
    weergave: WEERGAVE,
    geselecteerd: null,
    aan: () => true,
    filters: {},
    extra: {},
    ...deel,
  });
}

describe('VOORZIENINGEN_GROEP', () => {
  it('tekent de ring om het gekozen symbool, niet als de laag uit staat', () => {
    const [eerste] = groepen;
    if (!eerste) throw new Error('geen groep');
    expect(VOORZIENINGEN_GROEP.ring?.(eerste.sleutel, ctx())).toEqual({
      positie: eerste.positie,
      straal: pc4Straal(eerste.items.length),
    });
    expect(VOORZIENINGEN_GROEP.ring?.('pc4:0000', ctx())).toBeNull();
    expect(VOORZIENINGEN_GROEP.ring?.(eerste.sleutel, ctx({ aan: () => false }))).toBeNull();
  });

  it('houdt de namen vrij van elk symbool, zolang de laag aan staat', () => {
    const hindernissen = VOORZIENINGEN_GROEP.hindernissen?.(ctx()) ?? [];
    expect(hindernissen.map((h) => h.positie)).toEqual(groepen.map((g) => g.positie));
    expect(VOORZIENINGEN_GROEP.hindernissen?.(ctx({ aan: () => false }))).toEqual([]);
    expect(VOORZIENINGEN_GROEP.hindernissen?.(ctx({ weergave: null }))).toEqual([]);
  });
});
