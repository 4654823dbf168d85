/** Sign-in (demo, or OpenID Connect through `oidc.ts`): who is signed in, the token (kept in sessionStorage, so it dies with the tab), login, logout and a session check. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { Tijdstip } from '../contract/common';
import { PADEN } from '../contract/endpoints';
import { DemoLoginAntwoord, Gebruiker, SessieAntwoord, type DemoLoginVerzoek } from '../contract/organisatie';
import { PUBLIEK } from '../domain/roles';
import { aanmeldingBeantwoord } from '../meting/prestatie';
import { wisAlleBronnen } from './bron';
import { ApiFout, isApiFout, vraag } from './client';
import { MELDINGEN } from '../domain/publiek-teksten';

export type Sessie =
  | { readonly token: null; readonly gebruiker: Gebruiker; readonly verlooptOp: null }
  | { readonly token: string; readonly gebruiker: Gebruiker; readonly verlooptOp: string };

export const PUBLIEKE_SESSIE: Sessie = Object.freeze({ token: null, gebruiker: PUBLIEK, verlooptOp: null });

/** What sessionStorage holds; parsed like wire data, because anything in the browser can have changed it. */
const OpgeslagenSessie = z.strictObject({
  token: z.string().min(1),
  gebruiker: Gebruiker,
  verlooptOp: Tijdstip,
});

const OPSLAGSLEUTEL = 'hkd-kaart.sessie';

export interface SessieToestand {
  readonly sessie: Sessie;
  /** A notice for the user about the session itself, e.g. that it expired. */
  readonly melding: string | null;
}

export interface SessieOpslag {
  huidig(): SessieToestand;
  abonneer(luisteraar: () => void): () => void;
  logIn(verzoek: DemoLoginVerzoek): Promise<Sessie>;
  /** Signs in with an access token from the identity provider: the API says whose it is and in which role. */
  logInMetToken(token: string, verlooptOp: string): Promise<Sessie>;
  logUit(melding?: string): void;
  /** Asks the API whether the stored token is still good; signs out with a notice when it is not. */
  controleer(signal?: AbortSignal): Promise<void>;
}

export interface SessieOpslagOpties {
  /** `null`: remember nothing across reloads (tests). */
  opslag?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  basisUrl?: string;
  nu?: () => number;
}

function leesOpgeslagen(opslag: SessieOpslagOpties['opslag'], nu: number): Sessie {
  if (!opslag) return PUBLIEKE_SESSIE;
  let ruw: unknown;
  try {
    ruw = JSON.parse(opslag.getItem(OPSLAGSLEUTEL) ?? 'null');
  } catch {
    ruw = null;
  }
  const uitslag = OpgeslagenSessie.safeParse(ruw);
  if (!uitslag.success || Date.parse(uitslag.data.verlooptOp) <= nu) {
    opslag.removeItem(OPSLAGSLEUTEL);
    return PUBLIEKE_SESSIE;
  }
  return uitslag.data;
}

const VERLOPEN = MELDINGEN.sessieVerlopen;
/** A token the server never issued, or one for another role than the app thought: not "expired", but not valid. */
const ONGELDIG = MELDINGEN.sessieOngeldig;

export function maakSessieOpslag(opties: SessieOpslagOpties = {}): SessieOpslag {
  const opslag = opties.opslag === undefined ? (globalThis.sessionStorage ?? null) : opties.opslag;
  const nu = opties.nu ?? Date.now;
  let toestand: SessieToestand = { sessie: leesOpgeslagen(opslag, nu()), melding: null };
  let verloopTimer: ReturnType<typeof setTimeout> | undefined;
  const luisteraars = new Set<() => void>();

  function zet(nieuw: SessieToestand): void {
    toestand = nieuw;
    for (const luisteraar of luisteraars) luisteraar();
  }

  function planVerloop(sessie: Sessie): void {
    clearTimeout(verloopTimer);
    if (sessie.verlooptOp === null) return;
    // Capped: setTimeout overflows past ~24.8 days, and demo tokens live hours at most.
    const over = Math.min(Date.parse(sessie.verlooptOp) - nu(), 2 ** 31 - 1);
    verloopTimer = setTimeout(() => opslagApi.logUit(VERLOPEN), Math.max(over, 0));
  }

  function vestig(sessie: Sessie): Sessie {
    opslag?.setItem(OPSLAGSLEUTEL, JSON.stringify(sessie));
    planVerloop(sessie);
    zet({ sessie, melding: null });
    // Answers cached for the previous role must not outlive it. After `zet`, in the same tick: React renders
    // once, with the new session and empty caches, so nothing is fetched again with the old token.
    wisAlleBronnen();
    return sessie;
  }

  const opslagApi: SessieOpslag = {
    huidig: () => toestand,
    abonneer(luisteraar) {
      luisteraars.add(luisteraar);
      return () => luisteraars.delete(luisteraar);
    },
    async logIn(verzoek) {
      const antwoord = await vraag(PADEN.login, DemoLoginAntwoord, {
        methode: 'POST',
        body: verzoek,
        basisUrl: opties.basisUrl,
      });
      aanmeldingBeantwoord();
      if (antwoord.gebruiker.rol !== verzoek.rol) {
        throw new ApiFout({
          code: 'onverwachte_rol',
          status: 200,
          message: `Inloggen als ${verzoek.rol} gaf een sessie voor rol "${antwoord.gebruiker.rol}"; je blijft uitgelogd.`,
        });
      }
      return vestig({
        token: antwoord.token,
        gebruiker: antwoord.gebruiker,
        verlooptOp: antwoord.verlooptOp,
      });
    },
    async logInMetToken(token, verlooptOp) {
      const { gebruiker } = await vraag(PADEN.sessie, SessieAntwoord, { token, basisUrl: opties.basisUrl });
      if (gebruiker.rol === 'publiek') {
        throw new ApiFout({
          code: 'onverwachte_rol',
          status: 200,
          message: MELDINGEN.aanmeldingOnbekend,
        });
      }
      return vestig({ token, gebruiker, verlooptOp });
    },
    logUit(melding) {
      clearTimeout(verloopTimer);
      opslag?.removeItem(OPSLAGSLEUTEL);
      zet({ sessie: PUBLIEKE_SESSIE, melding: melding ?? null });
      wisAlleBronnen();
    },
    async controleer(signal) {
      const { sessie } = toestand;
      if (sessie.token === null) return;
      try {
        const antwoord = await vraag(PADEN.sessie, SessieAntwoord, {
          token: sessie.token,
          basisUrl: opties.basisUrl,
          signal,
        });
        if (antwoord.gebruiker.rol !== sessie.gebruiker.rol) opslagApi.logUit(ONGELDIG);
      } catch (fout) {
        if (isApiFout(fout) && (fout.status === 401 || fout.status === 403)) {
          opslagApi.logUit(fout.code === 'token_verlopen' ? VERLOPEN : ONGELDIG);
        }
        // Other failures (network, abort) leave the session alone: the data requests will show their own error.
      }
    },
  };
  planVerloop(toestand.sessie);
  return opslagApi;
}

export const SessieContext = createContext<SessieOpslag | null>(null);

export function useSessieOpslag(): SessieOpslag {
  const opslag = useContext(SessieContext);
  if (!opslag) throw new Error('useSessieOpslag: geen SessieContext; zet de app in een SessieProvider');
  return opslag;
}

export function useSessieToestand(): SessieToestand {
  const opslag = useSessieOpslag();
  return useSyncExternalStore(opslag.abonneer, opslag.huidig, opslag.huidig);
}

export function useSessie(): Sessie {
  return useSessieToestand().sessie;
}
