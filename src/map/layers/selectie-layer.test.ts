/** Tests of the selection ring props. */
import { describe, expect, it } from 'vitest';
import { SELECTIE_KLEUR, WIT } from '../../stijl/kleuren';
import { selectieHaloProps, selectieRingProps } from './selectie-layer';

describe('selectieRingProps', () => {
  it('is leeg zonder selectie', () => {
    expect(selectieRingProps(null).data).toEqual([]);
  });

  it('legt een ring net buiten het geselecteerde symbool', () => {
    const ring = Object.freeze({ positie: Object.freeze<[number, number]>([4.5, 51.9]), straal: 10 });
    const props = selectieRingProps(ring);
    expect(props.data).toHaveLength(1);
    expect(props.getRadius(ring)).toBe(14);
    expect(props).toMatchObject({
      filled: false,
      stroked: true,
      pickable: false,
      getLineColor: SELECTIE_KLEUR,
    });
  });

  it('heeft een witte halo eronder met een eigen id', () => {
    const halo = selectieHaloProps(null);
    expect(halo.id).toBe('selectie-halo');
    expect(halo.getLineColor).toBe(WIT);
    expect(halo.getLineWidth).toBeGreaterThan(selectieRingProps(null).getLineWidth);
  });
});
