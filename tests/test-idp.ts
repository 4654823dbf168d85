// A real OpenID Connect provider (oidc-provider, with its development login and consent pages) on 127.0.0.1, for the
// API and browser tests of the production sign-in: offline, in the test's own process, with keys the test knows, so
// it can also sign the forged, expired and foreign tokens the API must refuse.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import * as oauth from 'oauth4webapi';
import Provider, { errors } from 'oidc-provider';

export const TEST_CLIENT_ID = 'hkd-kaart-test';
/** The resource indicator and `aud` of the access tokens: this API, not the client. */
export const TEST_AUDIENCE = 'urn:hkd-kaart:api';
export const TEST_SCOPE = 'openid profile hkd';

/** What an account's access token carries besides `sub`: the claims the API maps to role and organisation. */
export type TestAccount = Record<string, unknown>;

export interface TestIdp {
  issuer: string;
  /** Signs a token with the provider's own key (`kid` included), for tokens a real provider would not issue. */
  teken(
    claims: JWTPayload,
    opties?: { iat?: number; exp?: number; aud?: string; iss?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export interface TestIdpOpties {
  /** Where the app may be sent back to; exact URLs, as the provider compares them. */
  redirectUris: string[];
  /** Login name (any password) → access-token claims. A login not listed signs in, with no role claim. */
  accounts: Record<string, TestAccount>;
  port?: number;
}

export async function startTestIdp(opties: TestIdpOpties): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-idp-sleutel';
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(opties.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: opties.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['sleutel-voor-de-cookies-van-de-test-idp'] },
    scopes: ['openid', 'profile', 'hkd'],
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        name: typeof opties.accounts[id]?.name === 'string' ? opties.accounts[id].name : id,
      }),
    }),
    // The app calls the token endpoint from the browser: CORS for the origins it redirects to.
    clientBasedCORS: (_ctx, origin) => opties.redirectUris.some((uri) => new URL(uri).origin === origin),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => TEST_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== TEST_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: 'hkd',
            audience: TEST_AUDIENCE,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    extraTokenClaims: (_ctx, token) => (token.accountId ? opties.accounts[token.accountId] : undefined),
  });
  server.on('request', provider.callback());

  return {
    issuer,
    async teken(claims, o = {}) {
      const nu = Math.floor(Date.now() / 1000);
      const iat = o.iat ?? nu;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
        .setIssuer(o.iss ?? issuer)
        .setAudience(o.aud ?? TEST_AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(o.exp ?? iat + 3600)
        .sign(privateKey);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((fout) => (fout ? reject(fout) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Cookies as a browser keeps them, by name; enough for the provider's own interaction and session cookies. */
class Koekjes {
  private readonly waarden = new Map<string, string>();
  bewaar(antwoord: Response): void {
    for (const regel of antwoord.headers.getSetCookie()) {
      const [paar = '', ...attributen] = regel.split(';');
      const is = paar.indexOf('=');
      const naam = paar.slice(0, is).trim();
      const weg = attributen.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (weg) this.waarden.delete(naam);
      else this.waarden.set(naam, paar.slice(is + 1).trim());
    }
  }
  kop(): string {
    return [...this.waarden].map(([n, w]) => `${n}=${w}`).join('; ');
  }
}

/**
 * The authorisation code flow with PKCE as the app runs it, without a browser: the provider's login form (any
 * password) and consent page are submitted as a person would. Returns the token endpoint's access token.
 */
export async function tokenViaCodeFlow(issuer: string, login: string, redirectUri: string): Promise<string> {
  const issuerUrl = new URL(issuer);
  const opties = { [oauth.allowInsecureRequests]: true };
  const as = await oauth.processDiscoveryResponse(issuerUrl, await oauth.discoveryRequest(issuerUrl, opties));
  const client: oauth.Client = { client_id: TEST_CLIENT_ID };
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint ?? '');
  url.search = new URLSearchParams({
    client_id: TEST_CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: TEST_SCOPE,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();

  const koekjes = new Koekjes();
  let volgende: { url: URL; body?: URLSearchParams } = { url };
  for (let stap = 0; stap < 12; stap++) {
    const antwoord = await fetch(volgende.url, {
      method: volgende.body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { Cookie: koekjes.kop() },
      body: volgende.body ?? null,
    });
    koekjes.bewaar(antwoord);
    const plek = antwoord.headers.get('location');
    if (plek !== null) {
      await antwoord.arrayBuffer();
      const doel = new URL(plek, volgende.url);
      if (doel.href.startsWith(redirectUri)) {
        const params = oauth.validateAuthResponse(as, client, doel, state);
        const tokens = await oauth.processAuthorizationCodeResponse(
          as,
          client,
          await oauth.authorizationCodeGrantRequest(
            as,
            client,
            oauth.None(),
            params,
            redirectUri,
            verifier,
            opties,
          ),
        );
        return tokens.access_token;
      }
      volgende = { url: doel };
      continue;
    }
    const html = await antwoord.text();
    const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
    const actie = /<form[^>]* action="([^"]+)"/.exec(html)?.[1];
    if (!prompt || !actie)
      throw new Error(`onverwachte pagina van de IdP (${antwoord.status}): ${html.slice(0, 300)}`);
    const body = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      body.set('login', login);
      body.set('password', 'wat-dan-ook');
    }
    volgende = { url: new URL(actie, volgende.url), body };
  }
  throw new Error('de code flow kwam na 12 stappen niet terug bij de app');
}
