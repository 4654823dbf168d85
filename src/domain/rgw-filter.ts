/** The RGW density filters as people set them (period preset or own dates, problem category, level, cell size), their Dutch wording, their checks, and the query they ask of the API. */
// Pure: strings in, strings out. The peildatum comes from the API's `bron`; without it the presets still work,
// because the API fills in the missing end itself (the peildatum) and its answer says which period it used.
import { z } from 'zod';
import type { Rol } from '../contract/common';
import { FocusgebiedCode } from '../contract/gebied';
import { ProbleemCategorie } from '../contract/rgw';
import type { FilterDefinitie } from './datalagen';
import { FOCUSGEBIEDEN } from './focusgebieden';
import { RECHTEN } from './roles';

/** `12m`: the twelve months up to the peildatum; a year: that calendar year (up to the peildatum when it is this year). */
export type PeriodePreset = '12m' | `${number}`;

export type RgwPeriode =
  | { readonly soort: 'preset'; readonly preset: PeriodePreset }
  | { readonly soort: 'eigen'; readonly van: string; readonly tot: string };

export type RgwNiveau = 'h3' | 'buurt';

/** H3 resolutions the API offers (7: ~5 km², 8: ~0.7 km², 9: ~0.1 km²); 8 fits a buurt best. */
export const RESOLUTIES = [7, 8, 9] as const;
export type Resolutie = (typeof RESOLUTIES)[number];
export const STANDAARD_RESOLUTIE: Resolutie = 8;

export const RESOLUTIE_LABEL: Readonly<Record<Resolutie, string>> = {
  7: 'Grof (ca. 5 km²)',
  8: 'Middel (ca. 0,7 km²)',
  9: 'Fijn (ca. 0,1 km²)',
};

export interface RgwFilter {
  readonly periode: RgwPeriode;
  readonly categorie: ProbleemCategorie | null;
  /** Only the draagkrachtscan chooses; the other roles always get totals per focus area. */
  readonly niveau: RgwNiveau;
  readonly resolutie: Resolutie;
}

export const STANDAARD_RGW_FILTER: RgwFilter = Object.freeze({
  periode: Object.freeze({ soort: 'preset', preset: '12m' }),
  categorie: null,
  niveau: 'h3',
  resolutie: STANDAARD_RESOLUTIE,
});

/** Dutch names of the problems in scope (Uitvoeringsplan RGW) and of the signals RGW passes on to others. */
export const CATEGORIE_LABEL: Readonly<Record<ProbleemCategorie, string>> = {
  woonoverlast: 'Woonoverlast',
  overbewoning: 'Overbewoning en illegale kamerverhuur',
  'misstanden-verhuur': 'Misstanden op de particuliere verhuurmarkt',
  'achterstallig-onderhoud': 'Achterstallig onderhoud',
  woonfraude: 'Woonfraude',
  'criminele-doeleinden': 'Misbruik van woningen voor criminele doeleinden',
  'signaal-ondermijning': 'Ondermijning (signaal)',
  'signaal-zorg': 'Zorg (signaal)',
  'signaal-sociaal': 'Sociale problemen (signaal)',
};

export interface CategorieGroep {
  readonly label: string;
  readonly categorieen: readonly ProbleemCategorie[];
}

/** The select's option groups: what RGW tackles itself, then what it only signals. */
export const CATEGORIE_GROEPEN: readonly CategorieGroep[] = [
  {
    label: 'Aanpak Rotterdams Goed Wonen',
    categorieen: ProbleemCategorie.options.filter((c) => !c.startsWith('signaal-')),
  },
  { label: 'Signalen', categorieen: ProbleemCategorie.options.filter((c) => c.startsWith('signaal-')) },
];

/** Mirrors the API: one query may span at most this many years. */
export const MAX_PERIODE_JAREN = 3;

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as `YYYY-MM-DD` (so not 2025-02-30). */
export function isDatum(tekst: string): boolean {
  const m = DATUM.exec(tekst);
  if (!m) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

/** Shifts an ISO date by whole years and days in UTC, the way the API does. */
export function verschuifDatum(datum: string, jaren: number, dagen = 0): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + jaren);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** The presets the filter offers: the last twelve months, last year, this year so far. */
export function periodePresets(peildatum: string | null): readonly PeriodePreset[] {
  if (peildatum === null) return ['12m'];
  const jaar = Number(peildatum.slice(0, 4));
  return ['12m', `${jaar - 1}`, `${jaar}`];
}

