/** Zorgaanbieder: the own organisation's locations in orange, shaped by their phase on the escalatieladder; never clustered. */
import type { IconLayerProps } from '@deck.gl/layers';
import type { Fase } from '../../contract/voorziening';
import { FASEN } from '../../domain/escalatie';
import { ATLAS_URL, iconGrootte, iconNaam, ICON_PLEKKEN } from '../../stijl/fase-vormen';
import { isEigenGroep, isVertrouwelijkeGroep, pc6Straal, type Pc6Groep } from './pc6-symbolen-layer';

/** The highest phase among the own locations in the group; only own records carry a phase for this role. */
export function hoogsteEigenFase(g: Pc6Groep): Fase {
  let hoogste = 0;
  for (const v of g.items) if (v.eigen) hoogste = Math.max(hoogste, FASEN.indexOf(v.fase));
  return FASEN[hoogste] ?? '0';
}

export function eigenIcon(g: Pc6Groep): string {
  return iconNaam(hoogsteEigenFase(g), isVertrouwelijkeGroep(g) ? 'eigen-hol' : 'eigen');
}

const eigenPerLijst = new WeakMap<
  readonly Pc6Groep[],
  { eigen: readonly Pc6Groep[]; anderen: readonly Pc6Groep[] }
>();

/**
 * Splits the symbols into the own organisation's and the others', once per array: the own ones are drawn on top
 * and never merged into a cluster, so a provider always finds its own locations at a glance.
 */
export function splitsEigen(groepen: readonly Pc6Groep[]): {
  eigen: readonly Pc6Groep[];
  anderen: readonly Pc6Groep[];
} {
  let uit = eigenPerLijst.get(groepen);
  if (!uit) {
    uit = { eigen: groepen.filter(isEigenGroep), anderen: groepen.filter((g) => !isEigenGroep(g)) };
    eigenPerLijst.set(groepen, uit);
  }
  return uit;
}

export function eigenLocatiesProps(eigen: readonly Pc6Groep[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'eigen-locaties',
    data: eigen,
    visible: opts.zichtbaar ?? true,
    pickable: true,
    iconAtlas: ATLAS_URL,
    iconMapping: ICON_PLEKKEN,
    sizeUnits: 'pixels',
    getIcon: eigenIcon,
    getPosition: (g: Pc6Groep) => g.positie,
    getSize: (g: Pc6Groep) => iconGrootte(pc6Straal(g)),
  } satisfies IconLayerProps<Pc6Groep>;
}
