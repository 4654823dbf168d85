/**
 * "Kies een punt op de kaart": while on, the next click on the map (not on a symbol) starts a scan there. A tiny shared
 * flag, no React and no drawing library: the side panel switches it, the deck.gl group reads it on a click.
 */
import { SCAN_PUNT } from './laag';

let aan = false;
const luisteraars = new Set<() => void>();

export function zetKiesPunt(nu: boolean): void {
  if (aan === nu) return;
  aan = nu;
  for (const l of luisteraars) l();
}

export function kiesPuntAan(): boolean {
  return aan;
}

export function abonneerKiesPunt(luisteraar: () => void): () => void {
  luisteraars.add(luisteraar);
  return () => luisteraars.delete(luisteraar);
}

/** `scan-punt:4.48369,51.89268`, the selection key a click hands to the app for a moment. */
export function scanPuntSleutel(lon: number, lat: number): string {
  return `${SCAN_PUNT}${lon.toFixed(5)},${lat.toFixed(5)}`;
}

export function leesScanPunt(sleutel: string | null): [number, number] | null {
  if (!sleutel?.startsWith(SCAN_PUNT)) return null;
  const [lon, lat] = sleutel.slice(SCAN_PUNT.length).split(',').map(Number);
  return lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat)
    ? [lon, lat]
    : null;
}
