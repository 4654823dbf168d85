/** Tests of the publiek PC4 symbol layer props: one circle per area, radius by count, white count labels. */
import { describe, expect, it } from 'vitest';
import { pc4Groepen } from '../../domain/symboolgroepen';
import { PUBLIEK_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { SYMBOOL_KLEUR, WIT } from '../kleuren';
import { pc4AantallenProps, pc4Straal, pc4SymbolenProps } from './pc4-symbolen-layer';

const groepen = Object.freeze(pc4Groepen(PUBLIEK_VOORBEELDEN));

describe('pc4SymbolenProps', () => {
  const props = pc4SymbolenProps(groepen);

  it('tekent alle groepen, klikbaar, in pixels', () => {
    expect(props).toMatchObject({ id: 'pc4-symbolen', pickable: true, visible: true, radiusUnits: 'pixels' });
    expect(props.data).toBe(groepen);
  });

  it('zet elke cirkel op het middelpunt van het PC4-gebied', () => {
    expect(groepen.map(props.getPosition)).toEqual([
      [4.48, 51.92],
      [4.49, 51.88],
    ]);
  });

  it('maakt de cirkel groter naarmate er meer voorzieningen zijn', () => {
    const [een, twee] = groepen;
    if (!een || !twee) throw new Error('groepen ontbreken');
    expect(props.getRadius(twee)).toBeGreaterThan(props.getRadius(een));
    expect(pc4Straal(1)).toBe(15);
    expect(pc4Straal(0)).toBe(pc4Straal(1));
  });

  it('gebruikt de vaste kleuren', () => {
    expect(props.getFillColor).toBe(SYMBOOL_KLEUR);
    expect(props.getLineColor).toBe(WIT);
  });

  it('kan worden verborgen zonder de laag te verwijderen', () => {
    expect(pc4SymbolenProps(groepen, { zichtbaar: false }).visible).toBe(false);
  });
});

describe('pc4AantallenProps', () => {
  const props = pc4AantallenProps(groepen);

  it('zet het aantal als tekst op de cirkel, niet klikbaar', () => {
    expect(groepen.map(props.getText)).toEqual(['1', '2']);
    expect(props.pickable).toBe(false);
    expect(props.getColor).toBe(WIT);
    expect(groepen.map(props.getPosition)).toEqual(groepen.map((g) => g.positie));
  });

  it('heeft alleen cijfers in de tekenset (geen lettertype van buiten nodig)', () => {
    expect(props.characterSet).toBe('0123456789');
    expect(props.fontFamily).toMatch(/sans-serif$/);
  });
});
