/** Names of CBS buurten for display: "Carnisse (BU05991572)" reads better than the code alone. */
import { BUURTEN } from '../geo/rotterdam-facts';

const NAAM_PER_CODE = new Map(BUURTEN.map((b) => [b.code, b.naam]));

export function buurtNaam(code: string): string | null {
  return NAAM_PER_CODE.get(code) ?? null;
}
