/**
 * Production sign-in through OpenID Connect: the configuration from the environment, and the check of an access
 * token the identity provider (IdP) issued: signature against the issuer's JWKS (jose `createRemoteJWKSet`), issuer,
 * audience, algorithm, expiry and age; then its claims mapped to a role and an organisation.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcInstellingen } from '../../src/contract/aanmelding';
import { Rol } from '../../src/contract/common';
import type { Gebruiker, Organisatie } from '../../src/contract/organisatie';
import { isGemeenteRol } from '../../src/domain/roles';
import { ApiFout, geenToegang, uittreksel } from './fout';
import { KLOKSPELING_S, TOKEN_GELDIGHEID_S, tokenOngeldig } from './token';

/** Every role that signs in: all of `Rol` but publiek, which has no token. Follows the enum, whatever it holds. */
export type IngelogdeRol = Exclude<Rol, 'publiek'>;
export const INGELOGDE_ROLLEN: readonly IngelogdeRol[] = Rol.options.filter(
  (r): r is IngelogdeRol => r !== 'publiek',
);

/** Asymmetric algorithms only: an IdP never shares a secret with us, so an HS256 token claiming its issuer is forged. */
const ALGORITMEN = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** How long a discovery document is trusted before it is fetched again (the JWKS itself is cached by jose). */
const DISCOVERY_GELDIG_MS = 60 * 60 * 1000;
const DISCOVERY_TIMEOUT_MS = 5_000;

export interface OidcConfig extends OidcInstellingen {
  /** The `aud` an access token must carry: this API. Default: the client id. */
  audience: string;
  /** Claim that holds the role (a string or an array of strings, e.g. groups). */
  rolClaim: string;
  /** Claim that holds the organisation id (`za-01`…`za-23`, `gm0599`). */
  orgClaim: string;
  /** IdP value → role. Every role name also stands for itself. */
  rolWaarden: Readonly<Record<string, IngelogdeRol>>;
}

type Omgeving = Record<string, string | undefined>;

function waarde(env: Omgeving, naam: string): string | undefined {
  const w = env[naam]?.trim();
  return w === undefined || w === '' ? undefined : w;
}

function isIngelogdeRol(w: string): w is IngelogdeRol {
  return (INGELOGDE_ROLLEN as readonly string[]).includes(w);
}

/** `HKD_OIDC_ROLLEN="hkd-scan=draagkrachtscan,hkd-za=zorgaanbieder"`: IdP values (group names) to roles. */
export function leesRolWaarden(tekst: string | undefined): Record<string, IngelogdeRol> {
  const tabel: Record<string, IngelogdeRol> = {};
  for (const rol of INGELOGDE_ROLLEN) tabel[rol] = rol;
  for (const paar of (tekst ?? '').split(',')) {
    if (paar.trim() === '') continue;
    const [idp, rol] = paar.split('=').map((d) => d.trim());
    if (!idp || !rol || !isIngelogdeRol(rol)) {
      throw new Error(
        `HKD_OIDC_ROLLEN: "${paar.trim()}" is geen paar waarde=rol met rol een van ${INGELOGDE_ROLLEN.join(', ')}`,
      );
    }
    tabel[idp] = rol;
  }
  return tabel;
}

/** The OIDC configuration from the environment; null without `HKD_OIDC_ISSUER`. Anything half set is refused at start-up. */
export function oidcConfigUitOmgeving(env: Omgeving): OidcConfig | null {
  const issuer = waarde(env, 'HKD_OIDC_ISSUER');
  if (issuer === undefined) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`HKD_OIDC_ISSUER "${issuer}" is geen URL`);
  }
  const lokaal = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && lokaal)) {
    throw new Error(`HKD_OIDC_ISSUER moet https gebruiken (http alleen op deze machine): ${issuer}`);
  }
  const clientId = waarde(env, 'HKD_OIDC_CLIENT_ID');
  if (clientId === undefined) throw new Error('HKD_OIDC_ISSUER is gezet, HKD_OIDC_CLIENT_ID niet');
  return {
    issuer,
    clientId,
    scope: waarde(env, 'HKD_OIDC_SCOPE') ?? 'openid profile',
    naam: waarde(env, 'HKD_OIDC_NAAM') ?? url.host,
    audience: waarde(env, 'HKD_OIDC_AUDIENCE') ?? clientId,
    rolClaim: waarde(env, 'HKD_OIDC_ROL_CLAIM') ?? 'hkd_rol',
    orgClaim: waarde(env, 'HKD_OIDC_ORG_CLAIM') ?? 'hkd_org',
    rolWaarden: leesRolWaarden(waarde(env, 'HKD_OIDC_ROLLEN')),
  };
}

