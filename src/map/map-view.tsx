/** The map: our own basemap (optionally over PDOK) in maplibre-gl, names and the role's facility symbols drawn by deck.gl on top; clicking a symbol selects it. */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type ErrorEvent as MapLibreErrorEvent,
  type MapSourceDataEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LonLat } from '../contract/common';
import { groepTitel, type Symboolgroep } from '../domain/symboolgroepen';
import { KAART_LABELS } from '../geo/kaartlabels';
import { rdVan, spreekRd, toonRd, toonWgs84 } from '../geo/rd-weergave';
import {
  ATTRIBUTIE,
  basemapStijl,
  BRON,
  GRENZEN,
  KAART_TEKSTEN,
  PDOK_BRON,
  START_BEELD,
  type Achtergrond,
  type BasemapOpties,
} from './basemap-style';
import type { KaartDoel, Markering } from './kaart-doel';
import { adresPuntenProps, adresStraal, type AdresGroep } from './layers/adres-punten-layer';
import { contourProps } from './layers/contour-layer';
import {
  labelLagenProps,
  plaatsLabels,
  tekenset,
  zoomStap,
  type GeplaatstLabel,
  type Hindernis,
} from './layers/labels-layer';
import { pc4AantallenProps, pc4Straal, pc4SymbolenProps, type Pc4Groep } from './layers/pc4-symbolen-layer';
import { pc6Straal, pc6SymbolenProps, type Pc6Groep } from './layers/pc6-symbolen-layer';
import { selectieHaloProps, selectieRingProps, type SelectieRing } from './layers/selectie-layer';
import { zoekPuntProps } from './layers/zoek-punt-layer';
import { pdokOpgeven } from './pdok';

// maplibre-gl 6 no longer bundles its worker; Vite serves the file and we tell maplibre where.
setWorkerUrl(workerUrl);

/** What the map shows: the symbol groups of the signed-in role. */
export type KaartWeergave =
  | { readonly rol: 'publiek'; readonly groepen: readonly Pc4Groep[] }
  | { readonly rol: 'zorgaanbieder'; readonly groepen: readonly Pc6Groep[] }
  | { readonly rol: 'draagkrachtscan'; readonly groepen: readonly AdresGroep[] };

/** A view to start from, e.g. from the URL; the map then leaves it alone instead of fitting the symbols. */
export interface Beeld {
  readonly centrum: Readonly<LonLat>;
  readonly zoom: number;
}

export interface MapViewProps {
  /** `null` while the data loads. */
  weergave: KaartWeergave | null;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string | null) => void;
  /** The background actually shown (the app falls back to 'eigen' when PDOK cannot be reached). */
  achtergrond?: Achtergrond;
  /** "Postcodegebieden": PC4 boundaries at every zoom. */
  postcodegebieden?: boolean;
  /** Where to go after a search; a new `id` moves the map again. */
  doel?: KaartDoel | null;
  beginBeeld?: Beeld | null;
  /** PDOK tiles keep failing after it was switched on. */
  onAchtergrondFout?: () => void;
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

/** The same characters at every zoom: one font atlas per label level for the whole session. */
const LABEL_TEKENS = tekenset(KAART_LABELS);

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

/** The symbols as obstacles for the names: a name never covers data. */
function hindernissen(weergave: KaartWeergave | null): Hindernis[] {
  if (!weergave) return [];
  switch (weergave.rol) {
    case 'publiek':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: pc4Straal(g.items.length) }));
    case 'zorgaanbieder':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: pc6Straal(g) }));
    case 'draagkrachtscan':
      return weergave.groepen.map((g) => ({ positie: g.positie, straal: adresStraal(g) }));
  }
}

interface Lagen {
  weergave: KaartWeergave | null;
  geselecteerd: string | null;
  labels: readonly GeplaatstLabel[];
  zoekPunt: Readonly<LonLat> | null;
}

/**
 * Layer descriptors are cheap: rebuilt on every change and diffed by deck.gl; data arrays keep their identity.
 * Bottom to top: basemap names (under the data, which matters more), symbols, selection, the searched point.
 */
