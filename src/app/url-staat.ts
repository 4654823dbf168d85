/** The shareable state of the map in the URL: view, data layers, filters, selection and background, parsed leniently for the current role and written back without clutter. */
// One pure module (strings in, state out) so every rule is tested without a browser. Parsing never fails: a value
// that does not parse, a layer or filter the role may not use, or a selection key of another role's precision is
// dropped silently, so a link from a colleague with more access opens at this role's precision, never as an error.
// Layers and filters are defined in src/domain/datalagen.ts; adding one there is all the URL needs.
import { z } from 'zod';
import type { Rol } from '../contract/common';
import {
  eenVlaklaag,
  FILTER_SLEUTELS,
  FILTERS,
  isDatalaagId,
  lagenVoorRol,
  magFilter,
  magSelectie,
  type DatalaagId,
  type FilterDefinitie,
  type Filters,
  type FilterSleutel,
} from '../domain/datalagen';
import type { Achtergrond } from '../map/basemap-style';
import type { Beeld } from '../map/map-view';

export interface UrlStaat {
  readonly beeld: Beeld | null;
  /** The data layers switched on; null: the role's defaults (the URL does not name any). */
  readonly lagen: readonly DatalaagId[] | null;
  readonly filters: Filters;
  /** The selection key (`pc4:3084`), or null. */
  readonly selectie: string | null;
  /** Null when the URL does not say; the tab's stored choice or the default then applies (kaart-instellingen.ts). */
  readonly achtergrond: Achtergrond | null;
  readonly postcodegebieden: boolean | null;
}

export const LEGE_URL_STAAT: UrlStaat = Object.freeze({
  beeld: null,
  lagen: null,
  filters: Object.freeze({}),
  selectie: null,
  achtergrond: null,
  postcodegebieden: null,
});

/** Parameter names. Filters use their own key from FILTERS (`?woonvorm=opvang`). */
export const URL_PARAM = {
  beeld: 'beeld',
  lagen: 'lagen',
  selectie: 'selectie',
  achtergrond: 'achtergrond',
  postcodes: 'postcodes',
} as const;

/** `lagen=geen`: every layer off, which an empty value could not say apart from "not given". */
const GEEN_LAGEN = 'geen';

/** The view a link may open: Rotterdam and its surroundings, at zooms the map offers. */
const BeeldParam = z
  .string()
  .transform((tekst) => tekst.split('/').map((d) => (d.trim() === '' ? Number.NaN : Number(d))))
  .pipe(z.tuple([z.number().min(9).max(18), z.number().min(51.7).max(52.1), z.number().min(3.85).max(4.85)]))
  .transform(([zoom, lat, lon]): Beeld => ({ centrum: [lon, lat], zoom }));

/** Letters, digits and the separators our keys use; long enough for an address key, short enough to stay a key. */
const SelectieParam = z.string().regex(/^[A-Za-z0-9:.,_-]{3,100}$/);

const AchtergrondParam = z.enum(['eigen', 'pdok']);

const AanUitParam = z
  .enum(['aan', 'uit', '1', '0', 'true', 'false'])
  .transform((w) => ['aan', '1', 'true'].includes(w));

function lees<T>(schema: z.ZodType<T>, waarde: string | null): T | null {
  if (waarde === null) return null;
  const uitslag = schema.safeParse(waarde);
  return uitslag.success ? uitslag.data : null;
}

function leesLagen(waarde: string | null, rol: Rol): readonly DatalaagId[] | null {
  if (waarde === null) return null;
  if (waarde.trim() === GEEN_LAGEN) return [];
  const toegestaan = new Set<string>(lagenVoorRol(rol).map((l) => l.id));
  const lagen = [...new Set(waarde.split(',').map((d) => d.trim()))].filter(
    (id): id is DatalaagId => isDatalaagId(id) && toegestaan.has(id),
  );
  // Only layers of another role: this role's own defaults, rather than an empty map. Two area layers: the first.
  return lagen.length > 0 ? eenVlaklaag(lagen) : null;
}

