/**
 * The draagkrachtscan's own API (`/api/draagkrachtscan/…`, the municipality's roles only): address lookup, the
 * analysis around a planned location, the comparison of sites, the scan dossier with its versions, and its exports.
 */
import { z } from 'zod';
import { Bron, BuurtCode, Datum, GemeenteRol, LonLat, Pc4, Pc6, Telling, Tijdstip, WijkCode } from './common';
import { Wijkprofiel } from './gebied';
import { AfgerondeTelling, DichtheidFilter } from './rgw';
import { Adres, Doelgroep, Fase, VoorzieningId, Woonvorm } from './voorziening';

/** At most this many rings per analysis, and this radius per ring. */
export const MAX_RINGEN = 4;
export const MAX_STRAAL_M = 5_000;
export const MIN_STRAAL_M = 50;
export const STANDAARD_RINGEN: readonly number[] = [250, 500, 1000];
/** The largest planned facility the scan takes: the largest existing location has well under this. */
export const MAX_CAPACITEIT = 500;
/** Sites in one comparison. */
export const MIN_VERGELIJK = 2;
export const MAX_VERGELIJK = 4;

/** `250,500,1000`: whole metres, ascending, 1 to 4 rings, each 50 to 5,000 m. */
export const RingenParam = z.string().transform((tekst, ctx) => {
  const delen = tekst.split(',').map((d) => d.trim());
  const waarden = delen.map(Number);
  const fout = (melding: string) => {
    ctx.addIssue({ code: 'custom', message: `ringen "${tekst.slice(0, 40)}" is ongeldig: ${melding}` });
    return z.NEVER;
  };
  if (delen.some((d) => !/^[0-9]+$/.test(d)))
    return fout('verwacht stralen in hele meters, gescheiden door komma’s, bijvoorbeeld 250,500,1000');
  if (waarden.length > MAX_RINGEN) return fout(`hooguit ${MAX_RINGEN} ringen`);
  if (waarden.some((w) => w > MAX_STRAAL_M)) return fout(`een straal is hooguit ${MAX_STRAAL_M} m (5 km)`);
  if (waarden.some((w) => w < MIN_STRAAL_M)) return fout(`een straal is minstens ${MIN_STRAAL_M} m`);
  if (waarden.some((w, i) => i > 0 && w <= (waarden[i - 1] ?? 0)))
    return fout('de stralen moeten oplopen, elk groter dan de vorige');
  return waarden;
});

const Capaciteit = z.coerce.number().int().min(1).max(MAX_CAPACITEIT);
const AanbiederId = z.string().trim().min(1).max(60);

/** The planned facility, as the query of the analysis takes it. */
const geplandeVelden = {
  woonvorm: Woonvorm.optional(),
  doelgroep: Doelgroep.optional(),
  capaciteit: Capaciteit.optional(),
  /** The provider's organisation id (`/api/organisaties`). */
  aanbieder: AanbiederId.optional(),
  /** RGW period (default: the last whole quarter), as `/api/rgw/dichtheid` takes it. */
  periode: z.string().max(12).optional(),
};

export const AnalyseQuery = z.strictObject({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  ringen: RingenParam.optional(),
  ...geplandeVelden,
});
export type AnalyseQuery = z.infer<typeof AnalyseQuery>;

export const VergelijkVerzoek = z.strictObject({
  locaties: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1).max(80).optional(),
        lon: z.number().min(-180).max(180),
        lat: z.number().min(-90).max(90),
      }),
    )
    .min(MIN_VERGELIJK)
    .max(MAX_VERGELIJK),
  ringen: z.array(z.int()).optional(),
  woonvorm: Woonvorm.optional(),
  doelgroep: Doelgroep.optional(),
  capaciteit: z.int().min(1).max(MAX_CAPACITEIT).optional(),
  aanbieder: AanbiederId.optional(),
  periode: z.string().max(12).optional(),
});
export type VergelijkVerzoek = z.infer<typeof VergelijkVerzoek>;

/** Where a figure comes from and as of when: every section of the analysis carries one. */
export const CijferBron = z.strictObject({
  naam: z.string().min(1),
  datum: Datum,
  demodata: z.boolean(),
});
export type CijferBron = z.infer<typeof CijferBron>;

/** RD New (EPSG:28992) in metres, [x, y]. */
export const RdPunt = z.tuple([z.number(), z.number()]);

export const GebiedNaam = z.strictObject({ code: z.string(), naam: z.string() });

export const ScanLocatie = z.strictObject({
  positie: LonLat,
  rd: RdPunt,
  buurt: z.strictObject({ code: BuurtCode, naam: z.string() }),
  wijk: z.strictObject({ code: WijkCode, naam: z.string() }),
  pc4: Pc4,
});

