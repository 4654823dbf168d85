/**
 * The RGW density count as it was before the index, case by case: the specification the index is tested against
 * (tests only; a request never runs this).
 */
import { latLngToCell } from 'h3-js';
import type { RgwZaak } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import type { Telresultaat, ZaakFilter } from './rgw-dichtheid';

export type Niveau = { soort: 'h3'; resolutie: number } | { soort: 'buurt' } | { soort: 'focusgebied' };

/**
 * Every case, string dates, `latLngToCell` at the requested resolution. `cellen` caches the cell per case and
 * resolution between calls on the same case list, which changes no answer.
 */
export function referentie(
  zaken: readonly RgwZaak[],
  filter: ZaakFilter,
  niveau: Niveau,
  cellen: Map<number, string[]> = new Map(),
): Telresultaat<string> {
  let sleutels: readonly string[];
  if (niveau.soort === 'h3') {
    let lijst = cellen.get(niveau.resolutie);
    if (!lijst) {
      lijst = zaken.map((z) => latLngToCell(z.positie[1], z.positie[0], niveau.resolutie));
      cellen.set(niveau.resolutie, lijst);
    }
    sleutels = lijst;
  } else {
    sleutels = zaken.map((z) => z.buurt);
  }
  let totaal = 0;
  const tellers = new Map<string, number>();
  zaken.forEach((z, i) => {
    if (z.geopend < filter.van || z.geopend > filter.tot) return;
    if (filter.categorie !== null && !z.categorieen.includes(filter.categorie)) return;
    totaal++;
    const k = sleutels[i] as string;
    tellers.set(k, (tellers.get(k) ?? 0) + 1);
  });
  if (niveau.soort === 'focusgebied') {
    const per = new Map<string, number>(FOCUSGEBIEDEN.map((f) => [f.code, 0]));
    for (const [buurt, n] of tellers) {
      const f = focusgebiedVanBuurt(buurt);
      if (f) per.set(f.code, (per.get(f.code) ?? 0) + n);
    }
    return { totaal, perSleutel: per };
  }
  return { totaal, perSleutel: new Map([...tellers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}
