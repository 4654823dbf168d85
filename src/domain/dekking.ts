/** Coverage: capacity per 1,000 inhabitants per buurt or wijk, against the city average, in ratio classes for the choropleth and its table. */
// Capacity counts where the role received it: a confidential location counts in its buurt (and wijk), exactly as
// the care provider receives it. Areas with few inhabitants get no ratio at all: 20 places among 300 residents is
// "66 per 1,000", a figure that would shout on the map while meaning little.

export type DekkingNiveau = 'buurt' | 'wijk';
export const DEKKING_NIVEAUS: readonly DekkingNiveau[] = ['wijk', 'buurt'];

export type DekkingKlasse = 'ver-onder' | 'onder' | 'boven' | 'ver-boven' | 'te-weinig-inwoners';
/** Low to high, then the areas without a ratio: the order of the legend. */
export const DEKKING_KLASSEN: readonly DekkingKlasse[] = [
  'ver-onder',
  'onder',
  'boven',
  'ver-boven',
  'te-weinig-inwoners',
];

/** Below this many inhabitants an area gets no ratio. */
export const MINIMUM_INWONERS = 500;

export const DEKKING_KLASSE_LABEL: Readonly<Record<DekkingKlasse, string>> = {
  'ver-onder': 'Minder dan 0,5× het gemiddelde',
  onder: '0,5 tot 1× het gemiddelde',
  boven: '1 tot 2× het gemiddelde',
  'ver-boven': 'Meer dan 2× het gemiddelde',
  'te-weinig-inwoners': `Te weinig inwoners (minder dan ${MINIMUM_INWONERS})`,
};

export interface DekkingVoorziening {
  readonly capaciteit?: number;
  readonly buurt?: string;
  readonly wijk?: string;
}

export interface DekkingGebied {
  readonly code: string;
  readonly naam: string;
  readonly inwoners: number;
}

export interface DekkingRij {
  readonly code: string;
  readonly naam: string;
  readonly inwoners: number;
  /** Places in facilities in the area. */
  readonly capaciteit: number;
  readonly voorzieningen: number;
  /** Places per 1,000 inhabitants; null with too few inhabitants. */
  readonly per1000: number | null;
  /** `per1000` divided by the city average; null with too few inhabitants. */
  readonly verhouding: number | null;
  readonly klasse: DekkingKlasse;
}

export interface Dekking {
  readonly niveau: DekkingNiveau;
  readonly rijen: readonly DekkingRij[];
  readonly totaalCapaciteit: number;
  readonly totaalInwoners: number;
  /** The city average, places per 1,000 inhabitants: the 1× of every ratio. */
  readonly gemiddeldePer1000: number;
  /** Places in facilities whose area is not in the list (e.g. the port, left out of the map). */
  readonly capaciteitBuitenIndeling: number;
}

export function klasseVan(verhouding: number | null): DekkingKlasse {
  if (verhouding === null) return 'te-weinig-inwoners';
  if (verhouding < 0.5) return 'ver-onder';
  if (verhouding < 1) return 'onder';
  if (verhouding <= 2) return 'boven';
  return 'ver-boven';
}

/**
 * Coverage per area. The city average is all capacity over all inhabitants of the areas given, so the areas
 * weighted by their inhabitants average out at exactly 1×.
 */
export function berekenDekking(
  voorzieningen: readonly DekkingVoorziening[],
  gebieden: readonly DekkingGebied[],
  niveau: DekkingNiveau,
): Dekking {
  const capaciteit = new Map<string, { plaatsen: number; aantal: number }>();
  let totaalCapaciteit = 0;
  for (const v of voorzieningen) {
    const code = niveau === 'buurt' ? v.buurt : v.wijk;
    const plaatsen = v.capaciteit ?? 0;
    totaalCapaciteit += plaatsen;
    if (code === undefined) continue;
    const huidig = capaciteit.get(code) ?? { plaatsen: 0, aantal: 0 };
    capaciteit.set(code, { plaatsen: huidig.plaatsen + plaatsen, aantal: huidig.aantal + 1 });
  }
  const totaalInwoners = gebieden.reduce((som, g) => som + g.inwoners, 0);
  const gemiddeldePer1000 = totaalInwoners > 0 ? (totaalCapaciteit / totaalInwoners) * 1000 : 0;
  let binnen = 0;
  const rijen = gebieden.map((g): DekkingRij => {
    const c = capaciteit.get(g.code) ?? { plaatsen: 0, aantal: 0 };
    binnen += c.plaatsen;
    const genoeg = g.inwoners >= MINIMUM_INWONERS;
    const per1000 = genoeg ? (c.plaatsen / g.inwoners) * 1000 : null;
    const verhouding = per1000 === null || gemiddeldePer1000 === 0 ? null : per1000 / gemiddeldePer1000;
    return {
      code: g.code,
      naam: g.naam,
      inwoners: g.inwoners,
      capaciteit: c.plaatsen,
      voorzieningen: c.aantal,
      per1000,
      verhouding,
      klasse: klasseVan(verhouding),
    };
  });
  return {
    niveau,
    rijen,
    totaalCapaciteit,
    totaalInwoners,
    gemiddeldePer1000,
    capaciteitBuitenIndeling: totaalCapaciteit - binnen,
  };
}

export function aantalPerKlasse(dekking: Dekking): Record<DekkingKlasse, number> {
  const uit: Record<DekkingKlasse, number> = {
    'ver-onder': 0,
    onder: 0,
    boven: 0,
    'ver-boven': 0,
    'te-weinig-inwoners': 0,
  };
  for (const r of dekking.rijen) uit[r.klasse] += 1;
  return uit;
}

const EEN_DECIMAAL = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const GEHEEL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** `5.83` → `5,8`. */
export function toonPer1000(n: number | null): string {
  return n === null ? '–' : EEN_DECIMAAL.format(n);
}

/** `1.84` → `1,8×`; null (too few inhabitants) → `–`. */
export function toonVerhouding(n: number | null): string {
  return n === null ? '–' : `${EEN_DECIMAAL.format(n)}×`;
}

/** `15615` → `15.615`. */
export function toonAantal(n: number): string {
  return GEHEEL.format(n);
}

/** `Noord\n8,4 plaatsen per 1.000 inwoners (1,5× het gemiddelde)\n210 plaatsen · 25.130 inwoners`. */
export function dekkingTooltip(rij: DekkingRij): string {
  const cijfers = `${toonAantal(rij.capaciteit)} plaatsen · ${toonAantal(rij.inwoners)} inwoners`;
  if (rij.per1000 === null) return `${rij.naam}\n${DEKKING_KLASSE_LABEL['te-weinig-inwoners']}\n${cijfers}`;
  return `${rij.naam}\n${toonPer1000(rij.per1000)} plaatsen per 1.000 inwoners (${toonVerhouding(rij.verhouding)} het gemiddelde)\n${cijfers}`;
}