export function presetLabel(preset: PeriodePreset, peildatum: string | null): string {
  if (preset === '12m') return 'Afgelopen 12 maanden';
  return peildatum !== null && preset === peildatum.slice(0, 4) ? `${preset} tot nu` : preset;
}

export interface Periodefout {
  readonly veld: 'van' | 'tot';
  readonly melding: string;
}

/**
 * What the form checks before asking: two real dates in order. The longest period allowed is the API's rule
 * (MAX_PERIODE_JAREN, mirrored here for the date inputs' bounds): its 400 names the field and is shown there.
 */
export function controleerPeriode(van: string, tot: string): Periodefout | null {
  if (!isDatum(van))
    return { veld: 'van', melding: van ? `"${van}" is geen geldige datum` : 'vul een begindatum in' };
  if (!isDatum(tot))
    return { veld: 'tot', melding: tot ? `"${tot}" is geen geldige datum` : 'vul een einddatum in' };
  if (van > tot) {
    return { veld: 'van', melding: `van (${toonDatum(van)}) moet op of voor tot (${toonDatum(tot)}) liggen` };
  }
  return null;
}

/** What the density endpoint is asked. `niveau` and `resolutie` only for roles entitled to them: others get a 403. */
export interface DichtheidVraag {
  readonly van?: string;
  readonly tot?: string;
  readonly categorie?: ProbleemCategorie;
  readonly niveau?: RgwNiveau;
  readonly resolutie?: Resolutie;
}

/**
 * The query for a filter and role. The twelve months preset sends no dates: the API's default is exactly that
 * period, so nothing needs the peildatum before the first answer. This year's end is the peildatum when known.
 */
export function dichtheidVraag(filter: RgwFilter, rol: Rol, peildatum: string | null): DichtheidVraag {
  const periode = periodeVraag(filter.periode, peildatum);
  const categorie = filter.categorie === null ? {} : { categorie: filter.categorie };
  if (!RECHTEN[rol].rgwDichtheidFijn) return { ...periode, ...categorie };
  return {
    ...periode,
    ...categorie,
    niveau: filter.niveau,
    ...(filter.niveau === 'h3' ? { resolutie: filter.resolutie } : {}),
  };
}