function bouwLagen({ weergave, geselecteerd, labels, zoekPunt }: Lagen) {
  const namen = labelLagenProps(labels, { tekens: LABEL_TEKENS }).map((p) => new TextLayer(p));
  const punt = zoekPuntProps(zoekPunt).map((p) => new ScatterplotLayer(p));
  const ring = weergave && geselecteerd ? straalVan(weergave, geselecteerd) : null;
  const selectie = [
    new ScatterplotLayer(selectieHaloProps(ring)),
    new ScatterplotLayer(selectieRingProps(ring)),
  ];
  if (!weergave) return [...namen, ...selectie, ...punt];
  switch (weergave.rol) {
    case 'publiek':
      return [
        ...namen,
        new ScatterplotLayer(pc4SymbolenProps(weergave.groepen)),
        ...selectie,
        new TextLayer(pc4AantallenProps(weergave.groepen)),
        ...punt,
      ];
    case 'zorgaanbieder':
      return [
        ...namen,
        new ScatterplotLayer(pc6SymbolenProps(weergave.groepen)),
        new ScatterplotLayer(contourProps('pc6-contour', weergave.groepen, pc6Straal)),
        ...selectie,
        ...punt,
      ];
    case 'draagkrachtscan':
      return [
        ...namen,
        new ScatterplotLayer(adresPuntenProps(weergave.groepen)),
        new ScatterplotLayer(contourProps('adres-contour', weergave.groepen, adresStraal)),
        ...selectie,
        ...punt,
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

/** The app's own base URL, absolute: maplibre does not resolve relative tile URLs. */
function basisUrl(): string {
  return new URL(import.meta.env.BASE_URL, location.href).href;
}

interface Positie {
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
type PositieStore = ReturnType<typeof maakPositieStore>;

/** The status line: the cursor (or, without one, the map centre) in RD, and a searched RD point. */
function RdStatus({ store, zoekPunt }: { store: PositieStore; zoekPunt: Readonly<LonLat> | null }) {
  const { cursor, midden } = useSyncExternalStore(store.abonneer, store.huidig);
  const punt = cursor ?? midden;
  const rd = rdVan(punt);
  const soort = cursor ? 'Cursor' : 'Kaartmidden';
  const gezocht = zoekPunt ? rdVan(zoekPunt) : null;
  // Shown grouped ("92 512"), spoken without grouping ("92512"): a screen reader reads "92 512" as two numbers.
  return (
    <div className="kaart__rd">
      <p>
        <span aria-hidden="true">
          <span className="kaart__rd-soort">{soort}</span>{' '}
          <abbr title="Rijksdriehoeksstelsel (EPSG:28992)">RD</abbr> {toonRd(rd)}
        </span>
        <span className="visueel-verborgen">
          RD-coördinaten {cursor ? 'van de cursor' : 'van het kaartmidden'}: {spreekRd(rd)}
        </span>
        <span className="kaart__wgs84" aria-hidden="true">
          {toonWgs84(punt)}
        </span>
      </p>
      {gezocht ? (
        <p>
          <span aria-hidden="true">
            <span className="kaart__rd-soort">Gezocht punt</span> RD {toonRd(gezocht)}
          </span>
          <span className="visueel-verborgen">RD-coördinaten van het gezochte punt: {spreekRd(gezocht)}</span>
        </p>
      ) : null}
    </div>
  );
}

export function MapView({
  weergave,
  geselecteerd,
  onSelecteer,
  achtergrond = 'eigen',
  postcodegebieden = false,
  doel = null,
  beginBeeld = null,
  onAchtergrondFout,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const kaartRef = useRef<{ map: MapLibreMap; overlay: MapLibreOverlay } | null>(null);
  const laatsteWijziging = useRef(0);
  const weergaveRef = useRef(weergave);
  const onSelecteerRef = useRef(onSelecteer);
  const geselecteerdRef = useRef(geselecteerd);
  const onAchtergrondFoutRef = useRef(onAchtergrondFout);
  const stijlRef = useRef<BasemapOpties | null>(null);
  const pdokTellingRef = useRef({ fouten: 0, geladen: 0, gemeld: false });
  const markeringRef = useRef<Markering | null>(null);
  /** The last fitted view, kept until the user moves the map themselves. */
  const pasRef = useRef<{ rol: string; kader: [LonLat, LonLat]; zelfBewogen: boolean } | null>(null);
  const beginRef = useRef(beginBeeld);
  /** A view from the URL is the user's own choice: the symbols are never fitted over it. */
  const vastBeeldRef = useRef(beginBeeld !== null);
  const [fout, setFout] = useState<string | null>(null);
  const [store] = useState(() => maakPositieStore(beginBeeld?.centrum ?? START_BEELD.centrum));
  const [labelZoom, setLabelZoom] = useState(() => zoomStap(beginBeeld?.zoom ?? START_BEELD.zoom));
  const symbolen = useMemo(() => hindernissen(weergave), [weergave]);
  const labels = useMemo(() => plaatsLabels(KAART_LABELS, labelZoom, symbolen), [labelZoom, symbolen]);
  const zoekPunt = doel?.soort === 'punt' ? doel.positie : null;
  const stijlOpties = useMemo<BasemapOpties>(
    () => ({ basisUrl: basisUrl(), achtergrond, postcodegebieden }),
    [achtergrond, postcodegebieden],
  );
  const stijlOptiesRef = useRef(stijlOpties);

  useEffect(() => {
    weergaveRef.current = weergave;
    onSelecteerRef.current = onSelecteer;
    geselecteerdRef.current = geselecteerd;
    onAchtergrondFoutRef.current = onAchtergrondFout;
    stijlOptiesRef.current = stijlOpties;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const begin = beginRef.current;
    const opties = stijlOptiesRef.current;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: basemapStijl(opties),
        center: [...(begin?.centrum ?? START_BEELD.centrum)],
        zoom: begin?.zoom ?? START_BEELD.zoom,
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
    stijlRef.current = opties;
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
    map.on('zoom', () => setLabelZoom(zoomStap(map.getZoom())));
    map.on('mousemove', (e) => store.zet({ cursor: [e.lngLat.lng, e.lngLat.lat] }));
    map.on('mouseout', () => store.zet({ cursor: null }));
    map.on('moveend', () => {
      const c = map.getCenter();
      store.zet({ midden: [c.lng, c.lat] });
    });
    map.on('sourcedata', (e: MapSourceDataEvent) => {
      if (e.sourceId === PDOK_BRON && e.tile) pdokTellingRef.current.geladen += 1;
    });
    // An 'error' listener also keeps maplibre from logging every failed tile as a console error.
    map.on('error', (e: MapLibreErrorEvent & { sourceId?: string }) => {
      if (e.sourceId === PDOK_BRON) {
        const telling = pdokTellingRef.current;
        telling.fouten += 1;
        if (!telling.gemeld && pdokOpgeven(telling)) {
          telling.gemeld = true;
          onAchtergrondFoutRef.current?.();
        }
        return;
      }
      console.warn('Kaart:', e.error?.message ?? e.error);
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ customAttribution: ATTRIBUTIE }), 'bottom-right');

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
  }, [store]);

  // Switching the background or the PC4 boundaries: a style diff adds or removes only the layers concerned.
  useEffect(() => {
    const kaart = kaartRef.current;
    const vorige = stijlRef.current;
    if (!kaart || !vorige) return;
    if (
      vorige.achtergrond === stijlOpties.achtergrond &&
      vorige.postcodegebieden === stijlOpties.postcodegebieden
    )
      return;
    if (stijlOpties.achtergrond === 'pdok' && vorige.achtergrond !== 'pdok') {
      pdokTellingRef.current = { fouten: 0, geladen: 0, gemeld: false };
    }
    stijlRef.current = stijlOpties;
    laatsteWijziging.current = performance.now();
    kaart.map.setStyle(basemapStijl(stijlOpties), { diff: true });
  }, [stijlOpties]);

  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart) return;
    laatsteWijziging.current = performance.now();
    kaart.overlay.setProps({ layers: bouwLagen({ weergave, geselecteerd, labels, zoekPunt }) });
  }, [weergave, geselecteerd, labels, zoekPunt]);

  // Each role's data gets the view fitted once: on a phone the default view would cut off half the city.
  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart || !weergave || vastBeeldRef.current || pasRef.current?.rol === weergave.rol) return;
    const kader = omhullende(weergave.groepen);
    if (!kader) return;
    pasRef.current = { rol: weergave.rol, kader, zelfBewogen: false };
    kaart.map.fitBounds(kader, { padding: PASRAND, maxZoom: 13, duration: 0 });
  }, [weergave]);

  // A search result: fly there (instantly with reduced motion, which maplibre honours) and outline the area found.
  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart || !doel) return;
    const { map } = kaart;
    const vorige = markeringRef.current;
    if (vorige) map.removeFeatureState({ source: BRON, sourceLayer: vorige.laag });
    const markeer = doel.soort === 'punt' ? null : doel.markeer;
    for (const code of markeer?.codes ?? []) {
      map.setFeatureState({ source: BRON, sourceLayer: markeer?.laag, id: code }, { gevonden: true });
    }
    markeringRef.current = markeer;
    // A resize must not fit the symbols back over the search result.
    if (pasRef.current) pasRef.current.zelfBewogen = true;
    laatsteWijziging.current = performance.now();
    if (doel.soort === 'kader') {
      map.fitBounds([[...doel.kader[0]], [...doel.kader[1]]], { padding: 80, maxZoom: doel.maxZoom });
    } else {
      map.flyTo({ center: [...doel.positie], zoom: doel.zoom });
    }
  }, [doel]);

  return (
    <div className="kaart">
      <div ref={containerRef} className="kaart__canvas" />
      {fout ? (
        <p className="kaart__fout" role="alert">
          {fout}
        </p>
      ) : (
        <RdStatus store={store} zoekPunt={zoekPunt} />
      )}
    </div>
  );
}
