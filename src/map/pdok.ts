/** The optional PDOK BRT-Achtergrondkaart (grijs) under our own layers: where its tiles are, and a probe that decides within seconds whether it can be reached. */
// Raster WMTS rather than PDOK's vector style: a raster source slots into our own style under our own layers, needs
// no glyphs or sprites from outside, and a failing tile leaves our boundaries and names standing. Neither URL can be
// checked offline; if PDOK moves them, this file is the one place to change.

/** PDOK's tile service, Web Mercator, grey variant (quiet under coloured data). */
export const PDOK_TEGEL_URL =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
/** The same map as a vector style, for reference; not used (it would need PDOK's glyphs and sprites). */
export const PDOK_VECTOR_STIJL_URL =
  'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__grijs?f=mapbox';
/** PDOK serves zoom 0-19 for EPSG:3857; deeper zooms are scaled up by maplibre. */
export const PDOK_MAXZOOM = 19;
/** The Netherlands: no requests for tiles PDOK does not have. */
export const PDOK_GRENZEN: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];
export const PDOK_ATTRIBUTIE =
  'Achtergrond: <a href="https://www.pdok.nl/" target="_blank" rel="noopener noreferrer">PDOK</a> BRT-Achtergrondkaart, Kadaster';

/** Long enough for a slow mobile connection, short enough that nobody waits on a switch that will not work. */
export const PDOK_TIMEOUT_MS = 3000;

/** A tile over central Rotterdam at zoom 11, the one the map would ask for first. */
export const PDOK_PROEFTEGEL = { z: 11, x: 1049, y: 677 } as const;

export function pdokTegelUrl({ z, x, y }: { z: number; x: number; y: number }): string {
  return PDOK_TEGEL_URL.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}

export type PdokProef =
  { readonly bereikbaar: true } | { readonly bereikbaar: false; readonly reden: string };

export interface PdokProefOpties {
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Aborts the probe (the user switched back); the answer is then "not reachable", reason `afgebroken`. */
  signal?: AbortSignal;
}

/**
 * Fetches one tile with a timeout. Reachable means: an HTTP 2xx answer with an image, read the way maplibre will
 * read it (CORS), so a tile that maplibre could not use does not count as reachable either. Never rejects.
 */
export async function probeerPdok(opties: PdokProefOpties = {}): Promise<PdokProef> {
  const haal = opties.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const stop = () => controller.abort();
  opties.signal?.addEventListener('abort', stop, { once: true });
  if (opties.signal?.aborted) controller.abort();
  const timer = setTimeout(stop, opties.timeoutMs ?? PDOK_TIMEOUT_MS);
  try {
    const antwoord = await haal(pdokTegelUrl(PDOK_PROEFTEGEL), {
      signal: controller.signal,
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!antwoord.ok) return { bereikbaar: false, reden: `HTTP ${antwoord.status}` };
    const type = antwoord.headers.get('content-type') ?? '';
    if (!type.startsWith('image/'))
      return { bereikbaar: false, reden: `geen afbeelding (${type || 'onbekend'})` };
    return { bereikbaar: true };
  } catch (fout) {
    if (controller.signal.aborted) {
      return { bereikbaar: false, reden: opties.signal?.aborted ? 'afgebroken' : 'time-out' };
    }
    return { bereikbaar: false, reden: fout instanceof Error ? fout.message : 'netwerkfout' };
  } finally {
    clearTimeout(timer);
    opties.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Whether PDOK should be given up after it was switched on, from the tile answers so far: a few failures before any
 * success means it went away (or never worked here); later, failures outnumbering successes do.
 */
export function pdokOpgeven({ fouten, geladen }: { fouten: number; geladen: number }): boolean {
  if (geladen === 0) return fouten >= 3;
  return fouten >= 8 && fouten > geladen;
}
