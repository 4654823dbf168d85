/** The map: our own basemap (optionally over PDOK) in maplibre-gl with the data layers every role shares as maplibre style layers, plus, for the signed-in roles, deck.gl's layers loaded on demand (tekenaar.ts). */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type ErrorEvent as MapLibreErrorEvent,
  type MapSourceDataEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { begin, kaartGetekend } from '../meting/prestatie';
import type { LonLat, Rol } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';
import { pc4Tellingen } from '../domain/pc4-aantallen';
import type { Symboolgroep } from '../domain/symboolgroepen';
import { rdVan, spreekRd, toonRd, toonWgs84 } from '../geo/rd-weergave';
import {
  ATTRIBUTIE,
  basemapStijl,
  BRON,
  KAART_OPTIES,
  KAART_TEKSTEN,
  PDOK_BRON,
  START_BEELD,
  type Achtergrond,
  type BasemapOpties,
} from './basemap-style';
import { laadDeckTekenaar, naGetekendBeeld, startDeckTekenaar } from './deck-laden';
import type { KaartDoel, Markering } from './kaart-doel';
import { meldKaart } from './kaart-toestand';
import type { ExtraLaagData, KaartWeergave, LaagContext } from './laag-groep';
import { maakMaplibreTekenaar } from './maplibre-tekenaar';
import { pdokOpgeven } from './pdok';
import { tekenaarVoor, type MaakTekenaar, type Tekenaar, type TekenaarSoort } from './tekenaar';

// maplibre-gl 6 no longer bundles its worker; Vite serves the file and we tell maplibre where.
setWorkerUrl(workerUrl);
// Start the worker (download, compile, boot) now, while the app renders, rather than when the map is created.
if (typeof Worker !== 'undefined') prewarm();

export type { ExtraLaagData, KaartWeergave } from './laag-groep';

/** A view to start from, e.g. from the URL; the map then leaves it alone instead of fitting the symbols. */
export interface Beeld {
  readonly centrum: Readonly<LonLat>;
  readonly zoom: number;
}

export interface MapViewProps {
  /** The signed-in role, known before its data: the renderer it needs starts loading at once. */
  rol?: Rol;
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

/** Renderers draw asynchronously after new props; the map counts as settled this long after the last change. */
const RUST_MS = 200;

const GEEN_FILTERS: Filters = Object.freeze({});
const GEEN_EXTRA: ExtraLaagData = Object.freeze({});

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
  rol,
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
  const kaartRef = useRef<{ map: MapLibreMap } | null>(null);
  const tekenaarRef = useRef<{ soort: TekenaarSoort; tekenaar: Tekenaar } | null>(null);
  /** Whether this map has had a renderer: from then on a new one (a role switch) waits for the header's frame. */
  const tekenaarGehadRef = useRef(false);
  /** Bumped when a renderer is ready, so it draws the current state. */
  const [tekenaarVersie, setTekenaarVersie] = useState(0);
  /** The role whose data was handed to the renderer and is waiting to be seen drawn (prestatie.ts). */
  const wachtOpTekeningRef = useRef<Rol | null>(null);
  /** When the app last changed what the map shows (data, style, view), and how many times so far. */
  const laatsteWijziging = useRef(0);
  const wijzigingen = useRef(0);
  const wijzig = () => {
    laatsteWijziging.current = performance.now();
    wijzigingen.current += 1;
  };
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
  /**
   * Reports the role's data as drawn once the renderer has drawn it and the map is idle (prestatie.ts): on maplibre's
   * 'idle' event, the moment the bench also takes for the bare maplibre page, or when the renderer draws on its own
   * canvas after that (both renderers report their frames with new data).
   */
  function meldTekening(): void {
    const rolGetekend = wachtOpTekeningRef.current;
    const map = kaartRef.current?.map;
    const tekenaar = tekenaarRef.current;
    if (rolGetekend === null || !map || !tekenaar || !map.loaded() || map.isMoving()) return;
    if (!tekenaar.tekenaar.bijgewerkt()) return;
    wachtOpTekeningRef.current = null;
    kaartGetekend(rolGetekend);
  }
  const soort = tekenaarVoor(rol ?? weergave?.rol ?? 'publiek');
  // A signed-in role (also a stored session on a reload) is known here, before the map exists: ask for deck.gl's chunk
  // now, beside maplibre's style and tiles, not after the map and its first effects. Fetched once (deck-laden.ts).
  if (soort === 'deck') startDeckTekenaar();
  const zoekPunt = doel?.soort === 'punt' ? doel.positie : null;
  // From the role, known before its data: the first style is already the right one, no style change when data comes.
  const pc4Aantallen = (rol ?? weergave?.rol) === 'publiek' && ctx.aan('pc4-aantallen');
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
        ...KAART_OPTIES,
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
    map.on('zoom', () => setHeleZoom(Math.floor(map.getZoom())));
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

    kaartRef.current = { map };
    // The first time the role's data is on screen and the map idle: the moment the bench calls "usable".
    map.on('idle', () => meldTekening());

