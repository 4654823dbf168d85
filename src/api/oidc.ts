/**
 * Production sign-in in the browser: the OpenID Connect authorisation code flow with PKCE (oauth4webapi), as a public
 * client. The app leaves for the provider's sign-in page and comes back with a code, which it exchanges for an access
 * token; that token is then sent as `Bearer` exactly like a demo token. Loaded only when someone signs in this way.
 */
import * as oauth from 'oauth4webapi';
import { z } from 'zod';
import type { OidcInstellingen } from '../contract/aanmelding';
import { isApiFout } from './client';
import { OIDC_WACHTSLEUTEL } from './oidc-terug';
import type { SessieOpslag } from './sessie';

/** What the tab remembers while at the provider: the PKCE verifier and state, and where in the app it was. */
const Wachtend = z.strictObject({
  issuer: z.string(),
  clientId: z.string(),
  naam: z.string(),
  verifier: z.string().min(43),
  state: z.string().min(1),
  redirectUri: z.string(),
  /** Path, query and hash of the app before it left: the map view and filters come back as they were. */
  terug: z.string().startsWith('/'),
});
type Wachtend = z.infer<typeof Wachtend>;

/** Plain http only for a provider on this machine (tests, development); the server refuses it elsewhere too. */
function verzoekOpties(issuer: URL): { [oauth.allowInsecureRequests]?: boolean } {
  const lokaal = issuer.hostname === '127.0.0.1' || issuer.hostname === 'localhost';
  return issuer.protocol === 'http:' && lokaal ? { [oauth.allowInsecureRequests]: true } : {};
}

async function ontdek(issuer: URL): Promise<oauth.AuthorizationServer> {
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, verzoekOpties(issuer)));
}

/** The app's own address, where the provider sends the browser back. Registered at the provider as is. */
export function terugAdres(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}

/** Leaves for the provider's sign-in page. Resolves only if leaving failed (it throws then). */
export async function startOidc(instellingen: OidcInstellingen): Promise<void> {
  const issuer = new URL(instellingen.issuer);
  const as = await ontdek(issuer);
  if (!as.authorization_endpoint) throw new Error('de inlogdienst noemt geen authorization_endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const redirectUri = terugAdres();
  const wachtend: Wachtend = {
    issuer: instellingen.issuer,
    clientId: instellingen.clientId,
    naam: instellingen.naam,
    verifier,
    state,
    redirectUri,
    terug: `${location.pathname}${location.search}${location.hash}`,
  };
  sessionStorage.setItem(OIDC_WACHTSLEUTEL, JSON.stringify(wachtend));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: instellingen.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: instellingen.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

function leesWachtend(): Wachtend | null {
  const ruw = sessionStorage.getItem(OIDC_WACHTSLEUTEL);
  // Once: a second call (React's strict mode, a reload) must not exchange the same code again.
  sessionStorage.removeItem(OIDC_WACHTSLEUTEL);
  try {
    const uitslag = Wachtend.safeParse(JSON.parse(ruw ?? 'null'));
    return uitslag.success ? uitslag.data : null;
  } catch {
    return null;
  }
}

/**
 * Finishes the sign-in with the provider's answer (`neemOidcAntwoord`): checks the state, exchanges the code with the
 * PKCE verifier and asks the API who the token belongs to. Any failure ends signed out, with a notice that says why.
 */
export async function voltooiOidc(opslag: SessieOpslag, antwoord: URLSearchParams): Promise<void> {
  const wachtend = leesWachtend();
  if (!wachtend) return;
  try {
    const issuer = new URL(wachtend.issuer);
    const as = await ontdek(issuer);
    const client: oauth.Client = { client_id: wachtend.clientId };
    const params = oauth.validateAuthResponse(as, client, antwoord, wachtend.state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        params,
        wachtend.redirectUri,
        wachtend.verifier,
        verzoekOpties(issuer),
      ),
    );
    const geldig = Math.min(tokens.expires_in ?? 3600, 8 * 60 * 60);
    await opslag.logInMetToken(tokens.access_token, new Date(Date.now() + geldig * 1000).toISOString());
  } catch (fout) {
    const reden =
      isApiFout(fout) && fout.status === 403
        ? fout.message
        : fout instanceof oauth.AuthorizationResponseError && fout.error === 'access_denied'
          ? 'je hebt het inloggen afgebroken.'
          : 'probeer het opnieuw.';
    if (!isApiFout(fout) || fout.status !== 403) console.error('OIDC-aanmelding mislukt:', fout);
    opslag.logUit(`Inloggen via ${wachtend.naam} is niet gelukt: ${reden}`);
  }
}
