/** Rotterdams Goed Wonen: the case record (server only) and the aggregated views each role may receive. */
import { z } from 'zod';
import { Bron, BuurtCode, Datum, LonLat, Telling } from './common';
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

export const DichtheidFilter = z.strictObject({
  van: Datum,
  tot: Datum,
  categorie: ProbleemCategorie.nullable(),
});
export type DichtheidFilter = z.infer<typeof DichtheidFilter>;

/** Draagkrachtscan: cases opened in the period, per H3 cell; cells under `minimum` are marked, never zero. */
const H3Index = z.string().regex(/^[0-9a-f]{15}$/, 'verwacht een H3-index van 15 hexadecimale tekens');
export const DichtheidCel = z.discriminatedUnion('onderdrukt', [
  z.strictObject({ h3: H3Index, onderdrukt: z.literal(false), aantal: z.int().positive() }),
  z.strictObject({ h3: H3Index, onderdrukt: z.literal(true) }),
]);
export type DichtheidCel = z.infer<typeof DichtheidCel>;
export const DichtheidH3Antwoord = z.strictObject({
  rol: z.literal('draagkrachtscan'),
  niveau: z.literal('h3'),
  resolutie: z.int().min(5).max(10),
  minimum: z.int().positive(),
  filter: DichtheidFilter,
  totaal: z.int().nonnegative(),
  cellen: z.array(DichtheidCel),
  bron: Bron,
});
export const DichtheidBuurtAntwoord = z.strictObject({
  rol: z.literal('draagkrachtscan'),
  niveau: z.literal('buurt'),
  minimum: z.int().positive(),
  filter: DichtheidFilter,
  totaal: z.int().nonnegative(),
  buurten: z.array(z.strictObject({ buurt: BuurtCode, telling: Telling })),
  bron: Bron,
});

/** Publiek and zorgaanbieder: totals per focus area only. */
export const DichtheidFocusgebiedAntwoord = z.strictObject({
  rol: z.enum(['publiek', 'zorgaanbieder']),
  niveau: z.literal('focusgebied'),
  minimum: z.int().positive(),
  filter: DichtheidFilter,
  focusgebieden: z.array(
    z.strictObject({ code: FocusgebiedCode, naam: z.string().min(1), telling: Telling }),
  ),
  bron: Bron,
});
export const DichtheidAntwoord = z.union([
  DichtheidH3Antwoord,
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
]);
export type DichtheidAntwoord = z.infer<typeof DichtheidAntwoord>;

const Kerncijfers = z.strictObject({
  nieuweZaken: z.int().nonnegative(),
  afgeslotenZaken: z.int().nonnegative(),
  integraleActies: z.int().nonnegative(),
  casustafels: z.int().nonnegative(),
  stopgesprekken: z.int().nonnegative(),
});

/** Yearly programme figures against the targets of the Uitvoeringsplan; the same for every role. */
export const KerncijfersAntwoord = z.strictObject({
  jaar: z.int().min(2025),
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
