/** Runs the one MSW handler list for a request that came in over HTTP, and the JSON refusals of the server around it. */
import { getResponse, HttpHandler, type RequestHandler } from 'msw';
import { gzipSync } from 'node:zlib';
import { FoutAntwoord, type FoutCode } from '../../src/contract/common';
import { ApiFout, uittreksel } from './fout';
import { bodyLimiet, bodyTeGroot } from './invoer';
import { foutAntwoord } from './route';

/** Methods the handlers may be asked about; anything else (TRACE, PROPFIND, …) is refused before a Request is built. */
export const TOEGESTANE_METHODEN: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
]);

/**
 * On every answer of the API, refusals included: JSON is never to be sniffed as HTML, framed, or given a referrer,
 * and nothing in an answer may load anything (it is data, not a page).
 */
export const API_BEVEILIGINGSKOPPEN: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Longest a handler may take before the caller gets a 503 instead of waiting on. */
export const VERWERK_LIMIET_MS = 10_000;

export function metBeveiligingskoppen(antwoord: Response): Response {
  for (const [naam, waarde] of Object.entries(API_BEVEILIGINGSKOPPEN)) antwoord.headers.set(naam, waarde);
  return antwoord;
}

/** Below this size gzip saves too little to pay for itself. */
const MIN_GZIP_BYTES = 1024;
/** Compressed bodies kept by entity tag; far more than the answers one dataset version has. */
const MAX_GZIP_VOORRAAD = 1_000;
const gzipVoorraad = new Map<string, Uint8Array<ArrayBuffer>>();

function aanvaardtGzip(verzoek: Request): boolean {
  const kop = verzoek.headers.get('accept-encoding') ?? '';
  return /(^|,)\s*gzip\s*(,|$|;(?!\s*q\s*=\s*0(\.0*)?\s*(,|$)))/i.test(kop);
}

/**
 * A tagged answer, gzipped for a client that accepts it, compressed once per entity tag: the answers kept per dataset
 * version (20 KB of facilities, the buurt polygons) then cost a lookup, and a fifth of the bytes on the wire.
 */
export async function gecomprimeerd(verzoek: Request, antwoord: Response): Promise<Response> {
  const etag = antwoord.headers.get('etag');
  if (etag === null || verzoek.method !== 'GET' || (antwoord.status !== 200 && antwoord.status !== 304)) {
    return antwoord;
  }
  // Every tagged answer (and its 304) says it varies by encoding, whether or not this client accepts gzip.
  const vary = antwoord.headers.get('vary');
  antwoord.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (antwoord.status !== 200 || !aanvaardtGzip(verzoek)) return antwoord;
  const bytes = new Uint8Array(await antwoord.arrayBuffer());
  if (bytes.byteLength < MIN_GZIP_BYTES) return new Response(bytes, antwoord);
  let gz = gzipVoorraad.get(etag);
  if (gz === undefined) {
    gz = new Uint8Array(gzipSync(bytes));
    if (gzipVoorraad.size >= MAX_GZIP_VOORRAAD) gzipVoorraad.clear();
    gzipVoorraad.set(etag, gz);
  }
  const headers = new Headers(antwoord.headers);
  headers.set('Content-Encoding', 'gzip');
  return new Response(gz, { status: antwoord.status, headers });
}

/** Reads a body stream up to `max` bytes; one byte more is a 413, and the rest is not read. */
async function leesBegrensd(
  stroom: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (stroom === null) return new Uint8Array(0);
  const delen: Uint8Array[] = [];
  let totaal = 0;
  const lezer = stroom.getReader();
  for (;;) {
    // A client that hangs up halfway is not a bug of ours: a 400 (which it will not see), not a logged 500.
    const { done, value } = await lezer.read().catch(() => {
      throw new ApiFout(400, 'ongeldig_verzoek', 'de body kwam niet volledig binnen');
    });
    if (done) break;
    totaal += value.byteLength;
    if (totaal > max) {
      await lezer.cancel().catch(() => undefined);
      throw bodyTeGroot(max);
    }
    delen.push(value);
  }
  const body = new Uint8Array(totaal);
  let plek = 0;
  for (const deel of delen) {
    body.set(deel, plek);
    plek += deel.byteLength;
  }
  return body;
}

function binnen<T>(ms: number, werk: Promise<T>): Promise<T> {
  let klok: ReturnType<typeof setTimeout> | undefined;
  const teLaat = new Promise<never>((_, reject) => {
    klok = setTimeout(
      () =>
        reject(new ApiFout(503, 'serverfout', 'de API deed te lang over dit verzoek; probeer het opnieuw')),
      ms,
    );
  });
  return Promise.race([werk, teLaat]).finally(() => clearTimeout(klok));
}

