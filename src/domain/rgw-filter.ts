/** The RGW density filters as people set them (a fixed period, problem category, level, cell size), their Dutch wording, and the query they ask of the API. */
// Pure: strings in, strings out. Periods are the fixed ones of rgw-periode.ts; without a chosen one the API answers
// for the last whole quarter, and its answer says which period that was.
import { z } from 'zod';
import { Rol } from '../contract/common';
import { FocusgebiedCode } from '../contract/gebied';
import { ProbleemCategorie } from '../contract/rgw';
import type { FilterDefinitie } from './datalagen';
import { FOCUSGEBIEDEN } from './focusgebieden';
import { RECHTEN } from './roles';
import { leesPeriode, MAANDEN, periodeNaam, PERIODESOORTEN } from './rgw-periode';

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
  /** A period code (`2026-K3`); null: the API's default, the last whole quarter. */
  readonly periode: string | null;
  readonly categorie: ProbleemCategorie | null;
  /** Only the draagkrachtscan chooses; the other roles always get totals per focus area. */
  readonly niveau: RgwNiveau;
  readonly resolutie: Resolutie;
}

export const STANDAARD_RGW_FILTER: RgwFilter = Object.freeze({
  periode: null,
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

/** What the density endpoint is asked. `niveau` and `resolutie` only for roles entitled to them: others get a 403. */
export interface DichtheidVraag {
  readonly periode?: string;
  readonly categorie?: ProbleemCategorie;
  readonly niveau?: RgwNiveau;
  readonly resolutie?: Resolutie;
}

/**
 * The query for a filter and role. A period of a kind the role may not ask for (a scan link's week, opened by a
 * resident) is left out, so the API's default answers instead of a 400.
 */
export function dichtheidVraag(filter: RgwFilter, rol: Rol): DichtheidVraag {
  const gelezen = filter.periode === null ? null : leesPeriode(filter.periode);
  const periode = gelezen && PERIODESOORTEN[rol].includes(gelezen.soort) ? { periode: gelezen.code } : {};
  const categorie = filter.categorie === null ? {} : { categorie: filter.categorie };
  if (!RECHTEN[rol].rgwDichtheidFijn) return { ...periode, ...categorie };
  return {
    ...periode,
    ...categorie,
    niveau: filter.niveau,
    ...(filter.niveau === 'h3' ? { resolutie: filter.resolutie } : {}),
  };
}

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-20` → `20 november 2026`. */
export function toonDatum(iso: string): string {
  const m = DATUM.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** The period of an answer in words, to follow a count: "in 3e kwartaal 2026", "in oktober 2026", "in 2025". */
export function periodeTekst(filter: { periode: string }): string {
  const periode = leesPeriode(filter.periode);
  return periode ? `in ${periodeNaam(periode)}` : `in ${filter.periode}`;
}

/** "218 zaken", "1 zaak", with a thousands point as Dutch writes it. */
export function zakenTekst(aantal: number): string {
  return `${aantal.toLocaleString('nl-NL')} ${aantal === 1 ? 'zaak' : 'zaken'}`;
}

export function focusgebiedNaam(code: FocusgebiedCode): string {
  return FOCUSGEBIEDEN.find((f) => f.code === code)?.naam ?? code;
}

const PeriodeParam = z.string().refine((tekst) => leesPeriode(tekst) !== null, {
  message: 'periode is ongeldig: verwacht bijvoorbeeld 2026-10, 2026-K3 of 2025',
});

const IEDEREEN: readonly Rol[] = Rol.options;
const SCAN: readonly Rol[] = ['draagkrachtscan', 'beheer'];

/**
 * The RGW filters in the URL (`?rgw-periode=2025&rgw-categorie=woonfraude`), spread into FILTERS in datalagen.ts.
 * Level and cell size are the scan's only: a scan link opened by a resident simply loses them.
 */
export const RGW_FILTERS = {
  'rgw-periode': { schema: PeriodeParam, schrijf: (p: string) => p, rollen: IEDEREEN },
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
  readonly 'rgw-periode'?: string;
  readonly 'rgw-categorie'?: ProbleemCategorie;
  readonly 'rgw-niveau'?: RgwNiveau;
  readonly 'rgw-cel'?: Resolutie;
  readonly 'rgw-focus'?: FocusgebiedCode;
}

/** The filter in force: what the URL says, defaults for the rest. */
export function rgwFilterUit(filters: RgwUrlFilters): RgwFilter {
  return {
    periode: filters['rgw-periode'] ?? null,
    categorie: filters['rgw-categorie'] ?? null,
    niveau: filters['rgw-niveau'] ?? STANDAARD_RGW_FILTER.niveau,
    resolutie: filters['rgw-cel'] ?? STANDAARD_RESOLUTIE,
  };
}

/** The URL filters for a filter: defaults are left out, so a default map keeps a plain link. */
export function rgwUrlFilters(filter: RgwFilter, focus: FocusgebiedCode | null): RgwUrlFilters {
  return {
    ...(filter.periode === null ? {} : { 'rgw-periode': filter.periode }),
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
