/** A search result or a chosen row: fly there (instantly with reduced motion, which maplibre honours) and outline the area found. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import { BRON } from '../basemap-style';
import type { KaartDoel, Markering } from '../kaart-doel';
import type { PassendBeeld } from './use-passend-beeld';
import type { Wijzigingen } from './use-tekenaar';

export function useKaartDoel(
  kaartRef: RefObject<MapLibreMap | null>,
  doel: KaartDoel | null,
  /** The share of the map's height covered at the bottom (a phone's half-open sheet), 0-1. */
  onderBedekt: number,
  pas: PassendBeeld,
  { wijzig }: Wijzigingen,
): void {
  const markeringRef = useRef<Markering | null>(null);
  const onderBedektRef = useRef(onderBedekt);
  const pasRef = useRef(pas);
  useEffect(() => {
    onderBedektRef.current = onderBedekt;
    pasRef.current = pas;
  });
  useEffect(() => {
    const map = kaartRef.current;
    if (!map || !doel) return;
    const vorige = markeringRef.current;
    // Only the `gevonden` key: the same features carry the choropleth class.
    for (const code of vorige?.codes ?? []) {
      map.removeFeatureState({ source: BRON, sourceLayer: vorige?.laag, id: code }, 'gevonden');
    }
    const markeer = doel.soort === 'punt' ? null : doel.markeer;
    for (const code of markeer?.codes ?? []) {
      map.setFeatureState({ source: BRON, sourceLayer: markeer?.laag, id: code }, { gevonden: true });
    }
    markeringRef.current = markeer;
    // A resize must not fit the symbols back over the search result.
    pasRef.current.laatStaan();
    wijzig();
    // A phone's half-open sheet covers the lower part of the map: aim at the part that stays visible.
    const onder = Math.round(map.getContainer().clientHeight * onderBedektRef.current);
    if (doel.soort === 'kader') {
      map.fitBounds([[...doel.kader[0]], [...doel.kader[1]]], {
        padding: { top: 80, left: 80, right: 80, bottom: 80 + onder },
        maxZoom: doel.maxZoom,
      });
    } else {
      // An offset, not padding: padding on a camera move stays on the map for every later move.
      map.flyTo({ center: [...doel.positie], zoom: doel.zoom, offset: [0, -onder / 2] });
    }
  }, [kaartRef, doel, wijzig]);
}
