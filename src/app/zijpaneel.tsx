/** The side panel next to the map on a desktop; on a phone a bottom sheet over the map (collapsed, half or expanded), moved with its handle button or by dragging its grip up or down. */
import { useId, useRef, useSyncExternalStore, type PointerEvent, type ReactNode } from 'react';

export type BladStand = 'dicht' | 'half' | 'open';

/** The width below which the panel is a bottom sheet; the same value as the media query in styles.css. */
const SMAL = '(max-width: 760px)';

function abonneerSmal(melding: () => void): () => void {
  const lijst = globalThis.matchMedia?.(SMAL);
  lijst?.addEventListener('change', melding);
  return () => lijst?.removeEventListener('change', melding);
}

/** Whether the screen is narrow enough for the bottom sheet (a phone); false where matchMedia is missing (jsdom). */
export function useSmalScherm(): boolean {
  return useSyncExternalStore(
    abonneerSmal,
    () => globalThis.matchMedia?.(SMAL).matches ?? false,
    () => false,
  );
}

interface Props {
  stand: BladStand;
  onStand: (stand: BladStand) => void;
  /** A short summary for the collapsed sheet, e.g. what is selected. */
  samenvatting: string;
  children: ReactNode;
}

const VOLGENDE: Readonly<Record<BladStand, BladStand>> = { dicht: 'half', half: 'open', open: 'half' };
const STANDEN: readonly BladStand[] = ['dicht', 'half', 'open'];

/** Pixels a finger must move before the grip counts as dragged rather than tapped. */
export const SLEEP_DREMPEL = 12;

/**
 * Where a drag of the grip over `dy` pixels (negative: up) leaves the sheet, on a screen `hoogte` pixels high: one
 * step per drag, two when it crosses more than 40% of the screen (from collapsed straight to expanded and back).
 */
export function standNaSlepen(stand: BladStand, dy: number, hoogte: number): BladStand {
  if (Math.abs(dy) < SLEEP_DREMPEL) return stand;
  const stappen = Math.abs(dy) > hoogte * 0.4 ? 2 : 1;
  const plek = STANDEN.indexOf(stand) + (dy < 0 ? stappen : -stappen);
  return STANDEN[Math.max(0, Math.min(STANDEN.length - 1, plek))] ?? stand;
}
const HANDVAT_TEKST: Readonly<Record<BladStand, string>> = {
  dicht: 'Details en tabel',
  half: 'Groter',
  open: 'Kleiner',
};

export function Zijpaneel({ stand, onStand, samenvatting, children }: Props) {
  const inhoudId = useId();
  /** The drag in progress (where it started), and whether the last one moved, so its click is not also a tap. */
  const sleep = useRef<{ y: number; pointer: number } | null>(null);
  const gesleept = useRef(false);
  const begin = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    sleep.current = { y: e.clientY, pointer: e.pointerId };
    gesleept.current = false;
    // The finger soon leaves the grip: its later events must still come here.
    if (typeof e.currentTarget.setPointerCapture === 'function')
      e.currentTarget.setPointerCapture(e.pointerId);
  };
  const eind = (e: PointerEvent<HTMLButtonElement>) => {
    const start = sleep.current;
    sleep.current = null;
    if (!start || start.pointer !== e.pointerId) return;
    const dy = e.clientY - start.y;
    if (Math.abs(dy) < SLEEP_DREMPEL) return;
    gesleept.current = true;
    onStand(standNaSlepen(stand, dy, window.innerHeight));
  };
  return (
    // A region, not an aside: the details are main content, and a complementary landmark must not sit inside main.
    <section
      className={`zijpaneel zijpaneel--${stand}`}
      id="zijpaneel"
      aria-label="Informatie bij de kaart"
      tabIndex={-1}
      // The skip link lands here: on a phone the sheet then opens, so what it skips to is visible.
      onFocus={(e) => {
        if (e.target === e.currentTarget && stand === 'dicht') onStand('half');
      }}
    >
      {/* Only shown on a phone (styles.css); on a desktop the panel is always open. */}
      <div className="zijpaneel__greep">
        <button
          type="button"
          className="zijpaneel__handvat"
          aria-expanded={stand !== 'dicht'}
          aria-controls={inhoudId}
          // Captured on the button itself, so a tap still ends in its own click; "Inklappen" beside it is left alone.
          onPointerDown={begin}
          onPointerUp={eind}
          onPointerCancel={() => (sleep.current = null)}
          onClick={() => {
            // A drag ends with a click on the button under the finger: the drag already moved the sheet.
            if (gesleept.current) {
              gesleept.current = false;
              return;
            }
            onStand(VOLGENDE[stand]);
          }}
        >
          <span className="zijpaneel__streep" aria-hidden="true" />
          <span className="zijpaneel__handvat-tekst">
            {HANDVAT_TEKST[stand]}
            <span className="zijpaneel__pijl" aria-hidden="true">
              {stand === 'open' ? ' ▼' : ' ▲'}
            </span>
          </span>
          <span className="zijpaneel__samenvatting">{samenvatting}</span>
        </button>
        {stand !== 'dicht' ? (
          <button type="button" className="zijpaneel__sluit" onClick={() => onStand('dicht')}>
            Inklappen<span className="visueel-verborgen"> (toon de hele kaart)</span>
          </button>
        ) : null}
      </div>
      <div id={inhoudId} className="zijpaneel__inhoud">
        {children}
      </div>
    </section>
  );
}
