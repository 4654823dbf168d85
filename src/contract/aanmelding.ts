/** How one signs in on this server: the demo sign-in (only on demo data or when switched on), OpenID Connect, or both. */
import { z } from 'zod';

/** What a browser needs to start the authorisation code flow with PKCE; no secret: the app is a public client. */
export const OidcInstellingen = z.strictObject({
  /** The issuer URL exactly as the provider's discovery document names it. */
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1),
  scope: z.string().min(1),
  /** How the UI names the provider: "Inloggen via <naam>". */
  naam: z.string().min(1),
});
export type OidcInstellingen = z.infer<typeof OidcInstellingen>;

export const Aanmelding = z.strictObject({
  /** The demo sign-in (a role without a password) is on: the UI then says "demo" wherever it offers it. */
  demoLogin: z.boolean(),
  oidc: OidcInstellingen.nullable(),
});
export type Aanmelding = z.infer<typeof Aanmelding>;
