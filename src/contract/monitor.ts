/** The Monitor: the programme's figures over time (escalatieladder, uitstroom, RGW), one answer shape per role. */
import { z } from 'zod';
import { Bron, Datum, GemeenteRol } from './common';
import { FocusgebiedCode } from './gebied';
import { AfgerondeTelling } from './rgw';
import { Fase, VoorzieningId } from './voorziening';

export const Maand = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'verwacht een maand als 2024-03');
export const Kwartaal = z.string().regex(/^\d{4}-K[1-4]$/, 'verwacht een kwartaal als 2024-K1');
const Aantal = z.int().nonnegative();

/** Locations per phase; every phase named, so an empty phase is a 0 and not a missing key. */
export const PerFase = z.strictObject({ '0': Aantal, '1': Aantal, '2': Aantal, '3a': Aantal, '3b': Aantal });
export type PerFase = z.infer<typeof PerFase>;

/** Locations per phase at the end of a month (at the peildatum for the month under way). */
export const LadderMaand = z.strictObject({ maand: Maand, perFase: PerFase });
export type LadderMaand = z.infer<typeof LadderMaand>;

/** Moves from one phase to another in a quarter. */
export const LadderWissels = z.strictObject({ kwartaal: Kwartaal, van: Fase, naar: Fase, aantal: Aantal });
export type LadderWissels = z.infer<typeof LadderWissels>;

/** What each phase means (the covenant's words), so every chart can say it. */
export const FaseUitleg = z.strictObject({
  fase: Fase,
  naam: z.string().min(1),
  betekenis: z.string().min(1),
});

/** One location on the ladder: its phase per month (aligned with `maanden`) and its moves. */
export const LadderLocatie = z.strictObject({
  id: VoorzieningId,
  naam: z.string().min(1),
  zorgaanbieder: z.string().min(1),
  fase: Fase,
  /** The phase at the end of each month of `maanden`; null before the location's first entry. */
  perMaand: z.array(Fase.nullable()),
  wissels: z.array(z.strictObject({ datum: Datum, van: Fase, naar: Fase })),
});
export type LadderLocatie = z.infer<typeof LadderLocatie>;

const LadderBasis = {
  fasen: z.array(FaseUitleg),
  /** The inventory of 2023: its date and the counts it found. */
  inventarisatie: z.strictObject({ datum: Datum, perFase: PerFase }),
  /** Every location in the city, per month since the inventory. */
  stad: z.array(LadderMaand),
  bron: Bron,
};

/** Publiek: the city totals per phase only (as in the public slides); nothing per location, no moves. */
export const EscalatieladderPubliek = z.strictObject({ rol: z.literal('publiek'), ...LadderBasis });

/** A care provider: the city totals, and its own locations with their moves. */
export const EscalatieladderZorgaanbieder = z.strictObject({
  rol: z.literal('zorgaanbieder'),
  ...LadderBasis,
  organisatie: z.strictObject({ id: z.string().min(1), naam: z.string().min(1) }),
  eigen: z.strictObject({
    perMaand: z.array(LadderMaand),
    wissels: z.array(LadderWissels),
    locaties: z.array(LadderLocatie),
  }),
});

/** The municipality's roles: every location, and the moves per quarter in the city. */
export const EscalatieladderGemeente = z.strictObject({
  rol: GemeenteRol,
  ...LadderBasis,
  wissels: z.array(LadderWissels),
  locaties: z.array(LadderLocatie),
});

export const EscalatieladderAntwoord = z.union([
  EscalatieladderPubliek,
  EscalatieladderZorgaanbieder,
  EscalatieladderGemeente,
]);
export type EscalatieladderAntwoord = z.infer<typeof EscalatieladderAntwoord>;

/** Where one imported series came from and when it was last brought up to date. */
export const ReeksHerkomst = z.strictObject({ omschrijving: z.string().min(1), bijgewerkt: Datum });
export type ReeksHerkomst = z.infer<typeof ReeksHerkomst>;

