/**
 * A renderer of the data layers on the maplibre map. The layers every role shares are maplibre style layers on the
 * vector tiles (kaart-lagen.ts, gedeelde-lagen.ts); publiek needs nothing else (maplibre-tekenaar.ts), so a resident's
 * first visit loads no deck.gl. The signed-in roles add the deck.gl layer groups (deck-tekenaar.ts), loaded when first
 * needed. map-view.tsx owns the map, the view and the basemap, and hands every change to the renderer of the role.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat, Rol } from '../contract/common';
import type { LaagContext } from './laag-groep';

export interface TekenInvoer {
  readonly ctx: LaagContext;
  readonly zoekPunt: Readonly<LonLat> | null;
}

export interface TekenaarOpties {
  readonly map: MapLibreMap;
  /** The map's container, for the tooltip. */
  readonly container: HTMLElement;
  /** The latest context, for clicks and hovers between updates. */
  ctx(): LaagContext;
  selecteer(sleutel: string | null): void;
  /** Called after the renderer drew a frame with new data. */
  getekend(): void;
}

export interface Tekenaar {
  /** Draws this state; cheap when little changed (each renderer diffs by identity). */
  werkBij(invoer: TekenInvoer): void;
  /** Whether the last state handed to `werkBij` has been drawn. */
  bijgewerkt(): boolean;
  /** The basemap style was changed (`setStyle` with a diff): set the shared layers' state again. */
  stijlGewijzigd(): void;
  verwijder(): void;
}

export type MaakTekenaar = (opties: TekenaarOpties) => Tekenaar;

export type TekenaarSoort = 'maplibre' | 'deck';

/** Which renderer a role gets: deck.gl only where its layers are needed (clusters, phase shapes, H3, fills). */
export function tekenaarVoor(rol: Rol): TekenaarSoort {
  return rol === 'publiek' ? 'maplibre' : 'deck';
}
