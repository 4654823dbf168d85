/** The five RGW focus areas on Rotterdam-Zuid and the CBS buurten that make them up. */
import type { FocusgebiedCode } from '../contract/gebied';

export interface Focusgebied {
  readonly code: FocusgebiedCode;
  readonly naam: string;
  readonly buurten: readonly string[];
}

export const FOCUSGEBIEDEN: readonly Focusgebied[] = [
  { code: 'bloemhof', naam: 'Bloemhof', buurten: ['BU05991081'] },
  { code: 'carnisse', naam: 'Carnisse', buurten: ['BU05991572'] },
  { code: 'hillesluis', naam: 'Hillesluis', buurten: ['BU05991082'] },
  { code: 'pendrecht-zuidwijk', naam: 'Pendrecht-Zuidwijk', buurten: ['BU05991577', 'BU05991573'] },
  { code: 'tarwewijk', naam: 'Tarwewijk', buurten: ['BU05991571'] },
];

const PER_BUURT = new Map(FOCUSGEBIEDEN.flatMap((f) => f.buurten.map((b) => [b, f] as const)));

export function focusgebiedVanBuurt(buurtcode: string): Focusgebied | null {
  return PER_BUURT.get(buurtcode) ?? null;
}

/** The figures of the Uitvoeringsplan RGW (2025), per year. */
export const RGW_DOELEN = {
  nieuweZaken: 1250,
  integraleActies: 12,
  stopgesprekken: 10,
  /** A case table every two weeks in each neighbourhood. */
  casustafelsPerFocusgebied: 26,
} as const;
