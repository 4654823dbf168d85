/** Tests of the draagkrachtscan phase-symbol layer props: icon per highest phase, hollow when confidential, urgent ones drawn last. */
import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { adresGroepen } from '../../domain/symboolgroepen';
import { SCAN_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { adresStraal } from './adres-punten-layer';
import { FASE_GROEP, faseTooltip } from './fase-groep';
import { faseIcon, faseSymbolenProps, opFaseVolgorde } from './fase-symbolen-layer';
import { ATLAS_URL, iconGrootte, ICON_PLEKKEN } from '../../stijl/fase-vormen';

const groepen = Object.freeze(adresGroepen(SCAN_VOORBEELDEN));
const props = faseSymbolenProps(groepen);

function groep(soort: 'adres' | 'buurt') {
  const g = groepen.find((x) => x.soort === soort);
  if (!g) throw new Error(`geen ${soort}-groep`);
  return g;
}

describe('faseSymbolenProps', () => {
  it('gebruikt de hoogste fase op het adres, vol; een vertrouwelijke locatie hol', () => {
    expect(faseIcon(groep('adres'))).toBe('vol-2');
    expect(faseIcon(groep('buurt'))).toBe('hol-3a');
    for (const g of groepen) expect(ICON_PLEKKEN[props.getIcon(g)]).toBeDefined();
  });

  it('is klikbaar, met de atlas als data-URL en de straal van het adrespunt', () => {
    expect(props).toMatchObject({
      id: 'adres-fasen',
      pickable: true,
      iconAtlas: ATLAS_URL,
      sizeUnits: 'pixels',
    });
    const g = groep('adres');
    expect(props.getSize(g)).toBeCloseTo(iconGrootte(adresStraal(g)));
    expect(props.getPosition(g)).toEqual([4.4912, 51.8813]);
  });

  it('tekent hogere fasen later (bovenop), stabiel, en één keer per array', () => {
    const volgorde = opFaseVolgorde(groepen);
    expect(volgorde.map(faseIcon)).toEqual(['vol-2', 'hol-3a']);
    expect(opFaseVolgorde(groepen)).toBe(volgorde);
    expect(props.data).toBe(volgorde);
  });
});

describe('FASE_GROEP', () => {
  const weergave = Object.freeze({ rol: 'draagkrachtscan' as const, groepen });
  const ctx = { weergave, geselecteerd: null, aan: () => true, filters: {}, extra: {} };
  const info = (object: unknown, id = 'adres-fasen') =>
    ({ picked: true, layer: { id }, object, index: 0 }) as unknown as PickingInfo;

  it('tekent de vormen alleen voor de draagkrachtscan', () => {
    expect(FASE_GROEP.bouw(ctx).map((l) => l.id)).toEqual(['adres-fasen']);
    expect(FASE_GROEP.bouw({ ...ctx, weergave: { rol: 'publiek', groepen: [] } })).toEqual([]);
  });

  it('kiest het aangeklikte adrespunt op zijn sleutel, niet op zijn plaats in de gesorteerde lijst', () => {
    const g = groep('buurt');
    expect(FASE_GROEP.kies?.(info(g), ctx)).toBe(g.sleutel);
    expect(FASE_GROEP.kies?.(info(g, 'clusters'), ctx)).toBeUndefined();
  });

  it('noemt de fase in woorden in de tooltip', () => {
    expect(faseTooltip(groep('adres'))).toBe(
      'Adrespunt 3084 NP · 2 voorzieningen\nHoogste fase: Fase 2: Verscherpt regime',
    );
    expect(FASE_GROEP.tooltip?.(info(groep('buurt')), ctx)).toMatch(
      /\nFase 3a: Multidisciplinaire aanpak met verbetertraject$/,
    );
  });
});
