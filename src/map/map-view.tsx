/** The map: our own basemap (optionally over PDOK) in maplibre-gl, names and the data layer groups drawn by deck.gl on top; clicking a symbol selects it. */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
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
import type { DatalaagId, Filters } from '../domain/datalagen';
import { pc4Tellingen } from '../domain/pc4-aantallen';
import type { Symboolgroep } from '../domain/symboolgroepen';
import { KAART_LABELS } from '../geo/kaartlabels';
import { rdVan, spreekRd, toonRd, toonWgs84 } from '../geo/rd-weergave';
import {
  ATTRIBUTIE,
  basemapStijl,
  BRON,
  GRENZEN,
  KAART_TEKSTEN,
  PC4_VLAK_LAAG,
  PDOK_BRON,
  START_BEELD,
  type Achtergrond,
  type BasemapOpties,
} from './basemap-style';
import type { KaartDoel, Markering } from './kaart-doel';
import type { ExtraLaagData, KaartWeergave, LaagContext, LaagGroep } from './laag-groep';
import {
  labelLagenProps,
  plaatsLabels,
  tekenset,
  zoomStap,
  type GeplaatstLabel,
  type Hindernis,
} from './layers/labels-layer';
import { selectieHaloProps, selectieRingProps } from './layers/selectie-layer';
import { groepenVan, VOORZIENINGEN_GROEP } from './layers/voorzieningen-groep';
import { WIJKPROFIEL_GROEP } from './layers/wijkprofiel-groep';
import { CLUSTER_GROEP } from './layers/cluster-groep';
import { DEKKING_GROEP } from './layers/dekking-groep';
import { EIGEN_GROEP } from './layers/eigen-groep';
import { FASE_GROEP } from './layers/fase-groep';
import { RGW_GROEP, RGW_KAARTJES_GROEP } from './layers/rgw-groep';
import { zoekPuntProps } from './layers/zoek-punt-layer';
import { pdokOpgeven } from './pdok';
import { tooltipPositie } from './tooltip-positie';

// maplibre-gl 6 no longer bundles its worker; Vite serves the file and we tell maplibre where.
setWorkerUrl(workerUrl);

export type { ExtraLaagData, KaartWeergave } from './laag-groep';

/**
 * The data layers, bottom to top within their `plek` (see laag-groep.ts). Extension point: add your group here,
 * one line; the order of the lines is the drawing order.
 */
const LAAG_GROEPEN: readonly LaagGroep[] = [
  DEKKING_GROEP,
  WIJKPROFIEL_GROEP,
  RGW_GROEP,
  VOORZIENINGEN_GROEP,
  CLUSTER_GROEP,
  FASE_GROEP,
  EIGEN_GROEP,
  RGW_KAARTJES_GROEP,
];

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
  /** The data layers switched on and allowed for the role (domain/datalagen.ts); absent: the role's defaults. */
  lagenAan?: ReadonlySet<DatalaagId> | null;
  /** Filters in force (domain/datalagen.ts FILTERS); layer groups read them from their context. */
  filters?: Filters;
  /** Data for the other layer groups, one field per feature (laag-groep.ts). */
  extra?: ExtraLaagData;
  /** The view after the user moved the map, for the URL. */
  onBeeld?: (beeld: Beeld) => void;
  /** The share of the map's height covered at the bottom (a phone's bottom sheet), 0-1; targets are aimed above it. */
  onderBedekt?: number;
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

/** Every group's places the names must keep clear of: a name never covers data. */
function hindernissen(ctx: LaagContext): Hindernis[] {
  return LAAG_GROEPEN.flatMap((g) => g.hindernissen?.(ctx) ?? []);
}

/**
 * Layer descriptors are cheap: rebuilt on every change and diffed by deck.gl; data arrays keep their identity.
 * Bottom to top: the groups `onder` (area fills, outlines, the RGW cards), the basemap names (over the fills, which
 * would hide them, but placed clear of every symbol and card by plaatsLabels), the symbols, the selection ring, the
 * groups `boven`, the searched point. The PC4 choropleth is maplibre's, under all of deck.gl's layers.
 */
