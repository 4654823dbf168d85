/** Zorgaanbieder's own locations as a layer group above everything else: orange, shaped by phase, never clustered or covered by a count. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import { faseLabel } from '../../domain/escalatie';
import { groepTitel } from '../../domain/symboolgroepen';
import type { LaagGroep } from '../laag-groep';
import { eigenLocatiesProps, hoogsteEigenFase, splitsEigen } from './eigen-locaties-layer';
import type { Pc6Groep } from './pc6-symbolen-layer';

function isPc6Groep(x: unknown): x is Pc6Groep {
  return typeof x === 'object' && x !== null && 'sleutel' in x && 'items' in x;
}

function gekozen(info: PickingInfo): Pc6Groep | null {
  return info.picked && info.layer?.id === 'eigen-locaties' && isPc6Groep(info.object) ? info.object : null;
}

/** The own location's name (a provider knows its own houses by name), then "Eigen locatie" and the phase in words. */
export function eigenTooltip(g: Pc6Groep): string {
  const [enige] = g.items;
  const titel = g.items.length === 1 && enige && 'naam' in enige ? enige.naam : groepTitel(g);
  return `${titel}\nEigen locatie · ${faseLabel(hoogsteEigenFase(g))}`;
}

export const EIGEN_GROEP: LaagGroep = {
  id: 'eigen-locaties',
  // Above the cluster counts and the selection ring: a provider must always see its own locations whole.
  plek: 'boven',
  bouw({ weergave, aan }): Layer[] {
    if (weergave?.rol !== 'zorgaanbieder') return [];
    const { eigen } = splitsEigen(weergave.groepen);
    return [new IconLayer(eigenLocatiesProps(eigen, { zichtbaar: aan('voorzieningen') }))];
  },
  kies(info) {
    const g = gekozen(info);
    return g ? g.sleutel : undefined;
  },
  tooltip(info, ctx) {
    const g = gekozen(info);
    return g && g.sleutel !== ctx.geselecteerd ? eigenTooltip(g) : null;
  },
};
