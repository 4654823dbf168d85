/**
 * The shared maplibre layers (kaart-lagen.ts) on a live map, for every role: turns the layer context into global
 * state, the searched point into its source and the layer switches into `visibility`, and says what lies under a
 * screen point (`queryRenderedFeatures`). Publiek's renderer is only this (maplibre-tekenaar.ts); the deck.gl renderer
 * of the signed-in roles uses it beside its own layers (deck-tekenaar.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { groepTitel, naamVanEnige } from '../domain/symboolgroepen';
import { leesRgwSleutel, type RgwRij } from '../domain/rgw-tabel';
import {
  arceringBeeld,
  BEELDEN,
  blokBeeld,
  KAART_STAAT,
  kaartjeBeeld,
  KLIKBARE_LAGEN,
  LAGEN_VAN,
  HINDERNIS_BRON,
  hindernisData,
  LEGE_STAAT,
  ZOEKPUNT_BRON,
  zoekPuntData,
  type KaartStaat,
  type KaartStaatSleutel,
} from './kaart-lagen';
import { RGW_DATA } from '../kenmerken/rgw/laag';
import type { LaagContext, SelectieRing } from './laag-groep';
import type { Pc4Groep } from './layers/pc4-symbolen-layer';
import { kaartjePrioriteit, labelTekst, rgwTooltip } from './layers/rgw-kaartjes';
import type { TekenInvoer } from './tekenaar';

const GEEN_GROEPEN: readonly Pc4Groep[] = [];

/** Publiek's symbol groups; the other roles draw theirs with deck.gl. */
export function pc4GroepenVan(ctx: LaagContext): readonly Pc4Groep[] {
  return ctx.weergave?.rol === 'publiek' ? ctx.weergave.groepen : GEEN_GROEPEN;
}

/** The focus-area answer, whose totals go on cards; null at another level or without one. */
function focusAntwoord(ctx: LaagContext) {
  const rgw = RGW_DATA.van(ctx.extra);
  return rgw?.niveau === 'focusgebied' ? rgw : null;
}

/** Per answer: the same rows give the same objects, so the global state does not change when nothing did. */
const KAARTJES = new WeakMap<
  readonly RgwRij[],
  Pick<KaartStaat, 'kaartjes' | 'kaartjeVolgorde' | 'kaartNamen' | 'onderdrukt'>
>();
const PC4 = new WeakMap<readonly Pc4Groep[], Readonly<Record<string, number>>>();

/** The global state of the shared layers for a context: pure, and equal objects for equal input. */
export function kaartStaat(ctx: LaagContext): KaartStaat {
  const groepen = pc4GroepenVan(ctx);
  let pc4Aantallen = PC4.get(groepen);
  if (!pc4Aantallen) {
    pc4Aantallen = Object.fromEntries(groepen.map((g) => [g.code, g.items.length]));
    PC4.set(groepen, pc4Aantallen);
  }
  const rgw = focusAntwoord(ctx);
  let kaartjes = rgw ? KAARTJES.get(rgw.rijen) : undefined;
  if (rgw && !kaartjes) {
    kaartjes = {
      kaartjes: Object.fromEntries(rgw.rijen.map((r) => [r.code, labelTekst(r)])),
      // Larger totals are placed first: a lower sort key.
      kaartjeVolgorde: Object.fromEntries(rgw.rijen.map((r) => [r.code, -kaartjePrioriteit({ rij: r })])),
      kaartNamen: rgw.rijen.map((r) => r.naam),
      onderdrukt: rgw.rijen.filter((r) => r.telling.onderdrukt).map((r) => r.code),
    };
    KAARTJES.set(rgw.rijen, kaartjes);
  }
  const geselecteerd = ctx.geselecteerd;
  const selectie = leesRgwSleutel(geselecteerd);
  const pc4Geselecteerd =
    geselecteerd !== null && groepen.some((g) => g.sleutel === geselecteerd) ? geselecteerd.slice(4) : '';
  return {
    ...LEGE_STAAT,
    pc4Aantallen,
    pc4Geselecteerd,
    ...(kaartjes ?? {}),
    focus: RGW_DATA.van(ctx.extra)?.focus ?? '',
    selectieFocus: selectie?.soort === 'focusgebied' ? selectie.code : '',
    selectieBuurt: selectie?.soort === 'buurt' ? selectie.code : '',
  };
}

/** What lies under a screen point on the shared layers: its selection key and hover text. */
export interface Geraakt {
  readonly sleutel: string;
  readonly tekst: string | null;
}

export interface GedeeldeLagen {
  /** `hindernissen`: deck.gl's symbols, which the names keep clear of; the same array until they change. */
  werkBij(invoer: TekenInvoer, hindernissen?: readonly SelectieRing[]): void;
  /** Whether the map has drawn the last state handed to `werkBij` (maplibre's 'idle' since). */
  bijgewerkt(): boolean;
  /** After a style change: set everything again (a new style starts from an empty searched point). */
  opnieuw(): void;
  onder(punt: PointLike): Geraakt | null;
  verwijder(): void;
}

