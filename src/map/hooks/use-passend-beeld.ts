/**
 * Each role's data gets the view fitted once (on a phone the default view would cut off half the city), and kept
 * fitted when the map changes size, until the user moves the map or a search does. A view from the URL is the user's
 * own choice: nothing is fitted over it.
 */
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LonLat } from '../../contract/common';
import type { Symboolgroep } from '../../domain/symboolgroepen';
import type { KaartWeergave } from '../laag-groep';

/** Room around the symbols when fitting the view, in pixels, so edge symbols are not cut off by controls. */
const PASRAND = { top: 48, bottom: 36, left: 36, right: 56 };
const MAX_ZOOM = 13;

/**
 * The extent of the symbols, leaving out the outer 5% on each side when there are many: a few far-off locations
 * (the port, Hoek van Holland) would otherwise shrink the city to a dot on a phone. They stay one pan away and in the list.
 */
export function omhullende(lijst: readonly Symboolgroep<unknown>[]): [LonLat, LonLat] | null {
  if (lijst.length === 0) return null;
  const lons = lijst.map((g) => g.positie[0]).sort((a, b) => a - b);
  const lats = lijst.map((g) => g.positie[1]).sort((a, b) => a - b);
  const rand = lijst.length >= 20 ? Math.floor(lijst.length * 0.05) : 0;
  const laatste = lijst.length - 1 - rand;
  const [minLon, maxLon, minLat, maxLat] = [lons[rand], lons[laatste], lats[rand], lats[laatste]];
  if (minLon === undefined || maxLon === undefined || minLat === undefined || maxLat === undefined)
    return null;
  return [
    [minLon, minLat],
    [maxLon, maxLat],
  ];
}

export interface PassendBeeld {
  /** The view was moved on purpose (a search result): no more fitting until the next role. */
  laatStaan(): void;
}

export function usePassendBeeld(
  kaartRef: RefObject<MapLibreMap | null>,
  weergave: KaartWeergave | null,
  vastBeeld: boolean,
): PassendBeeld {
  /** The last fitted view, kept until the user moves the map themselves. */
  const pasRef = useRef<{ rol: string; kader: [LonLat, LonLat]; zelfBewogen: boolean } | null>(null);
  // Only the first value counts: a view from the URL at the start.
  const [vast] = useState(vastBeeld);

  useEffect(() => {
    const map = kaartRef.current;
    if (!map) return;
    // User gestures carry an originalEvent, fitBounds does not.
    const beweging = (e: MapLibreEvent<unknown> & { originalEvent?: unknown }) => {
      if (e.originalEvent && pasRef.current) pasRef.current.zelfBewogen = true;
    };
    // The container changes size when the sign-in panel opens or closes, or a phone turns.
    const maat = () => {
      const pas = pasRef.current;
      if (pas && !pas.zelfBewogen)
        map.fitBounds(pas.kader, { padding: PASRAND, maxZoom: MAX_ZOOM, duration: 0 });
    };
    map.on('movestart', beweging);
    map.on('resize', maat);
    return () => {
      map.off('movestart', beweging);
      map.off('resize', maat);
    };
  }, [kaartRef]);

  // Before the data is drawn (the effects of useTekenaar come later), so the names are placed once, for this zoom.
  useEffect(() => {
    const map = kaartRef.current;
    if (!map || !weergave || vast || pasRef.current?.rol === weergave.rol) return;
    const kader = omhullende(weergave.groepen);
    if (!kader) return;
    pasRef.current = { rol: weergave.rol, kader, zelfBewogen: false };
    map.fitBounds(kader, { padding: PASRAND, maxZoom: MAX_ZOOM, duration: 0 });
  }, [kaartRef, weergave, vast]);

  return {
    laatStaan() {
      if (pasRef.current) pasRef.current.zelfBewogen = true;
    },
  };
}