function periodeVraag(periode: RgwPeriode, peildatum: string | null): { van?: string; tot?: string } {
  if (periode.soort === 'eigen') return { van: periode.van, tot: periode.tot };
  if (periode.preset === '12m') return {};
  const einde = `${periode.preset}-12-31`;
  const tot = peildatum !== null && peildatum < einde ? peildatum : einde;
  return { van: `${periode.preset}-01-01`, tot };
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2026-11-20` → `20 november 2026`. */
export function toonDatum(iso: string): string {
  const m = DATUM.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/**
 * The period of an answer in words, to follow a count: "in de afgelopen 12 maanden", "in 2025", "in 2026 tot nu",
 * or "van 1 maart 2025 t/m 31 mei 2025". Read from the answer's own filter, so it says what was counted.
 */
export function periodeTekst(periode: { van: string; tot: string }, peildatum: string): string {
  const { van, tot } = periode;
  if (tot === peildatum && van === verschuifDatum(peildatum, -1, 1)) return 'in de afgelopen 12 maanden';
  const jaar = van.slice(0, 4);
  if (van === `${jaar}-01-01`) {
    if (tot === `${jaar}-12-31`) return `in ${jaar}`;
    if (tot === peildatum) return `in ${jaar} tot nu`;
  }
  return `van ${toonDatum(van)} t/m ${toonDatum(tot)}`;
}

/** "218 zaken", "1 zaak", with a thousands point as Dutch writes it. */
export function zakenTekst(aantal: number): string {
  return `${aantal.toLocaleString('nl-NL')} ${aantal === 1 ? 'zaak' : 'zaken'}`;
}

export function focusgebiedNaam(code: FocusgebiedCode): string {
  return FOCUSGEBIEDEN.find((f) => f.code === code)?.naam ?? code;
}

/** `12m`, a year (`2025`) or own dates (`2025-03-01..2025-05-31`), as the link carries the period. */
export function schrijfPeriode(periode: RgwPeriode): string {
  return periode.soort === 'preset' ? periode.preset : `${periode.van}..${periode.tot}`;
}

const PeriodeParam = z.string().transform((tekst, ctx): RgwPeriode => {
  if (tekst === '12m') return { soort: 'preset', preset: '12m' };
  if (/^20\d\d$/.test(tekst)) return { soort: 'preset', preset: tekst as `${number}` };
  const [van = '', tot = '', ...rest] = tekst.split('..');
  if (rest.length === 0 && controleerPeriode(van, tot) === null) return { soort: 'eigen', van, tot };
  ctx.addIssue({ code: 'custom', message: `periode "${tekst}" is ongeldig` });
  return z.NEVER;
});

const IEDEREEN: readonly Rol[] = ['publiek', 'zorgaanbieder', 'draagkrachtscan'];
const SCAN: readonly Rol[] = ['draagkrachtscan'];

/**
 * The RGW filters in the URL (`?rgw-periode=2025&rgw-categorie=woonfraude`), spread into FILTERS in datalagen.ts.
 * Level and cell size are the scan's only: a scan link opened by a resident simply loses them.
 */
export const RGW_FILTERS = {
  'rgw-periode': { schema: PeriodeParam, schrijf: schrijfPeriode, rollen: IEDEREEN },
  'rgw-categorie': {
    schema: ProbleemCategorie,
    schrijf: (c: ProbleemCategorie) => c,
    rollen: IEDEREEN,
  },
  'rgw-niveau': { schema: z.enum(['h3', 'buurt']), schrijf: (n: RgwNiveau) => n, rollen: SCAN },
  'rgw-cel': {
    schema: z.enum(['7', '8', '9']).transform((r): Resolutie => (r === '7' ? 7 : r === '9' ? 9 : 8)),
    schrijf: (r: Resolutie) => String(r),
    rollen: SCAN,
  },
  /** The focus-area preset: flown to and outlined, its figures in the panel. */
  'rgw-focus': { schema: FocusgebiedCode, schrijf: (f: FocusgebiedCode) => f, rollen: IEDEREEN },
} as const satisfies Record<string, FilterDefinitie<unknown>>;

/** The RGW part of the URL filters, as the app holds them (datalagen.ts `Filters`). */
export interface RgwUrlFilters {
  readonly 'rgw-periode'?: RgwPeriode;
  readonly 'rgw-categorie'?: ProbleemCategorie;
  readonly 'rgw-niveau'?: RgwNiveau;
  readonly 'rgw-cel'?: Resolutie;
  readonly 'rgw-focus'?: FocusgebiedCode;
}

/** The filter in force: what the URL says, defaults for the rest. */
export function rgwFilterUit(filters: RgwUrlFilters): RgwFilter {
  return {
    periode: filters['rgw-periode'] ?? STANDAARD_RGW_FILTER.periode,
    categorie: filters['rgw-categorie'] ?? null,
    niveau: filters['rgw-niveau'] ?? STANDAARD_RGW_FILTER.niveau,
    resolutie: filters['rgw-cel'] ?? STANDAARD_RESOLUTIE,
  };
}

/** The URL filters for a filter: defaults are left out, so a default map keeps a plain link. */
export function rgwUrlFilters(filter: RgwFilter, focus: FocusgebiedCode | null): RgwUrlFilters {
  const standaardPeriode = filter.periode.soort === 'preset' && filter.periode.preset === '12m';
  return {
    ...(standaardPeriode ? {} : { 'rgw-periode': filter.periode }),
    ...(filter.categorie === null ? {} : { 'rgw-categorie': filter.categorie }),
    ...(filter.niveau === 'h3' ? {} : { 'rgw-niveau': filter.niveau }),
    ...(filter.resolutie === STANDAARD_RESOLUTIE ? {} : { 'rgw-cel': filter.resolutie }),
    ...(focus === null ? {} : { 'rgw-focus': focus }),
  };
}

/** The filters with the RGW part replaced (every RGW key dropped first, so a default removes its key). */
export function metRgwFilters<F extends RgwUrlFilters>(
  filters: F,
  rgw: RgwUrlFilters,
): Omit<F, keyof RgwUrlFilters> & RgwUrlFilters {
  const {
    'rgw-periode': _periode,
    'rgw-categorie': _categorie,
    'rgw-niveau': _niveau,
    'rgw-cel': _cel,
    'rgw-focus': _focus,
    ...rest
  } = filters;
  return { ...rest, ...rgw };
}
