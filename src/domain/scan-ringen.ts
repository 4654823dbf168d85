/** The rings typed in the scan form ("250, 500, 1000"): the radii, or the reason the API would refuse them, in Dutch. */
import { MAX_RINGEN, MAX_STRAAL_M, MIN_STRAAL_M, STANDAARD_RINGEN } from '../contract/draagkrachtscan';

export interface RingenInvoer {
  /** null: nothing typed (the standard rings), or an error. */
  readonly ringen: readonly number[] | null;
  readonly fout: string | null;
}

const GETAL = new Intl.NumberFormat('nl-NL');

/** A radius as a person may type it: `1000`, or with a thousands dot as Dutch writes it, `1.000`. */
function straal(deel: string): number | null {
  if (/^[0-9]+$/.test(deel)) return Number(deel);
  if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(deel)) return Number(deel.replaceAll('.', ''));
  return null;
}

/** The rules of the API's RingenParam (src/contract/draagkrachtscan.ts), checked while typing. */
export function leesRingen(tekst: string): RingenInvoer {
  const delen = tekst
    .trim()
    .split(/[\s,;]+/)
    .filter((d) => d !== '');
  if (delen.length === 0) return { ringen: null, fout: null };
  const fout = (melding: string): RingenInvoer => ({ ringen: null, fout: melding });
  const stralen = delen.map(straal);
  const ringen = stralen.flatMap((s) => (s === null ? [] : [s]));
  if (ringen.length !== stralen.length)
    return fout('Vul stralen in hele meters in, gescheiden door komma’s, bijvoorbeeld 250, 500, 1000.');
  if (ringen.length > MAX_RINGEN) return fout(`Vul hooguit ${MAX_RINGEN} ringen in.`);
  if (ringen.some((r) => r < MIN_STRAAL_M || r > MAX_STRAAL_M))
    return fout(
      `Een straal is minstens ${GETAL.format(MIN_STRAAL_M)} en hooguit ${GETAL.format(MAX_STRAAL_M)} meter.`,
    );
  if (ringen.some((r, i) => i > 0 && r <= (ringen[i - 1] ?? 0)))
    return fout('Zet de stralen van klein naar groot, elk groter dan de vorige.');
  return { ringen, fout: null };
}

export function zelfdeRingen(a: readonly number[] | null, b: readonly number[] | null): boolean {
  return a === b || (a !== null && b !== null && a.length === b.length && a.every((r, i) => r === b[i]));
}

/** The rings for the URL: the standard ones are no key of their own, so a link stays short and follows the standard. */
export function ringenVoorUrl(ringen: readonly number[] | null): readonly number[] | null {
  return ringen === null || zelfdeRingen(ringen, STANDAARD_RINGEN) ? null : ringen;
}

/** `250, 500, 1000`: as the field shows them (no thousands dot, so the text reads back the same). */
export function ringenTekst(ringen: readonly number[]): string {
  return ringen.join(', ');
}
