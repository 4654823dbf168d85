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
 * - `hkd:rol-naam`: a role switch from the input until the header names the new role (and organisation) in a painted
 *   frame (`naamGetoond`); `hkd:rol-naam-na-antwoord` the same from the sign-in answer (`aanmeldingBeantwoord`), with
 *   `detail.beelden`, the number of frames that began between the answer and that paint (1: the very next frame).
 */
import type { Rol } from '../contract/common';

export type Interactie = 'rol-wissel' | 'laag-wissel' | 'filter' | 'selectie';

export const MARK_BRUIKBAAR = 'hkd:kaart-bruikbaar';
export const MEASURE_ROL_GETEKEND = 'hkd:rol-wissel-getekend';
export const MEASURE_ROL_NAAM = 'hkd:rol-naam';
export const MEASURE_ROL_NAAM_NA_ANTWOORD = 'hkd:rol-naam-na-antwoord';
const MARK_ANTWOORD = 'hkd:aanmelding-antwoord';

function kan(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function';
}

const startNaam = (soort: Interactie) => `hkd:${soort}:start`;

/** Open role switches: ended by the first drawing of that role's data. */
let rolWissel: { naar: Rol | null } | null = null;
/** A role switch whose header has not yet been painted with the new name. */
let naamOpen = false;
/** Frames begun since the sign-in answer, counted until the header with the new name has been painted. */
let antwoord: { beelden: number; teller: number } | null = null;
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
  if (soort === 'rol-wissel') {
    rolWissel = { naar };
    naamOpen = true;
    stopTeller();
  }
  naVolgendFrame(() => eind(soort));
}

function stopTeller(): void {
  if (antwoord && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(antwoord.teller);
  antwoord = null;
}

/** The sign-in request was answered: from here the header must show the new name in the next frame. */
export function aanmeldingBeantwoord(): void {
  if (!kan() || !naamOpen) return;
  performance.mark(MARK_ANTWOORD);
  stopTeller();
  if (typeof requestAnimationFrame !== 'function') return;
  const tel = () => {
    if (!antwoord) return;
    antwoord.beelden += 1;
    antwoord.teller = requestAnimationFrame(tel);
  };
  antwoord = { beelden: 0, teller: requestAnimationFrame(tel) };
}

/**
 * The header now shows the signed-in name (called from its effect after the change was committed). Once that frame
 * has been painted, ends `hkd:rol-naam` (from the input) and `hkd:rol-naam-na-antwoord` (from the answer).
 */
export function naamGetoond(): void {
  if (!kan() || !naamOpen) return;
  naamOpen = false;
  // The first animation frame runs before the frame that paints the header; that frame is the one counted.
  const getekendIn = antwoord ? antwoord.beelden + 1 : null;
  naVolgendFrame(() => {
    try {
      performance.measure(MEASURE_ROL_NAAM, startNaam('rol-wissel'));
      if (getekendIn !== null) {
        performance.measure(MEASURE_ROL_NAAM_NA_ANTWOORD, {
          start: MARK_ANTWOORD,
          detail: { beelden: getekendIn },
        });
      }
    } catch {
      // A mark was cleared (a profiler, a test): nothing to measure.
    }
    stopTeller();
  });
}

/** A role switch that did not happen (sign-in refused, cancelled): no `hkd:rol-wissel-getekend` measure. */
export function breekRolWisselAf(): void {
  rolWissel = null;
  naamOpen = false;
  stopTeller();
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
