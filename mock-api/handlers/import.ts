/**
 * Imports for `beheer`: the inventory file (CSV or XLSX, up to 5 MB) as a dry run or for real, answering the same
 * report as `npm run data:import`, and the template to fill in. Other roles get a 401 or 403; the browser demo, which
 * has no store, a 503.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import {
  ImportQuery,
  ImportRapport,
  MAX_IMPORT_BYTES,
  VOORZIENING_KOLOMMEN,
} from '../../src/contract/import';
import type { Gebruiker } from '../../src/contract/organisatie';
import type { ApiContext } from '../context';
import { ApiFout, geenToegang } from '../http/fout';
import { leesBestandBody, leesQuery } from '../http/invoer';
import { json, route } from '../http/route';

/** Kept out of the browser bundle: the path is a variable, which Vite leaves alone (see api-deel.ts). */
const SERVERDEEL = '../import/api-deel';
function serverDeel(): Promise<typeof import('../import/api-deel')> {
  return import(/* @vite-ignore */ SERVERDEEL) as Promise<typeof import('../import/api-deel')>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function alleenBeheer(gebruiker: Gebruiker): void {
  if (gebruiker.rol === 'publiek') {
    throw new ApiFout(401, 'niet_ingelogd', 'log in als beheer om te importeren');
  }
  if (gebruiker.rol !== 'beheer') throw geenToegang('alleen beheer mag importeren');
}

function opslagVan(ctx: ApiContext) {
  if (!ctx.opslag) {
    throw new ApiFout(
      503,
      'niet_beschikbaar',
      'importeren is niet beschikbaar in de browserdemo: die heeft geen database',
    );
  }
  return ctx.opslag;
}

function bestand(bytes: Uint8Array, type: string, naam: string): Response {
  return new HttpResponse(bytes, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${naam}"`,
      'Cache-Control': 'no-store',
    },
  });
}

export function maakImportHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.post(
      ctx.basis + PADEN.importVoorzieningen,
      route(ctx, async ({ request, url, gebruiker }) => {
        alleenBeheer(gebruiker);
        const query = leesQuery(url, ImportQuery);
        const db = opslagVan(ctx);
        const bytes = await leesBestandBody(request, MAX_IMPORT_BYTES);
        const { importeerVoorzieningen, GEEN_GEOCODER } = await serverDeel();
        if (bytes.byteLength === 0)
          throw new ApiFout(400, 'ongeldige_invoer', 'stuur het bestand (CSV of XLSX) als body');
        const rapport = await importeerVoorzieningen(db, bytes, {
          modus: query.modus,
          vervang: query.vervang === '1',
          door: { wie: gebruiker.naam, rol: gebruiker.rol, organisatie: gebruiker.organisatie?.id ?? null },
          nu: ctx.nu(),
          geocoder: ctx.geocoder ?? GEEN_GEOCODER,
        });
        return json(ImportRapport, rapport, { rolAfhankelijk: true });
      }),
    ),
    http.get(
      ctx.basis + PADEN.importSjabloonCsv,
      route(ctx, async ({ gebruiker }) => {
        alleenBeheer(gebruiker);
        opslagVan(ctx);
        const { schrijfCsv, VOORZIENING_VOORBEELD } = await serverDeel();
        return bestand(
          schrijfCsv(VOORZIENING_KOLOMMEN, VOORZIENING_VOORBEELD),
          'text/csv; charset=utf-8',
          'voorzieningen-sjabloon.csv',
        );
      }),
    ),
    http.get(
      ctx.basis + PADEN.importSjabloonXlsx,
      route(ctx, async ({ gebruiker }) => {
        alleenBeheer(gebruiker);
        opslagVan(ctx);
        const { schrijfXlsx, VOORZIENING_VOORBEELD } = await serverDeel();
        return bestand(
          await schrijfXlsx(VOORZIENING_KOLOMMEN, VOORZIENING_VOORBEELD, 'voorzieningen'),
          XLSX_TYPE,
          'voorzieningen-sjabloon.xlsx',
        );
      }),
    ),
  ];
}
