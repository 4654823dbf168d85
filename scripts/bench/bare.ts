/**
 * The benchmark's baseline: maplibre-gl alone with the app's basemap style and our own tiles, nothing else. It sets
 * `window.bareKaart.idle` (ms since navigation) once the frame of the first `idle` event has been handed to the screen
 * (after the task that drew it), which the harness compares with the app's `hkd:kaart-bruikbaar`, taken the same way.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStijl, KAART_OPTIES, START_BEELD } from '../../src/map/basemap-style';
import { naDitFrame } from '../../src/meting/prestatie';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    bareKaart?: { idle: number | null };
  }
}

const haak: { idle: number | null } = { idle: null };
window.bareKaart = haak;
const container = document.getElementById('kaart');
if (!container) throw new Error('bare.html mist #kaart');
// The app's own map options (KAART_OPTIES), so only the app around the map differs.
const map = new MapLibreMap({
  container,
  style: basemapStijl({ basisUrl: `${location.origin}/`, achtergrond: 'eigen', postcodegebieden: false }),
  center: [...START_BEELD.centrum],
  zoom: START_BEELD.zoom,
  ...KAART_OPTIES,
});
// As the app's mark: once the frame that went idle has been handed to the screen, i.e. after the task that drew it.
map.once('idle', () =>
  naDitFrame(() => {
    haak.idle = performance.now();
  }),
);