    meldKaart({
      map,
      isIdle: () =>
        map.loaded() &&
        !map.isMoving() &&
        weergaveRef.current !== null &&
        (tekenaarRef.current?.tekenaar.bijgewerkt() ?? false) &&
        performance.now() - laatsteWijziging.current > RUST_MS,
      aantalObjecten: () => weergaveRef.current?.groepen.length ?? 0,
      wijzigingen: () => wijzigingen.current,
      rgwNiveau() {
        const { rgw } = ctxRef.current.extra;
        return ctxRef.current.aan('rgw-dichtheid') && rgw ? rgw.niveau : null;
      },
    });

    return () => {
      meldKaart(null);
      tekenaarRef.current?.tekenaar.verwijder();
      tekenaarRef.current = null;
      kaartRef.current = null;
      map.remove();
    };
  }, [store]);

  // The role's renderer: maplibre's layers for publiek at once, deck.gl beside them fetched when a signed-in role needs it.
  useEffect(() => {
    const kaart = kaartRef.current;
    const container = containerRef.current;
    if (!kaart || !container) return;
    let geldig = true;
    let annuleer = () => {};
    const laad: Promise<MaakTekenaar> =
      soort === 'maplibre' ? Promise.resolve(maakMaplibreTekenaar) : laadDeckTekenaar();
    const maakMet = (maak: MaakTekenaar) => {
      if (!geldig || kaartRef.current !== kaart) return;
      const tekenaar = maak({
        map: kaart.map,
        container,
        ctx: () => ctxRef.current,
        selecteer: (sleutel) => {
          begin('selectie');
          onSelecteerRef.current(sleutel);
        },
        getekend: () => {
          wijzig();
          meldTekening();
        },
      });
      tekenaarRef.current = { soort, tekenaar };
      tekenaarGehadRef.current = true;
      setTekenaarVersie((v) => v + 1);
    };
    laad.then(
      (maak) => {
        if (soort === 'maplibre') {
          maakMet(maak);
          return;
        }
        // deck.gl's first draw compiles its shaders, which without a GPU holds the main thread for a second or more:
        // after a role switch only once the frame that shows the new role (the header, the panels) has been painted.
        // The map's first renderer (a page load) is made at once: the page has nothing else to show first, and each
        // frame waited would be drawn again with deck.gl's layers.
        if (tekenaarGehadRef.current) annuleer = naGetekendBeeld(() => maakMet(maak));
        else maakMet(maak);
      },
      (oorzaak: unknown) => {
        if (!geldig) return;
        setFout(
          `De kaartlagen konden niet worden geladen (${oorzaak instanceof Error ? oorzaak.message : String(oorzaak)}). Laad de pagina opnieuw; de lijst naast de kaart werkt wel.`,
        );
      },
    );
    return () => {
      geldig = false;
      annuleer();
      if (tekenaarRef.current?.soort === soort) {
        tekenaarRef.current.tekenaar.verwijder();
        tekenaarRef.current = null;
      }
    };
  }, [soort]);

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
    wijzig();
    kaart.map.setStyle(basemapStijl(stijlOpties), { diff: true });
    tekenaarRef.current?.tekenaar.stijlGewijzigd();
  }, [stijlOpties]);

  // Each role's data gets the view fitted once: on a phone the default view would cut off half the city. Before the
  // data is drawn (the next effect), so the names are placed once, for the fitted zoom.
  useEffect(() => {
    const kaart = kaartRef.current;
    if (!kaart || !weergave || vastBeeldRef.current || pasRef.current?.rol === weergave.rol) return;
    const kader = omhullende(weergave.groepen);
    if (!kader) return;
    pasRef.current = { rol: weergave.rol, kader, zelfBewogen: false };
    kaart.map.fitBounds(kader, { padding: PASRAND, maxZoom: 13, duration: 0 });
  }, [weergave]);

  useEffect(() => {
    const tekenaar = tekenaarRef.current?.tekenaar;
    if (!tekenaar) return;
    wijzig();
    tekenaar.werkBij({ ctx, zoekPunt });
    // Usable: the facilities and, when that layer is on, the RGW answer are on the map.
    if (ctx.weergave && (!ctx.aan('rgw-dichtheid') || ctx.extra.rgw)) {
      wachtOpTekeningRef.current = ctx.weergave.rol;
    }
  }, [ctx, zoekPunt, tekenaarVersie]);

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
    // As soon as the style has its source, before the tiles come: set later, the map draws every tile again.
    const zodraBron = () => {
      if (!map.getSource(BRON)) return;
      map.off('styledata', zodraBron);
      zet();
    };
    if (map.getSource(BRON)) zet();
    else map.on('styledata', zodraBron);
    wijzig();
    return () => {
      map.off('styledata', zodraBron);
      if (!map.getSource(BRON)) return;
      for (const [code] of pc4Klassen) {
        map.removeFeatureState({ source: BRON, sourceLayer: 'pc4', id: code }, 'klasse');
      }
    };
  }, [pc4Klassen]);

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