function bouwLagen(ctx: LaagContext, labels: readonly GeplaatstLabel[], zoekPunt: Readonly<LonLat> | null) {
  const namen = labelLagenProps(labels, { tekens: LABEL_TEKENS }).map((p) => new TextLayer(p));
  const punt = zoekPuntProps(zoekPunt).map((p) => new ScatterplotLayer(p));
  const sleutel = ctx.geselecteerd;
  // The last group with a ring wins: a later group draws over an earlier one (a cluster over the symbols it holds).
  const ring =
    sleutel === null
      ? null
      : (LAAG_GROEPEN.map((g) => g.ring?.(sleutel, ctx) ?? null).findLast((r) => r !== null) ?? null);
  const selectie = [
    new ScatterplotLayer(selectieHaloProps(ring)),
    new ScatterplotLayer(selectieRingProps(ring)),
  ];
  const op = (plek: LaagGroep['plek']): Layer[] =>
    LAAG_GROEPEN.filter((g) => g.plek === plek).flatMap((g) => g.bouw(ctx));
  const symbolen = op('symbolen');
  // Text layers (counts in the circles) go over the ring, so a selected circle keeps its number readable.
  const [teksten, vormen] = [
    symbolen.filter((l) => l instanceof TextLayer),
    symbolen.filter((l) => !(l instanceof TextLayer)),
  ];
  return [...op('onder'), ...namen, ...vormen, ...selectie, ...teksten, ...op('boven'), ...punt];
}

const GEEN_FILTERS: Filters = Object.freeze({});
const GEEN_EXTRA: ExtraLaagData = Object.freeze({});

