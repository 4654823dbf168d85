/** Where the map should go after a search: an area (outlined), an RD point (marked) or the extent of some facilities; panels hand these to the map. */
import type { LonLat } from '../contract/common';
import { FOCUSGEBIEDEN } from '../domain/focusgebieden';
import type { Plaats } from '../geo/zoekindex';
import type { GebiedLaag } from './basemap-style';

interface Basis {
  /** Unique per request, so searching the same thing twice flies there again. */
  readonly id: number;
}

export interface Markering {
  readonly laag: GebiedLaag;
  /** The vector tiles' `code` (promoted to feature id). */
  readonly codes: readonly string[];
}

export type KaartDoel =
  | (Basis & {
      readonly soort: 'gebied';
      readonly positie: Readonly<LonLat>;
      readonly zoom: number;
      readonly markeer: Markering | null;
    })
  | (Basis & {
      readonly soort: 'punt';
      readonly positie: Readonly<LonLat>;
      readonly zoom: number;
    })
  | (Basis & {
      readonly soort: 'kader';
      readonly kader: readonly [Readonly<LonLat>, Readonly<LonLat>];
      /** Fitting a single facility would zoom to the house; this stops at street level. */
      readonly maxZoom: number;
      readonly markeer: Markering | null;
    });

type ZonderId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A target before the app numbers it. */
export type NieuwDoel = ZonderId<KaartDoel>;

/** The area a place names, to outline: a focus area is the buurten it is made of. */
export function markeringVoor(plaats: Plaats): Markering {
  switch (plaats.soort) {
    case 'wijk':
      return { laag: 'wijken', codes: [plaats.code] };
    case 'buurt':
      return { laag: 'buurten', codes: [plaats.code] };
    case 'pc4':
      return { laag: 'pc4', codes: [plaats.code] };
    case 'focusgebied':
      return { laag: 'buurten', codes: FOCUSGEBIEDEN.find((f) => f.code === plaats.code)?.buurten ?? [] };
  }
}

export function doelVoorPlaats(plaats: Plaats): NieuwDoel {
  return { soort: 'gebied', positie: plaats.positie, zoom: plaats.zoom, markeer: markeringVoor(plaats) };
}

/** The smallest box around the positions, or null for none. */
export function kaderRond(posities: readonly Readonly<LonLat>[]): [LonLat, LonLat] | null {
  if (posities.length === 0) return null;
  let [w, z, o, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of posities) {
    w = Math.min(w, lon);
    o = Math.max(o, lon);
    z = Math.min(z, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, z],
    [o, n],
  ];
}