/** Outflow from beschermd wonen: the same programme figures for every role (no person or location in them). */
export const UitstroomAntwoord = z.strictObject({
  /** Share of vacated corporation homes that at most goes to outflow (the ijkpunt). */
  ijkpunt: z.number().min(0).max(1),
  /** Wait norm from urgency to offer, in months. */
  wachtnorm: z.number().positive(),
  /** Homes a year Wonen eerst is to receive (the agreement with the corporations). */
  wonenEerstAfspraak: Aantal,
  jaren: z.array(
    z.strictObject({
      jaar: z.int(),
      uitstroom: Aantal,
      /** Direct placement with a huur-/zorgovereenkomst. */
      viaHuurzorg: Aantal,
      /** With a regular urgency (none from 2024). */
      viaUrgentie: Aantal,
      /** Vacated affordable social homes offered that year; null when not known. */
      aanbod: Aantal.nullable(),
      /** uitstroom / aanbod; null without an offer. */
      aandeel: z.number().min(0).nullable(),
    }),
  ),
  wachttijd: z.array(z.strictObject({ maand: Maand, maanden: z.number().nonnegative() })),
  /** Zelfstandig wonen met huur-/zorgovereenkomst: the planned stock and what was reached. */
  woningen: z.array(z.strictObject({ jaar: z.int(), doel: Aantal, gerealiseerd: Aantal.nullable() })),
  wonenEerst: z.array(z.strictObject({ jaar: z.int(), nieuw: Aantal, totaal: Aantal })),
  herkomst: z.strictObject({
    uitstroom: ReeksHerkomst,
    wachttijd: ReeksHerkomst,
    woningen: ReeksHerkomst,
  }),
  bron: Bron,
});
export type UitstroomAntwoord = z.infer<typeof UitstroomAntwoord>;

/** RGW figures of one period: case counts protected (cell key, rounding to 5), the programme's actions exact. */
export const RgwMonitorPeriode = z.strictObject({
  periode: z.string().regex(/^\d{4}(-K[1-4])?$/),
  van: Datum,
  tot: Datum,
  /** The year under way, up to the peildatum. */
  lopend: z.boolean(),
  nieuweZaken: AfgerondeTelling,
  afgeslotenZaken: AfgerondeTelling,
  /** Opened from a report (reactive) or found by proactive supervision and integral actions. */
  reactief: AfgerondeTelling,
  proactief: AfgerondeTelling,
  mono: AfgerondeTelling,
  multi: AfgerondeTelling,
  integraleActies: Aantal,
  casustafels: Aantal,
  stopgesprekken: Aantal,
});
export type RgwMonitorPeriode = z.infer<typeof RgwMonitorPeriode>;

const Doelen = z.strictObject({
  nieuweZaken: z.number().nonnegative(),
  integraleActies: z.number().nonnegative(),
  casustafels: z.number().nonnegative(),
  stopgesprekken: z.number().nonnegative(),
});

export const RgwMonitorAntwoord = z.strictObject({
  afronding: z.literal(5),
  minimum: z.int().positive(),
  /** The programme's targets (Uitvoeringsplan RGW 2025), for the five focus areas together. */
  doelen: z.strictObject({ perJaar: Doelen, perKwartaal: Doelen }),
  jaren: z.array(RgwMonitorPeriode),
  /** Quarters that are over. */
  kwartalen: z.array(RgwMonitorPeriode),
  /** New cases per focus area per year, and per 1,000 inhabitants (from the released, rounded count). */
  focusgebieden: z.array(
    z.strictObject({
      jaar: z.int(),
      lopend: z.boolean(),
      code: FocusgebiedCode,
      naam: z.string().min(1),
      inwoners: Aantal,
      nieuweZaken: AfgerondeTelling,
      perDuizend: z.number().nonnegative().nullable(),
    }),
  ),
  /** The predecessor programmes' figures of 2024 (published in the plan, so released as published). */
  basis: z.strictObject({
    jaar: z.int(),
    meldingenOngewensteVerhuur: Aantal,
    meldingenArbeidsmigranten: Aantal,
    zakenGeopend: Aantal,
    zakenGesloten: Aantal,
    herkomst: ReeksHerkomst,
  }),
  bron: Bron,
});
export type RgwMonitorAntwoord = z.infer<typeof RgwMonitorAntwoord>;
