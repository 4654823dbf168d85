/**
 * The map: our own basemap (optionally over PDOK) in maplibre-gl with the data layers every role shares as maplibre
 * style layers, plus, for the signed-in roles, deck.gl's layers loaded on demand (tekenaar.ts). Each job is a hook of
 * its own (hooks/), in the order their effects must run: the map first, the view fitted before the data is drawn.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useMemo, useRef } from 'react';
import type { Rol } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';
import type { KaartData } from '../kenmerken/kenmerk';
import { START_BEELD, type Achtergrond, type BasemapOpties } from './basemap-style';
import { useBasemapStijl } from './hooks/use-basemap-stijl';
import { useHeleZoom } from './hooks/use-hele-zoom';
import { useKaartDoel } from './hooks/use-kaart-doel';
import { useMaplibre, type BeginBeeld } from './hooks/use-maplibre';
import { usePassendBeeld } from './hooks/use-passend-beeld';
import { usePc4Klassen } from './hooks/use-pc4-klassen';
import { usePdokBewaking } from './hooks/use-pdok-bewaking';
import { usePositie } from './hooks/use-positie';
import { useTekenaar } from './hooks/use-tekenaar';
import type { KaartDoel } from './kaart-doel';
import type { KaartWeergave, LaagContext } from './laag-groep';
import { RdStatus } from './rd-status';
import { startDeckTekenaar } from './deck-laden';
import { tekenaarVoor } from './tekenaar';

// maplibre-gl 6 no longer bundles its worker; Vite serves the file and we tell maplibre where.
setWorkerUrl(workerUrl);
// Start the worker (download, compile, boot) now, while the app renders, rather than when the map is created.
if (typeof Worker !== 'undefined') prewarm();

export type { KaartWeergave } from './laag-groep';

/** A view to start from, e.g. from the URL; the map then leaves it alone instead of fitting the symbols. */
export type Beeld = BeginBeeld;

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
  /** The features' map data (src/kenmerken/), each under its own key. */
  extra?: KaartData;
  /** The view after the user moved the map, for the URL. */
  onBeeld?: (beeld: Beeld) => void;
  /** The share of the map's height covered at the bottom (a phone's bottom sheet), 0-1; targets are aimed above it. */
  onderBedekt?: number;
}

const GEEN_FILTERS: Filters = Object.freeze({});
const GEEN_EXTRA: KaartData = Object.freeze({});

/** The app's own base URL, absolute: maplibre does not resolve relative tile URLs. */
function basisUrl(): string {
  return new URL(import.meta.env.BASE_URL, location.href).href;
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
  const getoondeRol = rol ?? weergave?.rol ?? 'publiek';
  // Without a list from the app every layer the role has is on: the map works on its own in tests.
  const aan = (id: DatalaagId) => lagenAan === null || lagenAan.has(id);
  // From the role, known before its data: the first style is already the right one, no style change when data comes.
  const pc4Aantallen = getoondeRol === 'publiek' && aan('pc4-aantallen');
  const stijl = useMemo<BasemapOpties>(
    () => ({ basisUrl: basisUrl(), achtergrond, postcodegebieden, pc4Aantallen }),
    [achtergrond, postcodegebieden, pc4Aantallen],
  );

  const soort = tekenaarVoor(getoondeRol);
  // A signed-in role (also a stored session on a reload) is known here, before the map exists: ask for deck.gl's chunk
  // now, beside maplibre's style and tiles, not after the map and its first effects. Fetched once (deck-laden.ts).
  if (soort === 'deck') startDeckTekenaar();

  const { kaartRef, fout, meldFout } = useMaplibre(containerRef, stijl, beginBeeld);
  const store = usePositie(kaartRef, beginBeeld?.centrum ?? START_BEELD.centrum, onBeeld);
  const heleZoom = useHeleZoom(kaartRef, beginBeeld?.zoom ?? START_BEELD.zoom);
  usePdokBewaking(kaartRef, achtergrond, onAchtergrondFout);
  const pas = usePassendBeeld(kaartRef, weergave, beginBeeld !== null);

  const ctx = useMemo<LaagContext>(
    () => ({
      weergave,
      geselecteerd,
      aan: (id) => lagenAan === null || lagenAan.has(id),
      filters,
      extra,
      zoom: heleZoom,
      zoomNaar: (positie, zoom) =>
        kaartRef.current?.easeTo({ center: [positie[0], positie[1]], zoom, duration: 400 }),
    }),
    [weergave, geselecteerd, lagenAan, filters, extra, heleZoom, kaartRef],
  );
  const zoekPunt = doel?.soort === 'punt' ? doel.positie : null;
  const tekenaar = useTekenaar(kaartRef, containerRef, {
    soort,
    ctx,
    zoekPunt,
    onSelecteer,
    meldFout,
  });
  useBasemapStijl(kaartRef, stijl, () => {
    tekenaar.wijzig();
    tekenaar.stijlGewijzigd();
  });
  usePc4Klassen(kaartRef, weergave, tekenaar);
  useKaartDoel(kaartRef, doel, onderBedekt, pas, tekenaar);

  return (
    <div className="kaart">
      <div ref={containerRef} className="kaart__canvas" />
      {fout ? (
        <p className="kaart__fout" role="alert">
          {fout}
        </p>
      ) : getoondeRol === 'publiek' ? null : (
        // RD coordinates are for the municipality's and the providers' staff; a resident has no use for them (B1).
        <RdStatus store={store} zoekPunt={zoekPunt} />
      )}
    </div>
  );
}
