/** Parsing of what people type as a postcode: `3084`, `3084NP`, `3084 np`. */
import type { Pc4, Pc6 } from '../contract/common';

export type PostcodeUitslag = { ok: true; pc4: Pc4; pc6: Pc6 | null } | { ok: false; melding: string };

const PATROON = /^([1-9][0-9]{3})\s?([A-Za-z]{2})?$/;

export function parsePostcode(invoer: string): PostcodeUitslag {
  const tekst = invoer.trim();
  const m = PATROON.exec(tekst);
  const letters = m?.[2]?.toUpperCase();
  if (!m || (letters !== undefined && /^(SA|SD|SS)$/.test(letters))) {
    return {
      ok: false,
      melding: `postcode "${tekst}" is geen geldige postcode: verwacht 1234 of 1234AB`,
    };
  }
  const pc4 = m[1] as string;
  return { ok: true, pc4, pc6: letters ? pc4 + letters : null };
}
