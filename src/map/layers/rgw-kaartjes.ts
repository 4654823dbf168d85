/** The RGW answer as the map needs it, without any drawing library: the types, the card texts and their placement inside each focus area, the outlines of a chosen or selected area, and the hover text. Shared by the deck.gl layers (rgw-groep.ts) and publiek's canvas (publiek-canvas.ts). */
import type { Position } from 'geojson';
import type { FocusgebiedCode } from '../../contract/gebied';
import type { Klassen } from '../../domain/rgw-klassen';
import { leesRgwSleutel, MINDER_DAN_5, type RgwRij } from '../../domain/rgw-tabel';
import { KAART_LABELS } from '../../geo/kaartlabels';
import type { SelectieRing } from '../laag-groep';
import { BUURT_VLAKKEN, buitenranden, focusVeelhoeken, type Veelhoek } from './rgw-buurtvlakken';
import { kiesLabelPunt } from './rgw-labelpunt';

declare module '../laag-groep' {
  interface ExtraLaagData {
    /** The RGW density answer prepared for the map (src/panels/rgw-staat.ts); null while loading or off. */
    readonly rgw?: RgwKaart | null;
  }
}

/** What the map needs of one density answer; built by the app once per answer, so its arrays keep their identity. */
export interface RgwKaart {
  readonly niveau: 'h3' | 'buurt' | 'focusgebied';
  readonly rijen: readonly RgwRij[];
  readonly klassen: Klassen;
  /** The suppression minimum of the answer, for "minder dan 5 zaken". */
  readonly minimum: number;
  /** The period in words, "in de afgelopen 12 maanden", to follow every count. */
  readonly periode: string;
  /** The focus-area preset chosen in the panel: outlined on the map. */
  readonly focus: FocusgebiedCode | null;
}

/** One polygon of an area, with the row it shows; a buurt or focus area of several polygons has several. */
export interface RgwVlak {
  readonly rij: RgwRij;
  readonly veelhoek: Veelhoek;
}

/** A focus area's total at its label point, as a resident reads it: "Tarwewijk" over "218 zaken". */
export interface RgwLabel {
  readonly rij: RgwRij;
  readonly positie: readonly [number, number];
  readonly tekst: string;
}

export interface Omlijning {
  readonly pad: readonly Position[];
}

/** "Tarwewijk\n218 zaken" or "Tarwewijk\nminder dan 5". */
export function labelTekst(rij: RgwRij): string {
  const telling = rij.telling.onderdrukt
    ? MINDER_DAN_5
    : `${rij.telling.aantal.toLocaleString('nl-NL')} ${rij.telling.aantal === 1 ? 'zaak' : 'zaken'}`;
  return `${rij.naam}\n${telling}`;
}

/** Larger totals win a collision; a suppressed one yields to every shown total. */
export function kaartjePrioriteit(label: Pick<RgwLabel, 'rij'>): number {
  return label.rij.telling.onderdrukt ? -1 : Math.min(1000, label.rij.telling.aantal);
}

/** The hover text: the area, its count and the period; a suppressed one says why there is no number. */
export function rgwTooltip(rij: RgwRij, kaart: Pick<RgwKaart, 'periode' | 'minimum'>): string {
  if (rij.telling.onderdrukt) {
    return `${rij.naam}: ${MINDER_DAN_5} zaken ${kaart.periode}`;
  }
  const n = rij.telling.aantal;
  return `${rij.naam}: ${n.toLocaleString('nl-NL')} ${n === 1 ? 'zaak' : 'zaken'} ${kaart.periode}`;
}

/** The polygons of areas joined to their rows; rows without polygons (not drawn: the port) are left out. */
export function rgwVlakken(
  rijen: readonly RgwRij[],
  veelhoekenVan: (rij: RgwRij) => readonly Veelhoek[],
): RgwVlak[] {
  return rijen.flatMap((rij) => veelhoekenVan(rij).map((veelhoek) => ({ rij, veelhoek })));
}

const FOCUS_LABELPUNT = new Map(
  KAART_LABELS.filter((l) => l.soort === 'focusgebied').map((l) => [l.code, l.positie] as const),
);

