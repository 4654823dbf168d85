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
export const MINIMALE_GEHEIM_LENGTE = 32;

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
  rol: z.enum(['zorgaanbieder', 'draagkrachtscan']),
  org: OrganisatieId,
  naam: z.string().min(1),
});
export type TokenClaims = z.infer<typeof TokenClaims>;

let procesGeheim: Uint8Array | undefined;

/**
 * Server mode: `HKD_JWT_SECRET` when set (at least 32 characters), else one random secret per process,
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
    if (uitOmgeving.length < MINIMALE_GEHEIM_LENGTE) {
      throw new Error(`HKD_JWT_SECRET is te kort: minstens ${MINIMALE_GEHEIM_LENGTE} tekens nodig`);
    }
    return new TextEncoder().encode(uitOmgeving);
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

/** Verifies signature, algorithm, issuer, audience and expiry; anything wrong is a 401, never a silent publiek. */
export async function leesToken(token: string, geheim: Uint8Array, nu: Date): Promise<TokenClaims> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, geheim, {
      algorithms: ['HS256'],
      issuer: TOKEN_UITGEVER,
      audience: TOKEN_PUBLIEK,
      currentDate: nu,
      requiredClaims: ['sub', 'iat', 'exp'],
    }));
  } catch (fout) {
    // jose checks the signature before the claims, so only a genuine token can be reported as expired.
    if (fout instanceof errors.JWTExpired) {
      throw new ApiFout(401, 'token_verlopen', 'Je sessie is verlopen. Log opnieuw in.');
    }
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