export const GeplandeVoorziening = z.strictObject({
  woonvorm: Woonvorm.nullable(),
  doelgroep: Doelgroep.nullable(),
  /** 0 when no capacity was given: the "after" figures then equal "before". */
  capaciteit: z.int().nonnegative(),
  aanbieder: z.strictObject({ id: z.string(), naam: z.string() }).nullable(),
});
export type GeplandeVoorziening = z.infer<typeof GeplandeVoorziening>;

/** A non-confidential facility within the outer ring, at address level. */
export const VoorzieningInRing = z.strictObject({
  id: VoorzieningId,
  naam: z.string(),
  zorgaanbieder: z.strictObject({ id: z.string(), naam: z.string() }),
  woonvorm: Woonvorm,
  doelgroep: Doelgroep,
  fase: Fase,
  /** Places (plekken). */
  capaciteit: z.int().positive(),
  adres: Adres,
  positie: LonLat,
  /** Great-circle distance from the site, whole metres. */
  afstandM: z.int().nonnegative(),
  /** The smallest ring it lies in (its radius in metres). */
  ringM: z.int().positive(),
  /** Fase 2 or higher on the escalatieladder. */
  signaal: z.boolean(),
});
export type VoorzieningInRing = z.infer<typeof VoorzieningInRing>;

const Aantal = z.strictObject({ locaties: z.int().nonnegative(), plekken: z.int().nonnegative() });
export const RingSamenvatting = z.strictObject({
  straalM: z.int().positive(),
  /** Everything within the radius (a disc, not an annulus). */
  totaal: Aantal,
  perWoonvorm: z.array(Aantal.extend({ woonvorm: Woonvorm })),
  perDoelgroep: z.array(Aantal.extend({ doelgroep: Doelgroep })),
  perFase: z.array(Aantal.extend({ fase: Fase })),
  /** Locations on fase 2 or higher within the radius. */
  faseTweeOfHoger: z.int().nonnegative(),
});

/** Confidential locations: counted per buurt, never placed, never at a distance. */
export const VertrouwelijkPerBuurt = z.strictObject({
  buurt: BuurtCode,
  buurtnaam: z.string(),
  locaties: z.int().nonnegative(),
  plekken: z.int().nonnegative(),
  faseTweeOfHoger: z.int().nonnegative(),
});

export const WoningenPerBuurt = z.strictObject({
  buurt: BuurtCode,
  buurtnaam: z.string(),
  zelfstandigMetHuurzorg: Telling,
  wonenEerst: Telling,
});

const Concentratie = z.strictObject({
  code: z.string(),
  naam: z.string(),
  inwoners: z.int().nonnegative(),
  plekkenVoor: z.int().nonnegative(),
  plekkenNa: z.int().nonnegative(),
  /** Places per 1,000 inhabitants, one decimal; null when the area has no inhabitants. */
  per1000Voor: z.number().nullable(),
  per1000Na: z.number().nullable(),
});
export const ConcentratieBlok = z.strictObject({
  /** Which facilities count: every woonvorm, or only the planned one. */
  woonvorm: Woonvorm.nullable(),
  buurt: Concentratie,
  wijk: Concentratie,
  stad: z.strictObject({
    inwoners: z.int().positive(),
    plekken: z.int().nonnegative(),
    per1000: z.number(),
  }),
});

export const RgwCel = z.discriminatedUnion('onderdrukt', [
  z.strictObject({
    h3: z.string(),
    ringM: z.int().positive(),
    onderdrukt: z.literal(false),
    aantal: z.int().positive(),
  }),
  z.strictObject({ h3: z.string(), ringM: z.int().positive(), onderdrukt: z.literal(true) }),
]);

export const RgwRing = z.strictObject({
  straalM: z.int().positive(),
  /** H3 cells (resolution `resolutie`) whose centre lies within the radius. */
  cellen: z.int().nonnegative(),
  /** The sum of the released (perturbed, rounded) values of those cells: a multiple of 5. */
  zaken: z.int().nonnegative(),
  /** Cells released as "minder dan 5" (empty ones included): not in `zaken`. */
  cellenMinderDan5: z.int().nonnegative(),
});

export const RgwRond = z.strictObject({
  resolutie: z.int(),
  minimum: z.int().positive(),
  afronding: z.int().positive(),
  filter: DichtheidFilter,
  ringen: z.array(RgwRing),
  cellen: z.array(RgwCel),
  buurten: z.array(z.strictObject({ buurt: BuurtCode, buurtnaam: z.string(), telling: AfgerondeTelling })),
  bron: CijferBron,
});

