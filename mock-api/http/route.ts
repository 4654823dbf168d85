/** The wrapper every handler runs in: who is calling, contract-checked JSON out, and typed errors instead of crashes. */
import { HttpResponse, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod';
import { FoutAntwoord } from '../../src/contract/common';
import type { Gebruiker } from '../../src/contract/organisatie';
import { PUBLIEK } from '../../src/domain/roles';
import type { ApiContext, Gegevens, Voorraad } from '../context';
import { ApiFout } from './fout';
import { decodeJwt } from 'jose';
import { leesToken, tokenOngeldig, tokenUitKop } from './token';

export interface RouteInvoer {
  request: Request;
  url: URL;
  params: PathParams;
  gebruiker: Gebruiker;
  /** The data as of this request (read per request: a store may have changed since the last one). */
  g: Gegevens;
}

/** Longest error message sent; messages quote at most an excerpt of the input (`uittreksel`), so this only trims a forgotten quote. */
const MAX_MELDING = 300;

/** A response body that failed its own contract schema: a bug in the mock API, never the caller's fault. */
class ContractFout extends Error {
  override name = 'ContractFout';
}

/** How long a shared cache may keep an anonymous answer: short, so a new dataset version shows within a minute. */
export const PUBLIEK_MAX_AGE_S = 60;

/**
 * Role-dependent bodies must never be stored by a cache; the rest may be, but must be revalidated because a
 * restart can bring another seed. Every answer depends on the Authorization header (a bad token is a 401).
 * `route` upgrades an anonymous success to `public` (see `cacheVoorAnoniem`).
 */
function kopregels(rolAfhankelijk: boolean, extra?: Record<string, string>): Headers {
  const h = new Headers({ 'Cache-Control': rolAfhankelijk ? 'no-store' : 'no-cache', Vary: 'Authorization' });
  for (const [naam, waarde] of Object.entries(extra ?? {})) h.set(naam, waarde);
  return h;
}

/**
 * A weak entity tag from the body text: FNV-1a twice (two offset bases, 64 bits together) plus the length. Not
 * cryptographic and needs none: it only tells a client whether the copy it has is still the current one, and it
 * runs in the service worker too, where node:crypto does not exist.
 */
export function entiteitLabel(tekst: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `W/"${tekst.length.toString(36)}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}"`;
}

/** A body that passed its contract schema, serialised, with its entity tag: what `jsonEenmalig` keeps. */
interface GevalideerdAntwoord {
  /** UTF-8, encoded once: a kept answer of 20 KB is then copied per request, not encoded again. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

function valideer<S extends z.ZodType>(schema: S, body: z.input<S>): GevalideerdAntwoord {
  const uitslag = schema.safeParse(body);
  if (!uitslag.success) {
    const waar = uitslag.error.issues
      .map((i) => `${i.path.join('.') || '(antwoord)'}: ${i.message}`)
      .join('; ');
    throw new ContractFout(`antwoord voldoet niet aan het contract: ${waar}`);
  }
  const tekst = JSON.stringify(uitslag.data);
  return { bytes: new TextEncoder().encode(tekst), etag: entiteitLabel(tekst) };
}

function jsonAntwoord(
  { bytes, etag }: GevalideerdAntwoord,
  opties: { rolAfhankelijk: boolean; status?: number },
): Response {
  const headers = kopregels(opties.rolAfhankelijk, { 'Content-Type': 'application/json', ETag: etag });
  return new HttpResponse(bytes, { status: opties.status ?? 200, headers });
}

/** Parses `body` with the contract schema and sends what the schema returned; a failed parse is a 500. */
export function json<S extends z.ZodType>(
  schema: S,
  body: z.input<S>,
  opties: { rolAfhankelijk: boolean; status?: number },
): Response {
  return jsonAntwoord(valideer(schema, body), opties);
}

/**
 * `json`, but built, checked and serialised once per dataset version and `sleutel`: an answer that is the same for
 * everyone of a role (and organisation) then costs a lookup, not a projection and a strict parse of every record.
 * The key must name everything the body depends on, and only bounded values (roles, organisations, ids, enums).
 */
export function jsonEenmalig<S extends z.ZodType>(
  g: { readonly voorraad: Voorraad },
  sleutel: string,
  schema: S,
  maak: () => NoInfer<z.input<S>>,
  opties: { rolAfhankelijk: boolean },
): Response {
  return jsonAntwoord(
    g.voorraad.haal(sleutel, () => valideer(schema, maak())),
    opties,
  );
}

export function foutAntwoord(fout: ApiFout): Response {
  const extra: Record<string, string> = { ...fout.kopregels };
  if (fout.status === 401) extra['WWW-Authenticate'] = 'Bearer realm="hkd-kaart", error="invalid_token"';
  const body = FoutAntwoord.parse({
    error: {
      code: fout.code,
      // A second guard after the excerpts at each quote: no message grows with what a client sent.
      message: fout.message.length > MAX_MELDING ? `${fout.message.slice(0, MAX_MELDING)}…` : fout.message,
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
export async function gebruikerVan(ctx: ApiContext, g: Gegevens, request: Request): Promise<Gebruiker> {
  const token = tokenUitKop(request.headers.get('authorization'));
  if (token === null) return PUBLIEK;
  if (ctx.oidc !== null && uitgeverVan(token) === ctx.oidc.config.issuer) {
    return ctx.oidc.gebruiker(token, ctx.nu(), {
      get: (id) => g.organisaties.get(id),
      gemeente: g.dataset.gemeente,
    });
  }
  // With the demo sign-in off, a demo token is as good as none, even one signed with the right secret.
  if (!ctx.demoLogin) throw tokenOngeldig();
  const claims = await leesToken(token, ctx.geheim, ctx.nu());
  const organisatie = g.organisaties.get(claims.org);
  const gemeente = g.dataset.gemeente.id;
  const rolPast = claims.rol === 'zorgaanbieder' ? claims.org !== gemeente : claims.org === gemeente;
  if (!organisatie || !rolPast || claims.sub !== demoGebruikerId(claims.org)) throw tokenOngeldig();
  return { rol: claims.rol, naam: claims.naam, organisatie: { id: organisatie.id, naam: organisatie.naam } };
}

/** The `iss` a token claims, unverified: only to pick which check it goes through. Unreadable: a 401. */
function uitgeverVan(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw tokenOngeldig();
  }
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
      const g = await ctx.gegevens();
      const gebruiker = opties.zonderAuth ? PUBLIEK : await gebruikerVan(ctx, g, request);
      const antwoord = await verwerk({ request, url: new URL(request.url), params, gebruiker, g });
      return voorwaardelijk(request, cacheVoorAnoniem(request, antwoord));
    } catch (fout) {
      if (fout instanceof ApiFout) return foutAntwoord(fout);
      return serverFout(fout);
    }
  };
}

function isLezen(request: Request): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

/**
 * Without an Authorization header every caller is publiek, so a successful read is the same for every resident:
 * a shared cache may keep it briefly. `Vary: Authorization` keeps it from ever being handed to a signed-in caller.
 */
function cacheVoorAnoniem(request: Request, antwoord: Response): Response {
  if (isLezen(request) && antwoord.status === 200 && !request.headers.has('authorization')) {
    antwoord.headers.set('Cache-Control', `public, max-age=${PUBLIEK_MAX_AGE_S}`);
  }
  return antwoord;
}

/** `If-None-Match` naming the current tag: a 304 with the caching headers and no body (weak comparison, RFC 9110). */
function voorwaardelijk(request: Request, antwoord: Response): Response {
  const etag = antwoord.headers.get('etag');
  const gevraagd = request.headers.get('if-none-match');
  if (etag === null || gevraagd === null || !isLezen(request) || antwoord.status !== 200) return antwoord;
  const kaal = (t: string) => t.trim().replace(/^W\//, '');
  const past = gevraagd.trim() === '*' || gevraagd.split(',').some((t) => kaal(t) === kaal(etag));
  if (!past) return antwoord;
  const headers = new Headers();
  for (const naam of ['ETag', 'Cache-Control', 'Vary']) {
    const waarde = antwoord.headers.get(naam);
    if (waarde !== null) headers.set(naam, waarde);
  }
  return new HttpResponse(null, { status: 304, headers });
}

/** One path parameter as a string (msw gives arrays for repeated wildcards, which our paths do not have). */
export function param(params: PathParams, naam: string): string {
  const waarde = params[naam];
  return typeof waarde === 'string' ? waarde : '';
}
