/** The pointer and the map centre as a tiny store for the RD status line, and the view after every move for the URL. */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LonLat } from '../../contract/common';
import type { BeginBeeld } from './use-maplibre';

export interface Positie {
  /** Under the mouse; null when the pointer is off the map (or on a touch screen). */
  readonly cursor: Readonly<LonLat> | null;
  readonly midden: Readonly<LonLat>;
}

/** The pointer position as a tiny store: the status line re-renders on every mouse move, the map component does not. */
function maakPositieStore(midden: Readonly<LonLat>) {
  let toestand: Positie = { cursor: null, midden };
  let wachtend: Positie | null = null;
  const luisteraars = new Set<() => void>();
  return {
    abonneer(luisteraar: () => void) {
      luisteraars.add(luisteraar);
      return () => luisteraars.delete(luisteraar);
    },
    huidig: () => toestand,
    /** At most once per frame: mousemove fires faster than anyone reads. */
    zet(deel: Partial<Positie>) {
      const eerste = wachtend === null;
      wachtend = { ...(wachtend ?? toestand), ...deel };
      if (!eerste) return;
      requestAnimationFrame(() => {
        if (wachtend) toestand = wachtend;
        wachtend = null;
        for (const l of luisteraars) l();
      });
    },
  };
}
export type PositieStore = ReturnType<typeof maakPositieStore>;

export function usePositie(
  kaartRef: RefObject<MapLibreMap | null>,
  midden: Readonly<LonLat>,
  onBeeld: ((beeld: BeginBeeld) => void) | undefined,
): PositieStore {
  const [store] = useState(() => maakPositieStore(midden));
  const onBeeldRef = useRef(onBeeld);
  useEffect(() => {
    onBeeldRef.current = onBeeld;
  });
  useEffect(() => {
    const map = kaartRef.current;
    if (!map) return;
    const beweeg = (e: MapMouseEvent) => store.zet({ cursor: [e.lngLat.lng, e.lngLat.lat] });
    const weg = () => store.zet({ cursor: null });
    const klaar = () => {
      const c = map.getCenter();
      store.zet({ midden: [c.lng, c.lat] });
      onBeeldRef.current?.({ centrum: [c.lng, c.lat], zoom: map.getZoom() });
    };
    map.on('mousemove', beweeg);
    map.on('mouseout', weg);
    map.on('moveend', klaar);
    return () => {
      map.off('mousemove', beweeg);
      map.off('mouseout', weg);
      map.off('moveend', klaar);
    };
  }, [kaartRef, store]);
  return store;
}