/**
 * Demo sign-in: on when the server runs on generated demo data (today always), unless `HKD_DEMO_LOGIN=0`; with
 * `HKD_DEMO_LOGIN=1` also on real data.
 */
export function demoLoginUitOmgeving(env: Omgeving, opDemodata: boolean): boolean {
  const w = waarde(env, 'HKD_DEMO_LOGIN');
  if (w === undefined) return opDemodata;
  if (w === '1') return true;
  if (w === '0') return false;
  throw new Error(`HKD_DEMO_LOGIN "${w}" is ongeldig: 1 (aan) of 0 (uit)`);
}

export interface OidcControle {
  readonly config: OidcConfig;
  /** Verifies an access token of the IdP and maps it to a user; 401 for a bad token, 403 for one without a known role. */
  gebruiker(token: string, nu: Date, organisaties: OidcOrganisaties): Promise<Gebruiker>;
}

export interface OidcOrganisaties {
  get(id: string): Organisatie | undefined;
  /** The municipality: the organisation of every municipal role (`isGemeenteRol`). */
  readonly gemeente: Organisatie;
}

function inlogdienstOnbereikbaar(): ApiFout {
  return new ApiFout(503, 'serverfout', 'De inlogdienst is niet bereikbaar. Probeer het later opnieuw.');
}

/** Fetched on the first token, not at start-up: with OIDC off (or not used yet) nothing goes over the network. */
function maakDiscovery(issuer: string): () => Promise<URL> {
  let bewaard: { jwksUri: URL; tot: number } | null = null;
  return async () => {
    if (bewaard && bewaard.tot > Date.now()) return bewaard.jwksUri;
    let document: unknown;
    try {
      const antwoord = await fetch(new URL('.well-known/openid-configuration', issuer.replace(/\/?$/, '/')), {
        signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
        headers: { Accept: 'application/json' },
      });
      if (!antwoord.ok) throw new Error(`discovery: HTTP ${antwoord.status}`);
      document = await antwoord.json();
    } catch (fout) {
      console.error('[mock-api] OIDC-discovery mislukt:', fout instanceof Error ? fout.message : fout);
      throw inlogdienstOnbereikbaar();
    }
    const d = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
    // OpenID Connect Discovery §4.3: the document must name exactly the issuer it was fetched for.
    if (d.issuer !== issuer || typeof d.jwks_uri !== 'string') {
      console.error('[mock-api] OIDC-discovery: issuer of jwks_uri klopt niet', d.issuer, d.jwks_uri);
      throw inlogdienstOnbereikbaar();
    }
    bewaard = { jwksUri: new URL(d.jwks_uri), tot: Date.now() + DISCOVERY_GELDIG_MS };
    return bewaard.jwksUri;
  };
}

/** The role a token's claim names: one known value (or several naming the same role); else a 403. */
export function rolUitClaim(config: OidcConfig, payload: JWTPayload): IngelogdeRol {
  const ruw = payload[config.rolClaim];
  const waarden = (Array.isArray(ruw) ? ruw : [ruw]).filter((w): w is string => typeof w === 'string');
  const rollen = new Set(
    waarden.flatMap((w) => (Object.hasOwn(config.rolWaarden, w) ? [config.rolWaarden[w]] : [])),
  );
  const [rol, ...meer] = [...rollen].filter((r): r is IngelogdeRol => r !== undefined);
  if (rol === undefined) {
    throw geenToegang(
      `Je account heeft geen rol voor de HKD-kaart (claim "${config.rolClaim}" ontbreekt of heeft geen bekende waarde). Vraag je beheerder om toegang.`,
    );
  }
  if (meer.length > 0) {
    throw geenToegang(
      `Je account heeft meer dan één rol voor de HKD-kaart (${[rol, ...meer].join(', ')}); vraag je beheerder er één te kiezen.`,
    );
  }
  return rol;
}

