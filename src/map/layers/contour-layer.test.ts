/** Tests of the outline around confidential rings. */
import { describe, expect, it } from 'vitest';
import { adresGroepen } from '../../domain/symboolgroepen';
import { SCAN_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { RAND_KLEUR } from '../../stijl/kleuren';
import { adresStraal } from './adres-punten-layer';
import { contourProps } from './contour-layer';

const groepen = Object.freeze(adresGroepen(SCAN_VOORBEELDEN));
const props = contourProps('adres-contour', groepen, adresStraal);

describe('contourProps', () => {
  it('gebruikt dezelfde data-array als de symboollaag', () => {
    expect(props.data).toBe(groepen);
    expect(props).toMatchObject({ pickable: false, filled: false, getLineColor: RAND_KLEUR });
  });

  it('tekent alleen om vertrouwelijke (buurt)symbolen, net buiten de ring', () => {
    for (const g of groepen) {
      expect(props.getLineWidth(g) > 0).toBe(g.soort === 'buurt');
      expect(props.getRadius(g)).toBeGreaterThan(adresStraal(g));
    }
  });
});
