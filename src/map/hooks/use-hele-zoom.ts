/** The map's zoom rounded down to a whole level: the clusters change per level, and the layer context only that often. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState, type RefObject } from 'react';

export function useHeleZoom(kaartRef: RefObject<MapLibreMap | null>, begin: number): number {
  const [zoom, setZoom] = useState(() => Math.floor(begin));
  useEffect(() => {
    const map = kaartRef.current;
    if (!map) return;
    const zoomt = () => setZoom(Math.floor(map.getZoom()));
    map.on('zoom', zoomt);
    return () => {
      map.off('zoom', zoomt);
    };
  }, [kaartRef]);
  return zoom;
}
