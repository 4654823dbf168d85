/** The Wijkprofiel layer as the app, the map and the panel share it: the chosen index, the buurten from the API, and the layer control's state. */
import { useMemo } from 'react';
import { laadGebiedenOpnieuw, useGebieden } from '../api/gebieden';
import { useSessie } from '../api/sessie';
import type { Buurt } from '../contract/gebied';
import { datalaag, type Filters } from '../domain/datalagen';
import type { WijkprofielIndex } from '../domain/wijkprofiel';
import { magLaag } from './dekking-staat';
import type { LaagToestand } from './laag-toestand';

export const WIJKPROFIEL_LAAG_ID = 'wijkprofiel' as const;

/** Which index the map colours: a way of looking that a link carries (`?wijkprofiel-index=fysiek`); sociaal by default. */
export function wijkprofielIndex(filters: Filters): WijkprofielIndex {
  return filters['wijkprofiel-index'] ?? 'sociaal';
}

export interface WijkprofielKaart {
  readonly buurten: readonly Buurt[];
  readonly index: WijkprofielIndex;
}

/** What the map draws: the buurten and the index, or null while the layer is off, loading or failed. */
export function useWijkprofielKaart(aan: boolean, gekozen: WijkprofielIndex): WijkprofielKaart | null {
  const { gebruiker } = useSessie();
  const actief = aan && magLaag(gebruiker.rol, WIJKPROFIEL_LAAG_ID);
  const gebieden = useGebieden(actief);
  const buurten = actief && gebieden.status === 'ok' ? gebieden.data.buurten : null;
  // A stable object while neither changes: the map rebuilds its layers when its extra data changes.
  return useMemo(() => (buurten ? { buurten, index: gekozen } : null), [buurten, gekozen]);
}

/** The layer control's line for the Wijkprofiel (none for a role without it). */
export function useWijkprofielLagen(aan: boolean): readonly LaagToestand[] {
  const { gebruiker } = useSessie();
  const mag = magLaag(gebruiker.rol, WIJKPROFIEL_LAAG_ID);
  const gebieden = useGebieden(aan && mag);
  if (!mag) return [];
  const basis = { id: WIJKPROFIEL_LAAG_ID, titel: datalaag(WIJKPROFIEL_LAAG_ID).titel, aan } as const;
  if (!aan) return [{ ...basis, status: 'ok' }];
  if (gebieden.status === 'laden') return [{ ...basis, status: 'laden' }];
  if (gebieden.status === 'fout') {
    return [{ ...basis, status: 'fout', melding: gebieden.fout.message, opnieuw: laadGebiedenOpnieuw }];
  }
  return [
    {
      ...basis,
      status: 'ok',
      bron: gebieden.data.bron,
      samenvatting: `${gebieden.data.buurten.length} buurten; 100 = Rotterdams gemiddelde`,
    },
  ];
}
