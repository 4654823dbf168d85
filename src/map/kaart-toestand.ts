/** The live map's state for an observer outside React: the browser tests' hooks (test-haak.ts, only in the e2e build) read it here instead of the map putting anything on `window`. */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface KaartToestand {
  readonly map: MapLibreMap;
  /** The map loaded and still, the role's data handed to its renderer and drawn, no change for a moment. */
  isIdle(): boolean;
  aantalObjecten(): number;
  /** How many times the app has changed what the map shows (data, layers, style, a flight). */
  wijzigingen(): number;
  /** The level of the RGW answer the map shows, null without one. */
  rgwNiveau(): string | null;
}

type Volger = (toestand: KaartToestand | null) => void;

let huidig: KaartToestand | null = null;
const volgers = new Set<Volger>();

/** Called by map-view.tsx when its map is made (and with null when it is removed). */
export function meldKaart(toestand: KaartToestand | null): void {
  huidig = toestand;
  for (const volger of volgers) volger(toestand);
}

/** Calls `volger` with the current map at once and with every later one; returns the way to stop. */
export function volgKaart(volger: Volger): () => void {
  volgers.add(volger);
  volger(huidig);
  return () => volgers.delete(volger);
}