function organisatieUitClaim(
  config: OidcConfig,
  payload: JWTPayload,
  rol: IngelogdeRol,
  organisaties: OidcOrganisaties,
): Organisatie {
  const ruw = payload[config.orgClaim];
  // Municipal roles (`isGemeenteRol`) may leave the organisation out: it can only be the municipality.
  if (ruw === undefined && isGemeenteRol(rol)) return organisaties.gemeente;
  const organisatie = typeof ruw === 'string' ? organisaties.get(ruw) : undefined;
  const past =
    organisatie !== undefined && isGemeenteRol(rol) === (organisatie.id === organisaties.gemeente.id);
  if (!organisatie || !past) {
    const getoond = typeof ruw === 'string' ? ` "${uittreksel(ruw)}"` : '';
    throw geenToegang(
      `Je account heeft geen geldige organisatie voor de rol ${rol} (claim "${config.orgClaim}"${getoond}). Vraag je beheerder om toegang.`,
    );
  }
  return organisatie;
}

function naamUit(payload: JWTPayload): string {
  for (const claim of ['name', 'preferred_username', 'email', 'sub']) {
    const w = payload[claim];
    if (typeof w === 'string' && w.trim() !== '') return uittreksel(w.trim());
  }
  return 'Onbekende gebruiker';
}

export function maakOidcControle(config: OidcConfig): OidcControle {
  const discovery = maakDiscovery(config.issuer);
  let jwks: { uri: string; set: ReturnType<typeof createRemoteJWKSet> } | null = null;
  return {
    config,
    async gebruiker(token, nu, organisaties) {
      const uri = await discovery();
      // One key set per jwks_uri: jose caches its keys and refetches (at most every 30 s) for an unknown `kid`.
      if (jwks?.uri !== uri.href) jwks = { uri: uri.href, set: createRemoteJWKSet(uri) };
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks.set, {
          algorithms: ALGORITMEN,
          issuer: config.issuer,
          audience: config.audience,
          currentDate: nu,
          requiredClaims: ['sub', 'iat', 'exp'],
          maxTokenAge: TOKEN_GELDIGHEID_S,
          clockTolerance: KLOKSPELING_S,
        }));
      } catch (fout) {
        if (fout instanceof errors.JWKSTimeout || fout instanceof errors.JWKSInvalid) {
          throw inlogdienstOnbereikbaar();
        }
        if (fout instanceof errors.JWTExpired) {
          throw new ApiFout(401, 'token_verlopen', 'Je sessie is verlopen. Log opnieuw in.');
        }
        if (fout instanceof errors.JOSEError) throw tokenOngeldig();
        // A network failure while fetching the keys.
        console.error('[mock-api] OIDC-sleutels ophalen mislukt:', fout);
        throw inlogdienstOnbereikbaar();
      }
      if ((payload.exp ?? 0) <= Math.floor(nu.getTime() / 1000)) {
        throw new ApiFout(401, 'token_verlopen', 'Je sessie is verlopen. Log opnieuw in.');
      }
      // An ID token is no access token, even when its audience (the client id) is ours.
      if (payload.nonce !== undefined || payload.at_hash !== undefined) throw tokenOngeldig();
      const rol = rolUitClaim(config, payload);
      const organisatie = organisatieUitClaim(config, payload, rol, organisaties);
      return { rol, naam: naamUit(payload), organisatie: { id: organisatie.id, naam: organisatie.naam } };
    },
  };
}

/** What a client may know of the configuration: no audience or claim names, nothing it needs to start a sign-in. */
export function oidcInstellingen(config: OidcConfig): OidcInstellingen {
  return { issuer: config.issuer, clientId: config.clientId, scope: config.scope, naam: config.naam };
}
