/** Areas: CBS buurten and wijken, PC4 postcode areas, and per-buurt counts of individual client homes. */
import { z } from 'zod';
import { Bron, GemeenteRol, BuurtCode, LonLat, Pc4, Telling, WijkCode } from './common';

export const FocusgebiedCode = z.enum([
  'bloemhof',
  'carnisse',
  'hillesluis',
  'pendrecht-zuidwijk',
  'tarwewijk',
]);
export type FocusgebiedCode = z.infer<typeof FocusgebiedCode>;

/** Demo Wijkprofiel indices: 100 = the Rotterdam average, as the real Wijkprofiel scales them. */
export const Wijkprofiel = z.strictObject({
  sociaal: z.number().positive(),
  fysiek: z.number().positive(),
  veiligheid: z.number().positive(),
});
export type Wijkprofiel = z.infer<typeof Wijkprofiel>;

export const Buurt = z.strictObject({
  type: z.literal('buurt'),
  code: BuurtCode,
  naam: z.string().min(1),
  wijk: WijkCode,
  wijknaam: z.string().min(1),
  inwoners: z.int().nonnegative(),
  centroid: LonLat,
  focusgebied: FocusgebiedCode.nullable(),
  wijkprofiel: Wijkprofiel,
});
export type Buurt = z.infer<typeof Buurt>;

export const Wijk = z.strictObject({
  type: z.literal('wijk'),
  code: WijkCode,
  naam: z.string().min(1),
  inwoners: z.int().nonnegative(),
  centroid: LonLat,
  buurten: z.array(BuurtCode).min(1),
});
export type Wijk = z.infer<typeof Wijk>;

export const Pc4Gebied = z.strictObject({
  type: z.literal('pc4'),
  code: Pc4,
  naam: z.string().min(1),
  inwoners: z.int().nonnegative(),
  centroid: LonLat,
});
export type Pc4Gebied = z.infer<typeof Pc4Gebied>;

export const Gebied = z.discriminatedUnion('type', [Buurt, Wijk, Pc4Gebied]);
export type Gebied = z.infer<typeof Gebied>;

export const GebiedType = z.enum(['buurten', 'wijken', 'pc4']);
export type GebiedType = z.infer<typeof GebiedType>;

export const BuurtenAntwoord = z.strictObject({
  type: z.literal('buurten'),
  gebieden: z.array(Buurt),
  bron: Bron,
});
export const WijkenAntwoord = z.strictObject({
  type: z.literal('wijken'),
  gebieden: z.array(Wijk),
  bron: Bron,
});
export const Pc4Antwoord = z.strictObject({
  type: z.literal('pc4'),
  gebieden: z.array(Pc4Gebied),
  bron: Bron,
});
export const GebiedenAntwoord = z.discriminatedUnion('type', [BuurtenAntwoord, WijkenAntwoord, Pc4Antwoord]);
export type GebiedenAntwoord = z.infer<typeof GebiedenAntwoord>;

export const GebiedAntwoord = z.strictObject({ gebied: Gebied, bron: Bron });
export type GebiedAntwoord = z.infer<typeof GebiedAntwoord>;

/**
 * Homes of individual clients (zelfstandig wonen met huur-/zorgovereenkomst, Wonen eerst) are never points:
 * they exist on the wire only as suppressible counts per buurt.
 */
export const IndividueleWoningenBuurt = z.strictObject({
  buurt: BuurtCode,
  zelfstandigMetHuurzorg: Telling,
  wonenEerst: Telling,
});
export const IndividueleWoningenAntwoord = z.strictObject({
  rol: GemeenteRol,
  minimum: z.int().positive(),
  buurten: z.array(IndividueleWoningenBuurt),
  bron: Bron,
});
export type IndividueleWoningenAntwoord = z.infer<typeof IndividueleWoningenAntwoord>;
