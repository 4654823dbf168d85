/**
 * The deck.gl renderer's side of every feature (each folder's `kaart.ts`), in register order: the drawing order of
 * their layer groups within each `plek`. Imported only by src/map/deck-tekenaar.ts, so it travels in deck.gl's chunk.
 */
import type { LaagGroep } from '../map/laag-groep';
import type { KenmerkKaart } from './kenmerk';
import { KENMERKEN } from './register';

const KAART = import.meta.glob<KenmerkKaart>('./*/kaart.ts', { eager: true, import: 'default' });

export const LAAG_GROEPEN: readonly LaagGroep[] = KENMERKEN.flatMap((k) => {
  const kaart = KAART[`./${k.id}/kaart.ts`];
  if (kaart && kaart.id !== k.id) throw new Error(`src/kenmerken/${k.id}/kaart.ts noemt zich '${kaart.id}'`);
  return kaart?.groepen ?? [];
});
