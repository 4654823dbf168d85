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
  '0': 'Er is geen overlast. De buurt en de voorziening hebben goed contact. De beheercommissie praat minstens één keer per jaar.',
  '1': 'De beheercommissie praat geregeld. Meldingen worden snel opgepakt.',
  '2': 'Er zijn extra maatregelen. Er is meer controle op regels en op drugs en alcohol. Sommige cliënten krijgen een eigen aanpak of gaan ergens anders wonen.',
  '3a': 'Een werkgroep maakt een verbeterplan met termijnen. De gemeente volgt of het plan werkt.',
  '3b': 'Boven op 3a: een tijd lang extra toezicht door boa’s en politie. Soms komen er camera’s.',
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

/** The reason recorded for a single step when none is given: a jump needs its own. */
export const STAP_REDEN = 'Eén stap op de escalatieladder';

export type FaseWisselOordeel =
  { ok: true; reden: string } | { ok: false; melding: string; veld: 'naar' | 'reden' };

/**
 * The covenant's rules for a move on the escalatieladder from `van` (null: no phase yet) to `naar`: 3b only on top of
 * 3a; from 3a a location goes back to fase 1 (or up to 3b); a jump of more than one step needs a reason.
 */
export function controleerFaseWissel(van: Fase | null, naar: Fase, reden?: string): FaseWisselOordeel {
  const uitleg = reden?.trim() ?? '';
  if (van === null) return { ok: true, reden: uitleg || 'Eerste vastgelegde fase' };
  if (van === naar) return { ok: false, melding: `de locatie staat al in fase ${naar}`, veld: 'naar' };
  if (naar === '3b' && van !== '3a') {
    return { ok: false, melding: 'fase 3b komt alleen boven op fase 3a', veld: 'naar' };
  }
  if (van === '3a' && naar !== '1' && naar !== '3b') {
    return {
      ok: false,
      melding: `vanuit fase 3a gaat een locatie terug naar fase 1, niet naar fase ${naar}`,
      veld: 'naar',
    };
  }
  const stappen = Math.abs(FASEN.indexOf(naar) - FASEN.indexOf(van));
  // 3a back to 1 is the ladder's own way down, not a jump.
  const sprong = stappen > 1 && !(van === '3a' && naar === '1') && !(van === '3b' && naar === '3a');
  if (sprong && uitleg === '') {
    return {
      ok: false,
      melding: `van fase ${van} naar fase ${naar} is een sprong van ${stappen} stappen: geef een reden`,
      veld: 'reden',
    };
  }
  return { ok: true, reden: uitleg || STAP_REDEN };
}
