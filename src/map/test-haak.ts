/**
 * Read-only hooks for the browser tests on `window.hkdKaart`: where a coordinate is on screen, whether drawing has
 * settled, and the quiet-spot check of the pixel tests. Imported by main.tsx only in the build made with `--mode e2e`
 * (vite.config.ts VITE_TESTHAAK); the production bundle holds none of this (tests/budget checks).
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { LonLat } from '../contract/common';
import { PC4_VLAK_LAAG } from './basemap-style';
import { volgKaart, type KaartToestand } from './kaart-toestand';
import { FOCUS_VLAK, VLAK_LAGEN } from './vlak-lagen';

const VLAK_IDS: ReadonlySet<string> = new Set(VLAK_LAGEN.map((l) => l.id));

export interface HkdKaartTestHaak {
  project(lonLat: Readonly<LonLat>): [number, number] | null;
  isIdle(): boolean;
  aantalObjecten(): number;
  /**
   * How many times the app has changed what the map shows (data, layers, style, a flight). A test reads it before an
   * action and waits for a larger number and `isIdle`, instead of waiting a fixed time for the change to begin.
   */
  wijzigingen(): number;
  /** The level of the RGW answer the map shows, null without one. */
  rgwNiveau(): string | null;
  /**
   * Whether maplibre draws nothing but area fills near a coordinate, and the same fills there as on most of a ring
   * `straal` pixels round it: a place where a pixel check must see nothing (the control of the browser tests' symbol
   * checks).
   */
  rustigePlek(lonLat: Readonly<LonLat>, straal: number): boolean;
}

declare global {
  interface Window {
    hkdKaart?: HkdKaartTestHaak;
  }
}

function maakHaak(toestand: KaartToestand): HkdKaartTestHaak {
  const { map } = toestand;
  return {
    project(lonLat) {
      if (!map.loaded()) return null;
      const punt = map.project([lonLat[0], lonLat[1]]);
      return [punt.x, punt.y];
    },
    isIdle: () => toestand.isIdle(),
    aantalObjecten: () => toestand.aantalObjecten(),
    wijzigingen: () => toestand.wijzigingen(),
    rgwNiveau: () => toestand.rgwNiveau(),
    rustigePlek(lonLat, straal) {
      const { x, y } = map.project([lonLat[0], lonLat[1]]);
      // The search highlight's layers are there everywhere, drawn only for a feature found (feature state); the
      // focus areas' hit layer draws nothing at all.
      const getekend = (f: MapGeoJSONFeature) =>
        (!f.layer.id.startsWith('gevonden-') || f.state.gevonden === true) && f.layer.id !== FOCUS_VLAK;
      // What colours a pixel: the layers drawn there, and for a choropleth the class or colour of the area.
      const kleur = (f: MapGeoJSONFeature) =>
        f.layer.id === PC4_VLAK_LAAG ? f.state.klasse : VLAK_IDS.has(f.layer.id) ? f.state[f.layer.id] : '';
      const vlak = (px: number, py: number) =>
        map
          .queryRenderedFeatures([px, py])
          .filter(getekend)
          .map((f) => `${f.layer.id}:${String(kleur(f))}`)
          .sort()
          .join('|');
      const dichtbij = map
        .queryRenderedFeatures([
          [x - 6, y - 6],
          [x + 6, y + 6],
        ])
        .filter(getekend);
      if (dichtbij.some((f) => f.layer.type !== 'fill' && f.layer.type !== 'background')) return false;
      // The pixel check compares the middle with the most common colour of a ring round it: so must this.
      const rand = Array.from({ length: 24 }, (_, i) => (i / 24) * 2 * Math.PI).map((hoek) =>
        vlak(x + Math.cos(hoek) * straal, y + Math.sin(hoek) * straal),
      );
      const telling = new Map<string, number>();
      for (const sleutel of rand) telling.set(sleutel, (telling.get(sleutel) ?? 0) + 1);
      const [meest] = [...telling].sort((a, b) => b[1] - a[1]);
      return meest !== undefined && meest[0] === vlak(x, y) && meest[1] >= rand.length * 0.75;
    },
  };
}

volgKaart((toestand) => {
  if (toestand) window.hkdKaart = maakHaak(toestand);
  else delete window.hkdKaart;
});