function leesFilters(params: URLSearchParams, rol: Rol): Filters {
  const filters: Partial<Record<FilterSleutel, unknown>> = {};
  for (const sleutel of FILTER_SLEUTELS) {
    if (!magFilter(rol, sleutel)) continue;
    const definitie: FilterDefinitie<unknown> = FILTERS[sleutel];
    const waarde = lees(definitie.schema, params.get(sleutel));
    if (waarde !== null) filters[sleutel] = waarde;
  }
  return filters as Filters;
}

/** Reads the URL's query string for this role. Never throws; whatever it cannot use, it leaves out. */
export function leesUrlStaat(zoek: string, rol: Rol): UrlStaat {
  const params = new URLSearchParams(zoek);
  const selectie = lees(SelectieParam, params.get(URL_PARAM.selectie));
  return {
    beeld: lees(BeeldParam, params.get(URL_PARAM.beeld)),
    lagen: leesLagen(params.get(URL_PARAM.lagen), rol),
    filters: leesFilters(params, rol),
    selectie: selectie !== null && magSelectie(rol, selectie) ? selectie : null,
    achtergrond: lees(AchtergrondParam, params.get(URL_PARAM.achtergrond)),
    postcodegebieden: lees(AanUitParam, params.get(URL_PARAM.postcodes)),
  };
}

/** The same state for another role (after signing in or out): what that role may not have is dropped. */
export function voorRol(staat: UrlStaat, rol: Rol): UrlStaat {
  const zoek = schrijfUrlStaat('', staat);
  return leesUrlStaat(zoek, rol);
}

/** `15.5/51.917/4.467`: zoom to two decimals, degrees to five (about a metre), so the URL stays short. */
export function toonBeeld(beeld: Beeld): string {
  const rond = (n: number, d: number) => String(Number(n.toFixed(d)));
  return `${rond(beeld.zoom, 2)}/${rond(beeld.centrum[1], 5)}/${rond(beeld.centrum[0], 5)}`;
}

function zet(params: URLSearchParams, naam: string, waarde: string | null): void {
  if (waarde === null) params.delete(naam);
  else params.set(naam, waarde);
}

/**
 * The query string with the given parts of the state written in (parts not given are left as they are, like any
 * parameter that is not ours); empty parts are removed, so a default map has a plain URL.
 */
export function schrijfUrlStaat(zoek: string, deel: Partial<UrlStaat>): string {
  const params = new URLSearchParams(zoek);
  if ('beeld' in deel) zet(params, URL_PARAM.beeld, deel.beeld ? toonBeeld(deel.beeld) : null);
  if ('lagen' in deel) {
    const lagen = deel.lagen ?? null;
    zet(params, URL_PARAM.lagen, lagen === null ? null : lagen.length === 0 ? GEEN_LAGEN : lagen.join(','));
  }
  if ('filters' in deel) {
    const filters = deel.filters ?? {};
    for (const sleutel of FILTER_SLEUTELS) {
      const waarde = filters[sleutel];
      const definitie: FilterDefinitie<unknown> = FILTERS[sleutel];
      zet(params, sleutel, waarde === undefined ? null : definitie.schrijf(waarde));
    }
  }
  if ('selectie' in deel) zet(params, URL_PARAM.selectie, deel.selectie ?? null);
  if ('achtergrond' in deel) zet(params, URL_PARAM.achtergrond, deel.achtergrond ?? null);
  if ('postcodegebieden' in deel) {
    const aan = deel.postcodegebieden ?? null;
    zet(params, URL_PARAM.postcodes, aan === null ? null : aan ? 'aan' : 'uit');
  }
  // URLSearchParams encodes commas and slashes; they are safe in a query and far easier to read in a shared link.
  const tekst = params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  return tekst ? `?${tekst}` : '';
}

/** The layers that are on for this role: the URL's list, or the role's defaults. */
export function lagenAan(
  staat: Pick<UrlStaat, 'lagen'>,
  standaard: readonly DatalaagId[],
): ReadonlySet<DatalaagId> {
  return new Set(staat.lagen ?? standaard);
}
