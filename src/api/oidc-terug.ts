/**
 * The way back from the identity provider: `?code=…&state=…` (or `?error=…`) on the app's own address. Taken from the
 * URL before the app renders (its URL state would otherwise carry the code along), without loading the OIDC library:
 * a visit that is not a return from the provider pays nothing for it.
 */

/** What sessionStorage holds between leaving for the provider and coming back; see `oidc.ts`. */
export const OIDC_WACHTSLEUTEL = 'hkd-kaart.oidc-wacht';

/** Where in the app the tab was before it left (`terug` in the waiting entry): a path on this origin, or null. */
function terugVan(opgeslagen: string): string | null {
  try {
    const terug: unknown = (JSON.parse(opgeslagen) as { terug?: unknown } | null)?.terug;
    return typeof terug === 'string' && terug.startsWith('/') && !terug.startsWith('//') ? terug : null;
  } catch {
    return null;
  }
}

/**
 * The provider's answer when this tab is waiting for one, else null. The URL is cleaned at once, back to where the
 * app was before it left (map view and filters included, read by the app as it starts): a code in the address bar
 * must not end up in a bookmark, the history or a shared link.
 */
export function neemOidcAntwoord(
  plek: Pick<Location, 'href'> = globalThis.location,
  opslag: Pick<Storage, 'getItem'> | null = globalThis.sessionStorage ?? null,
  geschiedenis: Pick<History, 'state' | 'replaceState'> | undefined = globalThis.history,
): URLSearchParams | null {
  const opgeslagen = opslag?.getItem(OIDC_WACHTSLEUTEL) ?? null;
  if (!plek || opgeslagen === null) return null;
  const url = new URL(plek.href);
  if (!url.searchParams.has('state') || !(url.searchParams.has('code') || url.searchParams.has('error')))
    return null;
  const antwoord = new URLSearchParams(url.searchParams);
  for (const naam of ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri']) {
    url.searchParams.delete(naam);
  }
  const schoon = terugVan(opgeslagen) ?? `${url.pathname}${url.search}${url.hash}`;
  geschiedenis?.replaceState(geschiedenis.state, '', schoon);
  return antwoord;
}
