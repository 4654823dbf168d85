/** Makes the maplibre map once, with our basemap, its controls and its error handling, and removes it on unmount. */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  type ErrorEvent as MapLibreErrorEvent,
} from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LonLat } from '../../contract/common';
import {
  ATTRIBUTIE,
  basemapStijl,
  KAART_OPTIES,
  KAART_TEKSTEN,
  PDOK_BRON,
  START_BEELD,
  type BasemapOpties,
} from '../basemap-style';

export interface BeginBeeld {
  readonly centrum: Readonly<LonLat>;
  readonly zoom: number;
}

export interface Maplibre {
  /** The live map; null before the first effect, without WebGL, and after unmount. */
  readonly kaartRef: RefObject<MapLibreMap | null>;
  /** Why there is no map, or why a part of it failed, in words for the user; null while all is well. */
  readonly fout: string | null;
  meldFout(fout: string): void;
}

/**
 * The map, made in the first effect of the component (the hooks after this one find it in `kaartRef` in theirs) with
 * the style and view it starts with; later changes of either are other hooks' work. Each of those hooks takes the
 * map in its effect and undoes its part in the cleanup, unless the map itself was removed (`kaartRef.current` is
 * then no longer that map). Errors of PDOK's tiles are
 * usePdokBewaking's; any other is logged, which also keeps maplibre from logging every failed tile itself.
 */
export function useMaplibre(
  containerRef: RefObject<HTMLDivElement | null>,
  beginStijl: BasemapOpties,
  begin: BeginBeeld | null,
): Maplibre {
  const kaartRef = useRef<MapLibreMap | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  // Only the first values count: the map is made once.
  const [start] = useState(() => ({ stijl: beginStijl, begin }));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: basemapStijl(start.stijl),
        center: [...(start.begin?.centrum ?? START_BEELD.centrum)],
        zoom: start.begin?.zoom ?? START_BEELD.zoom,
        ...KAART_OPTIES,
        locale: KAART_TEKSTEN,
      });
    } catch (oorzaak) {
      // No WebGL (old device, disabled GPU): the panels and the list still work.
      queueMicrotask(() =>
        setFout(
          `De kaart kan in deze browser niet worden getoond (${oorzaak instanceof Error ? oorzaak.message : 'geen WebGL'}). Gebruik de lijst naast de kaart.`,
        ),
      );
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.on('error', (e: MapLibreErrorEvent & { sourceId?: string }) => {
      if (e.sourceId !== PDOK_BRON) console.warn('Kaart:', e.error?.message ?? e.error);
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ customAttribution: ATTRIBUTIE }), 'bottom-right');
    // On a narrow map maplibre's compact source line starts unfolded over the map; folded, its (i) button opens it.
    // The demodata label in the header says the essential part at all times.
    map.once('load', () => {
      container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    });
    kaartRef.current = map;
    return () => {
      // First of all cleanups (this hook comes first): the later hooks see `kaartRef.current` no longer being their
      // map, and leave a removed map alone (listeners may still be taken off, a removed map has no style).
      kaartRef.current = null;
      map.remove();
    };
  }, [containerRef, start]);

  return { kaartRef, fout, meldFout: setFout };
}