export function maakGedeeldeLagen(
  map: MapLibreMap,
  ctx: () => LaagContext,
  getekend: () => void,
): GedeeldeLagen {
  let gezet: Partial<Record<KaartStaatSleutel, unknown>> = {};
  let zoekPunt: TekenInvoer['zoekPunt'] | undefined;
  let hindernissen: readonly SelectieRing[] | undefined;
  let laatsteHindernissen: readonly SelectieRing[] = [];
  let zichtbaar = '';
  let versie = 0;
  let getekendeVersie = -1;

  const beelden = {
    [BEELDEN.kaartje]: kaartjeBeeld,
    [BEELDEN.arcering]: arceringBeeld,
    [BEELDEN.blok]: blokBeeld,
  } as const;
  function zorgVoorBeeld(id: string): void {
    const maak = beelden[id as keyof typeof beelden] as (() => ReturnType<typeof blokBeeld>) | undefined;
    if (!maak || map.hasImage(id)) return;
    const { beeld, opties } = maak();
    map.addImage(id, beeld, opties);
  }
  for (const id of Object.keys(beelden)) zorgVoorBeeld(id);
  // A new style (a background switched) may come without them: maplibre asks.
  const opBeeldMist = (e: { id: string }) => zorgVoorBeeld(e.id);
  map.on('styleimagemissing', opBeeldMist);

  const opIdle = () => {
    if (getekendeVersie === versie) return;
    getekendeVersie = versie;
    getekend();
  };
  map.on('idle', opIdle);

  function zet(invoer: TekenInvoer): void {
    if (hindernissen !== laatsteHindernissen) {
      const bron = map.getSource<GeoJSONSource>(HINDERNIS_BRON);
      if (bron) {
        bron.setData(hindernisData(laatsteHindernissen));
        hindernissen = laatsteHindernissen;
      }
    }
    const c = invoer.ctx;
    const nieuw = kaartStaat(c);
    // Only what changed: each key a layout layer reads makes the worker lay out the tiles again.
    for (const sleutel of Object.keys(KAART_STAAT) as KaartStaatSleutel[]) {
      if (gezet[sleutel] === nieuw[sleutel]) continue;
      gezet[sleutel] = nieuw[sleutel];
      map.setGlobalStateProperty(KAART_STAAT[sleutel], nieuw[sleutel]);
    }
    if (zoekPunt !== invoer.zoekPunt) {
      const bron = map.getSource<GeoJSONSource>(ZOEKPUNT_BRON);
      if (bron) {
        bron.setData(zoekPuntData(invoer.zoekPunt));
        zoekPunt = invoer.zoekPunt;
      }
    }
    // Switching a layer off keeps its data: only `visibility` flips.
    const nuZichtbaar = Object.keys(LAGEN_VAN)
      .map((id) => String(c.aan(id as keyof typeof LAGEN_VAN)))
      .join();
    if (nuZichtbaar !== zichtbaar) {
      for (const [id, lagen] of Object.entries(LAGEN_VAN)) {
        const waarde = c.aan(id as keyof typeof LAGEN_VAN) ? 'visible' : 'none';
        for (const laag of lagen) if (map.getLayer(laag)) map.setLayoutProperty(laag, 'visibility', waarde);
      }
      zichtbaar = nuZichtbaar;
    }
  }

  let laatste: TekenInvoer | null = null;
  /**
   * Global state and layout properties can be set once the style is parsed ('style.load'), before its tiles load:
   * set then, the tiles are laid out once, with the data. Until then the latest input waits.
   */
  const stijlKlaar = () => map.style?._loaded === true;
  const opStijl = () => {
    if (laatste && stijlKlaar()) zet(laatste);
  };
  map.on('style.load', opStijl);
  return {
    werkBij(invoer, nieuweHindernissen = laatsteHindernissen) {
      laatste = invoer;
      laatsteHindernissen = nieuweHindernissen;
      versie += 1;
      if (stijlKlaar()) zet(invoer);
      // 'idle' comes after the frame that shows this state, or at once when nothing had to change.
      map.triggerRepaint();
    },
    bijgewerkt: () => getekendeVersie === versie,
    opnieuw() {
      gezet = {};
      zoekPunt = undefined;
      hindernissen = undefined;
      zichtbaar = '';
      if (laatste) this.werkBij(laatste);
    },
    onder(punt) {
      const lagen = KLIKBARE_LAGEN.filter((id) => map.getLayer(id));
      const [kenmerk] = lagen.length > 0 ? map.queryRenderedFeatures(punt, { layers: [...lagen] }) : [];
      if (!kenmerk) return null;
      const c = ctx();
      if (kenmerk.layer.id === 'pc4-symbolen') {
        const sleutel = `pc4:${String(kenmerk.properties.code)}`;
        const groep = pc4GroepenVan(c).find((g) => g.sleutel === sleutel);
        if (!groep) return null;
        // The selected symbol is described in the panel; a tooltip would only cover its count.
        const tekst =
          groep.sleutel === c.geselecteerd ? null : groepTitel(groep, { naamVanEnige: naamVanEnige(groep) });
        return { sleutel, tekst };
      }
      const rgw = focusAntwoord(c);
      const code = String(
        kenmerk.layer.id === 'rgw-kaartjes' ? kenmerk.properties.code : kenmerk.properties.focusgebied,
      );
      const rij = rgw?.rijen.find((r) => r.code === code);
      return rij && rgw ? { sleutel: rij.sleutel, tekst: rgwTooltip(rij, rgw) } : null;
    },
    verwijder() {
      map.off('style.load', opStijl);
      map.off('idle', opIdle);
      map.off('styleimagemissing', opBeeldMist);
    },
  };
}
