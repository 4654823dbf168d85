/** The demo Wijkprofiel indices as the map, its legend and its table read them: the indices, their classes around 100 (the Rotterdam average) and the text a person reads. */
import type { Wijkprofiel } from '../contract/gebied';

export type WijkprofielIndex = keyof Wijkprofiel;
export const WIJKPROFIEL_INDICES: readonly WijkprofielIndex[] = ['sociaal', 'fysiek', 'veiligheid'];

export const WIJKPROFIEL_INDEX_LABEL: Readonly<Record<WijkprofielIndex, string>> = {
  sociaal: 'Sociale index',
  fysiek: 'Fysieke index',
  veiligheid: 'Veiligheidsindex',
};

/** Class bounds around 100: symmetric, so "as far below as above the average" gets equally strong colours. */
export const WIJKPROFIEL_GRENZEN = [85, 95, 105, 115] as const;

export const WIJKPROFIEL_KLASSE_LABEL: readonly string[] = [
  'Onder 85 (ver onder het gemiddelde)',
  '85 tot 95',
  '95 tot 105 (rond het gemiddelde)',
  '105 tot 115',
  '115 en hoger (ver boven het gemiddelde)',
];

/** 0 (far below 100) to 4 (far above). */
export function wijkprofielKlasse(waarde: number): number {
  const i = WIJKPROFIEL_GRENZEN.findIndex((grens) => waarde < grens);
  return i < 0 ? WIJKPROFIEL_GRENZEN.length : i;
}

const EEN_DECIMAAL = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function toonIndex(waarde: number): string {
  return EEN_DECIMAAL.format(waarde);
}

/** `Carnisse\nSociale index 88,4 (100 = Rotterdams gemiddelde)`. */
export function wijkprofielTooltip(
  buurt: { readonly naam: string; readonly waarde: number },
  index: WijkprofielIndex,
): string {
  return `${buurt.naam}\n${WIJKPROFIEL_INDEX_LABEL[index]} ${toonIndex(buurt.waarde)} (100 = Rotterdams gemiddelde)`;
}
