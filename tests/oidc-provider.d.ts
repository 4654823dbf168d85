// The little of oidc-provider (which ships no types) that the test identity provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface ResourceServer {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string } };
  }

  export interface Configuration {
    clients?: Record<string, unknown>[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: { keys?: string[] };
    findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined> | Account | undefined;
    claims?: Record<string, string[]>;
    scopes?: string[];
    pkce?: { required?: (ctx: unknown, client: unknown) => boolean };
    clientBasedCORS?: (ctx: unknown, origin: string, client: unknown) => boolean;
    features?: Record<string, unknown>;
    extraTokenClaims?: (
      ctx: unknown,
      token: { accountId?: string },
    ) => Promise<Record<string, unknown> | undefined> | Record<string, unknown> | undefined;
    ttl?: Record<string, number>;
  }

  export const errors: { InvalidTarget: new (beschrijving?: string) => Error };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(gebeurtenis: string, luisteraar: (...args: unknown[]) => void): this;
  }
}