/**
 * A quick over-approximation of msw's path matching, so a request is offered only to the handlers whose path could
 * match it (in their order), instead of all of them: msw clones the request, parses its cookies and compiles the path
 * for every handler it tries, which cost more than the answer itself. msw still does the real match; a handler whose
 * path this cannot read (a RegExp, a function, a relative path) is always offered.
 */
export function maakVoorselectie(handlers: readonly RequestHandler[]): (url: URL) => RequestHandler[] {
  const vormen = handlers.map((handler) => {
    const pad = handler instanceof HttpHandler ? handler.info.path : null;
    if (typeof pad !== 'string' || !(pad.startsWith('*') || /^https?:\/\//.test(pad))) return null;
    const bron = pad
      .split(/(\*+|:[A-Za-z0-9_]+)/)
      .map((deel) => {
        if (deel.startsWith('*')) return '.*';
        if (deel.startsWith(':')) return '[^/]*';
        return deel.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return new RegExp(`^${bron}/?$`, 'i');
  });
  return (url) => {
    const schoon = `${url.origin}${url.pathname}`;
    return handlers.filter((_, i) => {
      const vorm = vormen[i];
      return vorm === null || vorm === undefined || vorm.test(schoon);
    });
  };
}

/**
 * The answer to one request, always a Response: the method is checked before anything else is touched (undici
 * cannot even build a Request for TRACE), the body is read within its limit into a fresh Request, and the MSW
 * handlers answer it exactly as they do in the browser and in tests. Nothing thrown here leaves this function.
 */
export async function beantwoord(
  voorselectie: (url: URL) => RequestHandler[],
  verzoek: Request,
): Promise<Response> {
  try {
    return await beantwoordOnveilig(voorselectie, verzoek);
  } catch (fout) {
    if (fout instanceof ApiFout) return foutAntwoord(fout);
    console.error('[mock-api] interne fout buiten de handlers:', fout);
    return foutAntwoord(new ApiFout(500, 'serverfout', 'Interne fout in de demo-API.'));
  }
}

async function beantwoordOnveilig(
  voorselectie: (url: URL) => RequestHandler[],
  binnenkomend: Request,
): Promise<Response> {
  const methode = binnenkomend.method;
  if (!TOEGESTANE_METHODEN.has(methode)) {
    throw new ApiFout(
      405,
      'methode_niet_toegestaan',
      `methode ${uittreksel(methode)} wordt niet ondersteund; gebruik GET of POST`,
      undefined,
      { Allow: 'GET, HEAD, POST' },
    );
  }
  let body: Uint8Array<ArrayBuffer> | null = null;
  if (methode !== 'GET' && methode !== 'HEAD') {
    // A declared length over the limit is refused before one byte of it is read. 64 KB, or a file route's own limit.
    const max = bodyLimiet(new URL(binnenkomend.url).pathname);
    if (Number(binnenkomend.headers.get('content-length') ?? 0) > max) throw bodyTeGroot(max);
    body = await leesBegrensd(binnenkomend.body, max);
  }
  const verzoek = new Request(binnenkomend.url, { method: methode, headers: binnenkomend.headers, body });
  const handlers = voorselectie(new URL(verzoek.url));
  const antwoord = await binnen(VERWERK_LIMIET_MS, getResponse(handlers, verzoek));
  return (
    antwoord ??
    foutAntwoord(
      new ApiFout(
        404,
        'onbekende_route',
        `onbekende route: ${methode} ${uittreksel(new URL(verzoek.url).pathname)}`,
      ),
    )
  );
}

const STATUSTEKST: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
};

/**
 * A whole HTTP/1.1 response as text, for answers written straight onto a socket (the parser gave up on the request,
 * so there is no request object to answer through). Same JSON body and headers as every other refusal; the
 * connection is closed after it, because after a parse error nothing more on it can be trusted.
 */
export function rauwAntwoord(status: number, code: FoutCode, message: string): string {
  const body = JSON.stringify(FoutAntwoord.parse({ error: { code, message } }));
  const kop = [
    `HTTP/1.1 ${status} ${STATUSTEKST[status] ?? 'Error'}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries(API_BEVEILIGINGSKOPPEN).map(([naam, waarde]) => `${naam}: ${waarde}`),
  ];
  return `${kop.join('\r\n')}\r\n\r\n${body}`;
}

/** What node's HTTP parser reports, as the status, code and message the client gets. */
export function parserWeigering(foutcode: string | undefined): {
  status: number;
  code: FoutCode;
  message: string;
} {
  switch (foutcode) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'kopregels_te_groot',
        message: 'de kopregels zijn te groot: hooguit 16 KB samen',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'verzoek_te_traag', message: 'het verzoek kwam niet op tijd binnen' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'verzoek_te_groot', message: 'de chunk-extensies zijn te groot' };
    default:
      return {
        status: 400,
        code: 'ongeldig_verzoek',
        message: 'het verzoek is geen geldig HTTP/1.1-verzoek',
      };
  }
}
