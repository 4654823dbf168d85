/** The map's data layers (declared by the features, src/kenmerken/) and filters: which roles may see them, what starts switched on, and how a filter value reads from a link; the layer control, the URL state and the map all read these. */
// A layer is declared in its feature's `laag.ts` (src/kenmerken/kenmerk.ts); its id then exists for the URL
// (`?lagen=`), the layer control and the map (`ctx.aan(id)` in a LaagGroep). How to add a filter: add one entry to FILTERS with a zod
// schema for the text in the URL and the roles that may use it; `Filters` then has a typed, optional field for it.
// A link that names a layer, filter or selection the current role may not have simply loses it (url-staat.ts).
import { z } from 'zod';
import type { Bron, Rol } from '../contract/common';
import { Doelgroep, Fase, Woonvorm } from '../contract/voorziening';
import { BeheerProbleem, jaFilter } from './filters';
import { RGW_FILTERS } from './rgw-filter';
import { SCAN_FILTERS } from './scan-filter';

import type { Datalaag } from '../kenmerken/kenmerk';
import { DATALAGEN } from '../kenmerken/register';
import { ALLE_ROLLEN, ALLEEN_SCAN, ZORGAANBIEDER_EN_SCAN } from '../kenmerken/rollen';

export type { Datalaag };
/** Every data layer, from the features' declarations (src/kenmerken/register.ts). */
export { ALLE_ROLLEN, DATALAGEN };

export type DatalaagId = (typeof DATALAGEN)[number]['id'];

const LAAG_IDS: ReadonlySet<string> = new Set(DATALAGEN.map((l) => l.id));

export function isDatalaagId(id: string): id is DatalaagId {
  return LAAG_IDS.has(id);
}

export function datalaag(id: DatalaagId): Datalaag {
  const laag = DATALAGEN.find((l) => l.id === id);
  if (!laag) throw new Error(`onbekende kaartlaag ${id}`);
  return laag;
}

/** A layer's name as this role's layer control shows it: its own name for the role, if it has one. */
export function laagTitel(id: DatalaagId, rol: Rol): string {
  const laag = datalaag(id);
  return laag.titelVoor?.[rol] ?? laag.titel;
}

/** The layers this role may switch on, in the order of DATALAGEN (which is also the order in the layer control). */
export function lagenVoorRol(rol: Rol): readonly Datalaag[] {
  return DATALAGEN.filter((l) => (l.rollen as readonly Rol[]).includes(rol));
}

export function standaardLagen(rol: Rol): readonly DatalaagId[] {
  return lagenVoorRol(rol)
    .filter((l) => l.standaardAan)
    .map((l) => l.id as DatalaagId);
}

/**
 * At most one area layer: the first `vlak` layer in the list stays, later ones go; point layers all stay. For a link
 * that names two (`?lagen=dekking,wijkprofiel` opens with Dekking only) and for the defaults.
 */
export function eenVlaklaag(lagen: readonly DatalaagId[]): DatalaagId[] {
  let vlak = false;
  return lagen.filter((id) => {
    if (datalaag(id).soort !== 'vlak') return true;
    if (vlak) return false;
    vlak = true;
    return true;
  });
}

/** Switches a layer on or off; switching an area layer on switches the other area layers off. Order of `lagen` kept. */
export function wisselLaag(lagen: readonly DatalaagId[], id: DatalaagId, aan: boolean): DatalaagId[] {
  const zonder = lagen.filter((l) => l !== id);
  if (!aan) return zonder;
  const vlak = datalaag(id).soort === 'vlak';
  return [...zonder.filter((l) => !vlak || datalaag(l).soort !== 'vlak'), id];
}

/** Whether a selection key can belong to this role at all; whether it exists is for the data to say. */
export function magSelectie(rol: Rol, sleutel: string): boolean {
  return lagenVoorRol(rol).some((l) => (l.selectie[rol] ?? []).some((prefix) => sleutel.startsWith(prefix)));
}

