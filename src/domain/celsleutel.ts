/** Statistical disclosure control for RGW case counts: cell-key perturbation from a ptable, rounding to base 5 and suppression below 5. */
// The method of the ABS TableBuilder (Thompson, Broadfoot and Elazar 2013) and the ONS census 2021 tables, with the
// table layout of sdcTools' `ptable` package: every case carries a secret record key, a cell's key is the sum of its
// records' keys mod 1, and the noise is read from the ptable at (count, cell key). The same set of cases therefore
// always gets the same noise, whichever query produced it, so asking again or along another route averages nothing
// away. Rounding to base 5 on top hides the noise's own size; counts of 1 to 4 and empty cells are all released as
// "minder dan 5", so suppressed never means "1 to 4".
import type { Telling } from '../contract/common';
import { MINIMUM_TELLING } from './privacy';

/** Released counts are multiples of this. */
export const AFRONDINGSBASIS = 5;

/** Record keys and cell-key sums are unsigned 32-bit integers: the sum mod 2^32, divided by 2^32, is the cell key. */
export const SLEUTELBEREIK = 2 ** 32;

/**
 * One row of the ptable, in the layout of sdcTools' ptable: original count `i`, perturbed count `j` with probability
 * `p`, noise `v = j - i`, and the cell-key interval [ondergrens, bovengrens) that selects it.
 */
export interface PtabelRij {
  readonly i: number;
  readonly j: number;
  readonly p: number;
  readonly v: number;
  readonly ondergrens: number;
  readonly bovengrens: number;
}

/**
 * Noise for counts of 5 and more: unbiased, variance 1.2, at most 2 either way, so a count of 5 or more never drops
 * under 3 and so never rounds to "minder dan 5". Small counts have no noise row: they are all suppressed.
 */
// In thousandths, so the interval bounds are exact decimals (0.1 + 0.2 is not 0.3 in floating point).
const RUIS: readonly { v: number; promille: number }[] = [
  { v: -2, promille: 100 },
  { v: -1, promille: 200 },
  { v: 0, promille: 400 },
  { v: 1, promille: 200 },
  { v: 2, promille: 100 },
];

function bouwPtabel(): PtabelRij[] {
  const rijen: PtabelRij[] = [];
  // Counts 0 to 4 go to 0: released as "minder dan 5" whatever the key.
  for (let i = 0; i < MINIMUM_TELLING; i++) {
    rijen.push({ i, j: 0, p: 1, v: i === 0 ? 0 : -i, ondergrens: 0, bovengrens: 1 });
  }
  let tot = 0;
  for (const { v, promille } of RUIS) {
    const van = tot;
    tot += promille;
    rijen.push({
      i: MINIMUM_TELLING,
      j: MINIMUM_TELLING + v,
      p: promille / 1000,
      v,
      ondergrens: van / 1000,
      bovengrens: tot / 1000,
    });
  }
  if (tot !== 1000) throw new Error(`ptable: de kansen tellen op tot ${tot}‰, niet 1000‰`);
  return rijen;
}

/** Rows for counts 0 to 5; the rows of 5 hold for every larger count (sdcTools' convention for the last `i`). */
export const PTABEL: readonly PtabelRij[] = Object.freeze(bouwPtabel().map((r) => Object.freeze(r)));

/** The cell key in [0, 1) of a sum of 32-bit record keys (any integer: taken mod 2^32). */
export function celsleutel(sleutelsom: number): number {
  return (sleutelsom >>> 0) / SLEUTELBEREIK;
}

/** The ptable's noise for a true count and its cell key. */
export function ruis(aantal: number, sleutel: number): number {
  if (!Number.isInteger(aantal) || aantal < 0) throw new RangeError(`aantal ${aantal} is geen telling`);
  if (!(sleutel >= 0 && sleutel < 1)) throw new RangeError(`celsleutel ${sleutel} ligt niet in [0, 1)`);
  const i = Math.min(aantal, MINIMUM_TELLING);
  for (const rij of PTABEL) {
    if (rij.i === i && sleutel >= rij.ondergrens && sleutel < rij.bovengrens) return rij.v;
  }
  throw new Error(`ptable heeft geen rij voor aantal ${aantal} en sleutel ${sleutel}`);
}

/** Rounds to the nearest multiple of the base, halves up (only integers reach here, and 5 is odd, so no ties). */
export function rondAf(waarde: number, basis = AFRONDINGSBASIS): number {
  return Math.round(waarde / basis) * basis;
}

/**
 * What may be released for a cell: suppressed under 5 (empty cells too), else the perturbed count rounded to base 5.
 * `sleutelsom` is the sum of the cell's record keys (mod 2^32).
 */
export function vrijgave(aantal: number, sleutelsom: number): Telling {
  if (aantal < MINIMUM_TELLING) return { onderdrukt: true };
  const verstoord = rondAf(aantal + ruis(aantal, celsleutel(sleutelsom)));
  return { onderdrukt: false, aantal: verstoord };
}
