/** Checks an imported geography: the format's validator decides (errors), the comparison with the known CBS facts informs (warnings). */
// The CBS facts in src/geo/rotterdam-facts.ts describe the 2014 buurtindeling. A newer official division may merge,
// split or renumber buurten, and then a fact's centroid no longer falls in the buurt of the same code. That is news
// for whoever maintains the facts, not a reason to refuse official data; every structural property of the
// geography (valid rings, no overlaps, full coverage, wijken as unions, focus areas, labels) still must hold.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Focusgebied } from '../../src/domain/focusgebieden';
import { valideerGeografie, type Geografie, type Vlak } from '../../src/geo/geografie';
import type { BuurtFeit, Pc4Feit } from '../../src/geo/rotterdam-facts';

export interface Controle {
  readonly fouten: readonly string[];
  readonly waarschuwingen: readonly string[];
}

export interface ControleOpties {
  readonly focusgebieden: readonly Focusgebied[];
  /** The known facts of this gemeente; empty for a gemeente without facts in the project. */
  readonly buurtFeiten: readonly BuurtFeit[];
  readonly pc4Feiten: readonly Pc4Feit[];
}

/** One line per kind of difference, naming the first codes: a new division can differ in dozens of buurten. */
function samengevat(wat: string, codes: readonly string[]): string[] {
  if (codes.length === 0) return [];
  const getoond = codes.slice(0, 8).join(', ');
  return [`${codes.length} ${wat}: ${getoond}${codes.length > 8 ? ', …' : ''}`];
}

function vergelijk(
  soort: string,
  gebieden: ReadonlyMap<string, Vlak>,
  feiten: readonly { readonly code: string; readonly centroid: readonly [number, number] }[],
): string[] {
  const ontbreekt: string[] = [];
  const buiten: string[] = [];
  const bekend = new Set(feiten.map((f) => f.code));
  for (const f of feiten) {
    const g = gebieden.get(f.code);
    if (!g) ontbreekt.push(f.code);
    else if (!booleanPointInPolygon([...f.centroid], { type: 'Feature', properties: {}, geometry: g }))
      buiten.push(f.code);
  }
  const nieuw = [...gebieden.keys()].filter((code) => !bekend.has(code));
  return [
    ...samengevat(
      `${soort} uit de CBS-feiten met de centroïde buiten het geïmporteerde gebied (niet-convex gebied of andere indeling?)`,
      buiten,
    ),
    ...samengevat(`${soort} uit de CBS-feiten niet in de import`, ontbreekt),
    ...samengevat(`${soort} in de import niet in de CBS-feiten (nieuwere indeling?)`, nieuw),
  ];
}

export function controleerImport(geo: Geografie, opties: ControleOpties): Controle {
  const fouten = valideerGeografie(geo, { focusgebieden: opties.focusgebieden });
  const waarschuwingen =
    opties.buurtFeiten.length === 0 && opties.pc4Feiten.length === 0
      ? []
      : [
          ...vergelijk(
            'buurt',
            new Map(geo.buurten.features.map((f) => [f.properties.code, f.geometry])),
            opties.buurtFeiten,
          ),
          ...vergelijk(
            'pc4',
            new Map(geo.pc4.features.map((f) => [f.properties.code, f.geometry])),
            opties.pc4Feiten,
          ),
        ];
  return { fouten, waarschuwingen };
}

/** A hint to add to the errors when the focus areas no longer match: the fix is in the domain, not in the data. */
export function focusHint(fouten: readonly string[]): string | null {
  return fouten.some((f) => f.startsWith('focusgebied '))
    ? 'de focusgebieden passen niet op de buurtcodes van deze indeling; pas src/domain/focusgebieden.ts aan als de codes zijn veranderd'
    : null;
}
