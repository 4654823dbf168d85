/**
 * Publiek's renderer: maplibre's own layers (publiek-lagen.ts) on the basemap, so a resident's first visit needs no
 * deck.gl. It reads the same context as the deck.gl layer groups and draws the same things: the count per PC4 area,
 * the RGW totals per focus area as cards, the names clear of both, the selection and a searched point.
 */
import type { GeoJSONSource, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { groepTitel, naamVanEnige } from '../domain/symboolgroepen';
import { PC4_VLAK_LAAG } from './basemap-style';
import type { LaagContext, SelectieRing } from './laag-groep';
import { maakNaamPlaatser, type GeplaatstLabel } from './layers/labels-layer';
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
  focusVlakBron,
  kaartjeBeeld,
  kaartjeBron,
  KLIKBARE_LAGEN,
  LAGEN_VAN,
  lijnBron,
  namenBron,
  PUBLIEK_BEELDEN,
  PUBLIEK_BRONNEN,
  publiekeLagen,
  ringBron,
  samen,
  symboolBron,
  zoekPuntBron,
  type PuntDeel,
  type VlakDeel,
} from './publiek-lagen';
import type { MaakTekenaar, TekenInvoer } from './tekenaar';
import { TOOLTIP_STIJL, tooltipPositie } from './tooltip-positie';

const GEEN_GROEPEN: readonly Pc4Groep[] = [];
const PUBLIEK_BRONNEN_LIJST: readonly string[] = Object.values(PUBLIEK_BRONNEN);

type Kenmerken = ReturnType<typeof symboolBron>['features'];

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

/** What the last update drew, by identity: only sources whose input changed get new data. */
interface Getekend {
  groepen?: readonly Pc4Groep[];
  ring?: string;
  namen?: readonly GeplaatstLabel[];
  kaartjes?: readonly RgwLabel[];
  vlakken?: readonly RgwVlak[];
  focus?: string | null;
  selectie?: string | null;
  zoekPunt?: TekenInvoer['zoekPunt'];
  zichtbaar?: string;
}

