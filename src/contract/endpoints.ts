/** Endpoint paths and query schemas: the one list the client and the mock API both use. */
import { z } from 'zod';
import { Datum, Rol } from './common';
import { GebiedType } from './gebied';
import { ProbleemCategorie } from './rgw';
import { Woonvorm } from './voorziening';

export const API_BASIS = '/api';

export const PADEN = {
  login: '/api/auth/demo-login',
  sessie: '/api/auth/sessie',
  meta: '/api/meta',
  organisaties: '/api/organisaties',
  voorzieningen: '/api/voorzieningen',
  voorziening: '/api/voorzieningen/:id',
  faseWissel: '/api/voorzieningen/:id/fase',
  gebieden: '/api/gebieden/:type',
  gebied: '/api/gebieden/:type/:code',
  individueleWoningen: '/api/individuele-woningen',
  rgwDichtheid: '/api/rgw/dichtheid',
  rgwKerncijfers: '/api/rgw/kerncijfers',
  audit: '/api/audit',
  auditControle: '/api/audit/controle',
  importVoorzieningen: '/api/beheer/import/voorzieningen',
  importSjabloonCsv: '/api/beheer/import/sjabloon.csv',
  importSjabloonXlsx: '/api/beheer/import/sjabloon.xlsx',
  openapi: '/api/openapi.json',
  scanAdressen: '/api/draagkrachtscan/adressen',
  scanAnalyse: '/api/draagkrachtscan/analyse',
  scanVergelijk: '/api/draagkrachtscan/vergelijk',
  scanDossiers: '/api/draagkrachtscan/dossiers',
  scanDossier: '/api/draagkrachtscan/dossiers/:id',
  scanDossierDefinitief: '/api/draagkrachtscan/dossiers/:id/definitief',
  scanDossierCorrectie: '/api/draagkrachtscan/dossiers/:id/correctie',
  scanRapportPdf: '/api/draagkrachtscan/dossiers/:id/rapport.pdf',
  scanVoorzieningenCsv: '/api/draagkrachtscan/dossiers/:id/voorzieningen.csv',
  scanLocatiesGeojson: '/api/draagkrachtscan/dossiers/:id/locaties.geojson',
  monitorEscalatieladder: '/api/monitor/escalatieladder',
  monitorUitstroom: '/api/monitor/uitstroom',
  monitorRgw: '/api/monitor/rgw',
} as const;

/** Fills `:name` segments, URL-encoding each value. */
export function pad(sjabloon: string, waarden: Record<string, string>): string {
  return sjabloon.replace(/:([a-zA-Z]+)/g, (_, naam: string) => {
    const waarde = waarden[naam];
    if (waarde === undefined) throw new Error(`pad ${sjabloon}: waarde voor :${naam} ontbreekt`);
    return encodeURIComponent(waarde);
  });
}

/** Largest bbox a client may ask for, in degrees: all of Rotterdam including the port fits with room to spare. */
export const MAX_BBOX_GRADEN = { lon: 1.0, lat: 0.5 } as const;

/** `minLon,minLat,maxLon,maxLat` */
export const BboxParam = z.string().transform((tekst, ctx) => {
  const delen = tekst.split(',').map((d) => Number(d.trim()));
  if (delen.length !== 4 || delen.some((d) => !Number.isFinite(d))) {
    ctx.addIssue({
      code: 'custom',
      message: `bbox "${tekst}" is ongeldig: verwacht minLon,minLat,maxLon,maxLat`,
    });
    return z.NEVER;
  }
  const [minLon, minLat, maxLon, maxLat] = delen as [number, number, number, number];
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon >= maxLon || minLat >= maxLat) {
    ctx.addIssue({
      code: 'custom',
      message: `bbox "${tekst}" is ongeldig: min moet kleiner zijn dan max, binnen -180..180 en -90..90`,
    });
    return z.NEVER;
  }
  return [minLon, minLat, maxLon, maxLat] as const;
});

export const VoorzieningenQuery = z.strictObject({
  postcode: z.string().optional(),
  woonvorm: Woonvorm.optional(),
  bbox: BboxParam.optional(),
});

export const GebiedenPadParams = z.strictObject({ type: GebiedType });

/**
 * `periode` names a fixed period (checked by the handler, which knows the role and the peildatum). `van` and `tot`
 * are accepted as names only so the handler can refuse them with a message that says what to ask instead.
 */
export const DichtheidQuery = z.strictObject({
  periode: z.string().max(12).optional(),
  van: z.string().max(40).optional(),
  tot: z.string().max(40).optional(),
  categorie: ProbleemCategorie.optional(),
  niveau: z.enum(['h3', 'buurt']).optional(),
  resolutie: z.coerce.number().int().min(7).max(9).optional(),
});

export const KerncijfersQuery = z.strictObject({
  jaar: z.coerce.number().int().min(2025).max(2100).optional(),
});

/** Most audit rows per page. */
export const MAX_AUDIT_LIMIET = 500;

/** Filters of the audit trail; `voor`: rows with a lower sequence number (the next page, newest first). */
export const AuditQuery = z.strictObject({
  wie: z.string().trim().min(1).max(120).optional(),
  rol: Rol.optional(),
  wat: z.string().trim().min(1).max(40).optional(),
  van: Datum.optional(),
  tot: Datum.optional(),
  voor: z.coerce.number().int().positive().optional(),
  limiet: z.coerce.number().int().min(1).max(MAX_AUDIT_LIMIET).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
