/** Tests of the PDOK probe with a fake fetch: reachable only with an image, never hanging past its timeout, never rejecting. */
import { describe, expect, it } from 'vitest';
import { pdokOpgeven, pdokTegelUrl, PDOK_PROEFTEGEL, probeerPdok } from './pdok';

/** Web Mercator pixel position at `zoom` with maplibre's 512-pixel tiles. */
function pixelPositie([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const wereld = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * wereld, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * wereld];
}

function antwoord(status: number, type: string | null): typeof fetch {
  return async () =>
    new Response(status === 204 ? null : 'x', {
      status,
      headers: type ? { 'content-type': type } : {},
    });
}

/** A server that never answers; it only gives up when its request is aborted. */
const hangt: typeof fetch = (_url, init) =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('afgebroken', 'AbortError')));
  });

describe('probeerPdok', () => {
  it('is bereikbaar bij een afbeelding met status 200', async () => {
    expect(await probeerPdok({ fetch: antwoord(200, 'image/png') })).toEqual({ bereikbaar: true });
  });

  it.each([
    { naam: 'HTTP 404', fetch: antwoord(404, 'text/html'), reden: 'HTTP 404' },
    { naam: 'HTTP 503', fetch: antwoord(503, null), reden: 'HTTP 503' },
    { naam: 'een html-pagina (captive portal)', fetch: antwoord(200, 'text/html'), reden: /geen afbeelding/ },
    {
      naam: 'een netwerkfout',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) satisfies typeof fetch,
      reden: 'Failed to fetch',
    },
  ])('is niet bereikbaar bij $naam', async ({ fetch, reden }) => {
    const uitkomst = await probeerPdok({ fetch });
    expect(uitkomst.bereikbaar).toBe(false);
    if (!uitkomst.bereikbaar) expect(uitkomst.reden).toMatch(reden);
  });

  it('geeft het na de time-out op in plaats van te blijven wachten', async () => {
    const begin = Date.now();
    expect(await probeerPdok({ fetch: hangt, timeoutMs: 50 })).toEqual({
      bereikbaar: false,
      reden: 'time-out',
    });
    expect(Date.now() - begin).toBeLessThan(1000);
  });

  it('stopt als de gebruiker terugschakelt', async () => {
    const controller = new AbortController();
    const bezig = probeerPdok({ fetch: hangt, timeoutMs: 10_000, signal: controller.signal });
    controller.abort();
    expect(await bezig).toEqual({ bereikbaar: false, reden: 'afgebroken' });
  });

  it('vraagt een tegel boven Rotterdam op, zonder cookies en langs de cache', async () => {
    const gevraagd: { url: string; init: RequestInit | undefined }[] = [];
    await probeerPdok({
      fetch: async (url, init) => {
        gevraagd.push({ url: String(url), init });
        return new Response('x', { headers: { 'content-type': 'image/png' } });
      },
    });
    expect(gevraagd).toHaveLength(1);
    expect(gevraagd[0]?.url).toBe(pdokTegelUrl(PDOK_PROEFTEGEL));
    expect(gevraagd[0]?.url).toMatch(
      /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/grijs\//,
    );
    expect(gevraagd[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-store', mode: 'cors' });
    const [x, y] = pixelPositie([4.48, 51.91], PDOK_PROEFTEGEL.z);
    expect([Math.floor(x / 512), Math.floor(y / 512)]).toEqual([PDOK_PROEFTEGEL.x, PDOK_PROEFTEGEL.y]);
  });
});

describe('pdokOpgeven', () => {
  it.each([
    { fouten: 0, geladen: 0, opgeven: false },
    { fouten: 2, geladen: 0, opgeven: false },
    { fouten: 3, geladen: 0, opgeven: true },
    { fouten: 3, geladen: 10, opgeven: false },
    { fouten: 8, geladen: 10, opgeven: false },
    { fouten: 12, geladen: 10, opgeven: true },
  ])('$fouten fouten, $geladen geladen: opgeven $opgeven', ({ fouten, geladen, opgeven }) => {
    expect(pdokOpgeven(Object.freeze({ fouten, geladen }))).toBe(opgeven);
  });
});
