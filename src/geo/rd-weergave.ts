/** RD New coordinates as assessors read them: whole metres, grouped in threes, and a label saying how precise the point is. */
import { wgs84NaarRd, type LonLat, type RdPunt } from './rd';

/** A narrow no-break space: groups digits like "436 120" without letting a line break split the number. */
const GROEP = '\u202f';

/** Whole metres: RD is read and typed in metres; decimals would suggest a precision the positions do not have. */
export function rondRd([x, y]: RdPunt): [number, number] {
  return [Math.round(x), Math.round(y)];
}

/** `92512` → `92 512` (narrow no-break spaces). */
export function groepeerCijfers(n: number): string {
  const teken = n < 0 ? '-' : '';
  return teken + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, GROEP);
}

/** `x 92 512 · y 436 120`, for the screen. */
export function toonRd(punt: RdPunt): string {
  const [x, y] = rondRd(punt);
  return `x ${groepeerCijfers(x)} · y ${groepeerCijfers(y)}`;
}

/** `x 92512, y 436120`: screen readers read grouped digits as separate numbers, so the spoken form has none. */
export function spreekRd(punt: RdPunt): string {
  const [x, y] = rondRd(punt);
  return `x ${x}, y ${y}`;
}

/** `92512, 436120`: what the search box accepts back, for copying. */
export function rdInvoerTekst(punt: RdPunt): string {
  const [x, y] = rondRd(punt);
  return `${x}, ${y}`;
}

/** The RD point of a WGS84 position, rounded to whole metres. */
export function rdVan(lonLat: LonLat): [number, number] {
  return rondRd(wgs84NaarRd(lonLat));
}

/** `51,91234° N · 4,48123° O`: WGS84 with five decimals (about a metre), Dutch decimal comma. */
export function toonWgs84([lon, lat]: LonLat): string {
  const graden = (v: number) => v.toFixed(5).replace('.', ',');
  return `${graden(lat)}° N · ${graden(lon)}° O`;
}

/** How precise a facility's position is, by the `precisie` the API sent with it. */
export type PositiePrecisie = 'adres' | 'pc6' | 'pc4' | 'buurt';

/**
 * The label of the RD row in a detail panel. Only an address point is a real location; every other position is the
 * centre of an area, and must say so, or an assessor would take it for an address.
 */
export const RD_LABEL: Readonly<Record<PositiePrecisie, string>> = {
  adres: 'RD (adrespunt)',
  pc6: 'RD (centroïde postcode)',
  pc4: 'RD (centroïde postcodegebied)',
  buurt: 'RD (centroïde buurt)',
};

export interface RdRij {
  readonly label: string;
  readonly waarde: string;
  readonly gesproken: string;
}

export function rdRij(positie: LonLat, precisie: PositiePrecisie): RdRij {
  const rd = rdVan(positie);
  return { label: RD_LABEL[precisie], waarde: toonRd(rd), gesproken: spreekRd(rd) };
}
