/**
 * The facility symbols' part that no one group draws: the selection ring around the chosen symbol and the label
 * obstacles over every symbol (same positions, same radii as drawn). The symbols themselves are drawn elsewhere:
 * publiek's circles by maplibre (kaart-lagen.ts), the others' by their own groups (clusters and single symbols:
 * cluster-groep.ts; phase shapes: fase-groep.ts; own locations: eigen-groep.ts), which also say what a click or a
 * hover on them means.
 */
import type { Layer } from '@deck.gl/core';
import type { KaartWeergave, LaagGroep, SelectieRing } from '../laag-groep';
import { adresStraal } from './adres-punten-layer';
import { pc4Straal } from './pc4-symbolen-layer';
import { pc6Straal } from './pc6-symbolen-layer';

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
  bouw(): Layer[] {
    return [];
  },
  ring(sleutel, { weergave, aan }) {
    if (!weergave || !aan('voorzieningen')) return null;
    const i = weergave.groepen.findIndex((g) => g.sleutel === sleutel);
    return i < 0 ? null : (ringen(weergave)[i] ?? null);
  },
  hindernissen({ weergave, aan }) {
    return weergave && aan('voorzieningen') ? ringen(weergave) : [];
  },
};
