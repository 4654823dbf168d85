/**
 * The OpenAPI 3.1 document of this API, generated from the zod contract (zod 4's JSON Schema output, draft 2020-12,
 * which OpenAPI 3.1 uses as is): every path in PADEN with its methods, parameters, bodies, answers per status and the
 * bearer sign-in. `npm run openapi` writes it to docs/openapi.json; the API serves it at /api/openapi.json.
 */
import { z } from 'zod';
import { FoutAntwoord } from './common';
import { AuditAntwoord, AuditControleAntwoord } from './audit';
import {
  AdresZoekAntwoord,
  AdresZoekQuery,
  AnalyseAntwoord,
  AnalyseQuery,
  DossierAntwoord,
  DossierCorrectie,
  DossierDefinitief,
  DossierInvoer,
  DossierLeesQuery,
  DossierLijstAntwoord,
  DossierLijstQuery,
  DossierWijziging,
  ExportQuery,
  VergelijkAntwoord,
  VergelijkVerzoek,
} from './draagkrachtscan';
import { AuditQuery, DichtheidQuery, KerncijfersQuery, PADEN, VoorzieningenQuery } from './endpoints';
import { GebiedAntwoord, GebiedenAntwoord, GebiedType, IndividueleWoningenAntwoord } from './gebied';
import { ImportQuery, ImportRapport, MAX_IMPORT_BYTES } from './import';
import { MetaAntwoord } from './meta';
import { EscalatieladderAntwoord, RgwMonitorAntwoord, UitstroomAntwoord } from './monitor';
import { DemoLoginAntwoord, DemoLoginVerzoek, OrganisatiesAntwoord, SessieAntwoord } from './organisatie';
import { DichtheidAntwoord, KerncijfersAntwoord } from './rgw';
import {
  FaseWisselAntwoord,
  FaseWisselVerzoek,
  VoorzieningDetailAntwoord,
  VoorzieningenAntwoord,
} from './voorziening';

/** `gemeente`: draagkrachtscan and beheer (401 without sign-in, 403 for zorgaanbieder). */
type Toegang = 'iedereen' | 'ingelogd' | 'beheer' | 'gemeente';

