/** The map: a maplibre-gl basemap with the role's facility symbols drawn by deck.gl on top; clicking a symbol selects it. */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { LonLat } from '../contract/common';
import { groepTitel, type Symboolgroep } from '../domain/symboolgroepen';
import { ATTRIBUTIE, basemapStijl, GRENZEN, KAART_TEKSTEN, START_BEELD } from './basemap-style';
import { adresPuntenProps, adresStraal, type AdresGroep } from './layers/adres-punten-layer';
import { contourProps } from './layers/contour-layer';
import { pc4AantallenProps, pc4Straal, pc4SymbolenProps, type Pc4Groep } from './layers/pc4-symbolen-layer';
import { pc6Straal, pc6SymbolenProps, type Pc6Groep } from './layers/pc6-symbolen-layer';
import { selectieHaloProps, selectieRingProps, type SelectieRing } from './layers/selectie-layer';

// maplibre-gl 6 no longer bundles its worker; Vite serves the file and we tell maplibre where.
setWorkerUrl(workerUrl);

/** What the map shows: the symbol groups of the signed-in role. */
export type KaartWeergave =
  | { readonly rol: 'publiek'; readonly groepen: readonly Pc4Groep[] }
  | { readonly rol: 'zorgaanbieder'; readonly groepen: readonly Pc6Groep[] }
  | { readonly rol: 'draagkrachtscan'; readonly groepen: readonly AdresGroep[] };

export interface MapViewProps {
  /** `null` while the data loads. */
  weergave: KaartWeergave | null;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string | null) => void;
}

/** Read-only hooks for browser tests: where a coordinate is on screen, and whether drawing has settled. */
export interface HkdKaartTestHaak {
  project(lonLat: Readonly<LonLat>): [number, number] | null;
  isIdle(): boolean;
  aantalObjecten(): number;
}

declare global {
  interface Window {
    hkdKaart?: HkdKaartTestHaak;
  }
}

/** The layers whose objects are symbol groups; picking on any other layer selects nothing. */
const DATA_LAGEN = new Set(['pc4-symbolen', 'pc6-symbolen', 'adres-punten']);

/** Light and quiet like the panels; deck's default dark tooltip has too little contrast for its grey text. */
const TOOLTIP_STIJL: Partial<CSSStyleDeclaration> = {
  backgroundColor: '#ffffff',
  color: '#1b2126',
  border: '1px solid #9aa5ad',
  borderRadius: '4px',
  boxShadow: '0 1px 4px rgba(0,0,0,0.2)',
  padding: '4px 8px',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: '13px',
  maxWidth: '240px',
};

/** Deck draws asynchronously after new props; the map counts as settled this long after the last change. */
const RUST_MS = 200;

function groepen(weergave: KaartWeergave | null): readonly Symboolgroep<unknown>[] {
  return weergave?.groepen ?? [];
}

function straalVan(weergave: KaartWeergave, sleutel: string): SelectieRing | null {
  switch (weergave.rol) {
    case 'publiek': {
      const g = weergave.groepen.find((x) => x.sleutel === sleutel);
      return g ? { positie: g.positie, straal: pc4Straal(g.items.length) } : null;
    }
    case 'zorgaanbieder': {
      const g = weergave.groepen.find((x) => x.sleutel === sleutel);
      return g ? { positie: g.positie, straal: pc6Straal(g) } : null;
    }
    case 'draagkrachtscan': {
      const g = weergave.groepen.find((x) => x.sleutel === sleutel);
      return g ? { positie: g.positie, straal: adresStraal(g) } : null;
    }
  }
}

/** Layer descriptors are cheap: rebuilt on every change and diffed by deck.gl; data arrays keep their identity. */
function bouwLagen(weergave: KaartWeergave | null, geselecteerd: string | null) {
  const ring = weergave && geselecteerd ? straalVan(weergave, geselecteerd) : null;
  const selectie = [
    new ScatterplotLayer(selectieHaloProps(ring)),
    new ScatterplotLayer(selectieRingProps(ring)),
  ];
  if (!weergave) return selectie;
  switch (weergave.rol) {
    case 'publiek':
      return [
        new ScatterplotLayer(pc4SymbolenProps(weergave.groepen)),
        ...selectie,
        new TextLayer(pc4AantallenProps(weergave.groepen)),
      ];
    case 'zorgaanbieder':
      return [
        new ScatterplotLayer(pc6SymbolenProps(weergave.groepen)),
        new ScatterplotLayer(contourProps('pc6-contour', weergave.groepen, pc6Straal)),
        ...selectie,
      ];
    case 'draagkrachtscan':
      return [
        new ScatterplotLayer(adresPuntenProps(weergave.groepen)),
        new ScatterplotLayer(contourProps('adres-contour', weergave.groepen, adresStraal)),
        ...selectie,
      ];
  }
}

/** Room around the symbols when fitting the view, in pixels, so edge symbols are not cut off by controls. */
const PASRAND = { top: 48, bottom: 36, left: 36, right: 56 };

