/** Tests of the zorgaanbieder PC6 symbol layer props: own locations stand out, confidential ones are hollow. */
import { describe, expect, it } from 'vitest';
import { pc6Groepen } from '../../domain/symboolgroepen';
import { ZORGAANBIEDER_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { EIGEN_KLEUR, HOL_VULLING, RAND_KLEUR, SYMBOOL_KLEUR, WIT } from '../../stijl/kleuren';
import { isEigenGroep, pc6SymbolenProps } from './pc6-symbolen-layer';

const groepen = Object.freeze(pc6Groepen(ZORGAANBIEDER_VOORBEELDEN));
const props = pc6SymbolenProps(groepen);

function groep(sleutel: string) {
  const g = groepen.find((x) => x.sleutel === sleutel);
  if (!g) throw new Error(`groep ${sleutel} ontbreekt`);
  return g;
}

describe('pc6SymbolenProps', () => {
  it('is klikbaar en gebruikt de positie die de API stuurde', () => {
    expect(props).toMatchObject({ id: 'pc6-symbolen', pickable: true, stroked: true });
    expect(props.getPosition(groep('pc6:3084NP'))).toEqual([4.491, 51.881]);
  });

  it.each([
    ['pc6:3084NP', SYMBOOL_KLEUR, WIT, 1.5],
    ['pc6:3011AB', EIGEN_KLEUR, RAND_KLEUR, 2.5],
    ['buurt:BU05991572', HOL_VULLING, SYMBOOL_KLEUR, 3],
  ] as const)('%s: vulling, rand en randdikte', (sleutel, vulling, rand, dikte) => {
    const g = groep(sleutel);
    expect(props.getFillColor(g)).toBe(vulling);
    expect(props.getLineColor(g)).toBe(rand);
    expect(props.getLineWidth(g)).toBe(dikte);
  });

  it('maakt eigen locaties iets groter dan die van anderen', () => {
    expect(isEigenGroep(groep('pc6:3011AB'))).toBe(true);
    expect(props.getRadius(groep('pc6:3011AB'))).toBeGreaterThan(props.getRadius(groep('pc6:3084NP')));
  });

  it('maakt vertrouwelijke symbolen hol: de vulling is grotendeels doorzichtig', () => {
    expect(props.getFillColor(groep('buurt:BU05991572'))[3]).toBeLessThan(255);
  });
});
