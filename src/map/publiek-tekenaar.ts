/**
 * Publiek's renderer: a 2D canvas over the maplibre map (publiek-canvas.ts), so a resident's first visit needs no
 * deck.gl and costs the map no extra sources or frames. It reads the same context as the deck.gl layer groups and
 * draws the same things: the count per PC4 area, the RGW totals per focus area as cards, the names clear of both, the
 * selection and a searched point. It draws in the animation frame in which maplibre draws (its 'render' event), so
 * the two never drift apart while the map moves, and on its own when only the data changed.
 */
import type { MapMouseEvent } from 'maplibre-gl';
import { groepTitel, naamVanEnige } from '../domain/symboolgroepen';
import { PC4_VLAK_LAAG } from './basemap-style';
import type { LaagContext, SelectieRing } from './laag-groep';
import { maakNaamPlaatser } from './layers/labels-layer';
import { pc4Straal, type Pc4Groep } from './layers/pc4-symbolen-layer';
import {
  focusOmlijning,
  kaartjeHindernissen,
  labelsVan,
  rgwTooltip,
  vlakkenVan,
  vlakOmlijning,
  type RgwLabel,
  type RgwVlak,
} from './layers/rgw-kaartjes';
import {
  arceringBeeld,
  getekendRond,
  LEGE_PLAATSING,
  raak,
  tekenScene,
  type Plaatsing,
  type PubliekScene,
  type Scherm,
} from './publiek-canvas';
import type { MaakTekenaar, TekenInvoer } from './tekenaar';
import { TOOLTIP_STIJL, tooltipPositie } from './tooltip-positie';

const GEEN_GROEPEN: readonly Pc4Groep[] = [];

/** Publiek's symbol groups; another role's never reach this renderer, but the type allows them. */
function groepenVan(ctx: LaagContext): readonly Pc4Groep[] {
  return ctx.weergave?.rol === 'publiek' ? ctx.weergave.groepen : GEEN_GROEPEN;
}

/** The focus-area answer (the only RGW level publiek gets), or null. */
function focusAntwoord(ctx: LaagContext) {
  const rgw = ctx.extra.rgw;
  return rgw?.niveau === 'focusgebied' ? rgw : null;
}

function ringVan(sleutel: string | null, ctx: LaagContext): SelectieRing | null {
  if (sleutel === null || !ctx.aan('voorzieningen')) return null;
  const groep = groepenVan(ctx).find((g) => g.sleutel === sleutel);
  return groep ? { positie: groep.positie, straal: pc4Straal(groep.items.length) } : null;
}

