/** Rotterdams Goed Wonen: the case record (server only) and the aggregated views each role may receive. */
import { z } from 'zod';
import { Bron, GemeenteRol, BuurtCode, Datum, LonLat } from './common';
import { FocusgebiedCode } from './gebied';

/** The six problems in scope, then the categories RGW only signals to others. */
export const ProbleemCategorie = z.enum([
  'woonoverlast',
  'overbewoning',
  'misstanden-verhuur',
  'achterstallig-onderhoud',
  'woonfraude',
  'criminele-doeleinden',
  'signaal-ondermijning',
  'signaal-zorg',
  'signaal-sociaal',
]);
export type ProbleemCategorie = z.infer<typeof ProbleemCategorie>;

export const ZaakBron = z.enum(['melding', 'proactief', 'integrale-actie']);
export const ZaakAanpak = z.enum(['mono', 'multi']);
export const ZaakStatus = z.enum(['melding', 'in-behandeling', 'casustafel', 'handhaving', 'afgesloten']);

export const RgwZaakId = z.string().regex(/^rgw-[0-9]{7}$/);

/** One case. Sensitive: it never leaves the server; roles receive counts only. */
export const RgwZaak = z.strictObject({
  id: RgwZaakId,
  geopend: Datum,
  gesloten: Datum.nullable(),
  categorieen: z.array(ProbleemCategorie).min(1),
  bron: ZaakBron,
  integraleActie: z.string().nullable(),
  aanpak: ZaakAanpak,
  status: ZaakStatus,
  buurt: BuurtCode,
  positie: LonLat,
});
export type RgwZaak = z.infer<typeof RgwZaak>;

export const IntegraleActie = z.strictObject({
  id: z.string().regex(/^ia-[0-9]{4}-[0-9]{2}$/),
  datum: Datum,
  focusgebied: FocusgebiedCode,
  partners: z.array(z.enum(['politie', 'stedin', 'belastingdienst', 'brandweer', 'woningcorporatie'])).min(1),
});
export type IntegraleActie = z.infer<typeof IntegraleActie>;

/** A 'stop talk' with a repeat-offending landlord; the landlord is a pseudonym. */
export const Stopgesprek = z.strictObject({
  id: z.string().regex(/^sg-[0-9]{4}-[0-9]{2}$/),
  datum: Datum,
  focusgebied: FocusgebiedCode,
  verhuurder: z.string().regex(/^vh-[0-9]{4}$/),
});
export type Stopgesprek = z.infer<typeof Stopgesprek>;

export const Casustafel = z.strictObject({ datum: Datum, focusgebied: FocusgebiedCode });
export type Casustafel = z.infer<typeof Casustafel>;

/** RGW counts are released for fixed periods only: `2026-W45` (scan only), `2026-10`, `2026-K3`, `2025`. */
export const PeriodeCode = z.string().regex(/^\d{4}(-(\d{2}|K[1-4]|W\d{2}))?$/);

export const DichtheidFilter = z.strictObject({
  periode: PeriodeCode,
  /** The period's first and last day, for reading; `periode` is what was asked. */
  van: Datum,
  tot: Datum,
  categorie: ProbleemCategorie.nullable(),
});
export type DichtheidFilter = z.infer<typeof DichtheidFilter>;

/** Released case counts are rounded to a multiple of this (after cell-key perturbation). */
const AFRONDING = 5;

/** A released case count: perturbed and rounded to base 5, or suppressed ("minder dan 5", empty cells included). */
export const AfgerondeTelling = z.discriminatedUnion('onderdrukt', [
  z.strictObject({ onderdrukt: z.literal(false), aantal: z.int().min(AFRONDING).multipleOf(AFRONDING) }),
  z.strictObject({ onderdrukt: z.literal(true) }),
]);
export type AfgerondeTelling = z.infer<typeof AfgerondeTelling>;

/** Draagkrachtscan: cases opened in the period, per H3 cell of the fixed grid over the focus areas. */
const H3Index = z.string().regex(/^[0-9a-f]{15}$/, 'verwacht een H3-index van 15 hexadecimale tekens');
export const DichtheidCel = z.discriminatedUnion('onderdrukt', [
  z.strictObject({
    h3: H3Index,
    onderdrukt: z.literal(false),
    aantal: z.int().min(AFRONDING).multipleOf(AFRONDING),
  }),
  z.strictObject({ h3: H3Index, onderdrukt: z.literal(true) }),
]);
export type DichtheidCel = z.infer<typeof DichtheidCel>;
export const DichtheidH3Antwoord = z.strictObject({
  rol: GemeenteRol,
  niveau: z.literal('h3'),
  resolutie: z.int().min(5).max(10),
  minimum: z.int().positive(),
  afronding: z.literal(AFRONDING),
  filter: DichtheidFilter,
  /** All cases in the period, as its own perturbed cell: not the sum of the cells, so it gives none of them away. */
  totaal: AfgerondeTelling,
  cellen: z.array(DichtheidCel),
  bron: Bron,
});
export const DichtheidBuurtAntwoord = z.strictObject({
  rol: GemeenteRol,
  niveau: z.literal('buurt'),
  minimum: z.int().positive(),
  afronding: z.literal(AFRONDING),
  filter: DichtheidFilter,
  totaal: AfgerondeTelling,
  buurten: z.array(z.strictObject({ buurt: BuurtCode, telling: AfgerondeTelling })),
  bron: Bron,
});

/** Publiek and zorgaanbieder: totals per focus area only. */
export const DichtheidFocusgebiedAntwoord = z.strictObject({
  rol: z.enum(['publiek', 'zorgaanbieder']),
  niveau: z.literal('focusgebied'),
  minimum: z.int().positive(),
  afronding: z.literal(AFRONDING),
  filter: DichtheidFilter,
  focusgebieden: z.array(
    z.strictObject({ code: FocusgebiedCode, naam: z.string().min(1), telling: AfgerondeTelling }),
  ),
  bron: Bron,
});
export const DichtheidAntwoord = z.union([
  DichtheidH3Antwoord,
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
]);
export type DichtheidAntwoord = z.infer<typeof DichtheidAntwoord>;

/** Case counts are perturbed and rounded like the density; the programme's own actions are exact. */
const Kerncijfers = z.strictObject({
  nieuweZaken: AfgerondeTelling,
  afgeslotenZaken: AfgerondeTelling,
  integraleActies: z.int().nonnegative(),
  casustafels: z.int().nonnegative(),
  stopgesprekken: z.int().nonnegative(),
});

/** Yearly programme figures against the targets of the Uitvoeringsplan; the same for every role. */
export const KerncijfersAntwoord = z.strictObject({
  jaar: z.int().min(2025),
  afronding: z.literal(AFRONDING),
  tot: Datum,
  doelen: z.strictObject({
    nieuweZaken: z.int(),
    integraleActies: z.int(),
    stopgesprekken: z.int(),
    casustafelsPerFocusgebied: z.int(),
  }),
  totaal: Kerncijfers,
  focusgebieden: z.array(
    z.strictObject({ code: FocusgebiedCode, naam: z.string().min(1), cijfers: Kerncijfers }),
  ),
  bron: Bron,
});
export type KerncijfersAntwoord = z.infer<typeof KerncijfersAntwoord>;
