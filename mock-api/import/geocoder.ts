/**
 * Addresses without coordinates: PDOK Locatieserver by postcode and house number when online. Injectable, so tests use
 * a fake and never the network; offline, such a row is refused with a message that says so (no fallback to a
 * postcode centroid).
 */

export type GeocodeUitslag =
  | { soort: 'gevonden'; positie: [number, number] }
  | { soort: 'niet-gevonden' }
  | { soort: 'offline'; melding: string };

export interface Geocoder {
  zoek(adres: { postcode: string; huisnummer: number; toevoeging?: string }): Promise<GeocodeUitslag>;
}

/** No network (the browser demo, `--offline`, tests that say so). */
export const GEEN_GEOCODER: Geocoder = {
  zoek: () =>
    Promise.resolve({
      soort: 'offline',
      melding: 'er is geen verbinding met de PDOK Locatieserver ingesteld',
    }),
};

const PDOK_FREE = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** `POINT(4.48 51.92)` → [4.48, 51.92]. */
export function leesPunt(wkt: string): [number, number] | null {
  const m = /^POINT\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)$/.exec(wkt.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** PDOK Locatieserver's free search for one address (type adres), first hit only. */
export function pdokGeocoder(opties: { fetch?: typeof fetch; timeoutMs?: number } = {}): Geocoder {
  const haal = opties.fetch ?? fetch;
  return {
    async zoek({ postcode, huisnummer, toevoeging }) {
      const url = new URL(PDOK_FREE);
      url.searchParams.set('q', `postcode:${postcode} AND huisnummer:${huisnummer}`);
      url.searchParams.set('fq', 'type:adres');
      url.searchParams.set('fl', 'centroide_ll huisletter huisnummertoevoeging');
      url.searchParams.set('rows', '10');
      let antwoord: Response;
      try {
        antwoord = await haal(url, { signal: AbortSignal.timeout(opties.timeoutMs ?? 5_000) });
      } catch {
        return { soort: 'offline', melding: 'de PDOK Locatieserver is niet bereikbaar (offline?)' };
      }
      if (!antwoord.ok)
        return { soort: 'offline', melding: `de PDOK Locatieserver antwoordde ${antwoord.status}` };
      const body = (await antwoord.json()) as { response?: { docs?: Record<string, string>[] } };
      const docs = body.response?.docs ?? [];
      const passend =
        docs.find((d) => (d.huisletter ?? '') + (d.huisnummertoevoeging ?? '') === (toevoeging ?? '')) ??
        (toevoeging ? undefined : docs[0]);
      const punt = passend?.centroide_ll ? leesPunt(passend.centroide_ll) : null;
      return punt ? { soort: 'gevonden', positie: punt } : { soort: 'niet-gevonden' };
    },
  };
}
