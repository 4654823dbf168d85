/** Tests of the zorgaanbieder's own-location layer: split from the others once per array, orange shape by the own phase. */
import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { pc6Groepen } from '../../domain/symboolgroepen';
import { ZORGAANBIEDER_VOORBEELDEN } from '../../domain/test-voorbeelden';
import { EIGEN_GROEP, eigenTooltip } from './eigen-groep';
import { eigenIcon, eigenLocatiesProps, hoogsteEigenFase, splitsEigen } from './eigen-locaties-layer';

const groepen = Object.freeze(pc6Groepen(ZORGAANBIEDER_VOORBEELDEN));

describe('splitsEigen', () => {
  it('scheidt eigen en andere symbolen, één keer per array', () => {
    const { eigen, anderen } = splitsEigen(groepen);
    expect(eigen.map((g) => g.sleutel)).toEqual(['pc6:3011AB']);
    expect(anderen.map((g) => g.sleutel).sort()).toEqual(['buurt:BU05991572', 'pc6:3084NP']);
    expect(splitsEigen(groepen)).toBe(splitsEigen(groepen));
  });
});

describe('eigenLocatiesProps', () => {
  const [eigen] = splitsEigen(groepen).eigen;
  if (!eigen) throw new Error('geen eigen locatie');

  it('vormt het eigen symbool naar de fase van de eigen locatie, in oranje', () => {
    expect(hoogsteEigenFase(eigen)).toBe('2');
    expect(eigenIcon(eigen)).toBe('eigen-2');
  });

  it('is klikbaar en gebruikt de positie die de API stuurde', () => {
    const props = eigenLocatiesProps([eigen]);
    expect(props).toMatchObject({ id: 'eigen-locaties', pickable: true, visible: true });
    expect(props.getPosition(eigen)).toEqual([4.481, 51.921]);
    expect(eigenLocatiesProps([eigen], { zichtbaar: false }).visible).toBe(false);
  });
});

describe('EIGEN_GROEP', () => {
  const weergave = Object.freeze({ rol: 'zorgaanbieder' as const, groepen });
  const ctx = { weergave, geselecteerd: null, aan: () => true, filters: {}, extra: {} };

  it('tekent boven alles (ook boven de getallen van de clusters)', () => {
    expect(EIGEN_GROEP.plek).toBe('boven');
    expect(EIGEN_GROEP.bouw(ctx).map((l) => l.id)).toEqual(['eigen-locaties']);
  });

  it('kiest en beschrijft een eigen locatie, met de fase in woorden', () => {
    const [eigen] = splitsEigen(groepen).eigen;
    const info = { picked: true, layer: { id: 'eigen-locaties' }, object: eigen } as unknown as PickingInfo;
    expect(EIGEN_GROEP.kies?.(info, ctx)).toBe('pc6:3011AB');
    expect(EIGEN_GROEP.tooltip?.(info, ctx)).toBe('Eigen Huis\nEigen locatie · Fase 2: Verscherpt regime');
    if (eigen) expect(eigenTooltip(eigen)).toContain('Eigen locatie');
  });
});
