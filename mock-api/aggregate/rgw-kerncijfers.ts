/** Yearly RGW programme figures for the five focus areas: pure counting over the dataset, one pass per record list. */
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import type { RgwDataset } from '../generate/dataset-types';

export interface Kerncijfers {
  nieuweZaken: number;
  afgeslotenZaken: number;
  integraleActies: number;
  casustafels: number;
  stopgesprekken: number;
}

export interface KerncijfersUitslag {
  /** The sum of the five areas: the programme's targets are about these neighbourhoods only. */
  totaal: Kerncijfers;
  focusgebieden: { code: FocusgebiedCode; naam: string; cijfers: Kerncijfers }[];
}

const VELDEN: readonly (keyof Kerncijfers)[] = [
  'nieuweZaken',
  'afgeslotenZaken',
  'integraleActies',
  'casustafels',
  'stopgesprekken',
];

function leeg(): Kerncijfers {
  return { nieuweZaken: 0, afgeslotenZaken: 0, integraleActies: 0, casustafels: 0, stopgesprekken: 0 };
}

/** Counts everything dated from `van` to `tot` (ISO dates, inclusive). */
export function berekenKerncijfers(rgw: RgwDataset, van: string, tot: string): KerncijfersUitslag {
  const per = new Map<FocusgebiedCode, Kerncijfers>(FOCUSGEBIEDEN.map((f) => [f.code, leeg()]));
  const binnen = (datum: string | null): boolean => datum !== null && datum >= van && datum <= tot;
  for (const zaak of rgw.zaken) {
    const focusgebied = focusgebiedVanBuurt(zaak.buurt);
    const cijfers = focusgebied ? per.get(focusgebied.code) : undefined;
    if (!cijfers) continue;
    if (binnen(zaak.geopend)) cijfers.nieuweZaken++;
    if (binnen(zaak.gesloten)) cijfers.afgeslotenZaken++;
  }
  const telOp = (
    lijst: readonly { datum: string; focusgebied: FocusgebiedCode }[],
    veld: keyof Kerncijfers,
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
    for (const veld of VELDEN) totaal[veld] += cijfers[veld];
    return { code: f.code, naam: f.naam, cijfers };
  });
  return { totaal, focusgebieden };
}
