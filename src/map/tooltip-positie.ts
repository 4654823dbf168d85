/** Where the map's hover tooltip goes: beside the pointer, flipped to the other side near the right or bottom edge, and never outside the map. */

export interface Maat {
  readonly breedte: number;
  readonly hoogte: number;
}

/** Pixels between the pointer and the tooltip, so the pointer never covers its first letters. */
export const TOOLTIP_AFSTAND = 12;
/** Pixels kept free along the map's edges. */
export const TOOLTIP_RAND = 4;

/** One axis: after the pointer when it fits, else before it, and in any case within [rand, ruimte - maat - rand]. */
function langs(punt: number, maat: number, ruimte: number): number {
  const na = punt + TOOLTIP_AFSTAND;
  const voor = punt - TOOLTIP_AFSTAND - maat;
  const gewenst = na + maat <= ruimte - TOOLTIP_RAND || voor < TOOLTIP_RAND ? na : voor;
  // Larger than the map itself: pinned to the top or left edge, where its start stays readable.
  return Math.max(TOOLTIP_RAND, Math.min(gewenst, ruimte - maat - TOOLTIP_RAND));
}

/**
 * The top-left corner of the tooltip, relative to the map container, for a pointer at `[x, y]` in the same
 * pixels, a tooltip of size `tooltip` and a container of size `kaart`.
 */
export function tooltipPositie(
  [x, y]: readonly [number, number],
  tooltip: Maat,
  kaart: Maat,
): [number, number] {
  return [langs(x, tooltip.breedte, kaart.breedte), langs(y, tooltip.hoogte, kaart.hoogte)];
}

/** Light and quiet like the panels; deck's default dark tooltip has too little contrast for its grey text. */
export const TOOLTIP_STIJL: Partial<CSSStyleDeclaration> = {
  backgroundColor: '#ffffff',
  color: '#1b2126',
  border: '1px solid #9aa5ad',
  borderRadius: '4px',
  boxShadow: '0 1px 4px rgba(0,0,0,0.2)',
  padding: '4px 8px',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: '13px',
  maxWidth: '240px',
};
