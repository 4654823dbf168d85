/** The escalatieladder of the HKD covenant: phases, their names and what each means for a location. */
import type { Fase, FaseWissel } from '../contract/voorziening';

export const FASEN: readonly Fase[] = ['0', '1', '2', '3a', '3b'];

export const FASE_NAAM: Record<Fase, string> = {
  '0': 'Slapend regime',
  '1': 'Actief basisregime',
  '2': 'Verscherpt regime',
  '3a': 'Multidisciplinaire aanpak met verbetertraject',
  '3b': 'Bij uitzondering',
};

export const FASE_BETEKENIS: Record<Fase, string> = {
  '0': 'Geen overlast, korte lijnen; beheercommissie komt minstens eens per jaar bijeen.',
  '1': 'Beheercommissie komt periodiek bijeen; meldingen worden snel opgepakt.',
  '2': 'Extra maatregelen: controle op regels en middelengebruik, individuele aanpak, clienten verplaatsen.',
  '3a': 'Werkgroep en verbeterplan met deadlines, gemonitord.',
  '3b': 'Bovenop 3a: tijdelijk extra handhaving, meer boa’s en politie, bij uitzondering camera’s.',
};

export function faseLabel(fase: Fase): string {
  return `Fase ${fase}: ${FASE_NAAM[fase]}`;
}

/** The phase a location was in on `datum` (ISO date), from its history; null before its first entry. */
export function faseOp(historie: readonly FaseWissel[], datum: string): Fase | null {
  let fase: Fase | null = null;
  for (const wissel of historie) {
    if (wissel.datum <= datum) fase = wissel.naar;
  }
  return fase;
}

/** A history is consistent when dates ascend and each step starts where the previous one ended. */
export function isConsistenteHistorie(historie: readonly FaseWissel[]): boolean {
  return historie.every((w, i) => {
    const vorige = historie[i - 1];
    if (!vorige) return w.van === null;
    return vorige.datum <= w.datum && w.van === vorige.naar;
  });
}
