/** What is left under /api after every resource: 405 for a known path with the wrong method, 404 for the rest. */
import { http, type HttpHandler } from 'msw';
import { API_BASIS, PADEN } from '../../src/contract/endpoints';
import type { ApiContext } from '../context';
import { ApiFout, uittreksel } from '../http/fout';
import { route } from '../http/route';

const METHODE: Record<keyof typeof PADEN, string> = {
  login: 'POST',
  sessie: 'GET',
  meta: 'GET',
  organisaties: 'GET',
  voorzieningen: 'GET',
  voorziening: 'GET',
  faseWissel: 'POST',
  gebieden: 'GET',
  gebied: 'GET',
  individueleWoningen: 'GET',
  rgwDichtheid: 'GET',
  rgwKerncijfers: 'GET',
  // Read only: no method changes or deletes the audit trail.
  audit: 'GET',
  auditControle: 'GET',
  importVoorzieningen: 'POST',
  importSjabloonCsv: 'GET',
  importSjabloonXlsx: 'GET',
  openapi: 'GET',
  scanAdressen: 'GET',
  scanAnalyse: 'GET',
  scanVergelijk: 'POST',
  scanDossiers: 'GET, POST',
  scanDossier: 'GET, PUT',
  scanDossierDefinitief: 'POST',
  scanDossierCorrectie: 'POST',
  scanRapportPdf: 'GET',
  scanVoorzieningenCsv: 'GET',
  scanLocatiesGeojson: 'GET',
  monitorEscalatieladder: 'GET',
  monitorUitstroom: 'GET',
  monitorRgw: 'GET',
};

/** Must come after every resource handler: msw uses the first handler that matches. */
export function maakFallbackHandlers(ctx: ApiContext): HttpHandler[] {
  const verkeerdeMethode = (Object.keys(PADEN) as (keyof typeof PADEN)[]).map((sleutel) =>
    http.all(
      ctx.basis + PADEN[sleutel],
      route(
        ctx,
        ({ request, url }) => {
          const toegestaan = METHODE[sleutel];
          throw new ApiFout(
            405,
            'methode_niet_toegestaan',
            `methode ${request.method} is niet toegestaan op ${uittreksel(url.pathname)}; gebruik ${toegestaan}`,
            undefined,
            { Allow: toegestaan },
          );
        },
        { zonderAuth: true },
      ),
    ),
  );
  const onbekend = [API_BASIS, `${API_BASIS}/*`].map((pad) =>
    http.all(
      ctx.basis + pad,
      route(
        ctx,
        ({ request, url }) => {
          throw new ApiFout(
            404,
            'onbekende_route',
            `onbekende route: ${request.method} ${uittreksel(url.pathname)}`,
          );
        },
        { zonderAuth: true },
      ),
    ),
  );
  return [...verkeerdeMethode, ...onbekend];
}
