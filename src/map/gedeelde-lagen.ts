/**
 * The shared maplibre layers (kaart-lagen.ts, vlak-lagen.ts) on a live map, for every role: turns the layer context
 * into global state and the choropleths' feature state, the searched point into its source and the layer switches
 * into `visibility`, and says what lies under a screen point (`queryRenderedFeatures`). Publiek's renderer is only
 * this (maplibre-tekenaar.ts); the deck.gl renderer of the signed-in roles uses it beside its own layers
 * (deck-tekenaar.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { groepTitel, naamVanEnige } from '../domain/symboolgroepen';
import { kaartjePrioriteit, labelTekst, rgwTooltip } from '../domain/rgw-kaart';
import { RGW_DATA } from '../kenmerken/rgw/laag';
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
import type { LaagContext, SelectieRing } from './laag-groep';
import type { Pc4Groep } from './layers/pc4-symbolen-layer';
import type { TekenInvoer } from './tekenaar';
import {
  VLAK_LAAG_IDS,
  VLAK_LAGEN,
  vlakGeraakt,
  vlakKleuren,
  zichtbareVlakken,
  type VlakKleuren,
  type VlakLaagId,
} from './vlak-lagen';

/** The vector source of the basemap (basemap-style.ts BRON), whose areas carry the choropleths' feature state. */
const BRON = 'hkd';
const BRON_LAAG: Readonly<Record<VlakLaagId, string>> = Object.fromEntries(
  VLAK_LAGEN.map((l) => [l.id, l.bronLaag]),
) as Record<VlakLaagId, string>;

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
  Pick<KaartStaat, 'kaartjes' | 'kaartjeVolgorde' | 'kaartNamen'>
>();
const ONDERDRUKT = new WeakMap<readonly RgwRij[], readonly string[]>();

/** The focus areas or buurten whose count is suppressed: hatched. */
function onderdruktVan(ctx: LaagContext): readonly string[] {
  const rgw = RGW_DATA.van(ctx.extra);
  if (rgw?.niveau !== 'focusgebied' && rgw?.niveau !== 'buurt') return LEGE_STAAT.onderdrukt;
  let codes = ONDERDRUKT.get(rgw.rijen);
  if (!codes) {
    codes = rgw.rijen.filter((r) => r.telling.onderdrukt).map((r) => r.code);
    ONDERDRUKT.set(rgw.rijen, codes);
  }
  return codes;
}
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
    onderdrukt: onderdruktVan(ctx),
    focus: RGW_DATA.van(ctx.extra)?.focus ?? '',
    selectieFocus: selectie?.soort === 'focusgebied' ? selectie.code : '',
    selectieBuurt: selectie?.soort === 'buurt' ? selectie.code : '',
  };
}

