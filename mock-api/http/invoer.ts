/** Reading query strings and JSON bodies into contract schemas, with Dutch 400s that name the input at fault. */
import type { z } from 'zod';
import { ApiFout, invoerFout, ongeldigeInvoer } from './fout';

/**
 * The query string as an object for a strict schema: every key is kept, so an unknown parameter is reported
 * by name; an empty value counts as absent, as a cleared search field does; a repeated key is an error.
 */
export function leesQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const ruw: Record<string, string | undefined> = {};
  for (const [sleutel, waarde] of url.searchParams) {
    if (Object.hasOwn(ruw, sleutel))
      throw ongeldigeInvoer(`parameter "${sleutel}" komt meer dan eens voor`, sleutel);
    ruw[sleutel] = waarde === '' ? undefined : waarde;
  }
  const uitslag = schema.safeParse(ruw);
  if (!uitslag.success) throw invoerFout(uitslag.error, ruw, 'parameter');
  return uitslag.data;
}

/** The JSON body; anything that is not JSON is a 400 `ongeldige_json`. */
export async function leesJsonBody(request: Request): Promise<unknown> {
  const tekst = await request.text();
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
