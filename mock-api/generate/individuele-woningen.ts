/** Counts per buurt of homes of individual clients (huur-/zorgovereenkomst, Wonen eerst): counts only, no addresses or points exist. */
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import type { IndividueleWoningenTelling } from './dataset-types';
import { GewogenKeuze, Rng } from './random';

/** DOMAIN.md: "900 homes now" with a huur-/zorgovereenkomst. */
export const ZELFSTANDIG_MET_HUURZORG = 900;
/** Housing First: about 50 homes a year agreed with the corporations, since about 2019. */
export const WONEN_EERST = 350;

export function maakIndividueleWoningen(seed: number): Map<string, IndividueleWoningenTelling> {
  const rng = new Rng(seed, 'individuele-woningen');
  // One draw per home, weighted by inhabitants: the totals are exact by construction.
  const keuze = new GewogenKeuze(BUURTEN.map((b) => b.inwoners));
  const huurzorg = new Array<number>(BUURTEN.length).fill(0);
  const wonenEerst = new Array<number>(BUURTEN.length).fill(0);
  for (let i = 0; i < ZELFSTANDIG_MET_HUURZORG; i++) {
    const b = keuze.kies(rng);
    huurzorg[b] = (huurzorg[b] ?? 0) + 1;
  }
  for (let i = 0; i < WONEN_EERST; i++) {
    const b = keuze.kies(rng);
    wonenEerst[b] = (wonenEerst[b] ?? 0) + 1;
  }
  const perBuurt = new Map<string, IndividueleWoningenTelling>();
  BUURTEN.forEach((b, i) => {
    const telling = { zelfstandigMetHuurzorg: huurzorg[i] ?? 0, wonenEerst: wonenEerst[i] ?? 0 };
    if (telling.zelfstandigMetHuurzorg + telling.wonenEerst > 0) perBuurt.set(b.code, telling);
  });
  return perBuurt;
}
