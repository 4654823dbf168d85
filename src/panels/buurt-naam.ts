/** Names of CBS buurten for display: "Carnisse (BU05991572)" reads better than the code alone. */
import { BUURTEN } from '../geo/rotterdam-facts';
import { zoekindex } from '../geo/zoekindex';
import { doelVoorPlaats, type NieuwDoel } from '../map/kaart-doel';

const NAAM_PER_CODE = new Map(BUURTEN.map((b) => [b.code, b.naam]));

export function buurtNaam(code: string): string | null {
  return NAAM_PER_CODE.get(code) ?? null;
}

/** Where the map flies for a table row keyed `buurt:<code>`: the buurt outlined, or null for an unknown key. */
export function doelVoorBuurtSleutel(sleutel: string): NieuwDoel | null {
  const plaats = zoekindex().namen.find((p) => p.soort === 'buurt' && `buurt:${p.code}` === sleutel);
  return plaats ? doelVoorPlaats(plaats) : null;
}
