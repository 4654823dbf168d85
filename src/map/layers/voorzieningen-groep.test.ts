/** Tests of the facilities layer group: what a click and a hover on its symbols mean, its selection ring, and that switching it off keeps its layers. */
import type { PickingInfo } from '@deck.gl/core';
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

/** Only the fields the group reads; deck.gl fills many more. */
function pick(laag: string | null, index: number): PickingInfo {
  return {
    picked: laag !== null,
    index,
    layer: laag === null ? null : { id: laag },
  } as unknown as PickingInfo;
}

describe('VOORZIENINGEN_GROEP', () => {
  it('een klik op een symbool kiest zijn groep; op een andere laag beslist een andere groep', () => {
    const [eerste] = groepen;
    expect(VOORZIENINGEN_GROEP.kies?.(pick('pc4-symbolen', 0), ctx())).toBe(eerste?.sleutel);
    expect(VOORZIENINGEN_GROEP.kies?.(pick('rgw-dichtheid', 0), ctx())).toBeUndefined();
    expect(VOORZIENINGEN_GROEP.kies?.(pick(null, -1), ctx())).toBeUndefined();
  });

  it('geeft een tooltip, behalve voor het gekozen symbool', () => {
    const [eerste] = groepen;
    expect(VOORZIENINGEN_GROEP.tooltip?.(pick('pc4-symbolen', 0), ctx())).toMatch(/^Postcodegebied \d{4} · /);
    expect(
      VOORZIENINGEN_GROEP.tooltip?.(pick('pc4-symbolen', 0), ctx({ geselecteerd: eerste?.sleutel ?? null })),
    ).toBeNull();
  });

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

  it('houdt zijn lagen als hij uit staat (visible: false), zodat de GPU-buffers blijven', () => {
    const aan = VOORZIENINGEN_GROEP.bouw(ctx());
    const uit = VOORZIENINGEN_GROEP.bouw(ctx({ aan: () => false }));
    expect(uit.map((l) => l.id)).toEqual(aan.map((l) => l.id));
    expect(uit.every((l) => l.props.visible === false)).toBe(true);
    expect(aan.every((l) => l.props.visible === true)).toBe(true);
    expect(VOORZIENINGEN_GROEP.aantal?.(ctx())).toBe(groepen.length);
  });
});
