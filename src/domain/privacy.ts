/** Small-count suppression: a count under the minimum is marked as suppressed and never sent, not even as zero. */
import type { Telling } from '../contract/common';

/** Cells, areas and buurten with fewer cases or homes than this are suppressed. */
export const MINIMUM_TELLING = 5;

export function telling(aantal: number, minimum = MINIMUM_TELLING): Telling {
  return aantal < minimum ? { onderdrukt: true } : { onderdrukt: false, aantal };
}
