/**
 * The purpose of opening scan dossiers, asked once per browser session and per user: kept in sessionStorage (it
 * dies with the tab, like the token), in memory when storage is unavailable, and sent with every opening and export.
 */
import { useSyncExternalStore } from 'react';
import type { Gebruiker } from '../contract/organisatie';

const OPSLAGSLEUTEL = 'hkd-kaart.scan-doel';
/** The contract's DOEL_MAX and its minimum (src/contract/draagkrachtscan.ts). */
export const DOEL_MIN = 3;

const inGeheugen = new Map<string, string>();
/** Set once sessionStorage refused a write: memory only from then on. */
let alleenGeheugen = false;
const luisteraars = new Set<() => void>();

function gebruikerSleutel(g: Gebruiker): string {
  return JSON.stringify([g.rol, g.naam, g.organisatie?.id ?? null]);
}

function opslag(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function leesAlles(): Record<string, string> {
  const s = alleenGeheugen ? null : opslag();
  if (!s) return Object.fromEntries(inGeheugen);
  try {
    const waarde: unknown = JSON.parse(s.getItem(OPSLAGSLEUTEL) ?? '{}');
    if (typeof waarde !== 'object' || waarde === null) return {};
    // Anything in the browser can have changed it: strings only.
    return Object.fromEntries(
      Object.entries(waarde).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function leesDoel(gebruiker: Gebruiker): string | null {
  const doel = leesAlles()[gebruikerSleutel(gebruiker)];
  return doel && doel.trim().length >= DOEL_MIN ? doel : null;
}

export function zetDoel(gebruiker: Gebruiker, doel: string | null): void {
  const sleutel = gebruikerSleutel(gebruiker);
  const alles = leesAlles();
  if (doel === null) delete alles[sleutel];
  else alles[sleutel] = doel.trim();
  const s = alleenGeheugen ? null : opslag();
  try {
    if (s) s.setItem(OPSLAGSLEUTEL, JSON.stringify(alles));
    else throw new Error('geen sessionStorage');
  } catch {
    alleenGeheugen = true;
    inGeheugen.clear();
    for (const [k, v] of Object.entries(alles)) inGeheugen.set(k, v);
  }
  for (const l of luisteraars) l();
}

function abonneer(luisteraar: () => void): () => void {
  luisteraars.add(luisteraar);
  return () => luisteraars.delete(luisteraar);
}

/** The session's purpose for this user, or null when it was not asked yet. */
export function useDoel(gebruiker: Gebruiker): string | null {
  return useSyncExternalStore(
    abonneer,
    () => leesDoel(gebruiker),
    () => null,
  );
}
