/**
 * The deck.gl renderer for the signed-in roles: the layer groups (laag-groep.ts) in a MapLibreOverlay over the map,
 * with the basemap names as deck.gl text so they can lie over deck.gl's own area fills. Loaded with `import()` when a
 * role that needs it signs in; publiek never downloads it (publiek-tekenaar.ts).
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { LonLat } from '../contract/common';
import { DATALAGEN } from '../domain/datalagen';
import { KAART_LABELS } from '../geo/kaartlabels';
import type { LaagContext, LaagGroep } from './laag-groep';
import { CLUSTER_GROEP } from './layers/cluster-groep';
import { DEKKING_GROEP } from './layers/dekking-groep';
import { EIGEN_GROEP } from './layers/eigen-groep';
import { FASE_GROEP } from './layers/fase-groep';
import { labelLagenProps, maakNaamPlaatser, tekenset, type GeplaatstLabel } from './layers/labels-layer';
import { RGW_GROEP, RGW_KAARTJES_GROEP } from './layers/rgw-groep';
import { selectieHaloProps, selectieRingProps } from './layers/selectie-layer';
import { VOORZIENINGEN_GROEP } from './layers/voorzieningen-groep';
import { WIJKPROFIEL_GROEP } from './layers/wijkprofiel-groep';
import { zoekPuntProps } from './layers/zoek-punt-layer';
import type { MaakTekenaar, TekenInvoer } from './tekenaar';
import { TOOLTIP_STIJL, tooltipPositie } from './tooltip-positie';

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

/** The same characters at every zoom: one font atlas per label level for the whole session. */
const LABEL_TEKENS = tekenset(KAART_LABELS);

/**
 * Layer descriptors are cheap: rebuilt on every change and diffed by deck.gl; data arrays keep their identity.
 * Bottom to top: the groups `onder` (area fills, outlines, the RGW cards), the basemap names (over the fills, which
 * would hide them, but placed clear of every symbol and card by plaatsLabels), the symbols, the selection ring, the
 * groups `boven`, the searched point.
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

/** Which layers are on, as a string: the names only move when this, the data or the zoom changes. */
function aanSleutel(ctx: LaagContext): string {
  return DATALAGEN.map((l) => (ctx.aan(l.id) ? '1' : '0')).join('');
}

export const maakDeckTekenaar: MaakTekenaar = ({ map, container, ctx, selecteer, getekend }) => {
  // Bumped by every update; deck.gl reports the frame that drew it through onAfterRender.
  let versie = 0;
  let getekendeVersie = -1;
  const plaatsNamen = maakNaamPlaatser();

  /** Every group's places the names must keep clear of: a name never covers data. Recomputed only when they move. */
  function geplaatsteNamen(invoer: TekenInvoer): GeplaatstLabel[] {
    const { ctx: c, labelZoom } = invoer;
    return plaatsNamen(
      [labelZoom, c.weergave, c.filters, c.extra, aanSleutel(c)],
      labelZoom,
      () => LAAG_GROEPEN.flatMap((g) => g.hindernissen?.(c) ?? []),
      () => LAAG_GROEPEN.flatMap((g) => g.namen?.(c) ?? []),
    );
  }

  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers: [],
    onClick: (info: PickingInfo) => {
      const huidig = ctx();
      for (const groep of LAAG_GROEPEN) {
        const sleutel = groep.kies?.(info, huidig);
        if (sleutel !== undefined) {
          selecteer(sleutel);
          return;
        }
      }
      selecteer(null);
    },
    onHover: (info: PickingInfo) => {
      map.getCanvas().style.cursor = info.picked ? 'pointer' : '';
    },
    getTooltip: (info: PickingInfo) => {
      if (!info.picked) return null;
      for (const groep of LAAG_GROEPEN) {
        const tekst = groep.tooltip?.(info, ctx());
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
      getekendeVersie = versie;
      getekend();
    },
  });
  map.addControl(overlay);

  return {
    werkBij(invoer) {
      versie += 1;
      overlay.setProps({ layers: bouwLagen(invoer.ctx, geplaatsteNamen(invoer), invoer.zoekPunt) });
    },
    bijgewerkt: () => getekendeVersie === versie,
    verwijder() {
      map.removeControl(overlay);
      overlay.finalize();
    },
  };
};
