/** Which view the page shows, kept in the URL (`?weergave=monitor`) so it can be shared and survives a reload; the map by default. */
import { useSyncExternalStore } from 'react';

export type Weergave = 'kaart' | 'monitor';

export const WEERGAVE_PARAM = 'weergave';
const GEWIJZIGD = 'hkd:weergave';

/** Never throws: anything but `monitor` is the map. */
export function leesWeergave(zoek: string): Weergave {
  return new URLSearchParams(zoek).get(WEERGAVE_PARAM) === 'monitor' ? 'monitor' : 'kaart';
}

/** The query string for a view, the map's own parameters left as they are. */
export function zoekVoorWeergave(zoek: string, weergave: Weergave): string {
  const params = new URLSearchParams(zoek);
  if (weergave === 'monitor') params.set(WEERGAVE_PARAM, 'monitor');
  else params.delete(WEERGAVE_PARAM);
  const tekst = params.toString();
  return tekst === '' ? '' : `?${tekst}`;
}

function abonneer(melding: () => void): () => void {
  window.addEventListener('popstate', melding);
  window.addEventListener(GEWIJZIGD, melding);
  return () => {
    window.removeEventListener('popstate', melding);
    window.removeEventListener(GEWIJZIGD, melding);
  };
}

export function useWeergave(): Weergave {
  return useSyncExternalStore(
    abonneer,
    () => leesWeergave(window.location.search),
    () => 'kaart',
  );
}

/** A new history entry, so the browser's Back button returns to the other view. */
export function gaNaarWeergave(weergave: Weergave): void {
  const zoek = zoekVoorWeergave(window.location.search, weergave);
  window.history.pushState(
    window.history.state,
    '',
    `${window.location.pathname}${zoek}${window.location.hash}`,
  );
  window.dispatchEvent(new Event(GEWIJZIGD));
}
