/** Draagkrachtscan: facilities grouped at their address (confidential ones per buurt), the phase that decides their symbol, and its size (fase-symbolen-layer.ts draws them). */
import type { Fase, VoorzieningVoorScan } from '../../contract/voorziening';
import { FASEN } from '../../domain/escalatie';
import type { Symboolgroep } from '../../domain/symboolgroepen';

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

/** Pixels: the size of the phase shape and of the selection ring round it. */
export function adresStraal(g: AdresGroep): number {
  return (isVertrouwelijkeGroep(g) ? 9 : 6) + 2 * Math.sqrt(g.items.length);
}