export const maakPubliekTekenaar: MaakTekenaar = ({ map, container, ctx, selecteer, getekend }) => {
  let getekendeStaat: Getekend = {};
  const plaatsNamen = maakNaamPlaatser();
  let kaartjes: readonly RgwLabel[] = [];
  let vlakken: readonly RgwVlak[] = [];
  let laatste: TekenInvoer | null = null;
  let rgwBron: { rgw: ReturnType<typeof focusAntwoord>; weergave: LaagContext['weergave'] } = {
    rgw: null,
    weergave: null,
  };

  /**
   * The sources with their first data, the images and the layers, once the style takes them. A source made empty and
   * filled afterwards would cost the worker two jobs and the map a frame more before anything shows.
   */
  function zorgVoorLagen(eersteData: Record<keyof typeof PUBLIEK_BRONNEN, () => GeoJSON.GeoJSON>): void {
    for (const [deel, id] of Object.entries(PUBLIEK_BRONNEN) as [keyof typeof PUBLIEK_BRONNEN, string][]) {
      if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: eersteData[deel]() });
    }
    if (!map.hasImage(PUBLIEK_BEELDEN.kaartje)) {
      const { beeld, opties } = kaartjeBeeld();
      map.addImage(PUBLIEK_BEELDEN.kaartje, beeld, opties);
    }
    if (!map.hasImage(PUBLIEK_BEELDEN.arcering)) {
      const { beeld, opties } = arceringBeeld();
      map.addImage(PUBLIEK_BEELDEN.arcering, beeld, opties);
    }
    for (const laag of publiekeLagen()) if (!map.getLayer(laag.id)) map.addLayer(laag);
  }

  /** The features of each part as last set; an update rebuilds only the parts whose input changed. */
  const punten: Record<PuntDeel, Kenmerken> = {
    symbolen: [],
    ring: [],
    namen: [],
    kaartjes: [],
    zoekPunt: [],
  };
  const gebieden: Record<VlakDeel, Kenmerken> = {
    focusVlakken: [],
    focusOmlijning: [],
    selectieOmlijning: [],
  };

  function teken(invoer: TekenInvoer): void {
    const c = invoer.ctx;
    const vorig = getekendeStaat;
    const nu: Getekend = {};
    const gewijzigd = new Set<'punten' | 'vlakken'>();
    const punt = (deel: PuntDeel, maak: () => Kenmerken) => {
      punten[deel] = maak();
      gewijzigd.add('punten');
    };
    const vlak = (deel: VlakDeel, maak: () => Kenmerken) => {
      gebieden[deel] = maak();
      gewijzigd.add('vlakken');
    };

    const groepen = groepenVan(c);
    nu.groepen = groepen;
    if (vorig.groepen !== groepen) punt('symbolen', () => symboolBron(groepen).features);

    const rgw = focusAntwoord(c);
    // Built again only for a new answer or new facilities: the same input keeps the same arrays, and no new data.
    if (rgwBron.rgw !== rgw || rgwBron.weergave !== c.weergave) {
      kaartjes = rgw ? labelsVan(rgw.rijen, c.weergave) : [];
      vlakken = rgw ? vlakkenVan(rgw.rijen) : [];
      rgwBron = { rgw, weergave: c.weergave };
    }
    nu.kaartjes = kaartjes;
    nu.vlakken = vlakken;
    if (vorig.kaartjes !== kaartjes) punt('kaartjes', () => kaartjeBron(kaartjes).features);
    if (vorig.vlakken !== vlakken) vlak('focusVlakken', () => focusVlakBron(vlakken).features);

    const focus = rgw?.focus ?? null;
    nu.focus = focus;
    if (vorig.focus !== focus) {
      vlak('focusOmlijning', () => lijnBron('focusOmlijning', focusOmlijning(focus)).features);
    }
    nu.selectie = c.geselecteerd;
    if (vorig.selectie !== nu.selectie) {
      const paden = vlakOmlijning(c.geselecteerd) ?? [];
      vlak('selectieOmlijning', () => lijnBron('selectieOmlijning', paden).features);
    }

    const ring = ringVan(c.geselecteerd, c);
    nu.ring = ring ? `${ring.positie.join(',')}:${ring.straal}` : '';
    if (vorig.ring !== nu.ring) punt('ring', () => ringBron(ring).features);

    // The names keep clear of the circles and the cards; placed again only when those, the layers or the zoom change.
    const geplaatst = plaatsNamen(
      [invoer.labelZoom, c.weergave, c.extra.rgw, c.aan('voorzieningen'), c.aan('rgw-dichtheid')],
      invoer.labelZoom,
      () => [
        ...(c.aan('voorzieningen')
          ? groepen.map((g) => ({ positie: g.positie, straal: pc4Straal(g.items.length) }))
          : []),
        ...(c.aan('rgw-dichtheid') ? kaartjeHindernissen(kaartjes) : []),
      ],
      // A card already names its focus area.
      () => (c.aan('rgw-dichtheid') ? kaartjes.map((k) => k.rij.naam) : []),
    );
    nu.namen = geplaatst;
    if (vorig.namen !== geplaatst) punt('namen', () => namenBron(geplaatst).features);

    nu.zoekPunt = invoer.zoekPunt;
    if (vorig.zoekPunt !== invoer.zoekPunt) punt('zoekPunt', () => zoekPuntBron(invoer.zoekPunt).features);

    // Each source at most once: one worker job and one frame per change, however many parts changed. A source the
    // style does not have yet is made with its data.
    const puntData = () =>
      samen([punten.kaartjes, punten.namen, punten.symbolen, punten.ring, punten.zoekPunt]);
    const vlakData = () =>
      samen([gebieden.focusVlakken, gebieden.focusOmlijning, gebieden.selectieOmlijning]);
    const nieuw = PUBLIEK_BRONNEN_LIJST.filter((id) => !map.getSource(id));
    zorgVoorLagen({ punten: puntData, vlakken: vlakData });
    if (gewijzigd.has('punten') && !nieuw.includes(PUBLIEK_BRONNEN.punten)) {
      map.getSource<GeoJSONSource>(PUBLIEK_BRONNEN.punten)?.setData(puntData());
    }
    if (gewijzigd.has('vlakken') && !nieuw.includes(PUBLIEK_BRONNEN.vlakken)) {
      map.getSource<GeoJSONSource>(PUBLIEK_BRONNEN.vlakken)?.setData(vlakData());
    }

    // Switching a layer off keeps its data: only `visibility` flips.
    nu.zichtbaar = `${c.aan('voorzieningen')}:${c.aan('rgw-dichtheid')}`;
    if (vorig.zichtbaar !== nu.zichtbaar) {
      for (const [id, lagen] of Object.entries(LAGEN_VAN)) {
        const zichtbaar = c.aan(id as keyof typeof LAGEN_VAN) ? 'visible' : 'none';
        for (const laag of lagen) map.setLayoutProperty(laag, 'visibility', zichtbaar);
      }
    }
    getekendeStaat = nu;
    getekend();
  }

  /** The top object under the pointer: a circle, a card or a hatched focus area, with its key and hover text. */
  function onder(e: MapMouseEvent): { sleutel: string; tekst: string | null } | null {
    const lagen = KLIKBARE_LAGEN.filter((id) => map.getLayer(id));
    const [kenmerk] = lagen.length > 0 ? map.queryRenderedFeatures(e.point, { layers: [...lagen] }) : [];
    if (!kenmerk) return null;
    const c = ctx();
    const i = Number(kenmerk.properties.i);
    if (kenmerk.layer.id === 'pk-symbolen') {
      const groep = groepenVan(c)[i];
      if (!groep) return null;
      // The selected symbol is described in the panel; a tooltip would only cover its count.
      const tekst =
        groep.sleutel === c.geselecteerd ? null : groepTitel(groep, { naamVanEnige: naamVanEnige(groep) });
      return { sleutel: groep.sleutel, tekst };
    }
    const rij = kenmerk.layer.id === 'pk-kaartjes' ? kaartjes[i]?.rij : vlakken[i]?.rij;
    const rgw = focusAntwoord(c);
    return rij && rgw ? { sleutel: rij.sleutel, tekst: rgwTooltip(rij, rgw) } : null;
  }

  /** The PC4 area of the choropleth under the pointer, as a selection key, when it has facilities on the map. */
  function pc4Onder(e: MapMouseEvent): string | null {
    const c = ctx();
    if (!c.aan('pc4-aantallen') || !map.getLayer(PC4_VLAK_LAAG)) return null;
    const [kenmerk] = map.queryRenderedFeatures(e.point, { layers: [PC4_VLAK_LAAG] });
    const sleutel = `pc4:${String(kenmerk?.id ?? kenmerk?.properties.code)}`;
    return groepenVan(c).some((g) => g.sleutel === sleutel) ? sleutel : null;
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

  /**
   * Draws the last state, or waits until the style can take sources: before the first style has loaded, maplibre
   * refuses them. (Not `isStyleLoaded()`: that is also false while any source reloads, e.g. right after setData, and
   * the 'load' event it would wait for comes only once in a map's life.)
   */
  let wachtOpStijl = false;
  let gepland = false;
  function probeer(): void {
    if (!laatste || wachtOpStijl) return;
    try {
      teken(laatste);
    } catch (fout) {
      if (!(fout instanceof Error) || !/not done loading/i.test(fout.message)) throw fout;
      wachtOpStijl = true;
      map.once('styledata', () => {
        wachtOpStijl = false;
        probeer();
      });
    }
  }

  const opKlik = (e: MapLayerMouseEvent | MapMouseEvent) => selecteer(onder(e)?.sleutel ?? pc4Onder(e));
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
  // After a basemap style change (PDOK, PC4 boundaries) the layers are carried over (map-view.tsx); should a style
  // arrive without them, they are put back with the last state.
  const opStijl = () => {
    if (laatste && !wachtOpStijl && !map.getLayer('pk-symbolen')) {
      getekendeStaat = {};
      probeer();
    }
  };
  map.on('click', opKlik);
  map.on('mousemove', opBeweging);
  map.on('mouseout', verberg);
  map.on('movestart', verberg);
  map.on('styledata', opStijl);
  const opRender = () => getekend();
  map.on('render', opRender);

  return {
    werkBij(invoer) {
      // Several updates in one task (the data, the fitted zoom, the RGW answer) are drawn once, after the task.
      laatste = invoer;
      if (gepland) return;
      gepland = true;
      queueMicrotask(() => {
        gepland = false;
        probeer();
      });
    },
    bijgewerkt: () => laatste !== null && getekendeStaat.groepen === groepenVan(laatste.ctx) && map.loaded(),
    verwijder() {
      // A drawing still planned for after this task finds nothing to draw.
      laatste = null;
      map.off('click', opKlik);
      map.off('mousemove', opBeweging);
      map.off('mouseout', verberg);
      map.off('movestart', verberg);
      map.off('styledata', opStijl);
      map.off('render', opRender);
      tooltip.remove();
      if (!map.style) return;
      for (const laag of publiekeLagen()) if (map.getLayer(laag.id)) map.removeLayer(laag.id);
      for (const id of Object.values(PUBLIEK_BRONNEN)) if (map.getSource(id)) map.removeSource(id);
    },
  };
};
