/** Demo sign-in tokens: HS256 JWTs signed and checked with jose, and where the signing secret comes from. */
import { SignJWT, errors, jwtVerify } from 'jose';
import { z } from 'zod';
import type { ApiModus } from '../../src/contract/meta';
import { OrganisatieId } from '../../src/contract/organisatie';
import { ApiFout } from './fout';

export const TOKEN_UITGEVER = 'hkd-kaart-demo';
export const TOKEN_PUBLIEK = 'hkd-kaart';
/** A working day: long enough for a demo, short enough that a leaked token dies the same day. */
export const TOKEN_GELDIGHEID_S = 8 * 60 * 60;
/** Bytes of secret after trimming: HS256 is only as strong as its key, and RFC 7518 asks for at least the hash size. */
export const MINIMALE_GEHEIM_LENGTE = 32;
/** Distinct characters a secret must have, so `aaaa…` or a repeated word cannot pass for 32 random bytes. */
export const MINIMALE_GEHEIM_VARIATIE = 16;
/** Clocks of issuer and checker may differ this much before an `iat` counts as "in the future". */
export const KLOKSPELING_S = 60;

/**
 * The static demo build ships this secret inside its bundle, so anyone can mint a token there:
 * that is why the service-worker mode is labelled unfit for confidential data.
 */
const SERVICE_WORKER_GEHEIM = new TextEncoder().encode(
  'hkd-kaart-demo-service-worker-geheim-openbaar-in-de-bundel',
);

/** Claims a role token carries besides iss, aud, iat and exp. Publiek has no token. */
export const TokenClaims = z.object({
  sub: z.string().min(1),
  rol: z.enum(['zorgaanbieder', 'draagkrachtscan', 'beheer']),
  org: OrganisatieId,
  naam: z.string().min(1),
});
export type TokenClaims = z.infer<typeof TokenClaims>;

let procesGeheim: Uint8Array | undefined;

/**
 * Why a configured secret is too weak to sign tokens with, or null when it will do. A weak secret is refused at
 * start-up rather than warned about: a server that runs on it would accept tokens anyone can forge.
 */
export function zwakGeheim(geheim: string): string | null {
  const kern = geheim.trim();
  const bytes = new TextEncoder().encode(kern).length;
  if (bytes < MINIMALE_GEHEIM_LENGTE) {
    return `HKD_JWT_SECRET is te kort: minstens ${MINIMALE_GEHEIM_LENGTE} bytes nodig zonder spaties aan begin en eind (nu ${bytes})`;
  }
  const variatie = new Set(kern).size;
  if (variatie < MINIMALE_GEHEIM_VARIATIE) {
    return `HKD_JWT_SECRET is te eentonig: minstens ${MINIMALE_GEHEIM_VARIATIE} verschillende tekens nodig (nu ${variatie}); maak er een met bijvoorbeeld \`openssl rand -base64 48\``;
  }
  return null;
}

/**
 * Server mode: `HKD_JWT_SECRET` when set (refused when weak, see `zwakGeheim`), else one random secret per process,
 * so tokens do not survive a restart. Service-worker mode: the public demo secret.
 */
export function geheimVoorModus(
  modus: ApiModus,
  env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env,
  log: (melding: string) => void = console.warn,
): Uint8Array {
  if (modus === 'service-worker') return SERVICE_WORKER_GEHEIM;
  const uitOmgeving = env.HKD_JWT_SECRET;
  if (uitOmgeving !== undefined && uitOmgeving !== '') {
    const zwak = zwakGeheim(uitOmgeving);
    if (zwak !== null) throw new Error(zwak);
    return new TextEncoder().encode(uitOmgeving.trim());
  }
  if (!procesGeheim) {
    procesGeheim = crypto.getRandomValues(new Uint8Array(32));
    log(
      'HKD_JWT_SECRET is niet gezet: willekeurig geheim voor dit proces; tokens overleven een herstart niet.',
    );
  }
  return procesGeheim;
}

export async function tekenToken(
  claims: TokenClaims,
  geheim: Uint8Array,
  nu: Date,
): Promise<{ token: string; verlooptOp: Date }> {
  // JWT times are whole seconds; verlooptOp must say exactly what exp says.
  const iat = Math.floor(nu.getTime() / 1000);
  const exp = iat + TOKEN_GELDIGHEID_S;
  const token = await new SignJWT({ rol: claims.rol, org: claims.org, naam: claims.naam })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(TOKEN_UITGEVER)
    .setAudience(TOKEN_PUBLIEK)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(geheim);
  return { token, verlooptOp: new Date(exp * 1000) };
}

export function tokenOngeldig(): ApiFout {
  return new ApiFout(401, 'token_ongeldig', 'Het token is ongeldig. Log opnieuw in.');
}

function tokenVerlopen(): ApiFout {
  return new ApiFout(401, 'token_verlopen', 'Je sessie is verlopen. Log opnieuw in.');
}

/**
 * Verifies signature, algorithm, issuer, audience, expiry and age; anything wrong is a 401, never a silent publiek.
 * The age is checked apart from `exp`, so a token someone signed with an `exp` far away still dies after 8 hours.
 */
export async function leesToken(token: string, geheim: Uint8Array, nu: Date): Promise<TokenClaims> {
  let payload: unknown;
  try {
    const geverifieerd = await jwtVerify(token, geheim, {
      algorithms: ['HS256'],
      issuer: TOKEN_UITGEVER,
      audience: TOKEN_PUBLIEK,
      currentDate: nu,
      requiredClaims: ['sub', 'iat', 'exp'],
      maxTokenAge: TOKEN_GELDIGHEID_S,
      // Lets an `iat` up to a minute ahead through (another clock); jose refuses anything later, and an age over 8 h.
      clockTolerance: KLOKSPELING_S,
    });
    // The tolerance must not keep an expired token alive for another minute: our own clock decides `exp`.
    if ((geverifieerd.payload.exp ?? 0) <= Math.floor(nu.getTime() / 1000)) throw tokenVerlopen();
    payload = geverifieerd.payload;
  } catch (fout) {
    // jose checks the signature before the claims, so only a genuine token can be reported as expired.
    if (fout instanceof errors.JWTExpired) throw tokenVerlopen();
    if (fout instanceof ApiFout) throw fout;
    throw tokenOngeldig();
  }
  const claims = TokenClaims.safeParse(payload);
  if (!claims.success) throw tokenOngeldig();
  return claims.data;
}

/** The token of an `Authorization` header; null without the header; a 401 for anything that is not `Bearer <token>`. */
export function tokenUitKop(kop: string | null): string | null {
  if (kop === null) return null;
  const m = /^Bearer[ ]+([^\s]+)\s*$/i.exec(kop);
  if (!m?.[1]) throw tokenOngeldig();
  return m[1];
}
