/** Hooks for the map settings: remembered in the URL and sessionStorage, and the background actually shown after probing PDOK. */
import { useCallback, useEffect, useState } from 'react';
import type { Achtergrond, AchtergrondStatus } from '../map/basemap-style';
import { probeerPdok, type PdokProef, type PdokProefOpties } from '../map/pdok';
import {
  bewaarTekst,
  leesInstellingen,
  OPSLAG_SLEUTEL,
  zoekMetInstellingen,
  type KaartInstellingen,
} from './kaart-instellingen';

function sessieOpslag(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage can be switched off (privacy settings); the settings then live only in the URL.
    return null;
  }
}

function beginInstellingen(): KaartInstellingen {
  return leesInstellingen(globalThis.location?.search ?? '', sessieOpslag()?.getItem(OPSLAG_SLEUTEL) ?? null);
}

/** The settings, and a setter that writes them to the URL (replacing, not adding, a history entry) and this tab's storage. */
export function useKaartInstellingen(): {
  instellingen: KaartInstellingen;
  zet: (deel: Partial<KaartInstellingen>) => void;
} {
  const [instellingen, setInstellingen] = useState(beginInstellingen);
  const zet = useCallback((deel: Partial<KaartInstellingen>) => {
    setInstellingen((oud) => ({ ...oud, ...deel }));
  }, []);
  useEffect(() => {
    try {
      sessieOpslag()?.setItem(OPSLAG_SLEUTEL, bewaarTekst(instellingen));
    } catch {
      // Full or forbidden storage: the URL still holds the choice.
    }
    const { pathname, search, hash } = location;
    const nieuw = zoekMetInstellingen(search, instellingen);
    if (nieuw !== search) history.replaceState(history.state, '', `${pathname}${nieuw}${hash}`);
  }, [instellingen]);
  return { instellingen, zet };
}

export interface AchtergrondToestand {
  readonly status: AchtergrondStatus;
  /** What the map draws: PDOK only once it answered. */
  readonly getoond: Achtergrond;
  /** The user chose PDOK (again): probe anew, even if the choice did not change. */
  readonly probeerOpnieuw: () => void;
  /** The map saw PDOK tiles keep failing after it was switched on. */
  readonly meldKaartFout: () => void;
}

/**
 * The background actually shown for the one wanted. PDOK is probed first (a few seconds at most) and shown only
 * when it answers; until then, and when it does not, our own map stays, so the map is never blank or stuck.
 */
export function useAchtergrond(
  gewenst: Achtergrond,
  probeer: (opties: PdokProefOpties) => Promise<PdokProef> = probeerPdok,
): AchtergrondToestand {
  const [poging, setPoging] = useState(0);
  const [proef, setProef] = useState<{ poging: number; bereikbaar: boolean } | null>(null);
  const [kaartFout, setKaartFout] = useState<number | null>(null);

  useEffect(() => {
    if (gewenst !== 'pdok') return;
    const controller = new AbortController();
    void probeer({ signal: controller.signal }).then((uitkomst) => {
      if (!controller.signal.aborted) setProef({ poging, bereikbaar: uitkomst.bereikbaar });
    });
    return () => controller.abort();
  }, [gewenst, poging, probeer]);

  const status: AchtergrondStatus =
    gewenst === 'eigen'
      ? 'eigen'
      : proef?.poging !== poging
        ? 'controleren'
        : !proef.bereikbaar || kaartFout === poging
          ? 'onbereikbaar'
          : 'pdok';

  return {
    status,
    getoond: status === 'pdok' ? 'pdok' : 'eigen',
    probeerOpnieuw: useCallback(() => setPoging((p) => p + 1), []),
    meldKaartFout: useCallback(() => setKaartFout(poging), [poging]),
  };
}
