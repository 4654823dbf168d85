/**
 * A renderer of the data layers on the maplibre map. Publiek's map is drawn on a 2D canvas over the map
 * (publiek-tekenaar.ts), so a resident's first visit loads no deck.gl and costs the map no extra frames; the signed-in
 * roles get the deck.gl layer groups (deck-tekenaar.ts), loaded when first needed. map-view.tsx owns the map, the view
 * and the basemap, and hands every change to the renderer of the role.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat, Rol } from '../contract/common';
import type { LaagContext } from './laag-groep';

export interface TekenInvoer {
  readonly ctx: LaagContext;
  /** The zoom the names are placed for (labels-layer.ts zoomStap). */
  readonly labelZoom: number;
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
  /**
   * What the renderer drew itself (not as maplibre layers) within `marge` pixels of a screen point: `vlak:<id>` for
   * an area fill, `teken` for anything else. For the browser tests' quiet-spot check; absent: nothing of its own.
   */
  getekendRond?(x: number, y: number, marge: number): string[];
  verwijder(): void;
}

export type MaakTekenaar = (opties: TekenaarOpties) => Tekenaar;

export type TekenaarSoort = 'canvas' | 'deck';

/** Which renderer a role gets: deck.gl only where its layers are needed (clusters, phase shapes, H3, fills). */
export function tekenaarVoor(rol: Rol): TekenaarSoort {
  return rol === 'publiek' ? 'canvas' : 'deck';
}
