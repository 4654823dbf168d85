/** Typed API errors: handlers throw them, the route wrapper turns them into a `FoutAntwoord` with the right status. */
import type { ZodError } from 'zod';
import type { FoutCode } from '../../src/contract/common';

/** An error meant for the caller: status, code, Dutch message and the input at fault. */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: FoutCode,
    message: string,
    readonly field?: string,
    /** Extra response headers, e.g. `Allow` on a 405. */
    readonly kopregels?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'ApiFout';
  }
}

export function ongeldigeInvoer(message: string, field?: string): ApiFout {
  return new ApiFout(400, 'ongeldige_invoer', message, field);
}

export function nietGevonden(message: string): ApiFout {
  return new ApiFout(404, 'niet_gevonden', message);
}

export function geenToegang(message: string): ApiFout {
  return new ApiFout(403, 'geen_toegang', message);
}

/** The most of a client's own input an error message quotes: enough to recognise it, too little to amplify it. */
export const MAX_UITTREKSEL = 80;

/** Client input as a message may quote it: at most `MAX_UITTREKSEL` characters, cut with an ellipsis. */
export function uittreksel(tekst: string): string {
  return tekst.length <= MAX_UITTREKSEL ? tekst : `${tekst.slice(0, MAX_UITTREKSEL)}…`;
}

/** How a raw value looks in a message: strings as typed, anything else as JSON, both cut to an excerpt. */
function toon(waarde: unknown): string {
  if (typeof waarde === 'string') return uittreksel(waarde);
  if (waarde === undefined) return '';
  return uittreksel(JSON.stringify(waarde) ?? String(waarde));
}

/**
 * Turns the first issue of a failed input parse into a 400 with a Dutch message.
 * zod's own messages are English; contract-authored messages (custom checks, regexes) are Dutch and kept.
 * `ruw` holds the raw inputs, so the message can quote what the user typed rather than a coerced value.
 */
export function invoerFout(
  fout: ZodError,
  ruw: Record<string, unknown>,
  soort: 'parameter' | 'veld',
): ApiFout {
  const issue = fout.issues[0];
  if (!issue) return ongeldigeInvoer('ongeldige invoer');
  if (issue.code === 'unrecognized_keys') {
    const sleutel = uittreksel(issue.keys[0] ?? '');
    return ongeldigeInvoer(
      `${soort === 'parameter' ? 'onbekende parameter' : 'onbekend veld'} "${sleutel}"`,
      sleutel,
    );
  }
  const pad = issue.path.map(String).join('.');
  const veld = pad === '' ? undefined : uittreksel(pad);
  const naam = veld ?? soort;
  const waarde = veld !== undefined && issue.path.length === 1 ? ruw[veld] : undefined;
  if (waarde === undefined && issue.code === 'invalid_type') {
    return ongeldigeInvoer(`${naam} ontbreekt`, veld);
  }
  const voorvoegsel = `${naam} "${toon(waarde)}" is ongeldig`;
  switch (issue.code) {
    case 'invalid_value':
      return ongeldigeInvoer(`${voorvoegsel}: kies uit ${issue.values.map(String).join(', ')}`, veld);
    case 'invalid_type':
      return ongeldigeInvoer(`${voorvoegsel}: verwacht ${verwacht(issue.expected)}`, veld);
    case 'too_small':
      return ongeldigeInvoer(`${voorvoegsel}: verwacht minimaal ${String(issue.minimum)}`, veld);
    case 'too_big':
      return ongeldigeInvoer(`${voorvoegsel}: verwacht maximaal ${String(issue.maximum)}`, veld);
    case 'invalid_format':
      if (issue.format === 'date')
        return ongeldigeInvoer(`${voorvoegsel}: verwacht een datum als 2026-01-31`, veld);
      return ongeldigeInvoer(`${voorvoegsel}: ${issue.message}`, veld);
    case 'invalid_union':
      return ongeldigeInvoer(voorvoegsel, veld);
    default:
      // Custom checks in the contract (bbox, period order) already carry a complete Dutch sentence.
      return ongeldigeInvoer(issue.message, veld);
  }
}

function verwacht(type: string): string {
  switch (type) {
    case 'number':
      return 'een getal';
    case 'int':
      return 'een geheel getal';
    case 'string':
      return 'tekst';
    case 'object':
      return 'een object';
    default:
      return type;
  }
}

/**
 * Endpoints for `beheer` only: without a sign-in a 401 (sign in first), another role a 403 (never for you). The one
 * gate every beheer endpoint calls first, before it reads anything.
 */
export function alleenBeheer(rol: string, wat: string): void {
  if (rol === 'publiek') {
    throw new ApiFout(401, 'niet_ingelogd', `${wat}: log in als gegevensbeheerder (beheer) van de gemeente.`);
  }
  if (rol !== 'beheer') {
    throw geenToegang(`${wat} is alleen voor de gegevensbeheerders (beheer) van de gemeente.`);
  }
}

/** The API runs without a store (the browser demo): nothing can be recorded or audited there. */
export function geenOpslag(wat: string): ApiFout {
  return new ApiFout(
    503,
    'geen_opslag',
    `${wat} kan alleen met de server en zijn database; deze demo draait in de browser en bewaart niets.`,
  );
}
