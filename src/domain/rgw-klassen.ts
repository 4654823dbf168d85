/** Density classes for the RGW map: quantile breaks rounded to readable numbers, and the class of one count, where a suppressed count is never a class. */
// Why quantiles and not fixed breaks: the counts per area differ by an order of magnitude between an H3 cell of
// resolution 9 (a handful of cases) and one of resolution 7 or a focus area (hundreds), and with the period and
// the category. Fixed breaks would paint most of the map in one colour for every choice but one. Quantile classes
// hold about the same number of areas each, whatever the filter; the legend prints the actual ranges, so a colour
// always reads as a number. The lowest class starts at the suppression minimum: a shown count is never below it.
import type { Telling } from '../contract/common';

export const MAX_KLASSEN = 5;

export interface Klassen {
  /** Lower bound of each class, ascending; the first is the minimum count that is shown. */
  readonly ondergrenzen: readonly number[];
  /** The highest count classified, for the legend's last range. */
  readonly hoogste: number;
}

/** A suppressed count has no class; neither has zero (a buurt without cases is left uncoloured). */
export type Klasse = number | 'onderdrukt' | 'nul';

/** Rounds a break down to a number people read at a glance: 5s below 100, 10s below 1,000, then 50s. */
export function rondAf(n: number): number {
  if (n < 20) return Math.floor(n);
  if (n < 100) return Math.floor(n / 5) * 5;
  if (n < 1000) return Math.floor(n / 10) * 10;
  return Math.floor(n / 50) * 50;
}

/**
 * Breaks for the shown counts (suppressed ones are not counts and are not passed; zeros are ignored). About three
 * areas per class at least, at most MAX_KLASSEN classes; rounding may merge breaks, never leave a class empty.
 */
export function maakKlassen(aantallen: readonly number[], minimum: number): Klassen {
  const waarden = aantallen.filter((a) => a > 0).sort((a, b) => a - b);
  const hoogste = waarden.at(-1) ?? minimum;
  const aantalKlassen = Math.min(MAX_KLASSEN, Math.max(1, Math.ceil(waarden.length / 3)));
  const ondergrenzen = [minimum];
  for (let k = 1; k < aantalKlassen; k++) {
    const waarde = waarden[Math.floor((k * waarden.length) / aantalKlassen)];
    if (waarde === undefined) continue;
    const grens = rondAf(waarde);
    const vorige = ondergrenzen.at(-1) ?? minimum;
    // A break must lie above the previous one and still have a count in its class.
    if (grens > vorige && grens <= hoogste) ondergrenzen.push(grens);
  }
  return { ondergrenzen, hoogste };
}

export function klasseVanAantal(aantal: number, klassen: Klassen): Klasse {
  if (aantal <= 0) return 'nul';
  let klasse = 0;
  for (const [i, grens] of klassen.ondergrenzen.entries()) if (aantal >= grens) klasse = i;
  return klasse;
}

export function klasseVan(telling: Telling, klassen: Klassen): Klasse {
  return telling.onderdrukt ? 'onderdrukt' : klasseVanAantal(telling.aantal, klassen);
}

/** The shown counts of a list of tellingen: the input for `maakKlassen`. */
export function getoondeAantallen(tellingen: readonly Telling[]): number[] {
  return tellingen.flatMap((t) => (t.onderdrukt ? [] : [t.aantal]));
}

/** "5 – 28", "29 – 79", …, "238 of meer"; a one-value class reads "12". */
export function klasseLabel(klassen: Klassen, i: number): string {
  const van = klassen.ondergrenzen[i];
  if (van === undefined) return '';
  const volgende = klassen.ondergrenzen[i + 1];
  if (volgende === undefined) return van >= klassen.hoogste ? `${van}` : `${van} of meer`;
  const tot = volgende - 1;
  return tot === van ? `${van}` : `${van} – ${tot}`;
}