/** A filter: how its value reads from the URL text (zod), how it is written back, and who may use it. */
export interface FilterDefinitie<T> {
  /** Parses the text of the URL parameter; a failure drops the filter silently. */
  readonly schema: z.ZodType<T>;
  // Method syntax on purpose: lets every definition fit FilterDefinitie<unknown> in the FILTERS table.
  schrijf(waarde: T): string;
  readonly rollen: readonly Rol[];
}

/** A comma-separated list of allowed values (`woonvorm=opvang,flexwonen`); unknown items are dropped, not fatal. */
export function lijstFilter<T extends string>(
  item: z.ZodType<T>,
  rollen: readonly Rol[],
): FilterDefinitie<readonly T[]> {
  return {
    schema: z
      .string()
      .transform((tekst) => [
        ...new Set(
          tekst
            .split(',')
            .map((deel) => item.safeParse(deel.trim()))
            .flatMap((u) => (u.success ? [u.data] : [])),
        ),
      ])
      .refine((lijst) => lijst.length > 0),
    schrijf: (lijst) => lijst.join(','),
    rollen,
  };
}

export const FILTERS = {
  /** Only these housing forms (all roles: the housing form is public). */
  woonvorm: lijstFilter(Woonvorm, ALLE_ROLLEN),
  /** Only these target groups (not publiek: the public answer carries no target group). */
  doelgroep: lijstFilter(Doelgroep, ZORGAANBIEDER_EN_SCAN),
  /** Only these phases on the escalatieladder (the assessors: only they see every location's phase). */
  fase: lijstFilter(Fase, ALLEEN_SCAN),
  /** Only locations with one of these management shortcomings (filters.ts); the public receives no management status. */
  beheer: lijstFilter(BeheerProbleem, ZORGAANBIEDER_EN_SCAN),
  /** Only the care provider's own locations (`eigen=ja`). */
  eigen: jaFilter(['zorgaanbieder']),
  /** RGW density: period, category, level, cell size and focus-area preset (rgw-filter.ts). */
  ...RGW_FILTERS,
  /** Coverage per wijk or buurt: a way of looking, not a narrowing, but it belongs in a shared link all the same. */
  'dekking-niveau': {
    schema: z.enum(['wijk', 'buurt']),
    schrijf: (n: 'wijk' | 'buurt') => n,
    rollen: ZORGAANBIEDER_EN_SCAN,
  },
  /** The Wijkprofiel index the map colours (the layer is the scan's only). */
  'wijkprofiel-index': {
    schema: z.enum(['sociaal', 'fysiek', 'veiligheid']),
    schrijf: (i: 'sociaal' | 'fysiek' | 'veiligheid') => i,
    rollen: ALLEEN_SCAN,
  },
  /** The draagkrachtscan: the site and the planned facility (scan-filter.ts). */
  ...SCAN_FILTERS,
  // New filters go here: `naam: lijstFilter(schema, rollen)` or a FilterDefinitie of your own.
} as const satisfies Record<string, FilterDefinitie<unknown>>;

export type FilterSleutel = keyof typeof FILTERS;

/** The filters in force; an absent key means "no filter". */
export type Filters = {
  readonly [K in FilterSleutel]?: (typeof FILTERS)[K] extends FilterDefinitie<infer T> ? T : never;
};

export const FILTER_SLEUTELS = Object.keys(FILTERS) as FilterSleutel[];

export function magFilter(rol: Rol, sleutel: FilterSleutel): boolean {
  return FILTERS[sleutel].rollen.includes(rol);
}

/** `2026-11-20` → `20-11-2026`, the date as Dutch forms write it. */
export function toonDatumKort(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** "Bron: demodata, peildatum 20-11-2026": the source line of a layer, from the `bron` of its API answer. */
export function bronRegel(bron: Bron): string {
  return `Bron: ${bron.dataset}, peildatum ${toonDatumKort(bron.peildatum)}`;
}
