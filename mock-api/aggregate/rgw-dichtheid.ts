/**
 * RGW case counts per H3 cell, buurt and focus area: pure functions over an index built once per case list,
 * so a million cases cost one pass of typed-array reads per query.
 */
import { latLngToCell } from 'h3-js';
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { ProbleemCategorie, type RgwZaak } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';

/** Cases opened from `van` to `tot` (ISO dates, both inclusive), optionally of one category. */
export interface ZaakFilter {
  van: string;
  tot: string;
  categorie: ProbleemCategorie | null;
}

export interface Telresultaat<K> {
  /** All cases that pass the filter, wherever they are. */
  totaal: number;
  /** Only keys with at least one case, in ascending key order. */
  perSleutel: Map<K, number>;
}

interface Sleutels {
  /** Per case, the index of its key in `codes`. */
  readonly index: Uint32Array;
  readonly codes: readonly string[];
}

interface ZaakIndex {
  readonly aantal: number;
  /** `geopend` as yyyymmdd: comparing integers beats comparing strings in the hot loop. */
  readonly geopend: Int32Array;
  /** Bit i set when the case has category i of `ProbleemCategorie.options`. */
  readonly categorieen: Uint16Array;
  readonly buurten: Sleutels;
  /** Per H3 resolution, computed on first use: latLngToCell is the expensive part. */
  readonly cellen: Map<number, Sleutels>;
}

const CATEGORIE_BIT = new Map(ProbleemCategorie.options.map((c, i) => [c, 1 << i] as const));
const ALLE_CATEGORIEEN = (1 << ProbleemCategorie.options.length) - 1;

/** Keyed by the case array itself: a dataset is never changed after it is generated, and a dropped one frees its index. */
const INDEXEN = new WeakMap<readonly RgwZaak[], ZaakIndex>();

export function datumGetal(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function groepeer(aantal: number, sleutelVan: (i: number) => string): Sleutels {
  const index = new Uint32Array(aantal);
  const nummers = new Map<string, number>();
  const codes: string[] = [];
  for (let i = 0; i < aantal; i++) {
    const code = sleutelVan(i);
    let n = nummers.get(code);
    if (n === undefined) {
      n = codes.length;
      nummers.set(code, n);
      codes.push(code);
    }
    index[i] = n;
  }
  return { index, codes };
}

function zaakIndex(zaken: readonly RgwZaak[]): ZaakIndex {
  const bestaand = INDEXEN.get(zaken);
  if (bestaand) return bestaand;
  const aantal = zaken.length;
  const geopend = new Int32Array(aantal);
  const categorieen = new Uint16Array(aantal);
  for (let i = 0; i < aantal; i++) {
    const z = zaken[i] as RgwZaak;
    geopend[i] = datumGetal(z.geopend);
    let bits = 0;
    for (const c of z.categorieen) bits |= CATEGORIE_BIT.get(c) ?? 0;
    categorieen[i] = bits;
  }
  const index: ZaakIndex = {
    aantal,
    geopend,
    categorieen,
    buurten: groepeer(aantal, (i) => (zaken[i] as RgwZaak).buurt),
    cellen: new Map(),
  };
  INDEXEN.set(zaken, index);
  return index;
}

function h3Sleutels(zaken: readonly RgwZaak[], index: ZaakIndex, resolutie: number): Sleutels {
  let sleutels = index.cellen.get(resolutie);
  if (!sleutels) {
    sleutels = groepeer(index.aantal, (i) => {
      const [lon, lat] = (zaken[i] as RgwZaak).positie;
      return latLngToCell(lat, lon, resolutie); // h3-js wants lat first, GeoJSON keeps lon first
    });
    index.cellen.set(resolutie, sleutels);
  }
  return sleutels;
}

/** The one hot loop: a counter per key, cases filtered on integer dates and a category bitmask. */
function tel(
  index: ZaakIndex,
  sleutels: Sleutels,
  filter: ZaakFilter,
): { totaal: number; tellers: Uint32Array } {
  const van = datumGetal(filter.van);
  const tot = datumGetal(filter.tot);
  const masker = filter.categorie === null ? ALLE_CATEGORIEEN : (CATEGORIE_BIT.get(filter.categorie) ?? 0);
  const tellers = new Uint32Array(sleutels.codes.length);
  const { geopend, categorieen } = index;
  const sleutelIndex = sleutels.index;
  let totaal = 0;
  for (let i = 0; i < index.aantal; i++) {
    const d = geopend[i] as number;
    if (d < van || d > tot || ((categorieen[i] as number) & masker) === 0) continue;
    const k = sleutelIndex[i] as number;
    tellers[k] = (tellers[k] as number) + 1;
    totaal++;
  }
  return { totaal, tellers };
}

function naarMap(codes: readonly string[], tellers: Uint32Array): Map<string, number> {
  const paren: [string, number][] = [];
  for (let k = 0; k < codes.length; k++) {
    const n = tellers[k] as number;
    if (n > 0) paren.push([codes[k] as string, n]);
  }
  paren.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(paren);
}

export function telPerH3(
  zaken: readonly RgwZaak[],
  filter: ZaakFilter,
  resolutie: number,
): Telresultaat<string> {
  const index = zaakIndex(zaken);
  const sleutels = h3Sleutels(zaken, index, resolutie);
  const { totaal, tellers } = tel(index, sleutels, filter);
  return { totaal, perSleutel: naarMap(sleutels.codes, tellers) };
}

export function telPerBuurt(zaken: readonly RgwZaak[], filter: ZaakFilter): Telresultaat<string> {
  const index = zaakIndex(zaken);
  const { totaal, tellers } = tel(index, index.buurten, filter);
  return { totaal, perSleutel: naarMap(index.buurten.codes, tellers) };
}

/** Per focus area, every area present (zero included); cases outside the five areas count only in `totaal`. */
export function telPerFocusgebied(
  zaken: readonly RgwZaak[],
  filter: ZaakFilter,
): Telresultaat<FocusgebiedCode> {
  const { totaal, perSleutel } = telPerBuurt(zaken, filter);
  const perFocusgebied = new Map<FocusgebiedCode, number>(FOCUSGEBIEDEN.map((f) => [f.code, 0]));
  for (const [buurt, n] of perSleutel) {
    const f = focusgebiedVanBuurt(buurt);
    if (f) perFocusgebied.set(f.code, (perFocusgebied.get(f.code) ?? 0) + n);
  }
  return { totaal, perSleutel: perFocusgebied };
}
