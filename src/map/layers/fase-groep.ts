/** Draagkrachtscan's facilities as a layer group: every address point in the shape and colour of its phase, the most urgent drawn on top. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import { faseLabel } from '../../domain/escalatie';
import { groepTitel, naamVanEnige } from '../../domain/symboolgroepen';
import type { LaagGroep } from '../laag-groep';
import { hoogsteFase, type AdresGroep } from './adres-punten-layer';
import { faseSymbolenProps } from './fase-symbolen-layer';

function isAdresGroep(x: unknown): x is AdresGroep {
  return typeof x === 'object' && x !== null && 'sleutel' in x && 'items' in x;
}

function gekozen(info: PickingInfo): AdresGroep | null {
  return info.picked && info.layer?.id === 'adres-fasen' && isAdresGroep(info.object) ? info.object : null;
}

/** `Naam` or `Adrespunt 3084 NP · 2 voorzieningen`, then the phase in words: the shape is never the only clue. */
export function faseTooltip(g: AdresGroep): string {
  const titel = groepTitel(g, { naamVanEnige: naamVanEnige(g) });
  const fase = faseLabel(hoogsteFase(g));
  return `${titel}\n${g.items.length > 1 ? `Hoogste fase: ${fase}` : fase}`;
}

export const FASE_GROEP: LaagGroep = {
  id: 'draagkrachtscan-fasen',
  plek: 'symbolen',
  bouw({ weergave, aan }): Layer[] {
    if (weergave?.rol !== 'draagkrachtscan') return [];
    return [new IconLayer(faseSymbolenProps(weergave.groepen, { zichtbaar: aan('voorzieningen') }))];
  },
  kies(info) {
    const g = gekozen(info);
    return g ? g.sleutel : undefined;
  },
  tooltip(info, ctx) {
    const g = gekozen(info);
    return g && g.sleutel !== ctx.geselecteerd ? faseTooltip(g) : null;
  },
};
