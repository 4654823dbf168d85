/** Switching the background or the PC4 boundaries: a style diff adds or removes only the layers concerned. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import { basemapStijl, type BasemapOpties } from '../basemap-style';

function gelijk(a: BasemapOpties, b: BasemapOpties): boolean {
  return (
    a.achtergrond === b.achtergrond &&
    a.postcodegebieden === b.postcodegebieden &&
    a.pc4Aantallen === b.pc4Aantallen
  );
}

/** `opties`: the style wanted now (the map was made with the first); `gewisseld`: after a change was applied. */
export function useBasemapStijl(
  kaartRef: RefObject<MapLibreMap | null>,
  opties: BasemapOpties,
  gewisseld: () => void,
): void {
  const toegepast = useRef(opties);
  const gewisseldRef = useRef(gewisseld);
  useEffect(() => {
    gewisseldRef.current = gewisseld;
  });
  useEffect(() => {
    const map = kaartRef.current;
    if (!map || gelijk(toegepast.current, opties)) return;
    toegepast.current = opties;
    map.setStyle(basemapStijl(opties), { diff: true });
    gewisseldRef.current();
  }, [kaartRef, opties]);
}
