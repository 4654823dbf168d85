/** The extension point of the map: a layer group builds its deck.gl layers from one shared context, and may say what a click or hover on them means. */
// How to add a layer to the map (RGW density, clusters, coverage, phase shapes, Wijkprofiel):
//   1. register the layer in src/domain/datalagen.ts (id, roles, on by default);
//   2. write pure props builders in src/map/layers/<name>-layer.ts (tested in node);
//   3. write a LaagGroep in its own file (e.g. src/map/layers/<name>-groep.ts) that turns them into layers, with
//      `visible: ctx.aan('<id>')` so switching it off keeps the GPU buffers;
//   4. add it to LAAG_GROEPEN in src/map/map-view.tsx (one line), and, if it needs data the app loads, add an
//      optional field to ExtraLaagData below and pass it through MapViewProps.extra from src/app/app.tsx.
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { LonLat } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';
import type { AdresGroep } from './layers/adres-punten-layer';
import type { Pc4Groep } from './layers/pc4-symbolen-layer';
import type { Pc6Groep } from './layers/pc6-symbolen-layer';

/** What the map shows: the symbol groups of the signed-in role. */
export type KaartWeergave =
  | { readonly rol: 'publiek'; readonly groepen: readonly Pc4Groep[] }
  | { readonly rol: 'zorgaanbieder'; readonly groepen: readonly Pc6Groep[] }
  | { readonly rol: 'draagkrachtscan'; readonly groepen: readonly AdresGroep[] };

/**
 * Data the app loads for layers other than the facilities, one optional field per feature. Add yours here (or by
 * declaration merging from your own file); keep arrays stable between renders, deck.gl diffs them by identity.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the other layers
export interface ExtraLaagData {}

/** Everything a layer group may read. Rebuilt on every change; cheap, because layers are only descriptors. */
export interface LaagContext {
  readonly weergave: KaartWeergave | null;
  readonly geselecteerd: string | null;
  /** Whether a data layer is switched on (and allowed for the role); build it anyway, with `visible: false`. */
  aan(id: DatalaagId): boolean;
  readonly filters: Filters;
  readonly extra: ExtraLaagData;
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
