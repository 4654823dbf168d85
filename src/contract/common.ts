/** Wire primitives shared by every schema: postcodes, CBS codes, coordinates, dates, roles and the error body. */
import { z } from 'zod';

// Every answer is checked once: compiling a fast checker per schema (zod's JIT, with `new Function`) costs more than
// it saves, at start-up above all, and a strict content security policy forbids it anyway.
z.config({ jitless: true });

export const Pc4 = z
  .string()
  .regex(/^[1-9][0-9]{3}$/, 'verwacht een postcode van 4 cijfers, bijvoorbeeld 3084');
export type Pc4 = z.infer<typeof Pc4>;

// PostNL never issues the letter pairs SA, SD and SS.
export const Pc6 = z
  .string()
  .regex(
    /^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/,
    'verwacht een postcode als 3084NP (4 cijfers, 2 hoofdletters)',
  );
export type Pc6 = z.infer<typeof Pc6>;

export const BuurtCode = z.string().regex(/^BU0599[0-9]{4}$/, 'verwacht een CBS-buurtcode als BU05991081');
export const WijkCode = z.string().regex(/^WK0599[0-9]{2}$/, 'verwacht een CBS-wijkcode als WK059910');
export const GemeenteCode = z.literal('GM0599');

/** GeoJSON order: [lon, lat], WGS84. */
export const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LonLat = z.infer<typeof LonLat>;

/** A calendar date, `YYYY-MM-DD`. */
export const Datum = z.iso.date();
export const Tijdstip = z.iso.datetime({ offset: true });

export const Rol = z.enum(['publiek', 'zorgaanbieder', 'draagkrachtscan', 'beheer']);
export type Rol = z.infer<typeof Rol>;
/**
 * The municipality's roles with address-level access: the draagkrachtscan's assessors and `beheer`, the data managers
 * who keep the inventory. Their answers have one shape, told apart by `rol`.
 */
export const GemeenteRol = z.enum(['draagkrachtscan', 'beheer']);
export type GemeenteRol = z.infer<typeof GemeenteRol>;

/**
 * Where the data came from and how old it is; every data response carries it. `demodata`: generated, fictional;
 * `gemeente`: the municipality's own data, imported into the store.
 */
export const BronSoort = z.enum(['demodata', 'gemeente']);
export type BronSoort = z.infer<typeof BronSoort>;
export const Bron = z.strictObject({
  dataset: BronSoort,
  omschrijving: z.string(),
  peildatum: Datum,
});
export type Bron = z.infer<typeof Bron>;

/** A count that may be suppressed: small counts are never sent, not even as zero. */
export const Telling = z.discriminatedUnion('onderdrukt', [
  z.strictObject({ onderdrukt: z.literal(false), aantal: z.int().nonnegative() }),
  z.strictObject({ onderdrukt: z.literal(true) }),
]);
export type Telling = z.infer<typeof Telling>;

export const FoutCode = z.enum([
  'ongeldige_invoer',
  'ongeldige_json',
  'bbox_te_groot',
  'niet_gevonden',
  'onbekende_route',
  'methode_niet_toegestaan',
  'niet_ingelogd',
  'token_ongeldig',
  'token_verlopen',
  'geen_toegang',
  /** A phase change the escalatieladder does not allow from the location's current phase (409). */
  'fasewissel_ongeldig',
  /** A scan dossier that is definitief (read-only), or changed by someone else since it was read (409). */
  'dossier_conflict',
  /** The API runs without a store (the browser demo): nothing can be recorded (503). */
  'geen_opslag',
  /** Refusals of the HTTP server itself: a body over the limit (413), headers over 16 KB (431), a request it cannot parse or that took too long (400, 408). */
  'verzoek_te_groot',
  'kopregels_te_groot',
  'ongeldig_verzoek',
  'verzoek_te_traag',
  /** A feature this API cannot offer here: the browser demo has no store to import into (503). */
  'niet_beschikbaar',
  /** A bug on our side (5xx); the body has the same shape so the UI can show it. */
  'serverfout',
]);
export type FoutCode = z.infer<typeof FoutCode>;

/** The body of every error response (4xx, and 5xx from our own server). `message` is Dutch and meant for the user; `field` names the input at fault. */
export const FoutAntwoord = z.strictObject({
  error: z.strictObject({
    code: FoutCode,
    message: z.string().min(1),
    field: z.string().optional(),
  }),
});
export type FoutAntwoord = z.infer<typeof FoutAntwoord>;
