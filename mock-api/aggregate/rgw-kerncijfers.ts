/** Yearly RGW programme figures for the five focus areas: pure counting over the dataset, one pass per record list. */
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import type { RgwDataset } from '../generate/dataset-types';
import { celsleutelGeheim, recordsleutels, type SipSleutel } from './recordsleutel';
import type { Celtelling } from './rgw-dichtheid';

/** Case counts carry their key sum, to be released with the cell-key method; the programme's actions are plain counts. */
export interface Kerncijfers {
  nieuweZaken: Celtelling;
  afgeslotenZaken: Celtelling;
  integraleActies: number;
  casustafels: number;
  stopgesprekken: number;
}

export interface KerncijfersUitslag {
  /** The five areas together (each case field as one cell of its own): the targets are about these areas only. */
  totaal: Kerncijfers;
  focusgebieden: { code: FocusgebiedCode; naam: string; cijfers: Kerncijfers }[];
}

const ACTIES = ['integraleActies', 'casustafels', 'stopgesprekken'] as const;

function leeg(): Kerncijfers {
  return {
    nieuweZaken: { aantal: 0, sleutelsom: 0 },
    afgeslotenZaken: { aantal: 0, sleutelsom: 0 },
    integraleActies: 0,
    casustafels: 0,
    stopgesprekken: 0,
  };
}

function telBij(cel: Celtelling, aantal: number, sleutelsom: number): void {
  cel.aantal += aantal;
  cel.sleutelsom = (cel.sleutelsom + sleutelsom) >>> 0;
}

/** Counts everything dated from `van` to `tot` (ISO dates, inclusive). */
export function berekenKerncijfers(
  rgw: RgwDataset,
  van: string,
  tot: string,
  geheim: SipSleutel = celsleutelGeheim(),
): KerncijfersUitslag {
  const sleutels = recordsleutels(rgw.zaken, geheim);
  const per = new Map<FocusgebiedCode, Kerncijfers>(FOCUSGEBIEDEN.map((f) => [f.code, leeg()]));
  const binnen = (datum: string | null): boolean => datum !== null && datum >= van && datum <= tot;
  rgw.zaken.forEach((zaak, i) => {
    const focusgebied = focusgebiedVanBuurt(zaak.buurt);
    const cijfers = focusgebied ? per.get(focusgebied.code) : undefined;
    if (!cijfers) return;
    const r = sleutels[i] as number;
    if (binnen(zaak.geopend)) telBij(cijfers.nieuweZaken, 1, r);
    if (binnen(zaak.gesloten)) telBij(cijfers.afgeslotenZaken, 1, r);
  });
  const telOp = (
    lijst: readonly { datum: string; focusgebied: FocusgebiedCode }[],
    veld: (typeof ACTIES)[number],
  ) => {
    for (const item of lijst) {
      const cijfers = per.get(item.focusgebied);
      if (cijfers && binnen(item.datum)) cijfers[veld]++;
    }
  };
  telOp(rgw.integraleActies, 'integraleActies');
  telOp(rgw.casustafels, 'casustafels');
  telOp(rgw.stopgesprekken, 'stopgesprekken');

  const totaal = leeg();
  const focusgebieden = FOCUSGEBIEDEN.map((f) => {
    const cijfers = per.get(f.code) ?? leeg();
    telBij(totaal.nieuweZaken, cijfers.nieuweZaken.aantal, cijfers.nieuweZaken.sleutelsom);
    telBij(totaal.afgeslotenZaken, cijfers.afgeslotenZaken.aantal, cijfers.afgeslotenZaken.sleutelsom);
    for (const veld of ACTIES) totaal[veld] += cijfers[veld];
    return { code: f.code, naam: f.naam, cijfers };
  });
  return { totaal, focusgebieden };
}
