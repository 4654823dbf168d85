/** A tiny keyed cache of API answers with a React hook on top: each endpoint file makes one, no query library needed. */
import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { ApiFout, isApiFout } from './client';

export type BronToestand<T> =
  | { readonly status: 'laden' }
  | { readonly status: 'ok'; readonly data: T }
  | { readonly status: 'fout'; readonly fout: ApiFout };

/** One shared object, so a snapshot of "still loading" is stable and never causes an extra render. */
const LADEN = Object.freeze({ status: 'laden' as const });

interface Item<A, T> {
  toestand: BronToestand<T>;
  args: A;
  controller: AbortController | null;
}

interface Beheerbaar {
  herstartFouten(): void;
  /** `ookGedeeld`: also the answers that are the same for every role (meta, organisations). */
  wisAlles(ookGedeeld: boolean): void;
}

const alleBronnen = new Set<Beheerbaar>();

/** Loads every failed request again; the error boundaries call this before they render their panel again. */
export function probeerFoutenOpnieuw(): void {
  for (const bron of alleBronnen) bron.herstartFouten();
}

/** Forgets every cached role-dependent answer, so nothing another role received stays in memory after logging out. */
export function wisAlleBronnen(): void {
  for (const bron of alleBronnen) bron.wisAlles(false);
}

/**
 * Forgets every cached answer, the role-independent ones too: for tests, which share one module cache between test
 * files and may run one against another mock API (a service-worker API has other meta than a server).
 */
export function vergeetAlleAntwoorden(): void {
  for (const bron of alleBronnen) bron.wisAlles(true);
}

function naarApiFout(fout: unknown): ApiFout {
  if (isApiFout(fout)) return fout;
  return new ApiFout({
    code: 'ongeldig_antwoord',
    status: 0,
    message: 'Er ging iets mis bij het verwerken van het antwoord.',
    cause: fout,
  });
}

export interface Bron<A extends readonly unknown[], T> {
  /** React hook: the state for these arguments, loading them when nobody did yet. `null` loads nothing. */
  useBron(args: A | null): BronToestand<T>;
  /** Loads these arguments again when their last attempt failed: the retry of one map layer, nothing else. */
  opnieuw(...args: A): void;
  /**
   * Loads everything loaded so far again, showing the current data until the new answer is in: after a change this
   * browser made itself (a phase change), so every panel shows it at once.
   */
  ververs(): void;
}

export function maakBron<A extends readonly unknown[], T>(
  laad: (signal: AbortSignal, ...args: A) => Promise<T>,
  sleutelVan: (...args: A) => string,
  opties: {
    /** `false` for answers that are the same for every role (meta, organisations): kept across a login. */
    perRol?: boolean;
  } = {},
): Bron<A, T> {
  const perRol = opties.perRol ?? true;
  const items = new Map<string, Item<A, T>>();
  const luisteraars = new Set<() => void>();
  // Bumped when everything is forgotten, so mounted hooks start their request again.
  let generatie = 0;

  function meld(): void {
    for (const luisteraar of luisteraars) luisteraar();
  }

  function abonneer(luisteraar: () => void): () => void {
    luisteraars.add(luisteraar);
    return () => luisteraars.delete(luisteraar);
  }

  function start(sleutel: string, args: A, behoud = false): void {
    const vorig = items.get(sleutel);
    vorig?.controller?.abort();
    const controller = new AbortController();
    const toestand = behoud && vorig?.toestand.status === 'ok' ? vorig.toestand : LADEN;
    const item: Item<A, T> = { toestand, args, controller };
    items.set(sleutel, item);
    laad(controller.signal, ...args).then(
      (data) => {
        if (items.get(sleutel) !== item) return;
        item.toestand = { status: 'ok', data };
        item.controller = null;
        meld();
      },
      (fout: unknown) => {
        if (items.get(sleutel) !== item || controller.signal.aborted) return;
        item.toestand = { status: 'fout', fout: naarApiFout(fout) };
        item.controller = null;
        meld();
      },
    );
  }

  alleBronnen.add({
    herstartFouten() {
      let iets = false;
      for (const [sleutel, item] of items) {
        if (item.toestand.status === 'fout') {
          start(sleutel, item.args);
          iets = true;
        }
      }
      if (iets) meld();
    },
    wisAlles(ookGedeeld) {
      if (!perRol && !ookGedeeld) return;
      for (const item of items.values()) item.controller?.abort();
      items.clear();
      generatie += 1;
      meld();
    },
  });

  return {
    ververs() {
      for (const [sleutel, item] of [...items]) start(sleutel, item.args, true);
    },
    opnieuw(...args) {
      const sleutel = sleutelVan(...args);
      if (items.get(sleutel)?.toestand.status !== 'fout') return;
      start(sleutel, args);
      meld();
    },
    useBron(args) {
      const sleutel = args === null ? null : sleutelVan(...args);
      const toestand = useSyncExternalStore(
        abonneer,
        () => (sleutel === null ? LADEN : (items.get(sleutel)?.toestand ?? LADEN)),
        () => LADEN,
      );
      const huidigeGeneratie = useSyncExternalStore(
        abonneer,
        () => generatie,
        () => generatie,
      );
      const begin = useEffectEvent((teLaden: string) => {
        if (args !== null && !items.has(teLaden)) start(teLaden, args);
      });
      useEffect(() => {
        if (sleutel !== null) begin(sleutel);
      }, [sleutel, huidigeGeneratie]);
      return toestand;
    },
  };
}