/** What lies under a screen point on the shared layers: its selection key and hover text. */
export interface Geraakt {
  /** Null: the area has no selection of its own (Spreiding, Wijkprofiel), and a click clears the selection. */
  readonly sleutel: string | null;
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

/** What a feature under the pointer means, or null when it means nothing (no facilities, no figure). */
function betekenis(
  kenmerk: { layer: { id: string }; properties: Record<string, unknown> },
  c: LaagContext,
): Geraakt | null {
  if (kenmerk.layer.id === 'pc4-symbolen') {
    const sleutel = `pc4:${String(kenmerk.properties.code)}`;
    const groep = pc4GroepenVan(c).find((g) => g.sleutel === sleutel);
    if (!groep) return null;
    // The selected symbol is described in the panel; a tooltip would only cover its count.
    const tekst =
      groep.sleutel === c.geselecteerd ? null : groepTitel(groep, { naamVanEnige: naamVanEnige(groep) });
    return { sleutel, tekst };
  }
  if (kenmerk.layer.id === 'rgw-kaartjes' || kenmerk.layer.id === 'rgw-arcering') {
    const rgw = RGW_DATA.van(c.extra);
    // A card names its focus area by code; a hatched buurt is one at buurt level, or part of a focus area.
    const code = String(
      kenmerk.layer.id === 'rgw-kaartjes' || rgw?.niveau === 'buurt'
        ? kenmerk.properties.code
        : kenmerk.properties.focusgebied,
    );
    const rij = rgw?.rijen.find((r) => r.code === code);
    return rij && rgw ? { sleutel: rij.sleutel, tekst: rgwTooltip(rij, rgw) } : null;
  }
  return vlakGeraakt(kenmerk, c);
}

/** Per maplibre layer of a switchable data layer: shown or not. */
function zichtbaarheid(c: LaagContext): Record<string, boolean> {
  const uit: Record<string, boolean> = {};
  for (const [id, lagen] of Object.entries(LAGEN_VAN)) {
    for (const laag of lagen) uit[laag] = c.aan(id as keyof typeof LAGEN_VAN);
  }
  return { ...uit, ...zichtbareVlakken(c) };
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
    zetKleuren(vlakKleuren(c));
    // Switching a layer off keeps its data: only `visibility` flips.
    const perLaag = zichtbaarheid(c);
    const nuZichtbaar = JSON.stringify(perLaag);
    if (nuZichtbaar !== zichtbaar) {
      for (const [laag, aan] of Object.entries(perLaag)) {
        if (map.getLayer(laag)) map.setLayoutProperty(laag, 'visibility', aan ? 'visible' : 'none');
      }
      zichtbaar = nuZichtbaar;
    }
  }

  /** Each area's colour as feature state on the tiles: only what changed is set or removed. */
  let kleuren: Partial<VlakKleuren> = {};
  function zetKleuren(nieuw: VlakKleuren): void {
    for (const id of Object.keys(nieuw) as VlakLaagId[]) {
      const oud = kleuren[id];
      const nu = nieuw[id];
      if (oud === nu) continue;
      const doel = (code: string) => ({ source: BRON, sourceLayer: BRON_LAAG[id], id: code });
      for (const code of oud?.keys() ?? []) if (!nu.has(code)) map.removeFeatureState(doel(code), id);
      for (const [code, kleur] of nu)
        if (oud?.get(code) !== kleur) map.setFeatureState(doel(code), { [id]: kleur });
    }
    kleuren = nieuw;
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
      // A new style may have a new source without the states: set every colour again, and remove the old ones.
      kleuren = Object.fromEntries(
        Object.entries(kleuren).map(([id, perCode]) => [
          id,
          new Map([...perCode].map(([code]) => [code, ''])),
        ]),
      );
      zoekPunt = undefined;
      hindernissen = undefined;
      zichtbaar = '';
      if (laatste) this.werkBij(laatste);
    },
    onder(punt) {
      const lagen = [...KLIKBARE_LAGEN, ...VLAK_LAAG_IDS].filter((id) => map.getLayer(id));
      const kenmerken = lagen.length > 0 ? map.queryRenderedFeatures(punt, { layers: lagen }) : [];
      const c = ctx();
      // Top first: the first feature with a meaning answers (a choropleth's area without a figure has none).
      for (const kenmerk of kenmerken) {
        const geraakt = betekenis(kenmerk, c);
        if (geraakt) return geraakt;
      }
      return null;
    },
    verwijder() {
      // The next renderer (another role) starts from clear areas.
      for (const [id, perCode] of Object.entries(kleuren) as [VlakLaagId, ReadonlyMap<string, string>][]) {
        if (!map.getSource(BRON)) break;
        for (const code of perCode.keys()) {
          map.removeFeatureState({ source: BRON, sourceLayer: BRON_LAAG[id], id: code }, id);
        }
      }
      kleuren = {};
      map.off('style.load', opStijl);
      map.off('idle', opIdle);
      map.off('styleimagemissing', opBeeldMist);
    },
  };
}
