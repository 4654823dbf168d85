/** The side panel next to the map on a desktop; on a phone a bottom sheet over the map (collapsed, half or expanded), moved with its handle button. */
import { useId, useSyncExternalStore, type ReactNode } from 'react';

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
const HANDVAT_TEKST: Readonly<Record<BladStand, string>> = {
  dicht: 'Details en tabel',
  half: 'Groter',
  open: 'Kleiner',
};

export function Zijpaneel({ stand, onStand, samenvatting, children }: Props) {
  const inhoudId = useId();
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
          onClick={() => onStand(VOLGENDE[stand])}
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
