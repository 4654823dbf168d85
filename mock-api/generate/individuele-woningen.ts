/** Counts per buurt of homes of individual clients (huur-/zorgovereenkomst, Wonen eerst): counts only, no addresses or points exist. */
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import type { IndividueleWoningenTelling } from './dataset-types';
import { dagVanIso } from './datum';
import { GewogenKeuze, Rng } from './random';

/** DOMAIN.md: "900 homes now" with a huur-/zorgovereenkomst. */
export const ZELFSTANDIG_MET_HUURZORG = 900;
/** Wonen eerst (Housing First, project010): the corporations agreed 50 homes a year (DOMAIN.md). */
export const WONEN_EERST_PER_JAAR = 50;
/** The demo counts that agreement from the day the HKD covenant came into force. */
export const WONEN_EERST_VANAF = '2023-04-01';

/** Wonen eerst homes on a date: 50 a year since the covenant, pro rata for the year under way; none before it. */
export function wonenEerstOp(peildatum: string): number {
  const dagen = dagVanIso(peildatum) - dagVanIso(WONEN_EERST_VANAF);
  return dagen < 0 ? 0 : Math.round((WONEN_EERST_PER_JAAR * dagen) / 365.25);
}

export function maakIndividueleWoningen(
  seed: number,
  peildatum: string,
): Map<string, IndividueleWoningenTelling> {
  const rng = new Rng(seed, 'individuele-woningen');
  // One draw per home, weighted by inhabitants: the totals are exact by construction.
  const keuze = new GewogenKeuze(BUURTEN.map((b) => b.inwoners));
  const huurzorg = new Array<number>(BUURTEN.length).fill(0);
  const wonenEerst = new Array<number>(BUURTEN.length).fill(0);
  for (let i = 0; i < ZELFSTANDIG_MET_HUURZORG; i++) {
    const b = keuze.kies(rng);
    huurzorg[b] = (huurzorg[b] ?? 0) + 1;
  }
  const wonenEerstTotaal = wonenEerstOp(peildatum);
  for (let i = 0; i < wonenEerstTotaal; i++) {
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