export const maakPubliekTekenaar: MaakTekenaar = ({ map, container, ctx, selecteer, getekend }) => {
  const plaatsNamen = maakNaamPlaatser();
  let laatste: TekenInvoer | null = null;
  let scene: PubliekScene | null = null;
  /** The input the drawn scene was built from, and what went where on screen. */
  let getekendVoor: TekenInvoer | null = null;
  let plaatsing: Plaatsing = LEGE_PLAATSING;
  /** The scene and view last drawn, to skip frames in which maplibre redrew only its own tiles. */
  let getekendeScene: PubliekScene | null = null;
  let getekendBeeld = '';
  /** Kept as long as their input is: the same answer and facilities give the same cards and areas. */
  let rgwBron: { rgw: ReturnType<typeof focusAntwoord>; weergave: LaagContext['weergave'] } | null = null;
  let kaartjes: readonly RgwLabel[] = [];
  /** Only suppressed focus areas are filled (hatched): the others are read from their cards. */
  let gearceerd: readonly RgwVlak[] = [];

  const canvas = document.createElement('canvas');
  canvas.className = 'kaart__publiek';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
  canvas.setAttribute('aria-hidden', 'true');
  map.getCanvasContainer().appendChild(canvas);
  const g = canvas.getContext('2d');
  const familie = getComputedStyle(container).fontFamily || 'sans-serif';
  let arcering: { schaal: number; patroon: CanvasPattern | null } | null = null;

  /** The hatch for this device pixel ratio: one bitmap pixel per device pixel. */
  function arceringVoor(schaal: number): CanvasPattern | null {
    if (!g) return null;
    if (arcering?.schaal === schaal) return arcering.patroon;
    const beeld = arceringBeeld(schaal);
    const tegel = document.createElement('canvas');
    tegel.width = beeld.width;
    tegel.height = beeld.height;
    tegel.getContext('2d')?.putImageData(new ImageData(beeld.data, beeld.width, beeld.height), 0, 0);
    const patroon = g.createPattern(tegel, 'repeat');
    patroon?.setTransform(new DOMMatrix().scale(1 / schaal));
    arcering = { schaal, patroon };
    return patroon;
  }

  function bouwScene(invoer: TekenInvoer): PubliekScene {
    const c = invoer.ctx;
    const groepen = groepenVan(c);
    const rgw = focusAntwoord(c);
    if (rgwBron?.rgw !== rgw || rgwBron.weergave !== c.weergave) {
      kaartjes = rgw ? labelsVan(rgw.rijen, c.weergave) : [];
      gearceerd = rgw ? vlakkenVan(rgw.rijen).filter((v) => v.rij.klasse === 'onderdrukt') : [];
      rgwBron = { rgw, weergave: c.weergave };
    }
    const voorzieningen = c.aan('voorzieningen');
    const rgwAan = c.aan('rgw-dichtheid');
    // The names keep clear of the circles and the cards; placed again only when those, the layers or the zoom change.
    const namen = plaatsNamen(
      [invoer.labelZoom, c.weergave, c.extra.rgw, voorzieningen, rgwAan],
      invoer.labelZoom,
      () => [
        ...(voorzieningen
          ? groepen.map((gr) => ({ positie: gr.positie, straal: pc4Straal(gr.items.length) }))
          : []),
        ...(rgwAan ? kaartjeHindernissen(kaartjes) : []),
      ],
      // A card already names its focus area.
      () => (rgwAan ? kaartjes.map((k) => k.rij.naam) : []),
    );
    return {
      voorzieningen,
      rgw: rgwAan,
      symbolen: groepen.map((gr) => ({
        positie: gr.positie,
        straal: pc4Straal(gr.items.length),
        aantal: gr.items.length,
      })),
      ring: ringVan(c.geselecteerd, c),
      namen,
      kaartjes,
      // A fill would blur the PC4 map under the other focus areas.
      gearceerd,
      focusOmlijning: focusOmlijning(rgw?.focus ?? null),
      selectieOmlijning: vlakOmlijning(c.geselecteerd) ?? [],
      zoekPunt: invoer.zoekPunt,
    };
  }

  const project = (positie: readonly [number, number]): Scherm => {
    const p = map.project([positie[0], positie[1]]);
    return [p.x, p.y];
  };

  /** Draws the current scene for the map's current view; called in the frame maplibre draws, or on our own. */
  function teken(): void {
    gepland = false;
    if (laatste && laatste !== getekendVoor) scene = bouwScene(laatste);
    if (!g || !scene) return;
    // The size maplibre gave its own canvas (set on every resize): reading it forces no layout, unlike clientWidth.
    const mapCanvas = map.getCanvas();
    const breedte = parseFloat(mapCanvas.style.width) || mapCanvas.clientWidth;
    const hoogte = parseFloat(mapCanvas.style.height) || mapCanvas.clientHeight;
    const schaal = window.devicePixelRatio || 1;
    const w = Math.round(breedte * schaal);
    const h = Math.round(hoogte * schaal);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${breedte}px`;
      canvas.style.height = `${hoogte}px`;
    }
    // maplibre also draws when only its tiles changed: with the same scene, view and size the canvas stays as it is.
    const c = map.getCenter();
    const beeld = `${c.lng},${c.lat},${map.getZoom()},${map.getBearing()},${map.getPitch()},${w}x${h}`;
    if (scene === getekendeScene && beeld === getekendBeeld) return;
    getekendeScene = scene;
    getekendBeeld = beeld;
    g.setTransform(schaal, 0, 0, schaal, 0, 0);
    g.clearRect(0, 0, breedte, hoogte);
    plaatsing = tekenScene(g, scene, project, { familie, arcering: arceringVoor(schaal), breedte, hoogte });
    const nieuw = getekendVoor !== laatste;
    getekendVoor = laatste;
    if (nieuw) getekend();
  }

  /** New data while the map stands still: drawn in the next frame, once however many updates came. */
  let gepland = false;
  function plan(): void {
    if (gepland) return;
    gepland = true;
    requestAnimationFrame(() => {
      if (gepland) teken();
    });
  }

  /** The top object under the pointer: a circle, a card or a hatched focus area, with its key and hover text. */
  function onder(e: MapMouseEvent): { sleutel: string; tekst: string | null } | null {
    const geraakt = raak(plaatsing, [e.point.x, e.point.y]);
    if (!geraakt) return null;
    const c = ctx();
    if (geraakt.soort === 'symbool') {
      const groep = groepenVan(c)[geraakt.i];
      if (!groep) return null;
      // The selected symbol is described in the panel; a tooltip would only cover its count.
      const tekst =
        groep.sleutel === c.geselecteerd ? null : groepTitel(groep, { naamVanEnige: naamVanEnige(groep) });
      return { sleutel: groep.sleutel, tekst };
    }
    const rij = geraakt.soort === 'kaartje' ? scene?.kaartjes[geraakt.i]?.rij : gearceerd[geraakt.i]?.rij;
    const rgw = focusAntwoord(c);
    return rij && rgw ? { sleutel: rij.sleutel, tekst: rgwTooltip(rij, rgw) } : null;
  }

  /** The PC4 area of the choropleth under the pointer, as a selection key, when it has facilities on the map. */
  function pc4Onder(e: MapMouseEvent): string | null {
    const c = ctx();
    if (!c.aan('pc4-aantallen') || !map.getLayer(PC4_VLAK_LAAG)) return null;
    const [kenmerk] = map.queryRenderedFeatures(e.point, { layers: [PC4_VLAK_LAAG] });
    const sleutel = `pc4:${String(kenmerk?.id ?? kenmerk?.properties.code)}`;
    return groepenVan(c).some((gr) => gr.sleutel === sleutel) ? sleutel : null;
  }

  const tooltip = document.createElement('div');
  tooltip.className = 'kaart__tooltip';
  tooltip.setAttribute('role', 'tooltip');
  Object.assign(tooltip.style, TOOLTIP_STIJL, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
    zIndex: '1',
    display: 'none',
    whiteSpace: 'pre-line',
  });
  container.appendChild(tooltip);

  const opKlik = (e: MapMouseEvent) => selecteer(onder(e)?.sleutel ?? pc4Onder(e));
  let wachtendeBeweging: MapMouseEvent | null = null;
  const opBeweging = (e: MapMouseEvent) => {
    // At most one lookup per frame: mousemove fires faster than the screen changes.
    const eerste = wachtendeBeweging === null;
    wachtendeBeweging = e;
    if (!eerste) return;
    requestAnimationFrame(() => {
      const laatsteBeweging = wachtendeBeweging;
      wachtendeBeweging = null;
      if (!laatsteBeweging) return;
      const gevonden = onder(laatsteBeweging);
      map.getCanvas().style.cursor = gevonden ? 'pointer' : '';
      if (!gevonden?.tekst) {
        tooltip.style.display = 'none';
        return;
      }
      tooltip.textContent = gevonden.tekst;
      tooltip.style.display = 'block';
      const [x, y] = tooltipPositie(
        [laatsteBeweging.point.x, laatsteBeweging.point.y],
        { breedte: tooltip.offsetWidth, hoogte: tooltip.offsetHeight },
        { breedte: container.clientWidth, hoogte: container.clientHeight },
      );
      tooltip.style.transform = `translate(${x}px, ${y}px)`;
    });
  };
  const verberg = () => {
    wachtendeBeweging = null;
    tooltip.style.display = 'none';
  };
  // maplibre draws a frame: the view may have moved, so draw in the same frame.
  const opRender = () => teken();
  map.on('click', opKlik);
  map.on('mousemove', opBeweging);
  map.on('mouseout', verberg);
  map.on('movestart', verberg);
  map.on('render', opRender);

  return {
    werkBij(invoer) {
      laatste = invoer;
      plan();
    },
    bijgewerkt: () => laatste !== null && getekendVoor === laatste,
    getekendRond: (x, y, marge) => getekendRond(plaatsing, [x, y], marge),
    verwijder() {
      laatste = null;
      gepland = false;
      map.off('click', opKlik);
      map.off('mousemove', opBeweging);
      map.off('mouseout', verberg);
      map.off('movestart', verberg);
      map.off('render', opRender);
      tooltip.remove();
      canvas.remove();
    },
  };
};
