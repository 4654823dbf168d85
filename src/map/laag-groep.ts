/**
 * A deck.gl layer group: builds its layers from one shared context, and may say what a click or hover on them means.
 * A feature lists its groups in its `kaart.ts` (src/kenmerken/kenmerk.ts); write pure props builders beside them
 * (tested in node) and build with `visible: ctx.aan('<laag-id>')`, so switching a layer off keeps the GPU buffers.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { LonLat } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';
import type { KaartData } from '../kenmerken/kenmerk';
import type { AdresGroep } from './layers/adres-punten-layer';
import type { Pc4Groep } from './layers/pc4-symbolen-layer';
import type { Pc6Groep } from './layers/pc6-symbolen-layer';

/** What the map shows: the symbol groups of the signed-in role. */
export type KaartWeergave =
  | { readonly rol: 'publiek'; readonly groepen: readonly Pc4Groep[] }
  | { readonly rol: 'zorgaanbieder'; readonly groepen: readonly Pc6Groep[] }
  | { readonly rol: 'draagkrachtscan'; readonly groepen: readonly AdresGroep[] };

/** Everything a layer group may read. Rebuilt on every change; cheap, because layers are only descriptors. */
export interface LaagContext {
  readonly weergave: KaartWeergave | null;
  readonly geselecteerd: string | null;
  /** Whether a data layer is switched on (and allowed for the role); build it anyway, with `visible: false`. */
  aan(id: DatalaagId): boolean;
  readonly filters: Filters;
  /** The map data of the features, each read through its own key (`RGW_DATA.van(ctx.extra)`). */
  readonly extra: KaartData;
  /** The map's zoom rounded down to a whole level (clusters change per level); absent outside a live map. */
  readonly zoom?: number;
  /** Moves the map there, e.g. into a cluster that was clicked (instantly with reduced motion). */
  zoomNaar?(positie: Readonly<LonLat>, zoom: number): void;
}

/** A ring around the selected object, in pixels. */
export interface SelectieRing {
  readonly positie: Readonly<LonLat>;
  readonly straal: number;
}

export interface LaagGroep {
  readonly id: string;
  /** Drawing order: `onder` (areas, densities) under the facility symbols, `boven` over the selection ring. */
  readonly plek: 'onder' | 'symbolen' | 'boven';
  bouw(ctx: LaagContext): Layer[];
  /**
   * The selection key for a click on one of this group's layers; `undefined` when the picked layer is not this
   * group's, `null` to clear the selection.
   */
  kies?(info: PickingInfo, ctx: LaagContext): string | null | undefined;
  /** Hover text for a picked object of this group, or null for none. */
  tooltip?(info: PickingInfo, ctx: LaagContext): string | null;
  /** The selection ring, when the selected key is this group's. */
  ring?(sleutel: string, ctx: LaagContext): SelectieRing | null;
  /** Places the shared maplibre names keep clear of (the group's symbols): an invisible square over each. */
  hindernissen?(ctx: LaagContext): readonly SelectieRing[];
  /** How many objects the group shows, for the browser tests' settle check. */
  aantal?(ctx: LaagContext): number;
}
