/** The RGW answer as the map needs it, without any drawing library: the type the app hands the map, the card texts and their order, and the hover text. Shared by the maplibre layers (gedeelde-lagen.ts, vlak-lagen.ts), the deck.gl hexagons (rgw-groep.ts) and the panels (rgw-staat.ts). */
import type { FocusgebiedCode } from '../contract/gebied';
import type { Klassen } from './rgw-klassen';
import { MINDER_DAN_5, type RgwRij } from './rgw-tabel';

/** What the map needs of one density answer; built by the app once per answer, so its arrays keep their identity. */
export interface RgwKaart {
  readonly niveau: 'h3' | 'buurt' | 'focusgebied';
  readonly rijen: readonly RgwRij[];
  readonly klassen: Klassen;
  /** The suppression minimum of the answer, for "minder dan 5 zaken". */
  readonly minimum: number;
  /** The period in words, "in de afgelopen 12 maanden", to follow every count. */
  readonly periode: string;
  /** The focus-area preset chosen in the panel: outlined on the map. */
  readonly focus: FocusgebiedCode | null;
}

/** "Tarwewijk\n218 zaken" or "Tarwewijk\nminder dan 5". */
export function labelTekst(rij: RgwRij): string {
  const telling = rij.telling.onderdrukt
    ? MINDER_DAN_5
    : `${rij.telling.aantal.toLocaleString('nl-NL')} ${rij.telling.aantal === 1 ? 'zaak' : 'zaken'}`;
  return `${rij.naam}\n${telling}`;
}

/** Larger totals win a collision; a suppressed one yields to every shown total. */
export function kaartjePrioriteit(label: { readonly rij: RgwRij }): number {
  return label.rij.telling.onderdrukt ? -1 : Math.min(1000, label.rij.telling.aantal);
}

/** The hover text: the area, its count and the period; a suppressed one says why there is no number. */
export function rgwTooltip(rij: RgwRij, kaart: Pick<RgwKaart, 'periode' | 'minimum'>): string {
  if (rij.telling.onderdrukt) {
    return `${rij.naam}: ${MINDER_DAN_5} zaken ${kaart.periode}`;
  }
  const n = rij.telling.aantal;
  return `${rij.naam}: ${n.toLocaleString('nl-NL')} ${n === 1 ? 'zaak' : 'zaken'} ${kaart.periode}`;
}