export const AnalyseAntwoord = z.strictObject({
  rol: GemeenteRol,
  locatie: ScanLocatie,
  gepland: GeplandeVoorziening,
  ringen: z.array(RingSamenvatting).min(1).max(MAX_RINGEN),
  voorzieningen: z.array(VoorzieningInRing),
  /** Facilities on fase 2 or higher within the outer ring (ids into `voorzieningen`). */
  signalen: z.array(VoorzieningId),
  /** The site's buurt and the buurten whose centre lies within the outer ring. */
  buurtenRond: z.array(
    z.strictObject({ code: BuurtCode, naam: z.string(), afstandM: z.int().nonnegative() }),
  ),
  vertrouwelijk: z.array(VertrouwelijkPerBuurt),
  individueleWoningen: z.strictObject({ minimum: z.int().positive(), buurten: z.array(WoningenPerBuurt) }),
  concentratie: z.strictObject({ alle: ConcentratieBlok, woonvorm: ConcentratieBlok.nullable() }),
  wijkprofiel: z.strictObject({ buurt: BuurtCode, indices: Wijkprofiel, toelichting: z.string() }),
  rgw: RgwRond,
  bronnen: z.strictObject({
    voorzieningen: CijferBron,
    inwoners: CijferBron,
    wijkprofiel: CijferBron,
    individueleWoningen: CijferBron,
    rgw: CijferBron,
  }),
  bron: Bron,
});
export type AnalyseAntwoord = z.infer<typeof AnalyseAntwoord>;

export const VergelijkAntwoord = z.strictObject({
  rol: GemeenteRol,
  locaties: z.array(z.strictObject({ label: z.string(), analyse: AnalyseAntwoord })),
  bron: Bron,
});
export type VergelijkAntwoord = z.infer<typeof VergelijkAntwoord>;

// ---------------------------------------------------------------------------------------------------------------
// Address lookup

/** Either `q`, or `lon` and `lat` (a click on the map: the nearest address within 150 m). */
export const AdresZoekQuery = z.strictObject({
  /** "Straat 12", "3072AB 12", "3072AB", or an RD coordinate "92500, 436000". */
  q: z.string().trim().min(2).max(120).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
});

export const AdresKandidaat = z.strictObject({
  soort: z.enum(['adres', 'pc6', 'rd']),
  weergave: z.string(),
  straat: z.string().nullable(),
  huisnummer: z.int().positive().nullable(),
  postcode: Pc6.nullable(),
  positie: LonLat,
  rd: RdPunt,
  buurt: z.strictObject({ code: BuurtCode, naam: z.string() }).nullable(),
  /** `demo-adresregister` is generated demodata; `pdok-locatieserver` the real register (online only). */
  herkomst: z.enum(['demo-adresregister', 'pdok-locatieserver', 'rd-coordinaat']),
});
export type AdresKandidaat = z.infer<typeof AdresKandidaat>;

export const AdresZoekAntwoord = z.strictObject({
  rol: GemeenteRol,
  zoekterm: z.string(),
  kandidaten: z.array(AdresKandidaat),
  /** Why nothing was found, or what to type instead; null with results. */
  melding: z.string().nullable(),
  bron: Bron,
});
export type AdresZoekAntwoord = z.infer<typeof AdresZoekAntwoord>;

// ---------------------------------------------------------------------------------------------------------------
// Dossiers

/** The stappenplan as the scan records it (seed 004 names no fixed list; these are the steps a weighing needs). */
export const STAPPEN = [
  { code: 'initiatief', titel: 'Initiatief vastgelegd: wie, woonvorm, doelgroep, capaciteit' },
  { code: 'locatie', titel: 'Beoogde locatie(s) bepaald' },
  { code: 'kwantitatief', titel: 'Kwantitatieve scan: voorzieningen, concentratie, Wijkprofiel, RGW' },
  { code: 'cluster-mo', titel: 'Kwalitatieve informatie cluster MO (Maatschappelijke Ontwikkeling)' },
  { code: 'cluster-so', titel: 'Kwalitatieve informatie cluster SO (Stadsontwikkeling)' },
  { code: 'cluster-dv', titel: 'Kwalitatieve informatie cluster DV (Dienstverlening)' },
  { code: 'afweging', titel: 'Afweging gemaakt en conclusie over de draagkracht' },
  { code: 'advies', titel: 'Advies voorgelegd voor besluitvorming' },
] as const;
export const StapCode = z.enum(STAPPEN.map((s) => s.code) as [string, ...string[]]);

export const Oordeel = z.enum(['voldoende', 'twijfelachtig', 'onvoldoende']);
export type Oordeel = z.infer<typeof Oordeel>;
export const DossierStatus = z.enum(['concept', 'definitief']);

const Tekst = (max: number) => z.string().max(max);
export const DOEL_MAX = 300;

