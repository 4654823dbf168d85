/** The draagkrachtscan in the URL: the site (`scan=4.48123,51.89012`) and the planned facility, for the municipality's roles only. */
// Pure: strings in, values out. The keys live in FILTERS (datalagen.ts), so the URL state drops them for publiek and
// zorgaanbieder like any filter they may not use: a scan link opened by them shows no trace of the scan.
import { z } from 'zod';
import type { LonLat } from '../contract/common';
import { Doelgroep, Woonvorm } from '../contract/voorziening';
import { ALLEEN_SCAN } from '../kenmerken/rollen';
import type { FilterDefinitie } from './datalagen';

/**
 * The contract's MAX_PLEKKEN and MAX_LOCATIES (src/contract/draagkrachtscan.ts; a test keeps them equal). Not
 * imported: these filters are in every role's first download, the scan's contract is not.
 */
export const MAX_PLEKKEN = 500;
export const MAX_LOCATIES = 4;

/** `250,500,1000`: whole metres, ascending; the API checks the limits and says what is wrong. */
const RingenFilter = z
  .string()
  .regex(/^[0-9]{2,4}(,[0-9]{2,4}){0,3}$/)
  .transform((tekst) => tekst.split(',').map(Number))
  .refine((r) => r.every((w, i) => i === 0 || w > (r[i - 1] ?? 0)));

/** Five decimals: about a metre, and a short link. */
function graden(n: number): string {
  return String(Number(n.toFixed(5)));
}

/** `lon,lat` in and around Rotterdam (the same box a link's view may open). */
const PuntParam = z
  .string()
  .transform((tekst) => tekst.split(',').map((d) => (d.trim() === '' ? Number.NaN : Number(d))))
  .pipe(z.tuple([z.number().min(3.85).max(4.85), z.number().min(51.7).max(52.1)]))
  .transform(([lon, lat]): Readonly<LonLat> => [lon, lat]);

function enumFilter<T extends string>(schema: z.ZodType<T>): FilterDefinitie<T> {
  return { schema, schrijf: (w) => w, rollen: ALLEEN_SCAN };
}

export const SCAN_FILTERS = {
  /** The planned site. */
  scan: {
    schema: PuntParam,
    schrijf: (p: Readonly<LonLat>) => `${graden(p[0])},${graden(p[1])}`,
    rollen: ALLEEN_SCAN,
  } satisfies FilterDefinitie<Readonly<LonLat>>,
  'scan-woonvorm': enumFilter(Woonvorm),
  'scan-doelgroep': enumFilter(Doelgroep),
  /** Planned places (capaciteit), 1 to MAX_PLEKKEN. */
  'scan-plekken': {
    schema: z.coerce.number().int().min(1).max(MAX_PLEKKEN),
    schrijf: (n: number) => String(n),
    rollen: ALLEEN_SCAN,
  } satisfies FilterDefinitie<number>,
  /** The provider's organisation id (`/api/organisaties`). */
  'scan-aanbieder': enumFilter(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  /** Sites kept for a comparison with the current one, `lon,lat;lon,lat` (at most three: four sites in all). */
  'scan-vergelijk': {
    schema: z
      .string()
      .transform((tekst) =>
        tekst
          .split(';')
          .slice(0, MAX_LOCATIES - 1)
          .map((deel) => PuntParam.safeParse(deel))
          .flatMap((u) => (u.success ? [u.data] : [])),
      )
      .refine((punten) => punten.length > 0),
    schrijf: (punten: readonly Readonly<LonLat>[]) =>
      punten.map((p) => `${graden(p[0])},${graden(p[1])}`).join(';'),
    rollen: ALLEEN_SCAN,
  } satisfies FilterDefinitie<readonly Readonly<LonLat>[]>,
  /** Ring radii in metres, `250,500,1000`; absent: the API's default. */
  'scan-ringen': {
    schema: RingenFilter,
    schrijf: (r: readonly number[]) => r.join(','),
    rollen: ALLEEN_SCAN,
  } satisfies FilterDefinitie<readonly number[]>,
  /** The opened scan dossier, `DKS-2026-0001` (the contract's DossierId). */
  dossier: enumFilter(z.string().regex(/^DKS-[0-9]{4}-[0-9]{4}$/)),
};
