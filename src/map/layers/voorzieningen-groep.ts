/** The facility symbols of the signed-in role as one layer group: publiek per PC4 area, zorgaanbieder per PC6, draagkrachtscan per address. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { groepTitel, naamVanEnige, type Symboolgroep } from '../../domain/symboolgroepen';
import type { KaartWeergave, LaagContext, LaagGroep, SelectieRing } from '../laag-groep';
import { adresStraal } from './adres-punten-layer';
import { pc4Straal } from './pc4-symbolen-layer';
import { pc6Straal } from './pc6-symbolen-layer';

/** The layers whose objects are symbol groups (index = position in `weergave.groepen`). */
const SYMBOOL_LAGEN: ReadonlySet<string> = new Set(['pc4-symbolen', 'pc6-symbolen', 'adres-punten']);

export function groepenVan(weergave: KaartWeergave | null): readonly Symboolgroep<unknown>[] {
  return weergave?.groepen ?? [];
}

function gekozenGroep(info: PickingInfo, ctx: LaagContext): Symboolgroep<unknown> | undefined {
  return info.picked && SYMBOOL_LAGEN.has(info.layer?.id ?? '')
    ? groepenVan(ctx.weergave)[info.index]
    : undefined;
}

function ringen(weergave: KaartWeergave): SelectieRing[] {
  switch (weergave.rol) {
    case 'publiek':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: pc4Straal(g.items.length) }));
    case 'zorgaanbieder':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: pc6Straal(g) }));
    case 'draagkrachtscan':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: adresStraal(g) }));
  }
}

export const VOORZIENINGEN_GROEP: LaagGroep = {
  id: 'voorzieningen',
  plek: 'symbolen',
  // Draws nothing itself: publiek's circles are maplibre's (kaart-lagen.ts), the others' are drawn by their own groups
  // (clusters and own locations: cluster-groep.ts; phase shapes: fase-groep.ts). This group gives them the selection
  // ring and the label obstacles (same positions, same radii), the click and the tooltip.
  bouw(): Layer[] {
    return [];
  },
  kies(info, ctx) {
    if (!info.picked || !SYMBOOL_LAGEN.has(info.layer?.id ?? '')) return undefined;
    return gekozenGroep(info, ctx)?.sleutel ?? null;
  },
  tooltip(info, ctx) {
    const groep = gekozenGroep(info, ctx);
    // The selected symbol is described in the panel; a tooltip would only cover its count.
    if (!groep || groep.sleutel === ctx.geselecteerd) return null;
    return groepTitel(groep, { naamVanEnige: naamVanEnige(groep) });
  },
  ring(sleutel, { weergave, aan }) {
    if (!weergave || !aan('voorzieningen')) return null;
    const i = weergave.groepen.findIndex((g) => g.sleutel === sleutel);
    return i < 0 ? null : (ringen(weergave)[i] ?? null);
  },
  hindernissen({ weergave, aan }) {
    return weergave && aan('voorzieningen') ? ringen(weergave) : [];
  },
  aantal({ weergave }) {
    return groepenVan(weergave).length;
  },
};
