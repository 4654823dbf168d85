/** Draagkrachtscan: each address point as the shape and colour of its escalatieladder phase; confidential locations hollow, per buurt. */
import type { IconLayerProps } from '@deck.gl/layers';
import { FASEN } from '../../domain/escalatie';
import { adresStraal, hoogsteFase, isVertrouwelijkeGroep, type AdresGroep } from './adres-punten-layer';
import { ATLAS_URL, iconGrootte, iconNaam, ICON_PLEKKEN } from '../../stijl/fase-vormen';

export function faseIcon(g: AdresGroep): string {
  return iconNaam(hoogsteFase(g), isVertrouwelijkeGroep(g) ? 'hol' : 'vol');
}

const opVolgorde = new WeakMap<readonly AdresGroep[], readonly AdresGroep[]>();

/**
 * The groups with the highest phases last, so deck.gl draws them on top: a fase 2 triangle must never hide under
 * a cluster of quiet fase 0 circles. Memoised per array, so the layer keeps its buffers until the data changes.
 */
export function opFaseVolgorde(groepen: readonly AdresGroep[]): readonly AdresGroep[] {
  let uit = opVolgorde.get(groepen);
  if (!uit) {
    uit = groepen
      .map((g, i) => ({ g, i, rang: FASEN.indexOf(hoogsteFase(g)) }))
      // Stable: equal phases keep the key order of symboolgroepen.ts.
      .sort((a, b) => a.rang - b.rang || a.i - b.i)
      .map(({ g }) => g);
    opVolgorde.set(groepen, uit);
  }
  return uit;
}

/** Replaces the plain circles of adres-punten-layer.ts; its own id, because its data is sorted differently. */
export function faseSymbolenProps(groepen: readonly AdresGroep[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'adres-fasen',
    data: opFaseVolgorde(groepen),
    visible: opts.zichtbaar ?? true,
    pickable: true,
    iconAtlas: ATLAS_URL,
    iconMapping: ICON_PLEKKEN,
    sizeUnits: 'pixels',
    getIcon: faseIcon,
    getPosition: (g: AdresGroep) => g.positie,
    getSize: (g: AdresGroep) => iconGrootte(adresStraal(g)),
  } satisfies IconLayerProps<AdresGroep>;
}
