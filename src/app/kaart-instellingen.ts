/** The map settings that outlive a reload: the background (our own or PDOK), the PC4 boundaries, and a starting view, read from the URL and sessionStorage. */
// The URL wins, so a link can be shared; sessionStorage keeps the choice within a tab when the URL is plain.
// Parsing is pure (strings in, settings out) so it is tested without a browser.
import type { LonLat } from '../contract/common';
import type { Achtergrond } from '../map/basemap-style';
import type { Beeld } from '../map/map-view';
import { schrijfUrlStaat } from './url-staat';

export interface KaartInstellingen {
  readonly achtergrond: Achtergrond;
  readonly postcodegebieden: boolean;
}

export const STANDAARD_INSTELLINGEN: KaartInstellingen = Object.freeze({
  // Our own tiles: they work offline and fetch nothing from outside until the user asks for PDOK.
  achtergrond: 'eigen',
  postcodegebieden: false,
});

export const OPSLAG_SLEUTEL = 'hkd-kaart.kaart';
export const PARAM = { achtergrond: 'achtergrond', postcodes: 'postcodes', beeld: 'beeld' } as const;

function leesAchtergrond(waarde: string | null | undefined): Achtergrond | null {
  return waarde === 'pdok' || waarde === 'eigen' ? waarde : null;
}

function leesAanUit(waarde: string | null | undefined): boolean | null {
  if (waarde === 'aan' || waarde === '1' || waarde === 'true') return true;
  if (waarde === 'uit' || waarde === '0' || waarde === 'false') return false;
  return null;
}

function leesOpgeslagen(tekst: string | null): Partial<KaartInstellingen> {
  if (!tekst) return {};
  try {
    const ruw: unknown = JSON.parse(tekst);
    if (typeof ruw !== 'object' || ruw === null) return {};
    const achtergrond = 'achtergrond' in ruw && typeof ruw.achtergrond === 'string' ? ruw.achtergrond : null;
    const pc = 'postcodegebieden' in ruw ? ruw.postcodegebieden : null;
    return {
      ...(leesAchtergrond(achtergrond) ? { achtergrond: leesAchtergrond(achtergrond) ?? 'eigen' } : {}),
      ...(typeof pc === 'boolean' ? { postcodegebieden: pc } : {}),
    };
  } catch {
    // Someone else's value under our key, or a truncated write: fall back to the defaults.
    return {};
  }
}

/** `?achtergrond=pdok&postcodes=aan` first, then what this tab stored, then the defaults. Unknown values are ignored. */
export function leesInstellingen(zoek: string, opgeslagen: string | null): KaartInstellingen {
  const params = new URLSearchParams(zoek);
  const opslag = leesOpgeslagen(opgeslagen);
  return {
    achtergrond:
      leesAchtergrond(params.get(PARAM.achtergrond)) ??
      opslag.achtergrond ??
      STANDAARD_INSTELLINGEN.achtergrond,
    postcodegebieden:
      leesAanUit(params.get(PARAM.postcodes)) ??
      opslag.postcodegebieden ??
      STANDAARD_INSTELLINGEN.postcodegebieden,
  };
}

/** The query string with the settings written in; defaults are left out, other parameters kept. */
export function zoekMetInstellingen(zoek: string, instellingen: KaartInstellingen): string {
  // Written by the one URL module, so every writer formats the shared parameters alike (`beeld=12/51.9/4.4`).
  return schrijfUrlStaat(zoek, {
    achtergrond:
      instellingen.achtergrond === STANDAARD_INSTELLINGEN.achtergrond ? null : instellingen.achtergrond,
    postcodegebieden:
      instellingen.postcodegebieden === STANDAARD_INSTELLINGEN.postcodegebieden
        ? null
        : instellingen.postcodegebieden,
  });
}

export function bewaarTekst(instellingen: KaartInstellingen): string {
  return JSON.stringify(instellingen);
}

/**
 * `?beeld=15.5/51.9170/4.4670` (zoom/lat/lon, the order of maplibre's own URL hash): a view to open the map on.
 * Null when absent or not a sensible view of Rotterdam's surroundings.
 */
export function leesBeeld(zoek: string): Beeld | null {
  const waarde = new URLSearchParams(zoek).get(PARAM.beeld);
  if (!waarde) return null;
  const delen = waarde.split('/').map(Number);
  if (delen.length !== 3 || delen.some((d) => !Number.isFinite(d))) return null;
  const [zoom, lat, lon] = delen as [number, number, number];
  if (zoom < 9 || zoom > 18 || lat < 51.7 || lat > 52.1 || lon < 3.85 || lon > 4.85) return null;
  const centrum: LonLat = [lon, lat];
  return { centrum, zoom };
}
