/**
 * The RGW density count as it was before the index, case by case: the specification the index is tested against
 * (tests only; a request never runs this).
 */
import { latLngToCell } from 'h3-js';
import type { RgwZaak } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import type { Celtelling, Telresultaat, ZaakFilter } from './rgw-dichtheid';
import { celsleutelGeheim, recordsleutels, type SipSleutel } from './recordsleutel';

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
  geheim: SipSleutel = celsleutelGeheim(),
): Telresultaat<string> {
  const recordsleutel = recordsleutels(zaken, geheim);
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
  const totaal: Celtelling = { aantal: 0, sleutelsom: 0 };
  const tellers = new Map<string, Celtelling>();
  const telBij = (cel: Celtelling, aantal: number, sleutelsom: number) => {
    cel.aantal += aantal;
    cel.sleutelsom = (cel.sleutelsom + sleutelsom) % 2 ** 32;
  };
  zaken.forEach((z, i) => {
    if (z.geopend < filter.van || z.geopend > filter.tot) return;
    if (filter.categorie !== null && !z.categorieen.includes(filter.categorie)) return;
    const r = recordsleutel[i] as number;
    telBij(totaal, 1, r);
    const k = sleutels[i] as string;
    let cel = tellers.get(k);
    if (!cel) tellers.set(k, (cel = { aantal: 0, sleutelsom: 0 }));
    telBij(cel, 1, r);
  });
  if (niveau.soort === 'focusgebied') {
    const per = new Map<string, Celtelling>(FOCUSGEBIEDEN.map((f) => [f.code, { aantal: 0, sleutelsom: 0 }]));
    for (const [buurt, cel] of tellers) {
      const f = focusgebiedVanBuurt(buurt);
      const doel = f ? per.get(f.code) : undefined;
      if (doel) telBij(doel, cel.aantal, cel.sleutelsom);
    }
    return { totaal, perSleutel: per };
  }
  return { totaal, perSleutel: new Map([...tellers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}
