/**
 * Performance marks for the benchmark (scripts/bench): what the user did and when the map showed the result, as
 * User Timing entries any browser profiler also shows. Nothing here changes behaviour; without `performance.mark`
 * (old browsers, some test environments) every call is a no-op.
 *
 * - `hkd:kaart-bruikbaar`: a mark, once per page load, when the map is idle with the role's data drawn and that frame
 *   has been handed to the screen.
 * - `hkd:<interactie>`: a measure from the input (`begin`) to the next painted frame after the change was applied
 *   (two animation frames: the first runs before the frame that draws the change, the second after it was painted).
 *   For a role switch that frame shows the form at work ("bezig") or the header's new role.
 * - `hkd:rol-wissel-getekend`: a role switch once more, from the same input until the map has drawn the new role's
 *   data and that frame is on screen (`kaartGetekend`): the sign-in request, the new role's data and its drawing.
 */
import type { Rol } from '../contract/common';

export type Interactie = 'rol-wissel' | 'laag-wissel' | 'filter' | 'selectie';

export const MARK_BRUIKBAAR = 'hkd:kaart-bruikbaar';
export const MEASURE_ROL_GETEKEND = 'hkd:rol-wissel-getekend';

function kan(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function';
}

const startNaam = (soort: Interactie) => `hkd:${soort}:start`;

/** Open role switches: ended by the first drawing of that role's data. */
let rolWissel: { naar: Rol | null } | null = null;
let bruikbaarGemeld = false;

function eind(soort: Interactie, naam = `hkd:${soort}`): void {
  if (!kan()) return;
  try {
    performance.measure(naam, startNaam(soort));
  } catch {
    // The start mark was cleared (a profiler, a test): nothing to measure.
  }
}

/** After the next painted frame; in a page without animation frames (a test environment) on a timer. */
function naVolgendFrame(doe: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(doe, 0);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(doe));
}

/**
 * Marks an input. For anything but a role switch the measure ends by itself after the next painted frame; call this
 * in the event handler, before the state changes. `naar`: for a role switch, the role being switched to, when known.
 */
export function begin(soort: Interactie, naar: Rol | null = null): void {
  if (!kan()) return;
  performance.mark(startNaam(soort));
  if (soort === 'rol-wissel') rolWissel = { naar };
  naVolgendFrame(() => eind(soort));
}

/** A role switch that did not happen (sign-in refused, cancelled): no `hkd:rol-wissel-getekend` measure. */
export function breekRolWisselAf(): void {
  rolWissel = null;
}

/**
 * Once the frame being drawn now has been handed to the screen. maplibre's 'idle' (and deck.gl's frame) come inside
 * the browser's frame task, before that task hands the frame over (without a GPU the costly part); a message posted
 * now runs after that task. Not the next animation frame: that would also wait for whatever other work is queued.
 * Without MessageChannel (a test environment) on a timer.
 */
export function naDitFrame(doe: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(doe, 0);
    return;
  }
  const kanaal = new MessageChannel();
  kanaal.port1.onmessage = () => {
    kanaal.port1.close();
    doe();
  };
  kanaal.port2.postMessage(null);
}

/**
 * The map calls this when it has drawn a role's data and is idle. Once that frame is on screen, the first time per
 * page it marks `hkd:kaart-bruikbaar`; it also ends an open role switch to this role.
 */
export function kaartGetekend(rol: Rol): void {
  if (!kan()) return;
  const eersteKeer = !bruikbaarGemeld;
  bruikbaarGemeld = true;
  const wissel = rolWissel && (rolWissel.naar === null || rolWissel.naar === rol);
  if (wissel) rolWissel = null;
  if (!eersteKeer && !wissel) return;
  naDitFrame(() => {
    if (eersteKeer) performance.mark(MARK_BRUIKBAAR, { detail: { rol } });
    if (wissel) eind('rol-wissel', MEASURE_ROL_GETEKEND);
  });
}
