/**
 * RGW case counts per H3 cell, buurt and focus area from an index built once per case list: per category and per
 * day, running totals per key of the cases and of their record keys, so any period's count and cell key cost two
 * rows read per key however many cases there are.
 */
// Every resolution the API offers gets its own table, located per case: the res-8 cell a point lies in is not always
// the parent of its res-9 cell (H3 cells do not nest exactly; about 7 % of the demo cases differ), so summing
// children would change the answers.
import { latLngToCell } from 'h3-js';
import { DichtheidQuery } from '../../src/contract/endpoints';
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { ProbleemCategorie, type RgwZaak } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import { dagVanIso } from '../generate/datum';
import { celsleutelGeheim, recordsleutels, type SipSleutel } from './recordsleutel';

/** Cases opened from `van` to `tot` (ISO dates, both inclusive), optionally of one category. */
export interface ZaakFilter {
  van: string;
  tot: string;
  categorie: ProbleemCategorie | null;
}

/** A cell: how many cases, and the sum of their record keys mod 2^32 (its cell key, see celsleutel.ts). */
export interface Celtelling {
  aantal: number;
  sleutelsom: number;
}

export interface Telresultaat<K> {
  /** All cases that pass the filter, wherever they are. */
  totaal: Celtelling;
  /** Only keys with at least one case, in ascending key order. */
  perSleutel: Map<K, Celtelling>;
}

function resolutiesVanContract(): readonly number[] {
  const { minValue, maxValue } = DichtheidQuery.shape.resolutie.unwrap();
  if (minValue === null || maxValue === null) throw new Error('DichtheidQuery.resolutie heeft geen grenzen');
  return Array.from({ length: maxValue - minValue + 1 }, (_, i) => minValue + i);
}

/** The H3 resolutions the index answers: exactly those the density query accepts. */
export const H3_RESOLUTIES: readonly number[] = resolutiesVanContract();

/** Table 0 counts every case; table i counts the cases with category i - 1 of `ProbleemCategorie.options`. */
const VARIANTEN = ProbleemCategorie.options.length + 1;
const VARIANT = new Map(ProbleemCategorie.options.map((c, i) => [c, i + 1] as const));
const CATEGORIE_BIT = new Map(ProbleemCategorie.options.map((c, i) => [c, 1 << i] as const));

/** Running totals for one kind of key (H3 cells at one resolution, or buurten). */
interface Cumulatief {
  /** Key codes in ascending order. */
  readonly codes: readonly string[];
  /**
   * VARIANTEN blocks of `rijen` rows of `codes.length` totals: row r of block v counts the cases of variant v per
   * key opened before day `eersteDag + r`; row 0 is all zeros.
   */
  readonly sommen: Uint32Array;
  /** The same layout with running sums of the record keys; Uint32Array arithmetic is the mod 2^32 the method needs. */
  readonly sleutelsommen: Uint32Array;
}

export interface Dichtheidsindex {
  /** The secret the record keys were made with. */
  readonly geheim: SipSleutel;
  /** Cases indexed. */
  readonly zaken: number;
  /** How long the build took, for the server's start-up line and the benchmark. */
  readonly bouwMs: number;
  /** Day number (days since 1970-01-01) of the earliest opening date; 0 when there are no cases. */
  readonly eersteDag: number;
  /** Rows per variant: days from the earliest to the latest opening date, plus one. */
  readonly rijen: number;
  readonly h3: ReadonlyMap<number, Cumulatief>;
  readonly buurten: Cumulatief;
  /** Per buurt key (in `buurten.codes` order), its focus area or null. */
  readonly focusgebiedVan: readonly (FocusgebiedCode | null)[];
}

