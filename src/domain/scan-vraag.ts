/**
 * The questions the scan in the URL asks the API: the analysis of the site and the comparison of the kept sites. Pure,
 * and only the scan's own code (loaded with its panel) imports it: the URL keys themselves are in scan-filter.ts, in
 * every role's first download.
 */
import type { LonLat } from '../contract/common';
import { MAX_VERGELIJK, type VergelijkVerzoek } from '../contract/draagkrachtscan';
import type { Doelgroep, Woonvorm } from '../contract/voorziening';
import { vergelijkLetter } from './scan-letter';

/** What the analysis is asked: the site and the planned facility; absent fields are left to the API's defaults. */
export interface ScanVraag {
  readonly positie: Readonly<LonLat>;
  readonly woonvorm?: Woonvorm | undefined;
  readonly doelgroep?: Doelgroep | undefined;
  readonly capaciteit?: number | undefined;
  readonly aanbieder?: string | undefined;
  readonly ringen?: readonly number[] | undefined;
}

interface ScanFilters {
  readonly scan?: Readonly<LonLat>;
  readonly 'scan-woonvorm'?: Woonvorm;
  readonly 'scan-doelgroep'?: Doelgroep;
  readonly 'scan-plekken'?: number;
  readonly 'scan-aanbieder'?: string;
  readonly 'scan-ringen'?: readonly number[];
  readonly 'scan-vergelijk'?: readonly Readonly<LonLat>[];
}

/** The label the API gets and gives back for the site: the letter, since a kept site's address is not in the link. */
export function vergelijkLabel(i: number): string {
  return `Locatie ${vergelijkLetter(i)}`;
}

/** The comparison the URL asks for: the kept sites and the current one, with the same planned facility; null under two. */
export function vergelijkVraag(filters: ScanFilters): VergelijkVerzoek | null {
  const vraag = scanVraag(filters);
  if (!vraag) return null;
  // The current site is compared once, also when it was kept itself.
  const bewaard = (filters['scan-vergelijk'] ?? []).filter(
    (p) => p[0] !== vraag.positie[0] || p[1] !== vraag.positie[1],
  );
  if (bewaard.length === 0) return null;
  const punten = [...bewaard, vraag.positie].slice(-MAX_VERGELIJK);
  return {
    locaties: punten.map((p, i) => ({ label: vergelijkLabel(i), lon: p[0], lat: p[1] })),
    ...(vraag.ringen ? { ringen: [...vraag.ringen] } : {}),
    ...(vraag.woonvorm ? { woonvorm: vraag.woonvorm } : {}),
    ...(vraag.doelgroep ? { doelgroep: vraag.doelgroep } : {}),
    ...(vraag.capaciteit ? { capaciteit: vraag.capaciteit } : {}),
    ...(vraag.aanbieder ? { aanbieder: vraag.aanbieder } : {}),
  };
}

/** The scan the URL asks for, or null when it names no site (or the role may not scan: its filters are dropped). */
export function scanVraag(filters: Omit<ScanFilters, 'scan-vergelijk'>): ScanVraag | null {
  const positie = filters.scan;
  if (!positie) return null;
  return {
    positie,
    woonvorm: filters['scan-woonvorm'],
    doelgroep: filters['scan-doelgroep'],
    capaciteit: filters['scan-plekken'],
    aanbieder: filters['scan-aanbieder'],
    ringen: filters['scan-ringen'],
  };
}

/** The analysis query for a scan (the API's parameter names). */
export function analyseQuery(v: ScanVraag): Record<string, string | undefined> {
  return {
    lon: String(v.positie[0]),
    lat: String(v.positie[1]),
    ringen: v.ringen?.join(','),
    woonvorm: v.woonvorm,
    doelgroep: v.doelgroep,
    capaciteit: v.capaciteit === undefined ? undefined : String(v.capaciteit),
    aanbieder: v.aanbieder,
  };
}
