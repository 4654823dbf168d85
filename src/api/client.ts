/** The one way the app talks to the API: adds the token, parses every answer with a zod schema and turns failures into `ApiFout`. */
import { z } from 'zod';
import { FoutAntwoord, type FoutCode, type Rol } from '../contract/common';
import { MELDINGEN } from '../domain/publiek-teksten';

/** Failures the API itself never reports but the client can run into. */
export type ClientFoutCode = 'netwerkfout' | 'serverfout' | 'ongeldig_antwoord' | 'onverwachte_rol';

export type ApiFoutCode = FoutCode | ClientFoutCode;

/** Every failure of a request, typed: panels show `message` (Dutch) and put it next to `field` when there is one. */
export class ApiFout extends Error {
  override readonly name = 'ApiFout';
  readonly code: ApiFoutCode;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly field: string | undefined;

  constructor(velden: {
    code: ApiFoutCode;
    message: string;
    status: number;
    field?: string | undefined;
    cause?: unknown;
  }) {
    super(velden.message, velden.cause === undefined ? undefined : { cause: velden.cause });
    this.code = velden.code;
    this.status = velden.status;
    this.field = velden.field;
  }
}

export function isApiFout(fout: unknown): fout is ApiFout {
  return fout instanceof ApiFout;
}

export interface VerzoekOpties {
  methode?: 'GET' | 'POST' | 'PUT';
  token?: string | null;
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Origin the relative `/api/...` paths resolve against. The browser's own origin by default, so the Vite proxy,
   * the preview server and the demo service worker all see same-origin requests; tests under jsdom get
   * http://localhost:3000, which msw intercepts.
   */
  basisUrl?: string;
  /** When set, an answer whose `rol` differs is an error, not data: a stale token must never show another role's view. */
  verwachteRol?: Rol;
}

const MetRol = z.object({ rol: z.string() });

function bouwUrl(pad: string, opties: VerzoekOpties): URL {
  const basis = opties.basisUrl ?? globalThis.location?.origin ?? 'http://localhost';
  const url = new URL(pad, basis);
  for (const [sleutel, waarde] of Object.entries(opties.query ?? {})) {
    if (waarde !== undefined && waarde !== '') url.searchParams.set(sleutel, waarde);
  }
  return url;
}

async function leesJson(antwoord: Response): Promise<unknown> {
  const tekst = await antwoord.text();
  if (tekst === '') return undefined;
  try {
    const waarde: unknown = JSON.parse(tekst);
    return waarde;
  } catch {
    return undefined;
  }
}

function foutUitAntwoord(status: number, body: unknown): ApiFout {
  const fout = FoutAntwoord.safeParse(body);
  if (fout.success) {
    return new ApiFout({ status, ...fout.data.error });
  }
  if (status >= 500) {
    return new ApiFout({
      code: 'serverfout',
      status,
      message: `De server kon het verzoek niet afhandelen (status ${status}). Probeer het later opnieuw.`,
    });
  }
  return new ApiFout({
    code: 'ongeldig_antwoord',
    status,
    message: `De server gaf een onverwacht antwoord (status ${status}).`,
  });
}

/** `fetch`, with a failed connection as an `ApiFout`; an abort is the caller's own doing and passes on untouched. */
async function haal(url: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (oorzaak) {
    if (init.signal?.aborted) throw oorzaak;
    throw new ApiFout({
      code: 'netwerkfout',
      status: 0,
      message: 'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
      cause: oorzaak,
    });
  }
}

/**
 * Sends one request and returns the body parsed with `schema`.
 * Throws `ApiFout` for every failure: no network, an error status, or an answer that does not match the contract.
 */
export async function vraag<S extends z.ZodType>(
  pad: string,
  schema: S,
  opties: VerzoekOpties = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
  if (opties.body !== undefined) headers['Content-Type'] = 'application/json';

  const antwoord = await haal(bouwUrl(pad, opties), {
    method: opties.methode ?? 'GET',
    headers,
    body: opties.body === undefined ? null : JSON.stringify(opties.body),
    signal: opties.signal ?? null,
  });

  const body = await leesJson(antwoord);
  if (!antwoord.ok) throw foutUitAntwoord(antwoord.status, body);

  if (opties.verwachteRol !== undefined) {
    const metRol = MetRol.safeParse(body);
    if (metRol.success && metRol.data.rol !== opties.verwachteRol) {
      throw new ApiFout({
        code: 'onverwachte_rol',
        status: antwoord.status,
        message: `Het antwoord is bedoeld voor rol "${metRol.data.rol}", maar je bent ingelogd als "${opties.verwachteRol}". Log opnieuw in.`,
      });
    }
  }

  const uitslag = schema.safeParse(body);
  if (!uitslag.success) {
    throw new ApiFout({
      code: 'ongeldig_antwoord',
      status: antwoord.status,
      message: MELDINGEN.antwoordOngeldig,
      cause: uitslag.error,
    });
  }
  return uitslag.data;
}

/** A file the API sends (an export): its bytes and the name its `Content-Disposition` gives, or `reserveNaam`. */
export interface Bestand {
  readonly blob: Blob;
  readonly naam: string;
}

/** `attachment; filename="x.pdf"` → `x.pdf`; only a plain file name, never a path. */
export function bestandsnaamUit(kop: string | null, reserveNaam: string): string {
  const naam = kop ? /filename="?([^";]+)"?/i.exec(kop)?.[1]?.trim() : undefined;
  return naam && /^[\w.-]+$/.test(naam) ? naam : reserveNaam;
}

/**
 * Downloads a file with the token in the header: a plain link cannot carry it. Failures are `ApiFout`s like those of
 * `vraag`.
 */
export async function haalBestand(
  pad: string,
  reserveNaam: string,
  opties: Pick<VerzoekOpties, 'token' | 'query' | 'signal' | 'basisUrl'> = {},
): Promise<Bestand> {
  const headers: Record<string, string> = {};
  if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
  const antwoord = await haal(bouwUrl(pad, opties), { headers, signal: opties.signal ?? null });
  if (!antwoord.ok) throw foutUitAntwoord(antwoord.status, await leesJson(antwoord));
  const naam = bestandsnaamUit(antwoord.headers.get('Content-Disposition'), reserveNaam);
  return { blob: await antwoord.blob(), naam };
}
