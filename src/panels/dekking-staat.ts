/** Coverage as the app, the map and the panel share it: the chosen level (wijk or buurt), the areas from the API, the figures of the facilities on the map, and the layer control's state. */
// The figures follow the filters: with "Beschermd wonen" ticked, the coverage is that of Beschermd wonen. Every hook
// here reads the same cached answer (api/gebieden.ts) and the same memoised figures, so the map and the panel agree.
import type { BronToestand } from '../api/bron';
import { laadGebiedenOpnieuw, useGebieden, type Gebieden } from '../api/gebieden';
import { useSessie } from '../api/sessie';
import type { Rol } from '../contract/common';
import { datalaag, lagenVoorRol, type DatalaagId, type Filters } from '../domain/datalagen';
import {
  berekenDekking,
  type Dekking,
  type DekkingGebied,
  type DekkingNiveau,
  type DekkingVoorziening,
} from '../domain/dekking';
import { GEBIEDSINDELING } from '../geo/gebiedsindeling';
import type { RolGroepen } from '../domain/symboolgroepen';
import type { LaagToestand } from './laag-toestand';

export const DEKKING_LAAG_ID = 'dekking' as const;

/** The level is a way of looking that a link carries (`?dekking-niveau=buurt`); per wijk when the URL does not say. */
export function dekkingNiveau(filters: Filters): DekkingNiveau {
  return filters['dekking-niveau'] ?? 'wijk';
}

/** Areas the map does not draw (port and Maasvlakte, geography metadata): no row in the table, no polygon. */
const WEGGELATEN: ReadonlySet<string> = new Set(GEBIEDSINDELING.weggelaten);

/** Whether the geography leaves areas out, and how the panel says so ("Haven en Maasvlakte niet weergegeven"). */
export const WEGGELATEN_TOELICHTING =
  GEBIEDSINDELING.weggelaten.length > 0 ? GEBIEDSINDELING.toelichting : null;

/** The facilities of the symbols, flattened once per array; publiek has no capacity and gets none. */
const perGroepen = new WeakMap<RolGroepen, readonly DekkingVoorziening[]>();

function voorzieningenVan(weergave: RolGroepen): readonly DekkingVoorziening[] {
  let uit = perGroepen.get(weergave);
  if (!uit) {
    uit =
      weergave.rol === 'publiek' ? [] : weergave.groepen.flatMap((g): DekkingVoorziening[] => [...g.items]);
    perGroepen.set(weergave, uit);
  }
  return uit;
}

const perInvoer = new WeakMap<
  readonly DekkingVoorziening[],
  WeakMap<Gebieden, Map<DekkingNiveau, Dekking>>
>();

/** Coverage for these facilities and areas at this level, computed once: the map diffs its polygons by identity. */
export function dekkingVoor(weergave: RolGroepen, gebieden: Gebieden, op: DekkingNiveau): Dekking {
  const voorzieningen = voorzieningenVan(weergave);
  let perGebieden = perInvoer.get(voorzieningen);
  if (!perGebieden) {
    perGebieden = new WeakMap();
    perInvoer.set(voorzieningen, perGebieden);
  }
  let perNiveau = perGebieden.get(gebieden);
  if (!perNiveau) {
    perNiveau = new Map();
    perGebieden.set(gebieden, perNiveau);
  }
  let uit = perNiveau.get(op);
  if (!uit) {
    const alle: readonly DekkingGebied[] = op === 'buurt' ? gebieden.buurten : gebieden.wijken;
    uit = berekenDekking(
      voorzieningen,
      alle.filter((g) => !WEGGELATEN.has(g.code)),
      op,
    );
    perNiveau.set(op, uit);
  }
  return uit;
}

export interface DekkingToestand {
  readonly niveau: DekkingNiveau;
  /** Null when the layer is off or not the role's: nothing is asked then. */
  readonly gebieden: BronToestand<Gebieden> | null;
  readonly dekking: Dekking | null;
}

/** The coverage of the facilities on the map (after filters), or null while off, loading or failed. */
export function useDekking(
  weergave: RolGroepen | null,
  aan: boolean,
  gekozen: DekkingNiveau,
): DekkingToestand {
  const actief = aan && weergave !== null && weergave.rol !== 'publiek';
  const gebieden = useGebieden(actief);
  const dekking =
    actief && weergave && gebieden.status === 'ok' ? dekkingVoor(weergave, gebieden.data, gekozen) : null;
  return { niveau: gekozen, gebieden: actief ? gebieden : null, dekking };
}

const NIVEAU_MEERVOUD: Readonly<Record<DekkingNiveau, string>> = { wijk: 'wijken', buurt: 'buurten' };

/** The layer control's line for the coverage layer (none for a role without it): on or off, loading, failed with a retry, its source. */
export function useDekkingLagen(
  weergave: RolGroepen | null,
  aan: boolean,
  niveau: DekkingNiveau,
): readonly LaagToestand[] {
  const { gebruiker } = useSessie();
  const { niveau: op, gebieden, dekking } = useDekking(weergave, aan, niveau);
  if (!magLaag(gebruiker.rol, DEKKING_LAAG_ID)) return [];
  const basis = { id: DEKKING_LAAG_ID, titel: datalaag(DEKKING_LAAG_ID).titel, aan } as const;
  if (!aan) return [{ ...basis, status: 'ok' }];
  if (!gebieden || gebieden.status === 'laden') return [{ ...basis, status: 'laden' }];
  if (gebieden.status === 'fout') {
    return [{ ...basis, status: 'fout', melding: gebieden.fout.message, opnieuw: laadGebiedenOpnieuw }];
  }
  return [
    {
      ...basis,
      status: 'ok',
      bron: gebieden.data.bron,
      ...(dekking ? { samenvatting: `${dekking.rijen.length} ${NIVEAU_MEERVOUD[op]}` } : {}),
    },
  ];
}

/** Whether the role has this layer at all (datalagen.ts). */
export function magLaag(rol: Rol, id: DatalaagId): boolean {
  return lagenVoorRol(rol).some((l) => l.id === id);
}