/** Sorts the codes and renumbers: `rang[oudId]` is the key's position in the sorted list. */
function sorteer(codes: readonly string[]): { codes: string[]; rang: Int32Array } {
  const volgorde = codes
    .map((_, i) => i)
    .sort((a, b) => {
      const x = codes[a] as string;
      const y = codes[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const rang = new Int32Array(codes.length);
  volgorde.forEach((oud, nieuw) => {
    rang[oud] = nieuw;
  });
  return { codes: volgorde.map((i) => codes[i] as string), rang };
}

function cumuleer(
  ongesorteerd: readonly string[],
  sleutel: Int32Array,
  rij: Int32Array,
  bits: Uint16Array,
  recordsleutel: Uint32Array,
  rijen: number,
): Cumulatief {
  const { codes, rang } = sorteer(ongesorteerd);
  const k = codes.length;
  const blok = rijen * k;
  const sommen = new Uint32Array(VARIANTEN * blok);
  const sleutelsommen = new Uint32Array(VARIANTEN * blok);
  for (let i = 0; i < sleutel.length; i++) {
    const plek = (rij[i] as number) * k + (rang[sleutel[i] as number] as number);
    const r = recordsleutel[i] as number;
    sommen[plek] = (sommen[plek] as number) + 1;
    sleutelsommen[plek] = (sleutelsommen[plek] as number) + r;
    let b = bits[i] as number;
    for (let v = 1; b !== 0; v++, b >>>= 1) {
      if ((b & 1) !== 0) {
        sommen[v * blok + plek] = (sommen[v * blok + plek] as number) + 1;
        sleutelsommen[v * blok + plek] = (sleutelsommen[v * blok + plek] as number) + r;
      }
    }
  }
  for (let v = 0; v < VARIANTEN; v++) {
    for (let r = 1; r < rijen; r++) {
      const hier = v * blok + r * k;
      for (let j = 0; j < k; j++) {
        sommen[hier + j] = (sommen[hier + j] as number) + (sommen[hier - k + j] as number);
        sleutelsommen[hier + j] =
          (sleutelsommen[hier + j] as number) + (sleutelsommen[hier - k + j] as number);
      }
    }
  }
  return { codes, sommen, sleutelsommen };
}

/** The h3-js cell of each point at one resolution, as codes in order of first hit and per point an index into them. */
function zoekCellen(
  lon: Float64Array,
  lat: Float64Array,
  resolutie: number,
): { codes: string[]; id: Int32Array } {
  const codes: string[] = [];
  const nummers = new Map<string, number>();
  const id = new Int32Array(lon.length);
  for (let i = 0; i < lon.length; i++) {
    const code = latLngToCell(lat[i] as number, lon[i] as number, resolutie); // h3-js wants lat first
    let k = nummers.get(code);
    if (k === undefined) {
      k = codes.length;
      nummers.set(code, k);
      codes.push(code);
    }
    id[i] = k;
  }
  return { codes, id };
}

/** Builds the index; `dichtheidsindex` keeps one per case list. One pass per key kind. */
export function bouwDichtheidsindex(
  zaken: readonly RgwZaak[],
  geheim: SipSleutel = celsleutelGeheim(),
): Dichtheidsindex {
  const start = performance.now();
  const sleutels = recordsleutels(zaken, geheim);
  const n = zaken.length;
  const dag = new Int32Array(n);
  const bits = new Uint16Array(n);
  const buurt = new Int32Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const buurtCodes: string[] = [];
  const buurtNummers = new Map<string, number>();
  const dagVan = new Map<string, number>();
  let eersteDag = Number.POSITIVE_INFINITY;
  let laatsteDag = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const z = zaken[i] as RgwZaak;
    let d = dagVan.get(z.geopend);
    if (d === undefined) {
      d = dagVanIso(z.geopend);
      dagVan.set(z.geopend, d);
    }
    dag[i] = d;
    if (d < eersteDag) eersteDag = d;
    if (d > laatsteDag) laatsteDag = d;
    let b = 0;
    for (const c of z.categorieen) b |= CATEGORIE_BIT.get(c) ?? 0;
    bits[i] = b;
    let k = buurtNummers.get(z.buurt);
    if (k === undefined) {
      k = buurtCodes.length;
      buurtNummers.set(z.buurt, k);
      buurtCodes.push(z.buurt);
    }
    buurt[i] = k;
    lon[i] = z.positie[0];
    lat[i] = z.positie[1];
  }
  if (n === 0) {
    eersteDag = 0;
    laatsteDag = -1;
  }
  // Row 0 stays empty, so "opened before the first day" needs no special case.
  const rijen = laatsteDag - eersteDag + 2;
  const rij = dag; // reused in place: from here on only the row is needed
  for (let i = 0; i < n; i++) rij[i] = (dag[i] as number) - eersteDag + 1;

  const h3 = new Map<number, Cumulatief>();
  for (const resolutie of H3_RESOLUTIES) {
    const cellen = zoekCellen(lon, lat, resolutie);
    h3.set(resolutie, cumuleer(cellen.codes, cellen.id, rij, bits, sleutels, rijen));
  }
  const buurten = cumuleer(buurtCodes, buurt, rij, bits, sleutels, rijen);
  return {
    geheim,
    zaken: n,
    bouwMs: performance.now() - start,
    eersteDag,
    rijen,
    h3,
    buurten,
    focusgebiedVan: buurten.codes.map((b) => focusgebiedVanBuurt(b)?.code ?? null),
  };
}

/** Keyed by the case array itself: a dataset is never changed after it is generated, and a dropped one frees its index. */
const INDEXEN = new WeakMap<readonly RgwZaak[], Dichtheidsindex>();

/** The index of this case list, built on the first call (the API server calls it at start-up). */
export function dichtheidsindex(
  zaken: readonly RgwZaak[],
  geheim: SipSleutel = celsleutelGeheim(),
): Dichtheidsindex {
  let index = INDEXEN.get(zaken);
  if (!index || index.geheim !== geheim) {
    index = bouwDichtheidsindex(zaken, geheim);
    INDEXEN.set(zaken, index);
  }
  return index;
}

/** Counts and key sums per key (in `tabel.codes` order) of the cases that pass the filter: one subtraction per key. */
function tel(
  index: Dichtheidsindex,
  tabel: Cumulatief,
  filter: ZaakFilter,
): { tellers: Uint32Array; sleutels: Uint32Array } {
  const k = tabel.codes.length;
  const tellers = new Uint32Array(k);
  const sleutels = new Uint32Array(k);
  const variant = filter.categorie === null ? 0 : VARIANT.get(filter.categorie);
  if (variant === undefined) return { tellers, sleutels };
  const laatsteRij = index.rijen - 1;
  const klem = (r: number) => Math.min(laatsteRij, Math.max(0, r));
  // Cases opened on or after `van` and on or before `tot`: totals before tot + 1 minus totals before van.
  const vanaf = klem(dagVanIso(filter.van) - index.eersteDag);
  const tot = klem(dagVanIso(filter.tot) - index.eersteDag + 1);
  if (tot <= vanaf) return { tellers, sleutels };
  const blok = variant * index.rijen * k;
  const a = blok + vanaf * k;
  const b = blok + tot * k;
  const { sommen, sleutelsommen } = tabel;
  for (let j = 0; j < k; j++) {
    tellers[j] = (sommen[b + j] as number) - (sommen[a + j] as number);
    // Stored into a Uint32Array: the difference is taken mod 2^32, as the cell key needs.
    sleutels[j] = (sleutelsommen[b + j] as number) - (sleutelsommen[a + j] as number);
  }
  return { tellers, sleutels };
}

function naarMap(
  codes: readonly string[],
  { tellers, sleutels }: { tellers: Uint32Array; sleutels: Uint32Array },
): Telresultaat<string> {
  const perSleutel = new Map<string, Celtelling>();
  let aantal = 0;
  let sleutelsom = 0;
  for (let j = 0; j < codes.length; j++) {
    const n = tellers[j] as number;
    if (n === 0) continue;
    const s = sleutels[j] as number;
    aantal += n;
    sleutelsom = (sleutelsom + s) >>> 0;
    perSleutel.set(codes[j] as string, { aantal: n, sleutelsom: s });
  }
  return { totaal: { aantal, sleutelsom }, perSleutel };
}

export function telPerH3(
  index: Dichtheidsindex,
  filter: ZaakFilter,
  resolutie: number,
): Telresultaat<string> {
  const tabel = index.h3.get(resolutie);
  if (!tabel) {
    throw new RangeError(
      `resolutie ${resolutie} staat niet in de dichtheidsindex: verwacht ${H3_RESOLUTIES.join(', ')}`,
    );
  }
  return naarMap(tabel.codes, tel(index, tabel, filter));
}

export function telPerBuurt(index: Dichtheidsindex, filter: ZaakFilter): Telresultaat<string> {
  return naarMap(index.buurten.codes, tel(index, index.buurten, filter));
}

/** Per focus area, every area present (zero included); cases outside the five areas count only in `totaal`. */
export function telPerFocusgebied(index: Dichtheidsindex, filter: ZaakFilter): Telresultaat<FocusgebiedCode> {
  const { tellers, sleutels } = tel(index, index.buurten, filter);
  const perSleutel = new Map<FocusgebiedCode, Celtelling>(
    FOCUSGEBIEDEN.map((f) => [f.code, { aantal: 0, sleutelsom: 0 }]),
  );
  const totaal: Celtelling = { aantal: 0, sleutelsom: 0 };
  for (let j = 0; j < tellers.length; j++) {
    const n = tellers[j] as number;
    const s = sleutels[j] as number;
    totaal.aantal += n;
    totaal.sleutelsom = (totaal.sleutelsom + s) >>> 0;
    const f = index.focusgebiedVan[j];
    const cel = f ? perSleutel.get(f) : undefined;
    if (cel) {
      cel.aantal += n;
      cel.sleutelsom = (cel.sleutelsom + s) >>> 0;
    }
  }
  return { totaal, perSleutel };
}
