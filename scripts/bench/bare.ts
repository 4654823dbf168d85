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
    bareKaart?: { idle: number | null; renders: number };
  }
}

/** `renders`: maplibre's `render` events so far, to check the harness's count of WebGL redraws against. */
const haak: { idle: number | null; renders: number } = { idle: null, renders: 0 };
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
map.on('render', () => {
  haak.renders += 1;
});
// As the app's mark: once the frame that went idle has been handed to the screen, i.e. after the task that drew it.
// The same mark name too, so the harness reads what it reads at the app's mark (the frames drawn until then).
map.once('idle', () =>
  naDitFrame(() => {
    haak.idle = performance.now();
    performance.mark('hkd:kaart-bruikbaar');
  }),
);