/** The polygons of a buurt or focus-area row from the embedded geography; none for an H3 cell. */
export function veelhoekenVan(rij: RgwRij): readonly Veelhoek[] {
  if (rij.soort === 'buurt') return BUURT_VLAKKEN.get(rij.code)?.veelhoeken ?? [];
  if (rij.soort === 'focusgebied') return focusVeelhoeken(rij.code as FocusgebiedCode);
  return [];
}

// Derived arrays per answer, kept as long as the rows are: a renderer then sees the same data and uploads nothing.
const VLAKKEN = new WeakMap<readonly RgwRij[], RgwVlak[]>();
/** Per answer and per symbol list (the cards keep clear of the symbols), or per answer alone without symbols. */
const LABELS = new WeakMap<readonly RgwRij[], WeakMap<object, RgwLabel[]>>();
const ZONDER_SYMBOLEN = {};

export function vlakkenVan(rijen: readonly RgwRij[]): RgwVlak[] {
  let vlakken = VLAKKEN.get(rijen);
  if (!vlakken) {
    vlakken = rgwVlakken(rijen, veelhoekenVan);
    VLAKKEN.set(rijen, vlakken);
  }
  return vlakken;
}

/**
 * The cards of an answer, each inside its area and clear of the symbols where it can be (rgw-labelpunt.ts). Greedy,
 * the largest total first: each card placed becomes an obstacle for the next, like the symbols. `symbolen` is the
 * list the positions come from (kept by identity for the cache), or null without symbols.
 */
export function labelsVan(
  rijen: readonly RgwRij[],
  symbolen: { readonly groepen: readonly { readonly positie: readonly [number, number] }[] } | null,
): RgwLabel[] {
  const sleutel: object = symbolen ?? ZONDER_SYMBOLEN;
  let perWeergave = LABELS.get(rijen);
  let labels = perWeergave?.get(sleutel);
  if (!labels) {
    const hindernissen: (readonly [number, number])[] = (symbolen?.groepen ?? []).map((g) => g.positie);
    const volgorde = rijen
      .map((rij) => ({ rij, prioriteit: kaartjePrioriteit({ rij }) }))
      .sort((a, b) => b.prioriteit - a.prioriteit);
    labels = volgorde.flatMap(({ rij }) => {
      const labelPunt = FOCUS_LABELPUNT.get(rij.code);
      if (!labelPunt) return [];
      const positie = kiesLabelPunt(veelhoekenVan(rij), labelPunt, hindernissen);
      hindernissen.push(positie);
      return [{ rij, positie, tekst: labelTekst(rij) }];
    });
    perWeergave ??= new WeakMap();
    perWeergave.set(sleutel, labels);
    LABELS.set(rijen, perWeergave);
  }
  return labels;
}

/** About half a card's width in pixels (13 px bold, ~0.6 em a character, padding): the basemap names keep clear of it. */
export function kaartjeStraal(label: RgwLabel): number {
  const langste = Math.max(...label.tekst.split('\n').map((r) => r.length));
  return (langste * 13 * 0.6) / 2 + 8;
}

/** The cards as obstacles for the basemap names. */
export function kaartjeHindernissen(labels: readonly RgwLabel[]): SelectieRing[] {
  return labels.map((l) => ({ positie: l.positie, straal: kaartjeStraal(l) }));
}

const FOCUS_OMLIJNING = new Map<FocusgebiedCode, Omlijning[]>();
/** The outline of a chosen focus area, cached per area. */
export function focusOmlijning(code: FocusgebiedCode | null): Omlijning[] {
  if (code === null) return [];
  let paden = FOCUS_OMLIJNING.get(code);
  if (!paden) {
    paden = buitenranden(focusVeelhoeken(code)).map((pad) => ({ pad }));
    FOCUS_OMLIJNING.set(code, paden);
  }
  return paden;
}

/**
 * The outline of a selected buurt or focus area, from the embedded geography; `null` for a selection that is not
 * one (an H3 cell is outlined by the deck.gl layers, which have h3-js), `[]` for an unknown area.
 */
export function vlakOmlijning(sleutel: string | null): Omlijning[] | null {
  const rgw = leesRgwSleutel(sleutel);
  if (!rgw || rgw.soort === 'h3') return null;
  const veelhoeken =
    rgw.soort === 'buurt'
      ? (BUURT_VLAKKEN.get(rgw.code)?.veelhoeken ?? [])
      : focusVeelhoeken(rgw.code as FocusgebiedCode);
  return buitenranden(veelhoeken).map((pad) => ({ pad }));
}
