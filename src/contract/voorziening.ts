/** Facilities (voorzieningen): the full record kept on the server and the strict shape each role receives. */
import { z } from 'zod';
import { Bron, GemeenteRol, BuurtCode, Datum, LonLat, Pc4, Pc6, WijkCode } from './common';
import { Organisatie } from './organisatie';

export const Woonvorm = z.enum([
  'opvang',
  'beschermd-wonen',
  'doorstroomvoorziening',
  'wonen-eerst',
  'flexwonen',
  'semimuraal',
]);
export type Woonvorm = z.infer<typeof Woonvorm>;

export const Doelgroep = z.enum([
  'dak-en-thuislozen',
  'psychiatrische-problematiek',
  'verslavingsproblematiek',
  'jongeren',
  'huiselijk-geweld',
  'licht-verstandelijke-beperking',
  'gezinnen',
  'uitstromers',
]);
export type Doelgroep = z.infer<typeof Doelgroep>;

/** Escalatieladder phase. 3b only on top of 3a. */
export const Fase = z.enum(['0', '1', '2', '3a', '3b']);
export type Fase = z.infer<typeof Fase>;

/** One step on the ladder; `van` is null for the first recorded phase. */
export const FaseWissel = z.strictObject({
  datum: Datum,
  van: Fase.nullable(),
  naar: Fase,
  reden: z.string().min(1),
});
export type FaseWissel = z.infer<typeof FaseWissel>;

export const Beheercommissie = z.enum(['actief', 'slapend', 'heropgestart', 'geen']);
export const Beheerconvenant = z.enum(['actueel', 'in-actualisatie', 'verouderd', 'geen']);
export const Beheerstatus = z.strictObject({
  beheercommissie: Beheercommissie,
  beheerconvenant: Beheerconvenant,
  meldingenregisterBijgehouden: z.boolean(),
  meldkaart: z.boolean(),
});
export type Beheerstatus = z.infer<typeof Beheerstatus>;

export const Adres = z.strictObject({
  straat: z.string().min(1),
  huisnummer: z.int().positive(),
  toevoeging: z.string().min(1).optional(),
  postcode: Pc6,
  woonplaats: z.literal('Rotterdam'),
});
export type Adres = z.infer<typeof Adres>;

export const VoorzieningId = z.string().regex(/^vz-[0-9]{3}$/, 'verwacht een voorziening-id als vz-001');

/** The whole record. It lives on the server only; nothing sends it as is. */
export const Voorziening = z.strictObject({
  id: VoorzieningId,
  naam: z.string().min(1),
  zorgaanbieder: Organisatie,
  woonvorm: Woonvorm,
  doelgroep: Doelgroep,
  capaciteit: z.int().positive(),
  adres: Adres,
  positie: LonLat,
  /** Centroid of the PC6 area: the finest position a care provider may see. */
  pc6Positie: LonLat,
  pc4: Pc4,
  buurt: BuurtCode,
  wijk: WijkCode,
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
  beheer: Beheerstatus,
  /** E.g. shelters for victims of domestic violence: never at address level, for nobody. */
  vertrouwelijk: z.boolean(),
  url: z.url(),
  startdatum: Datum,
});
export type Voorziening = z.infer<typeof Voorziening>;

const publiekeVelden = {
  id: VoorzieningId,
  naam: z.string().min(1),
  woonvorm: Woonvorm,
  zorgaanbieder: Organisatie,
  pc4: Pc4,
  url: z.url(),
  /** The seed's public popup shows it ("Capaciteit 28"): the size of a non-confidential location is public. */
  capaciteit: z.int().positive(),
};

/** Publiek: per PC4 area, limited info. `positie` is the centroid of the PC4 area, never finer. */
export const VoorzieningPubliek = z.strictObject({
  ...publiekeVelden,
  precisie: z.literal('pc4'),
  positie: LonLat,
});
export type VoorzieningPubliek = z.infer<typeof VoorzieningPubliek>;

const uitgebreideVelden = {
  ...publiekeVelden,
  doelgroep: Doelgroep,
  beheer: Beheerstatus,
  startdatum: Datum,
  buurt: BuurtCode,
  wijk: WijkCode,
};

/** Zorgaanbieder, another organisation's location: per PC6 area, extended info, no phase. */
export const VoorzieningZorgaanbieder = z.strictObject({
  ...uitgebreideVelden,
  precisie: z.literal('pc6'),
  vertrouwelijk: z.literal(false),
  eigen: z.literal(false),
  pc6: Pc6,
  /** Centroid of the PC6 area. */
  positie: LonLat,
});

/** Zorgaanbieder, its own organisation's location: as above plus phase and history. */
export const VoorzieningZorgaanbiederEigen = z.strictObject({
  ...VoorzieningZorgaanbieder.shape,
  eigen: z.literal(true),
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
});

const vertrouwelijkeVelden = {
  id: VoorzieningId,
  precisie: z.literal('buurt'),
  vertrouwelijk: z.literal(true),
  woonvorm: Woonvorm,
  doelgroep: Doelgroep,
  capaciteit: z.int().positive(),
  buurt: BuurtCode,
  wijk: WijkCode,
  /** Centroid of the buurt, never the address. */
  positie: LonLat,
};

