/** Watches PDOK's tiles after it was switched on, and reports once when they keep failing (pdok.ts pdokOpgeven). */
import type { ErrorEvent as MapLibreErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import { PDOK_BRON, type Achtergrond } from '../basemap-style';
import { pdokOpgeven } from '../pdok';

export function usePdokBewaking(
  kaartRef: RefObject<MapLibreMap | null>,
  achtergrond: Achtergrond,
  onFout: (() => void) | undefined,
): void {
  const onFoutRef = useRef(onFout);
  useEffect(() => {
    onFoutRef.current = onFout;
  });
  useEffect(() => {
    const map = kaartRef.current;
    if (!map || achtergrond !== 'pdok') return;
    // Counted anew each time PDOK is chosen: it may be back.
    const telling = { fouten: 0, geladen: 0, gemeld: false };
    const geladen = (e: MapSourceDataEvent) => {
      if (e.sourceId === PDOK_BRON && e.tile) telling.geladen += 1;
    };
    const fout = (e: MapLibreErrorEvent & { sourceId?: string }) => {
      if (e.sourceId !== PDOK_BRON) return;
      telling.fouten += 1;
      if (!telling.gemeld && pdokOpgeven(telling)) {
        telling.gemeld = true;
        onFoutRef.current?.();
      }
    };
    map.on('sourcedata', geladen);
    map.on('error', fout);
    return () => {
      map.off('sourcedata', geladen);
      map.off('error', fout);
    };
  }, [kaartRef, achtergrond]);
}
