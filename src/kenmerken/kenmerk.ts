/**
 * What a feature of the map is: one folder under src/kenmerken/ per feature, listed once in register.ts. The folder
 * holds up to three files, each found by its name:
 *   - `laag.ts`: the pure declaration of its data layers (id, title, roles, on by default, selection prefixes) and
 *     the key under which its map data travels; no React, no drawing library (the URL state and node tests read it);
 *   - `ui.tsx`: what the app shell needs (a `KenmerkUi`): the hook that loads its data and reports its layers to the
 *     layer control, its side-panel sections, its details for a selection; lazy components for anything heavy;
 *   - `kaart.ts`: what the deck.gl renderer draws (a `KenmerkKaart`): its layer groups, loaded only with deck.gl.
 * The layers every role shares are maplibre style layers on the tiles (src/map/kaart-lagen.ts).
 */
import type { ComponentType } from 'react';
import type { Rol } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';

export interface Datalaag {
  readonly id: string;
  /** Dutch, as the layer control shows it. */
  readonly titel: string;
  /**
   * The title for a role that receives something else under this layer (the RGW totals per focus area, not the
   * density per cell): name what that role sees. Read through `laagTitel` in datalagen.ts.
   */
  readonly titelVoor?: Partial<Record<Rol, string>>;
  readonly rollen: readonly Rol[];
  /** Switched on when the URL does not name any layers. */
  readonly standaardAan: boolean;
  /**
   * `vlak`: colours areas (a choropleth, cells). Areas of one kind cover those of another, so only one layer of the
   * `vlak` group is on at a time (`eenVlaklaag`); `punt`: symbols and other layers that combine with anything.
   */
  readonly soort: 'vlak' | 'punt';
  /**
   * The prefixes of the selection keys this layer hands out, per role (`pc4:` for a publiek area). A selection from
   * a link is kept only when one of the role's layers knows its prefix, so a scan link never selects for publiek.
   */
  readonly selectie: Partial<Record<Rol, readonly string[]>>;
}

/** The pure part of a feature, from its `laag.ts`: its id (the folder's name) and its data layers, if any. */
export interface KenmerkDefinitie {
  readonly id: string;
  readonly lagen: readonly Datalaag[];
}

/**
 * The map data of every feature, by feature id: each feature's hook puts its part here, its layer groups read it
 * back through its `KaartDataSleutel`. Keep each value stable between renders: deck.gl and maplibre diff by identity.
 */
export type KaartData = Readonly<Record<string, unknown>>;

/** Typed access to one feature's map data; declared in the feature's `laag.ts`, used by its `ui.tsx` and `kaart.ts`. */
export interface KaartDataSleutel<D> {
  readonly id: string;
  /** The feature's data, or null while it loads, is off or is not the role's. */
  van(data: KaartData): D | null;
  /** The entry a feature's hook returns. */
  met(waarde: D | null): KaartData;
}

export function kaartDataSleutel<D>(id: string): KaartDataSleutel<D> {
  return {
    id,
    van: (data) => (data[id] as D | undefined) ?? null,
    met: (waarde) => ({ [id]: waarde }),
  };
}

/** What a side-panel section of a feature receives: the selection and the layer and filter state. */
export interface ZijpaneelDeelProps {
  readonly geselecteerd: string | null;
  onSelecteer(sleutel: string | null): void;
  readonly lagenAan: ReadonlySet<DatalaagId>;
  readonly filters: Filters;
  zetFilters(filters: Filters): void;
  /** Fly the map somewhere (a focus-area preset, a buurt). */
  onDoel(doel: import('../map/kaart-doel').NieuwDoel): void;
}

/** One section of the side panel, in its own error boundary and Suspense. */
export interface ZijpaneelDeel {
  readonly titel: string;
  readonly Deel: ComponentType<ZijpaneelDeelProps>;
  /** Rendered (and its code loaded) only while this layer is on. */
  readonly laag?: DatalaagId;
  /** Rendered (and loaded) only for these roles. */
  readonly rollen?: readonly Rol[];
}

/** What a feature's hook receives from the app, every render. */
export interface KenmerkInvoer {
  readonly rol: Rol;
  readonly lagenAan: ReadonlySet<DatalaagId>;
  readonly filters: Filters;
  /** The facilities on the map after the filters, or null while they load (src/api/voorzieningen.ts). */
  readonly weergave: import('../domain/symboolgroepen').RolGroepen | null;
}

/** What a feature's hook gives back. */
export interface KenmerkUitvoer {
  /** Its layers as the layer control and the notices on the map show them; none when it has no layers. */
  readonly lagen: readonly import('../panels/laag-toestand').LaagToestand[];
  /** Its part of the map data (`sleutel.met(…)`); keep it stable between renders. */
  readonly kaart?: KaartData;
  /** The name of a selection of this feature, for the phone's sheet summary ("Tarwewijk"). */
  readonly naamVan?: (sleutel: string) => string | undefined;
}

/** The app shell's side of a feature, from its `ui.tsx` (default export). */
export interface KenmerkUi {
  readonly id: string;
  /** Called on every render of the work area, always, in register order (so it follows the rules of hooks). */
  useKenmerk?(invoer: KenmerkInvoer): KenmerkUitvoer;
  /** Its sections of the side panel, between the details and the table of the facilities. */
  readonly delen?: readonly ZijpaneelDeel[];
  /** Its details, for a selection key it hands out (`hoort`); the facilities' own details are the default. */
  readonly detail?: {
    hoort(sleutel: string | null): boolean;
    readonly Deel: ComponentType<ZijpaneelDeelProps & { onWis(): void }>;
  };
}

/** The deck.gl renderer's side of a feature, from its `kaart.ts` (default export). */
export interface KenmerkKaart {
  readonly id: string;
  /** Its deck.gl layer groups, bottom to top within their `plek` (src/map/laag-groep.ts). */
  readonly groepen: readonly import('../map/laag-groep').LaagGroep[];
}
