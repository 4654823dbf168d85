/** Reading query strings and JSON bodies into contract schemas, with Dutch 400s that name the input at fault. */
import type { z } from 'zod';
import { PADEN } from '../../src/contract/endpoints';
import { MAX_IMPORT_BYTES } from '../../src/contract/import';
import { ApiFout, invoerFout, ongeldigeInvoer, uittreksel } from './fout';

/** The largest body the API reads: a sign-in is under 100 bytes, so 64 KB is generous and still cheap to refuse. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Deepest JSON nesting accepted; no request of ours nests more than 2, and a parser must never recurse without bound. */
export const MAX_JSON_DIEPTE = 64;

export function bodyTeGroot(max = MAX_BODY_BYTES): ApiFout {
  const grens = max >= 1024 * 1024 ? `${max / 1024 / 1024} MB` : `${max / 1024} KB`;
  return new ApiFout(413, 'verzoek_te_groot', `de body is te groot: hooguit ${grens}`);
}

/** Routes that take a file instead of a small JSON body, with their own, larger limit (by exact path). */
export const BODY_LIMIET_PER_PAD: Readonly<Record<string, number>> = {
  [PADEN.importVoorzieningen]: MAX_IMPORT_BYTES,
};

export function bodyLimiet(pad: string): number {
  return BODY_LIMIET_PER_PAD[pad] ?? MAX_BODY_BYTES;
}

/** A file body (an upload) within its limit, as bytes; over the limit is a 413. */
export async function leesBestandBody(request: Request, max: number): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length') ?? 0) > max) throw bodyTeGroot(max);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > max) throw bodyTeGroot(max);
  return bytes;
}

/**
 * How deep the brackets of a JSON text nest, counted without parsing (strings skipped), stopping as soon as `grens`
 * is passed: checked before `JSON.parse`, so no nesting can make the parser or anything after it recurse deeply.
 */
export function jsonDiepte(tekst: string, grens = MAX_JSON_DIEPTE): number {
  let diepte = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      diepte++;
      if (diepte > max) {
        max = diepte;
        if (max > grens) return max;
      }
    } else if (c === 0x5d || c === 0x7d) diepte--;
  }
  return max;
}

/**
 * The query string as an object for a strict schema: every key is kept, so an unknown parameter is reported
 * by name; an empty value counts as absent, as a cleared search field does; a repeated key is an error.
 */
export function leesQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const ruw: Record<string, string | undefined> = {};
  for (const [sleutel, waarde] of url.searchParams) {
    if (Object.hasOwn(ruw, sleutel))
      throw ongeldigeInvoer(
        `parameter "${uittreksel(sleutel)}" komt meer dan eens voor`,
        uittreksel(sleutel),
      );
    ruw[sleutel] = waarde === '' ? undefined : waarde;
  }
  const uitslag = schema.safeParse(ruw);
  if (!uitslag.success) throw invoerFout(uitslag.error, ruw, 'parameter');
  return uitslag.data;
}

/**
 * The JSON body; anything that is not JSON, or nests deeper than `MAX_JSON_DIEPTE`, is a 400 `ongeldige_json`, and
 * a body over `MAX_BODY_BYTES` a 413. The HTTP server refuses a large body before it is read; this guard is for MSW.
 */
export async function leesJsonBody(request: Request): Promise<unknown> {
  const lengte = Number(request.headers.get('content-length') ?? 0);
  if (lengte > MAX_BODY_BYTES) throw bodyTeGroot();
  const tekst = await request.text();
  if (tekst.length > MAX_BODY_BYTES) throw bodyTeGroot();
  if (jsonDiepte(tekst) > MAX_JSON_DIEPTE) {
    throw new ApiFout(400, 'ongeldige_json', `de JSON is te diep genest: hooguit ${MAX_JSON_DIEPTE} niveaus`);
  }
  try {
    const waarde: unknown = JSON.parse(tekst);
    return waarde;
  } catch {
    throw new ApiFout(400, 'ongeldige_json', 'de body is geen geldige JSON');
  }
}

export function leesBody<S extends z.ZodType>(body: unknown, schema: S): z.output<S> {
  const uitslag = schema.safeParse(body);
  if (!uitslag.success) {
    const ruw = typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
    throw invoerFout(uitslag.error, ruw, 'veld');
  }
  return uitslag.data;
}
