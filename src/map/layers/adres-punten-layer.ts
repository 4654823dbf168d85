/** Draagkrachtscan: facilities at their address, coloured by escalatieladder phase; confidential ones as hollow rings per buurt. */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { Fase, VoorzieningVoorScan } from '../../contract/voorziening';
import { FASEN } from '../../domain/escalatie';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import { FASE_KLEUR, HOL_VULLING, RAND_KLEUR, type Rgba } from '../kleuren';

export type AdresGroep = Symboolgroep<VoorzieningVoorScan>;

/** Several facilities at one point show the highest phase among them: the most urgent one decides the colour. */
export function hoogsteFase(g: AdresGroep): Fase {
  let hoogste = 0;
  for (const v of g.items) hoogste = Math.max(hoogste, FASEN.indexOf(v.fase));
  return FASEN[hoogste] ?? '0';
}

export function isVertrouwelijkeGroep(g: AdresGroep): boolean {
  return g.soort === 'buurt';
}

export function adresStraal(g: AdresGroep): number {
  return (isVertrouwelijkeGroep(g) ? 9 : 6) + 2 * Math.sqrt(g.items.length);
}

export function adresVulling(g: AdresGroep): Rgba {
  return isVertrouwelijkeGroep(g) ? HOL_VULLING : FASE_KLEUR[hoogsteFase(g)];
}

export function adresRand(g: AdresGroep): Rgba {
  return isVertrouwelijkeGroep(g) ? FASE_KLEUR[hoogsteFase(g)] : RAND_KLEUR;
}

export function adresRanddikte(g: AdresGroep): number {
  return isVertrouwelijkeGroep(g) ? 4 : 1.5;
}

export function adresPuntenProps(groepen: readonly AdresGroep[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'adres-punten',
    data: groepen,
    visible: opts.zichtbaar ?? true,
    pickable: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: (g: AdresGroep) => g.positie,
    getRadius: adresStraal,
    getFillColor: adresVulling,
    getLineColor: adresRand,
    getLineWidth: adresRanddikte,
  } satisfies ScatterplotLayerProps<AdresGroep>;
}