/** The PC4 area of the choropleth at a pixel, as a selection key, when it has facilities on the map; else null. */
function pc4Onder(map: MapLibreMap, x: number, y: number, ctx: LaagContext): string | null {
  if (ctx.weergave?.rol !== 'publiek' || !ctx.aan('pc4-aantallen') || !map.getLayer(PC4_VLAK_LAAG))
    return null;
  const [feature] = map.queryRenderedFeatures([x, y], { layers: [PC4_VLAK_LAAG] });
  const code = feature?.id ?? feature?.properties.code;
  const sleutel = `pc4:${String(code)}`;
  return ctx.weergave.groepen.some((g) => g.sleutel === sleutel) ? sleutel : null;
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
  lagenAan = null,
  filters = GEEN_FILTERS,
  extra = GEEN_EXTRA,
  onBeeld,
  onderBedekt = 0,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const kaartRef = useRef<{ map: MapLibreMap; overlay: MapLibreOverlay } | null>(null);
  const laatsteWijziging = useRef(0);
  const weergaveRef = useRef(weergave);
  const onSelecteerRef = useRef(onSelecteer);
  const onAchtergrondFoutRef = useRef(onAchtergrondFout);
  const onBeeldRef = useRef(onBeeld);
  const onderBedektRef = useRef(onderBedekt);
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
  // Whole zoom levels only: the clusters change per level, and the context then changes only that often.
  const [heleZoom, setHeleZoom] = useState(() => Math.floor(beginBeeld?.zoom ?? START_BEELD.zoom));
  const ctx = useMemo<LaagContext>(
    () => ({
      weergave,
      geselecteerd,
      // Without a list from the app every layer the role has is on: the map works on its own in tests.
      aan: (id) => lagenAan === null || lagenAan.has(id),
      filters,
      extra,
      zoom: heleZoom,
      zoomNaar: (positie, zoom) =>
        kaartRef.current?.map.easeTo({ center: [positie[0], positie[1]], zoom, duration: 400 }),
    }),
    [weergave, geselecteerd, lagenAan, filters, extra, heleZoom],
  );
  const ctxRef = useRef(ctx);
  // Only the obstacles' positions matter to the names, not the selection: keyed on what they are built from.
  const symbolen = useMemo(
    () => hindernissen({ ...ctxRef.current, weergave, filters, extra, aan: ctx.aan }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ctx.aan changes exactly when lagenAan does
    [weergave, filters, extra, lagenAan],
  );
  const labels = useMemo(() => plaatsLabels(KAART_LABELS, labelZoom, symbolen), [labelZoom, symbolen]);
  const zoekPunt = doel?.soort === 'punt' ? doel.positie : null;
  const pc4Aantallen = weergave?.rol === 'publiek' && ctx.aan('pc4-aantallen');
  const stijlOpties = useMemo<BasemapOpties>(
    () => ({ basisUrl: basisUrl(), achtergrond, postcodegebieden, pc4Aantallen }),
    [achtergrond, postcodegebieden, pc4Aantallen],
  );
  const stijlOptiesRef = useRef(stijlOpties);

  useEffect(() => {
    weergaveRef.current = weergave;
    onSelecteerRef.current = onSelecteer;
    onAchtergrondFoutRef.current = onAchtergrondFout;
    stijlOptiesRef.current = stijlOpties;
    ctxRef.current = ctx;
    onBeeldRef.current = onBeeld;
    onderBedektRef.current = onderBedekt;
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
    map.on('zoom', () => {
      setLabelZoom(zoomStap(map.getZoom()));
      setHeleZoom(Math.floor(map.getZoom()));
    });
    map.on('mousemove', (e) => store.zet({ cursor: [e.lngLat.lng, e.lngLat.lat] }));
    map.on('mouseout', () => store.zet({ cursor: null }));
    map.on('moveend', () => {
      const c = map.getCenter();
      store.zet({ midden: [c.lng, c.lat] });
      onBeeldRef.current?.({ centrum: [c.lng, c.lat], zoom: map.getZoom() });
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
    // On a narrow map maplibre's compact source line starts unfolded over the map; folded, its (i) button opens it.
    // The demodata label in the header says the essential part at all times.
    map.once('load', () => {
      container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    });

    const overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onClick: (info: PickingInfo) => {
        const huidig = ctxRef.current;
        for (const groep of LAAG_GROEPEN) {
          const sleutel = groep.kies?.(info, huidig);
          if (sleutel !== undefined) {
            onSelecteerRef.current(sleutel);
            return;
          }
        }
        // Nothing of deck.gl's under the pointer: maybe a PC4 area of the choropleth, drawn by maplibre.
        onSelecteerRef.current(pc4Onder(map, info.x, info.y, huidig));
      },
      onHover: (info: PickingInfo) => {
        map.getCanvas().style.cursor = info.picked ? 'pointer' : '';
      },
      getTooltip: (info: PickingInfo) => {
        if (!info.picked) return null;
        for (const groep of LAAG_GROEPEN) {
          const tekst = groep.tooltip?.(info, ctxRef.current);
          if (!tekst) continue;
          // deck.gl puts the tooltip's corner on the pointer, right after this returns; once it is in place (and so
          // measurable), move it to a spot inside the map: near the right or bottom edge it would be cut off.
          queueMicrotask(() => {
            const el = container.querySelector<HTMLElement>('.deck-tooltip');
            if (!el || el.style.display === 'none') return;
            const [x, y] = tooltipPositie(
              [info.x, info.y],
              { breedte: el.offsetWidth, hoogte: el.offsetHeight },
              { breedte: container.clientWidth, hoogte: container.clientHeight },
            );
            el.style.transform = `translate(${x}px, ${y}px)`;
          });
          return { text: tekst, style: TOOLTIP_STIJL };
        }
        return null;
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
        return groepenVan(weergaveRef.current).length;
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
      vorige.postcodegebieden === stijlOpties.postcodegebieden &&
      vorige.pc4Aantallen === stijlOpties.pc4Aantallen
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
    kaart.overlay.setProps({ layers: bouwLagen(ctx, labels, zoekPunt) });
  }, [ctx, labels, zoekPunt]);

  // Publiek's choropleth: the class of each PC4 area as feature state on our own tiles, so the tiles stay as they are
  // and only a few numbers change when the data does.
  const pc4Klassen = useMemo(
    () =>
      weergave?.rol === 'publiek'
        ? pc4Tellingen(weergave.groepen).map((t) => [t.pc4, t.klasse] as const)
        : [],
    [weergave],
  );
  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart) return;
    const { map } = kaart;
    const zet = () => {
      if (!map.getSource(BRON)) return;
      for (const [code, klasse] of pc4Klassen) {
        map.setFeatureState({ source: BRON, sourceLayer: 'pc4', id: code }, { klasse });
      }
    };
    if (map.getSource(BRON)) zet();
    else map.once('load', zet);
    laatsteWijziging.current = performance.now();
    return () => {
      map.off('load', zet);
      if (!map.getSource(BRON)) return;
      for (const [code] of pc4Klassen) {
        map.removeFeatureState({ source: BRON, sourceLayer: 'pc4', id: code }, 'klasse');
      }
    };
  }, [pc4Klassen]);

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
    if (pasRef.current) pasRef.current.zelfBewogen = true;
    laatsteWijziging.current = performance.now();
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