/**
 * The extent of the symbols, leaving out the outer 5% on each side when there are many: a few far-off locations
 * (the port, Hoek van Holland) would otherwise shrink the city to a dot on a phone. They stay one pan away and in the list.
 */
function omhullende(lijst: readonly Symboolgroep<unknown>[]): [LonLat, LonLat] | null {
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

function naamVanEnige(g: Symboolgroep<unknown>): string | null {
  const [enige] = g.items;
  return g.items.length === 1 &&
    typeof enige === 'object' &&
    enige !== null &&
    'naam' in enige &&
    typeof enige.naam === 'string'
    ? enige.naam
    : null;
}

export function MapView({ weergave, geselecteerd, onSelecteer }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const kaartRef = useRef<{ map: MapLibreMap; overlay: MapLibreOverlay } | null>(null);
  const laatsteWijziging = useRef(0);
  const weergaveRef = useRef(weergave);
  const onSelecteerRef = useRef(onSelecteer);
  const geselecteerdRef = useRef(geselecteerd);
  /** The last fitted view, kept until the user moves the map themselves. */
  const pasRef = useRef<{ rol: string; kader: [LonLat, LonLat]; zelfBewogen: boolean } | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  useEffect(() => {
    weergaveRef.current = weergave;
    onSelecteerRef.current = onSelecteer;
    geselecteerdRef.current = geselecteerd;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: basemapStijl(),
        center: [...START_BEELD.centrum],
        zoom: START_BEELD.zoom,
        minZoom: 9,
        maxZoom: 18,
        maxBounds: GRENZEN,
        attributionControl: false,
        // A flat schematic map: rotation and tilt only disorient.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: KAART_TEKSTEN,
      });
    } catch (oorzaak) {
      // No WebGL (old device, disabled GPU): the panels and the list still work.
      queueMicrotask(() =>
        setFout(
          `De kaart kan in deze browser niet worden getoond (${oorzaak instanceof Error ? oorzaak.message : 'geen WebGL'}). Gebruik de lijst naast de kaart.`,
        ),
      );
      return;
    }
    map.touchZoomRotate.disableRotation();
    // The container changes size when the sign-in panel opens or closes, or a phone turns: keep the fitted view
    // fitted, unless the user has panned or zoomed since (user gestures carry an originalEvent, fitBounds does not).
    map.on('movestart', (e) => {
      if (e.originalEvent && pasRef.current) pasRef.current.zelfBewogen = true;
    });
    map.on('resize', () => {
      const pas = pasRef.current;
      if (pas && !pas.zelfBewogen) map.fitBounds(pas.kader, { padding: PASRAND, maxZoom: 13, duration: 0 });
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTIE }), 'bottom-right');

    const overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onClick: (info: PickingInfo) => {
        const lijst = groepen(weergaveRef.current);
        const groep = info.picked && DATA_LAGEN.has(info.layer?.id ?? '') ? lijst[info.index] : undefined;
        onSelecteerRef.current(groep ? groep.sleutel : null);
      },
      onHover: (info: PickingInfo) => {
        map.getCanvas().style.cursor = info.picked ? 'pointer' : '';
      },
      getTooltip: (info: PickingInfo) => {
        const groep =
          info.picked && DATA_LAGEN.has(info.layer?.id ?? '')
            ? groepen(weergaveRef.current)[info.index]
            : undefined;
        // The selected symbol is described in the panel; a tooltip would only cover its count.
        if (!groep || groep.sleutel === geselecteerdRef.current) return null;
        return { text: groepTitel(groep, { naamVanEnige: naamVanEnige(groep) }), style: TOOLTIP_STIJL };
      },
      onAfterRender: () => {
        laatsteWijziging.current = performance.now();
      },
    });
    map.addControl(overlay);
    kaartRef.current = { map, overlay };

    window.hkdKaart = {
      project(lonLat) {
        if (!map.loaded()) return null;
        const punt = map.project([lonLat[0], lonLat[1]]);
        return [punt.x, punt.y];
      },
      isIdle() {
        return (
          map.loaded() &&
          !map.isMoving() &&
          weergaveRef.current !== null &&
          performance.now() - laatsteWijziging.current > RUST_MS
        );
      },
      aantalObjecten() {
        return groepen(weergaveRef.current).length;
      },
    };

    return () => {
      delete window.hkdKaart;
      kaartRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart) return;
    laatsteWijziging.current = performance.now();
    kaart.overlay.setProps({ layers: bouwLagen(weergave, geselecteerd) });
  }, [weergave, geselecteerd]);

  // Each role's data gets the view fitted once: on a phone the default view would cut off half the city.
  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart || !weergave || pasRef.current?.rol === weergave.rol) return;
    const kader = omhullende(weergave.groepen);
    if (!kader) return;
    pasRef.current = { rol: weergave.rol, kader, zelfBewogen: false };
    kaart.map.fitBounds(kader, { padding: PASRAND, maxZoom: 13, duration: 0 });
  }, [weergave]);

  return (
    <div className="kaart">
      <div ref={containerRef} className="kaart__canvas" />
      {fout ? (
        <p className="kaart__fout" role="alert">
          {fout}
        </p>
      ) : null}
    </div>
  );
}