/** Zorgaanbieder, a confidential location: buurt level, no name, provider, postcode or contact. */
export const VertrouwelijkZorgaanbieder = z.strictObject({
  ...vertrouwelijkeVelden,
  eigen: z.literal(false),
});
export const VertrouwelijkZorgaanbiederEigen = z.strictObject({
  ...vertrouwelijkeVelden,
  eigen: z.literal(true),
  naam: z.string().min(1),
  zorgaanbieder: Organisatie,
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
});

export const VoorzieningVoorZorgaanbieder = z.union([
  VoorzieningZorgaanbieder,
  VoorzieningZorgaanbiederEigen,
  VertrouwelijkZorgaanbieder,
  VertrouwelijkZorgaanbiederEigen,
]);
export type VoorzieningVoorZorgaanbieder = z.infer<typeof VoorzieningVoorZorgaanbieder>;

/** Draagkrachtscan: address level, everything relevant to the scan. */
export const VoorzieningScan = z.strictObject({
  ...uitgebreideVelden,
  precisie: z.literal('adres'),
  vertrouwelijk: z.literal(false),
  pc6: Pc6,
  adres: Adres,
  /** The address point. */
  positie: LonLat,
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
});

/** Draagkrachtscan, a confidential location: everything except where it is, which stays at buurt level. */
export const VertrouwelijkScan = z.strictObject({
  ...vertrouwelijkeVelden,
  naam: z.string().min(1),
  zorgaanbieder: Organisatie,
  beheer: Beheerstatus,
  startdatum: Datum,
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
});

export const VoorzieningVoorScan = z.union([VoorzieningScan, VertrouwelijkScan]);
export type VoorzieningVoorScan = z.infer<typeof VoorzieningVoorScan>;

export type VoorzieningVoorRol = VoorzieningPubliek | VoorzieningVoorZorgaanbieder | VoorzieningVoorScan;

/** Publiek never receives confidential locations, only how many were left out. */
export const VoorzieningenPubliekAntwoord = z.strictObject({
  rol: z.literal('publiek'),
  precisie: z.literal('pc4'),
  voorzieningen: z.array(VoorzieningPubliek),
  nietGetoond: z.strictObject({ vertrouwelijk: z.int().nonnegative() }),
  bron: Bron,
});
export const VoorzieningenZorgaanbiederAntwoord = z.strictObject({
  rol: z.literal('zorgaanbieder'),
  precisie: z.literal('pc6'),
  voorzieningen: z.array(VoorzieningVoorZorgaanbieder),
  bron: Bron,
});
export const VoorzieningenScanAntwoord = z.strictObject({
  rol: GemeenteRol,
  precisie: z.literal('adres'),
  voorzieningen: z.array(VoorzieningVoorScan),
  bron: Bron,
});
export const VoorzieningenAntwoord = z.discriminatedUnion('rol', [
  VoorzieningenPubliekAntwoord,
  VoorzieningenZorgaanbiederAntwoord,
  VoorzieningenScanAntwoord,
]);
export type VoorzieningenAntwoord = z.infer<typeof VoorzieningenAntwoord>;

export const VoorzieningDetailPubliek = z.strictObject({
  rol: z.literal('publiek'),
  voorziening: VoorzieningPubliek,
  bron: Bron,
});
export const VoorzieningDetailZorgaanbieder = z.strictObject({
  rol: z.literal('zorgaanbieder'),
  voorziening: VoorzieningVoorZorgaanbieder,
  bron: Bron,
});
export const VoorzieningDetailScan = z.strictObject({
  rol: GemeenteRol,
  voorziening: VoorzieningVoorScan,
  bron: Bron,
});
export const VoorzieningDetailAntwoord = z.discriminatedUnion('rol', [
  VoorzieningDetailPubliek,
  VoorzieningDetailZorgaanbieder,
  VoorzieningDetailScan,
]);
export type VoorzieningDetailAntwoord = z.infer<typeof VoorzieningDetailAntwoord>;

/** Longest reason for a phase change. */
export const MAX_REDEN = 500;

/** `beheer` records a move on the escalatieladder: to which phase, on which date, and why (required for a jump). */
export const FaseWisselVerzoek = z.strictObject({
  naar: Fase,
  datum: Datum,
  reden: z.string().trim().max(MAX_REDEN).optional(),
});
export type FaseWisselVerzoek = z.infer<typeof FaseWisselVerzoek>;

/** The recorded change, with the location's phase and whole history as every role will now see it (at its precision). */
export const FaseWisselAntwoord = z.strictObject({
  rol: z.literal('beheer'),
  voorziening: VoorzieningId,
  wissel: FaseWissel,
  fase: Fase,
  faseHistorie: z.array(FaseWissel).min(1),
  bron: Bron,
});
export type FaseWisselAntwoord = z.infer<typeof FaseWisselAntwoord>;