interface Operatie {
  methode: 'get' | 'post' | 'put';
  pad: keyof typeof PADEN;
  samenvatting: string;
  /** A longer description (Markdown), where the summary is not enough. */
  beschrijving?: string;
  /** Descriptions of statuses that mean something else here than in `STATUS_TEKST`. */
  foutTekst?: Readonly<Record<number, string>>;
  toegang: Toegang;
  query?: z.ZodObject;
  padParameters?: Record<string, z.ZodType>;
  body?: { schema: z.ZodType } | { bestand: readonly string[]; max: number };
  antwoord: { schema: z.ZodType } | { bestand: string };
  /** Client error statuses besides the 401 every token check can give. */
  fouten: readonly number[];
  /** The status of success: 200, or 201 for something recorded. */
  gelukt?: 200 | 201;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SCAN_DOSSIER_409 = {
  409: 'Het dossier is definitief (alleen-lezen: maak een correctie), of is intussen door een ander gewijzigd',
};
const SCAN_DOEL =
  'Openen vraagt een doel (`doel`), dat met wie, wanneer en welk dossier in de audittrail komt.';

/** The draagkrachtscan (docs/draagkrachtscan.md): draagkrachtscan and beheer; dossiers are written by the scan only. */
const SCAN_OPERATIES: readonly Operatie[] = [
  {
    methode: 'get',
    pad: 'scanAdressen',
    samenvatting: 'Draagkrachtscan: adres, postcode of RD-coördinaat zoeken',
    beschrijving:
      '`q`: "Straat 12", "3072AB 12", "3072AB" of "92500, 436000" (RD). Postcode en huisnummer via de PDOK Locatieserver als die is ingesteld en bereikbaar; anders, en voor straatnamen, het demo-adresregister (demodata). Of `lon` en `lat` (een klik op de kaart): het dichtstbijzijnde adres binnen 150 m. Niets gevonden: 200 met een lege lijst en een `melding`.',
    toegang: 'gemeente',
    query: AdresZoekQuery,
    antwoord: { schema: AdresZoekAntwoord },
    fouten: [400, 403],
  },
  {
    methode: 'get',
    pad: 'scanAnalyse',
    samenvatting: 'Draagkrachtscan: analyse rond een beoogde locatie',
    beschrijving:
      'Voorzieningen per ring (woonvorm, doelgroep, fase, afstand, plekken), vertrouwelijke locaties en individuele woningen per buurt, plekken per 1.000 inwoners voor en na, Wijkprofiel, RGW-zaken als som van vrijgegeven H3-cellen (resolutie 9), elk met bron en datum. 400 bij een punt buiten Rotterdam, meer dan 4 ringen, een straal boven 5 km of een ongeldige capaciteit.',
    toegang: 'gemeente',
    query: AnalyseQuery,
    antwoord: { schema: AnalyseAntwoord },
    fouten: [400, 403],
  },
  {
    methode: 'post',
    pad: 'scanVergelijk',
    samenvatting: 'Draagkrachtscan: 2 tot 4 locaties vergelijken (dezelfde analyse per locatie)',
    toegang: 'gemeente',
    body: { schema: VergelijkVerzoek },
    antwoord: { schema: VergelijkAntwoord },
    fouten: [400, 403, 413],
  },
  {
    methode: 'get',
    pad: 'scanDossiers',
    samenvatting: 'Scandossiers: de lijst (laatste versie van elk), met zoeken',
    toegang: 'gemeente',
    query: DossierLijstQuery,
    antwoord: { schema: DossierLijstAntwoord },
    fouten: [400, 403, 503],
  },
  {
    methode: 'post',
    pad: 'scanDossiers',
    samenvatting:
      'Scandossier aanmaken (concept, versie 1); de analyse per locatie wordt op de server vastgelegd',
    toegang: 'gemeente',
    body: { schema: DossierInvoer },
    antwoord: { schema: DossierAntwoord },
    gelukt: 201,
    fouten: [400, 403, 413, 503],
  },
  {
    methode: 'get',
    pad: 'scanDossier',
    samenvatting: 'Scandossier openen (met doel; `versie` voor een eerdere versie)',
    beschrijving: SCAN_DOEL,
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    query: DossierLeesQuery,
    antwoord: { schema: DossierAntwoord },
    fouten: [400, 403, 404, 503],
  },
  {
    methode: 'put',
    pad: 'scanDossier',
    samenvatting: 'Concept wijzigen (de hele inhoud, met de versie waarop de wijziging is gebaseerd)',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    body: { schema: DossierWijziging },
    antwoord: { schema: DossierAntwoord },
    foutTekst: SCAN_DOSSIER_409,
    fouten: [400, 403, 404, 409, 413, 503],
  },
  {
    methode: 'post',
    pad: 'scanDossierDefinitief',
    samenvatting: 'Concept definitief maken (daarna alleen-lezen)',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    body: { schema: DossierDefinitief },
    antwoord: { schema: DossierAntwoord },
    foutTekst: SCAN_DOSSIER_409,
    fouten: [400, 403, 404, 409, 503],
  },
  {
    methode: 'post',
    pad: 'scanDossierCorrectie',
    samenvatting: 'Correctie: een nieuwe conceptversie van een definitief dossier; de oude blijft bewaard',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    body: { schema: DossierCorrectie },
    antwoord: { schema: DossierAntwoord },
    gelukt: 201,
    foutTekst: SCAN_DOSSIER_409,
    fouten: [400, 403, 404, 409, 503],
  },
  {
    methode: 'get',
    pad: 'scanRapportPdf',
    samenvatting: 'Scandossier als PDF-rapport (A4), in de audittrail',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    query: ExportQuery,
    antwoord: { bestand: 'application/pdf' },
    fouten: [400, 403, 404, 503],
  },
  {
    methode: 'get',
    pad: 'scanVoorzieningenCsv',
    samenvatting: 'Voorzieningen in de ringen als CSV, in de audittrail',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    query: ExportQuery,
    antwoord: { bestand: 'text/csv' },
    fouten: [400, 403, 404, 503],
  },
  {
    methode: 'get',
    pad: 'scanLocatiesGeojson',
    samenvatting: 'Locaties en ringen als GeoJSON, in de audittrail',
    toegang: 'gemeente',
    padParameters: { id: z.string() },
    query: ExportQuery,
    antwoord: { bestand: 'application/geo+json' },
    fouten: [400, 403, 404, 503],
  },
];

export const OPERATIES: readonly Operatie[] = [
  {
    methode: 'post',
    pad: 'login',
    samenvatting: 'Demo-inloggen: een token voor een rol',
    toegang: 'iedereen',
    body: { schema: DemoLoginVerzoek },
    antwoord: { schema: DemoLoginAntwoord },
    fouten: [400, 413],
  },
  {
    methode: 'get',
    pad: 'sessie',
    samenvatting: 'Wie de aanroeper is',
    toegang: 'iedereen',
    antwoord: { schema: SessieAntwoord },
    fouten: [],
  },
  {
    methode: 'get',
    pad: 'meta',
    samenvatting: 'Herkomst en omvang van de gegevens',
    toegang: 'iedereen',
    antwoord: { schema: MetaAntwoord },
    fouten: [],
  },
  {
    methode: 'get',
    pad: 'organisaties',
    samenvatting: 'De zorgaanbieders van het convenant',
    toegang: 'iedereen',
    antwoord: { schema: OrganisatiesAntwoord },
    fouten: [],
  },
  {
    methode: 'get',
    pad: 'voorzieningen',
    samenvatting: 'Voorzieningen, op de precisie van de rol',
    toegang: 'iedereen',
    query: VoorzieningenQuery,
    antwoord: { schema: VoorzieningenAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'voorziening',
    samenvatting: 'Eén voorziening, op de precisie van de rol',
    toegang: 'iedereen',
    padParameters: { id: z.string() },
    antwoord: { schema: VoorzieningDetailAntwoord },
    fouten: [404],
  },
  {
    methode: 'get',
    pad: 'gebieden',
    samenvatting: 'Buurten, wijken of PC4-gebieden',
    toegang: 'iedereen',
    padParameters: { type: GebiedType },
    antwoord: { schema: GebiedenAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'gebied',
    samenvatting: 'Eén gebied',
    toegang: 'iedereen',
    padParameters: { type: GebiedType, code: z.string() },
    antwoord: { schema: GebiedAntwoord },
    fouten: [400, 404],
  },
  {
    methode: 'get',
    pad: 'individueleWoningen',
    samenvatting: 'Aantallen individuele woningen per buurt',
    toegang: 'ingelogd',
    antwoord: { schema: IndividueleWoningenAntwoord },
    fouten: [403],
  },
  {
    methode: 'get',
    pad: 'rgwDichtheid',
    samenvatting: 'RGW-zaken per cel, buurt of focusgebied (verstoord en afgerond)',
    toegang: 'iedereen',
    query: DichtheidQuery,
    antwoord: { schema: DichtheidAntwoord },
    fouten: [400, 403],
  },
  {
    methode: 'post',
    pad: 'faseWissel',
    samenvatting: 'Een fasewissel op de escalatieladder vastleggen',
    toegang: 'beheer',
    padParameters: { id: z.string() },
    body: { schema: FaseWisselVerzoek },
    antwoord: { schema: FaseWisselAntwoord },
    gelukt: 201,
    fouten: [400, 404, 409, 413],
  },
  {
    methode: 'get',
    pad: 'audit',
    samenvatting: 'De audittrail, gefilterd en per pagina',
    toegang: 'beheer',
    query: AuditQuery,
    antwoord: { schema: AuditAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'auditControle',
    samenvatting: 'Controle van de hashketen van de audittrail',
    toegang: 'beheer',
    antwoord: { schema: AuditControleAntwoord },
    fouten: [],
  },
  {
    methode: 'get',
    pad: 'rgwKerncijfers',
    samenvatting: 'RGW-kerncijfers per jaar',
    toegang: 'iedereen',
    query: KerncijfersQuery,
    antwoord: { schema: KerncijfersAntwoord },
    fouten: [400],
  },
  {
    methode: 'post',
    pad: 'importVoorzieningen',
    samenvatting: 'Inventaris importeren (proef of uitvoeren)',
    toegang: 'beheer',
    query: ImportQuery,
    body: { bestand: ['text/csv', XLSX], max: MAX_IMPORT_BYTES },
    antwoord: { schema: ImportRapport },
    fouten: [400, 403, 413],
  },
  {
    methode: 'get',
    pad: 'importSjabloonCsv',
    samenvatting: 'Sjabloon voor de inventaris (CSV)',
    toegang: 'beheer',
    antwoord: { bestand: 'text/csv' },
    fouten: [403],
  },
  {
    methode: 'get',
    pad: 'importSjabloonXlsx',
    samenvatting: 'Sjabloon voor de inventaris (Excel)',
    toegang: 'beheer',
    antwoord: { bestand: XLSX },
    fouten: [403],
  },
  {
    methode: 'get',
    pad: 'monitorEscalatieladder',
    samenvatting:
      'Monitor: locaties per fase per maand (publiek: alleen de stad; zorgaanbieder: ook de eigen locaties; gemeente: alle locaties en de wissels)',
    toegang: 'iedereen',
    antwoord: { schema: EscalatieladderAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'monitorUitstroom',
    samenvatting:
      'Monitor: uitstroom uit beschermd wonen, wachttijd, woningen met huur-/zorgovereenkomst, Wonen eerst',
    toegang: 'iedereen',
    antwoord: { schema: UitstroomAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'monitorRgw',
    samenvatting:
      'Monitor: RGW per jaar en kwartaal tegen de doelen, per focusgebied per 1.000 inwoners, basis 2024',
    toegang: 'iedereen',
    antwoord: { schema: RgwMonitorAntwoord },
    fouten: [400],
  },
  {
    methode: 'get',
    pad: 'openapi',
    samenvatting: 'Dit document',
    toegang: 'iedereen',
    antwoord: { bestand: 'application/json' },
    fouten: [],
  },
  ...SCAN_OPERATIES,
];

const STATUS_TEKST: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd, of het token is ongeldig of verlopen',
  403: 'Geen toegang voor deze rol',
  404: 'Niet gevonden',
  409: 'In strijd met de regels van de escalatieladder',
  413: 'De body is te groot',
  503: 'Niet beschikbaar (de browserdemo heeft geen database)',
};

function schema(s: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

function openapiPad(pad: string): string {
  return pad.replace(/:([a-zA-Z]+)/g, '{$1}');
}

function operatie(o: Operatie): Record<string, unknown> {
  const parameters: Record<string, unknown>[] = [];
  for (const [naam, s] of Object.entries(o.padParameters ?? {})) {
    parameters.push({ name: naam, in: 'path', required: true, schema: schema(s, 'input') });
  }
  if (o.query) {
    for (const [naam, s] of Object.entries(o.query.shape as Record<string, z.ZodType>)) {
      parameters.push({
        name: naam,
        in: 'query',
        required: !s.safeParse(undefined).success,
        schema: schema(s, 'input'),
      });
    }
  }
  const fout = {
    description: '',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/FoutAntwoord' } } },
  };
  const antwoorden: Record<string, unknown> = {
    [o.gelukt ?? 200]: {
      description: o.gelukt === 201 ? 'Vastgelegd' : 'Gelukt',
      content:
        'schema' in o.antwoord
          ? { 'application/json': { schema: schema(o.antwoord.schema, 'output') } }
          : { [o.antwoord.bestand]: { schema: { type: 'string', format: 'binary' } } },
    },
  };
  const statussen = new Set([
    ...o.fouten,
    ...(o.toegang === 'iedereen' ? [] : [401]),
    ...(o.toegang === 'beheer' ? [403, 503] : []),
    ...(o.toegang === 'gemeente' ? [403] : []),
  ]);
  if (o.pad !== 'openapi') statussen.add(401);
  for (const status of [...statussen].sort())
    antwoorden[status] = { ...fout, description: o.foutTekst?.[status] ?? STATUS_TEKST[status] ?? 'Fout' };
  return {
    summary: o.samenvatting,
    ...(o.beschrijving === undefined ? {} : { description: o.beschrijving }),
    operationId: `${o.methode}${o.pad[0]!.toUpperCase()}${o.pad.slice(1)}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(o.body
      ? {
          requestBody: {
            required: true,
            content:
              'schema' in o.body
                ? { 'application/json': { schema: schema(o.body.schema, 'input') } }
                : Object.fromEntries(
                    o.body.bestand.map((t) => [
                      t,
                      {
                        schema: {
                          type: 'string',
                          format: 'binary',
                          maxLength: o.body && 'max' in o.body ? o.body.max : undefined,
                        },
                      },
                    ]),
                  ),
            ...('bestand' in o.body
              ? { description: `Het bestand zelf, hooguit ${o.body.max / 1024 / 1024} MB` }
              : {}),
          },
        }
      : {}),
    responses: antwoorden,
    // Optional sign-in: without a token the caller is publiek.
    security: o.toegang === 'iedereen' ? [{}, { bearer: [] }] : [{ bearer: [] }],
    'x-hkd-toegang': o.toegang,
  };
}

export function maakOpenapi(versie: string): Record<string, unknown> {
  const paden: Record<string, Record<string, unknown>> = {};
  for (const o of OPERATIES) {
    const pad = openapiPad(PADEN[o.pad]);
    paden[pad] = { ...paden[pad], [o.methode]: operatie(o) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'HKD-kaart Rotterdam API',
      version: versie,
      description:
        'Gegenereerd uit het zod-contract (src/contract). Elke rol krijgt alleen wat hij mag zien; de server beslist. Foutmeldingen zijn Nederlands.',
    },
    servers: [{ url: '/' }],
    paths: paden,
    components: {
      schemas: { FoutAntwoord: schema(FoutAntwoord, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