export const DossierLocatieInvoer = z.strictObject({
  label: z.string().trim().min(1).max(80),
  /** What the assessor searched, e.g. the address; free text. */
  adres: Tekst(200).nullable().optional(),
  positie: LonLat,
});

export const DossierInvoer = z.strictObject({
  titel: z.string().trim().min(1).max(200),
  initiatief: z.strictObject({
    omschrijving: Tekst(2000).optional(),
    aanbieder: AanbiederId.nullable().optional(),
    woonvorm: Woonvorm,
    doelgroep: Doelgroep,
    capaciteit: z.int().min(1).max(MAX_CAPACITEIT),
  }),
  ringen: z.array(z.int()).optional(),
  locaties: z.array(DossierLocatieInvoer).min(1).max(MAX_VERGELIJK),
  stappen: z
    .array(z.strictObject({ code: StapCode, gedaan: z.boolean(), opmerking: Tekst(1000).optional() }))
    .optional(),
  kwalitatief: z
    .strictObject({ mo: Tekst(5000).optional(), so: Tekst(5000).optional(), dv: Tekst(5000).optional() })
    .optional(),
  conclusie: z.strictObject({ oordeel: Oordeel.nullable(), motivering: Tekst(5000).optional() }).optional(),
});
export type DossierInvoer = z.infer<typeof DossierInvoer>;

/** An update of a concept: the whole content again, with the version it was based on (409 when another came first). */
export const DossierWijziging = DossierInvoer.extend({ versie: z.int().positive() });
export type DossierWijziging = z.infer<typeof DossierWijziging>;

export const DossierCorrectie = z.strictObject({ reden: z.string().trim().min(1).max(1000) });
export const DossierDefinitief = z.strictObject({ versie: z.int().positive() });

export const DossierId = z
  .string()
  .regex(/^DKS-[0-9]{4}-[0-9]{4}$/, 'verwacht een dossiernummer als DKS-2026-0001');

const Persoon = z.strictObject({ wie: z.string(), tijd: Tijdstip });

export const Dossier = z.strictObject({
  id: DossierId,
  versie: z.int().positive(),
  status: DossierStatus,
  titel: z.string(),
  initiatief: z.strictObject({
    omschrijving: z.string(),
    aanbieder: z.strictObject({ id: z.string(), naam: z.string() }).nullable(),
    woonvorm: Woonvorm,
    doelgroep: Doelgroep,
    capaciteit: z.int().positive(),
  }),
  ringen: z.array(z.int().positive()),
  locaties: z.array(
    z.strictObject({
      label: z.string(),
      adres: z.string().nullable(),
      positie: LonLat,
      /** The analysis as it was when this version was saved: the record of what the assessor saw. */
      analyse: AnalyseAntwoord,
    }),
  ),
  stappen: z.array(
    z.strictObject({ code: StapCode, titel: z.string(), gedaan: z.boolean(), opmerking: z.string() }),
  ),
  kwalitatief: z.strictObject({ mo: z.string(), so: z.string(), dv: z.string() }),
  conclusie: z.strictObject({ oordeel: Oordeel.nullable(), motivering: z.string() }),
  /** Why this version corrects the previous one; null for version 1. */
  correctieReden: z.string().nullable(),
  aangemaakt: Persoon,
  gewijzigd: Persoon,
  definitief: Persoon.nullable(),
  /** Every version of this dossier, oldest first. */
  versies: z.array(
    z.strictObject({ versie: z.int().positive(), status: DossierStatus, gewijzigd: Tijdstip }),
  ),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierAntwoord = z.strictObject({ rol: GemeenteRol, dossier: Dossier, bron: Bron });

export const DossierSamenvatting = z.strictObject({
  id: DossierId,
  versie: z.int().positive(),
  status: DossierStatus,
  titel: z.string(),
  woonvorm: Woonvorm,
  capaciteit: z.int().positive(),
  locaties: z.array(z.string()),
  oordeel: Oordeel.nullable(),
  gewijzigd: Tijdstip,
  gewijzigdDoor: z.string(),
});
export const DossierLijstAntwoord = z.strictObject({
  rol: GemeenteRol,
  dossiers: z.array(DossierSamenvatting),
  bron: Bron,
});

export const DossierLijstQuery = z.strictObject({
  zoek: z.string().trim().min(1).max(120).optional(),
  status: DossierStatus.optional(),
});

/** Opening a dossier asks for a purpose, written to the audit trail; `versie` opens an earlier version. */
export const DossierLeesQuery = z.strictObject({
  doel: z.string().trim().min(3).max(DOEL_MAX),
  versie: z.coerce.number().int().positive().optional(),
});
export const ExportQuery = z.strictObject({
  doel: z.string().trim().min(3).max(DOEL_MAX).optional(),
  versie: z.coerce.number().int().positive().optional(),
});
