/** The series of the per-area chart: facilities in one postcode area by housing form, next to their share in the whole city, from the publiek records. */
import type { VoorzieningPubliek, Woonvorm } from '../contract/voorziening';
import { WOONVORM_LABEL, WOONVORMEN } from '../domain/woonvorm';
import { woonvormKleur } from '../stijl/kleuren';

export interface WoonvormPunt {
  readonly woonvorm: Woonvorm;
  readonly label: string;
  /** Facilities of this form in the area. */
  readonly aantal: number;
  /** Facilities of this form on the whole public map, for scale. */
  readonly stad: number;
  readonly kleur: string;
}

/**
 * One point per housing form present in the area, in the fixed order of WOONVORMEN (so two areas compare at a glance),
 * forms the area lacks left out: a chart of zeros says nothing a resident needs.
 */
export function toWoonvormSeries(
  gebied: readonly Pick<VoorzieningPubliek, 'woonvorm'>[],
  stad: readonly Pick<VoorzieningPubliek, 'woonvorm'>[],
): WoonvormPunt[] {
  const tel = (lijst: readonly Pick<VoorzieningPubliek, 'woonvorm'>[]) => {
    const per = new Map<Woonvorm, number>();
    for (const v of lijst) per.set(v.woonvorm, (per.get(v.woonvorm) ?? 0) + 1);
    return per;
  };
  const hier = tel(gebied);
  const overal = tel(stad);
  return WOONVORMEN.flatMap((woonvorm) => {
    const aantal = hier.get(woonvorm) ?? 0;
    if (aantal === 0) return [];
    return [
      {
        woonvorm,
        label: WOONVORM_LABEL[woonvorm],
        aantal,
        stad: overal.get(woonvorm) ?? 0,
        kleur: woonvormKleur(woonvorm),
      },
    ];
  });
}

/** The chart in one sentence, for screen readers: "Opvang: 2 van 11 in Rotterdam; Flexwonen: 1 van 9 in Rotterdam". */
export function beschrijfSeries(punten: readonly WoonvormPunt[]): string {
  return punten.map((p) => `${p.label}: ${p.aantal} van ${p.stad} in Rotterdam`).join('; ');
}
