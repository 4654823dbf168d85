/** The wrapper every handler runs in: who is calling, contract-checked JSON out, and typed errors instead of crashes. */
import { HttpResponse, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod';
import { FoutAntwoord } from '../../src/contract/common';
import type { Gebruiker } from '../../src/contract/organisatie';
import { PUBLIEK } from '../../src/domain/roles';
import type { ApiContext } from '../context';
import { ApiFout } from './fout';
import { leesToken, tokenOngeldig, tokenUitKop } from './token';

export interface RouteInvoer {
  request: Request;
  url: URL;
  params: PathParams;
  gebruiker: Gebruiker;
}

/** A response body that failed its own contract schema: a bug in the mock API, never the caller's fault. */
class ContractFout extends Error {
  override name = 'ContractFout';
}

/**
 * Role-dependent bodies must never be stored by a cache; the rest may be, but must be revalidated because a
 * restart can bring another seed. Every answer depends on the Authorization header (a bad token is a 401).
 */
function kopregels(rolAfhankelijk: boolean, extra?: Record<string, string>): Headers {
  const h = new Headers({ 'Cache-Control': rolAfhankelijk ? 'no-store' : 'no-cache', Vary: 'Authorization' });
  for (const [naam, waarde] of Object.entries(extra ?? {})) h.set(naam, waarde);
  return h;
}

/** Parses `body` with the contract schema and sends what the schema returned; a failed parse is a 500. */
export function json<S extends z.ZodType>(
  schema: S,
  body: z.input<S>,
  opties: { rolAfhankelijk: boolean; status?: number },
): Response {
  const uitslag = schema.safeParse(body);
  if (!uitslag.success) {
    const waar = uitslag.error.issues
      .map((i) => `${i.path.join('.') || '(antwoord)'}: ${i.message}`)
      .join('; ');
    throw new ContractFout(`antwoord voldoet niet aan het contract: ${waar}`);
  }
  const headers = kopregels(opties.rolAfhankelijk, { 'Content-Type': 'application/json' });
  return new HttpResponse(JSON.stringify(uitslag.data), { status: opties.status ?? 200, headers });
}

export function foutAntwoord(fout: ApiFout): Response {
  const extra: Record<string, string> = { ...fout.kopregels };
  if (fout.status === 401) extra['WWW-Authenticate'] = 'Bearer realm="hkd-kaart", error="invalid_token"';
  const body = FoutAntwoord.parse({
    error: {
      code: fout.code,
      message: fout.message,
      ...(fout.field === undefined ? {} : { field: fout.field }),
    },
  });
  return HttpResponse.json(body, { status: fout.status, headers: kopregels(true, extra) });
}

/** A bug on our side: a 500 with the same typed body as every other error, so the UI can show it. */
function serverFout(fout: unknown): Response {
  console.error('[mock-api] interne fout:', fout);
  const detail = fout instanceof Error ? fout.message : String(fout);
  const body: FoutAntwoord = {
    error: { code: 'serverfout', message: `Interne fout in de demo-API: ${detail}` },
  };
  return HttpResponse.json(body, { status: 500, headers: kopregels(true) });
}

/** Publiek without a header; a token that fails any check is a 401, never a quiet downgrade to publiek. */
export async function gebruikerVan(ctx: ApiContext, request: Request): Promise<Gebruiker> {
  const token = tokenUitKop(request.headers.get('authorization'));
  if (token === null) return PUBLIEK;
  const claims = await leesToken(token, ctx.geheim, ctx.nu());
  const organisatie = ctx.organisaties.get(claims.org);
  const gemeente = ctx.dataset.gemeente.id;
  const rolPast = claims.rol === 'draagkrachtscan' ? claims.org === gemeente : claims.org !== gemeente;
  if (!organisatie || !rolPast || claims.sub !== demoGebruikerId(claims.org)) throw tokenOngeldig();
  return { rol: claims.rol, naam: claims.naam, organisatie: { id: organisatie.id, naam: organisatie.naam } };
}

export function demoGebruikerId(organisatieId: string): string {
  return `demo-${organisatieId}`;
}

/**
 * Wraps a handler: resolves the caller (unless `publiekToegankelijk`: the sign-in itself, which must work
 * while an old token is still around), and turns thrown errors into typed responses.
 */
export function route(
  ctx: ApiContext,
  verwerk: (invoer: RouteInvoer) => Promise<Response> | Response,
  opties: { zonderAuth?: boolean } = {},
): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      const gebruiker = opties.zonderAuth ? PUBLIEK : await gebruikerVan(ctx, request);
      return await verwerk({ request, url: new URL(request.url), params, gebruiker });
    } catch (fout) {
      if (fout instanceof ApiFout) return foutAntwoord(fout);
      return serverFout(fout);
    }
  };
}

/** One path parameter as a string (msw gives arrays for repeated wildcards, which our paths do not have). */
export function param(params: PathParams, naam: string): string {
  const waarde = params[naam];
  return typeof waarde === 'string' ? waarde : '';
}
