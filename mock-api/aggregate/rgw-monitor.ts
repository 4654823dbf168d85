/** RGW figures per year and quarter for the Monitor: counts with their key sums (released by celsleutel.ts), actions exact. */
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import type { RgwDataset } from '../generate/dataset-types';
import { celsleutelGeheim, recordsleutels } from './recordsleutel';
import type { Celtelling } from './rgw-dichtheid';

export interface MonitorCellen {
  nieuweZaken: Celtelling;
  afgeslotenZaken: Celtelling;
  reactief: Celtelling;
  proactief: Celtelling;
  mono: Celtelling;
  multi: Celtelling;
  integraleActies: number;
  casustafels: number;
  stopgesprekken: number;
  perFocusgebied: Map<FocusgebiedCode, Celtelling>;
}

const cel = (): Celtelling => ({ aantal: 0, sleutelsom: 0 });

function telBij(c: Celtelling, sleutel: number): void {
  c.aantal += 1;
  c.sleutelsom = (c.sleutelsom + sleutel) >>> 0;
}

/**
 * Counts the five focus areas' cases and actions dated from `van` to `tot` (inclusive), each figure a cell of its own:
 * the split (reactive / proactive, mono / multi) is not derived from the total, so it gives no cell away by subtraction
 * beyond what the rounding already hides.
 */
export function telMonitorPeriode(
  rgw: RgwDataset,
  van: string,
  tot: string,
  sleutels: Uint32Array = recordsleutels(rgw.zaken, celsleutelGeheim()),
): MonitorCellen {
  const uit: MonitorCellen = {
    nieuweZaken: cel(),
    afgeslotenZaken: cel(),
    reactief: cel(),
    proactief: cel(),
    mono: cel(),
    multi: cel(),
    integraleActies: 0,
    casustafels: 0,
    stopgesprekken: 0,
    perFocusgebied: new Map(FOCUSGEBIEDEN.map((f) => [f.code, cel()] as const)),
  };
  const binnen = (datum: string | null) => datum !== null && datum >= van && datum <= tot;
  rgw.zaken.forEach((zaak, i) => {
    const focus = focusgebiedVanBuurt(zaak.buurt);
    if (!focus) return;
    const r = sleutels[i] ?? 0;
    if (binnen(zaak.geopend)) {
      telBij(uit.nieuweZaken, r);
      telBij(zaak.bron === 'melding' ? uit.reactief : uit.proactief, r);
      telBij(zaak.aanpak === 'mono' ? uit.mono : uit.multi, r);
      const perGebied = uit.perFocusgebied.get(focus.code);
      if (perGebied) telBij(perGebied, r);
    }
    if (binnen(zaak.gesloten)) telBij(uit.afgeslotenZaken, r);
  });
  uit.integraleActies = rgw.integraleActies.filter((a) => binnen(a.datum)).length;
  uit.casustafels = rgw.casustafels.filter((c) => binnen(c.datum)).length;
  uit.stopgesprekken = rgw.stopgesprekken.filter((s) => binnen(s.datum)).length;
  return uit;
}
