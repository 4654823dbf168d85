/** The facility filters in the layer control: phase, woonvorm, management shortcomings and "alleen eigen locaties", each offered only to the roles that may use it. */
// Every box narrows ("toon alleen …"): nothing ticked is no filter, so the state always fits the URL, and a link with
// `?fase=2` ticks exactly "Fase 2". Which filters a role gets is decided in datalagen.ts FILTERS, not here.
import { useId, type ReactNode } from 'react';
import { begin } from '../meting/prestatie';
import type { Rol } from '../contract/common';
import type { Doelgroep, Fase, Woonvorm } from '../contract/voorziening';
import { magFilter, type Filters } from '../domain/datalagen';
import { FASE_NAAM, FASEN } from '../domain/escalatie';
import {
  BEHEER_FILTER_LABEL,
  BEHEER_PROBLEMEN,
  heeftFilters,
  woonvormKeuzes,
  type BeheerProbleem,
} from '../domain/filters';
import { FILTERS_TEKST } from '../domain/publiek-teksten';
import { DOELGROEP_LABEL, DOELGROEPEN, WOONVORM_LABEL, WOONVORMEN } from '../domain/woonvorm';
import { FaseSymbool } from './fase-symbool-lui';

interface Props {
  rol: Rol;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  /** Facilities on the map after filtering, and before: "12 van 78 voorzieningen". */
  aantal?: { readonly getoond: number; readonly totaal: number } | null;
  /** The woonvormen among the role's facilities before filtering (domain/filters.ts woonvormenIn); null while they load. */
  woonvormen: ReadonlySet<Woonvorm> | null;
}

/** The list with `waarde` switched on or off; an empty list is no filter at all, so it becomes undefined. */
export function wissel<T extends string>(
  lijst: readonly T[] | undefined,
  waarde: T,
  aan: boolean,
  volgorde: readonly T[],
): readonly T[] | undefined {
  const gekozen = new Set(lijst ?? []);
  if (aan) gekozen.add(waarde);
  else gekozen.delete(waarde);
  const uit = volgorde.filter((w) => gekozen.has(w));
  return uit.length > 0 ? uit : undefined;
}

interface LijstProps<T extends string> {
  legenda: string;
  waarden: readonly T[];
  gekozen: readonly T[] | undefined;
  label: (waarde: T) => string;
  symbool?: (waarde: T) => ReactNode;
  onWissel: (waarde: T, aan: boolean) => void;
  /** A line under the boxes, inside the group. */
  noot?: string | null;
}

function Keuzelijst<T extends string>({
  legenda,
  waarden,
  gekozen,
  label,
  symbool,
  onWissel,
  noot = null,
}: LijstProps<T>) {
  return (
    <fieldset className="kaartlagen__groep filters__groep">
      <legend>{legenda}</legend>
      {waarden.map((w) => (
        <label key={w} className="kaartlagen__keuze">
          <input
            type="checkbox"
            checked={gekozen?.includes(w) ?? false}
            onChange={(e) => onWissel(w, e.currentTarget.checked)}
          />
          {symbool?.(w)}
          {label(w)}
        </label>
      ))}
      {noot ? <p className="kaartlagen__uitleg">{noot}</p> : null}
    </fieldset>
  );
}

export function FiltersPaneel({ rol, filters, onFilters, aantal = null, woonvormen }: Props) {
  const kopId = useId();
  // Only called from the controls' event handlers: marks the input for the benchmark (prestatie.ts), then applies it.
  const zet = (deel: Filters) => {
    begin('filter');
    onFilters({ ...filters, ...deel });
  };
  const actief = heeftFilters(filters);
  const woonvormKeuze = woonvormKeuzes(woonvormen, filters.woonvorm);
  return (
    <div className="kaartlagen__groep filters" role="group" aria-labelledby={kopId}>
      <p id={kopId} className="kaartlagen__kop">
        Filters voorzieningen
      </p>
      <p className="kaartlagen__uitleg">Niets aangevinkt: alles tonen. Aangevinkt: alleen wat past.</p>
      {magFilter(rol, 'fase') ? (
        <Keuzelijst<Fase>
          legenda="Fase op de escalatieladder"
          waarden={FASEN}
          gekozen={filters.fase}
          label={(f) => `Fase ${f}: ${FASE_NAAM[f]}`}
          symbool={(f) => <FaseSymbool fase={f} grootte={18} />}
          onWissel={(f, aan) => zet({ fase: wissel(filters.fase, f, aan, FASEN) })}
        />
      ) : null}
      {/* Only the woonvormen in the role's data: a box that can only empty the map would mislead. */}
      {magFilter(rol, 'woonvorm') && woonvormKeuze.length > 0 ? (
        <Keuzelijst<Woonvorm>
          legenda="Woonvorm"
          waarden={woonvormKeuze}
          gekozen={filters.woonvorm}
          label={(w) =>
            woonvormen && !woonvormen.has(w)
              ? `${WOONVORM_LABEL[w]} ${FILTERS_TEKST.nietOpDeKaart}`
              : WOONVORM_LABEL[w]
          }
          onWissel={(w, aan) => zet({ woonvorm: wissel(filters.woonvorm, w, aan, WOONVORMEN) })}
          noot={woonvormen && !woonvormen.has('wonen-eerst') ? FILTERS_TEKST.wonenEerst : null}
        />
      ) : null}
      {magFilter(rol, 'doelgroep') ? (
        <Keuzelijst<Doelgroep>
          legenda="Doelgroep"
          waarden={DOELGROEPEN}
          gekozen={filters.doelgroep}
          label={(d) => DOELGROEP_LABEL[d]}
          onWissel={(d, aan) => zet({ doelgroep: wissel(filters.doelgroep, d, aan, DOELGROEPEN) })}
        />
      ) : null}
      {magFilter(rol, 'beheer') ? (
        <Keuzelijst<BeheerProbleem>
          legenda="Beheer: alleen locaties"
          waarden={BEHEER_PROBLEMEN}
          gekozen={filters.beheer}
          label={(p) => BEHEER_FILTER_LABEL[p]}
          onWissel={(p, aan) => zet({ beheer: wissel(filters.beheer, p, aan, BEHEER_PROBLEMEN) })}
        />
      ) : null}
      {magFilter(rol, 'eigen') ? (
        <label className="kaartlagen__keuze">
          <input
            type="checkbox"
            checked={filters.eigen === true}
            onChange={(e) => zet({ eigen: e.currentTarget.checked ? true : undefined })}
          />
          Alleen eigen locaties
        </label>
      ) : null}
      {/* Always present, so screen readers announce the new count after every tick. */}
      <p className="filters__aantal" role="status">
        {aantal && actief ? `${aantal.getoond} van ${aantal.totaal} voorzieningen op de kaart` : ''}
      </p>
      {actief ? (
        <button
          type="button"
          className="knop knop--secundair knop--klein"
          onClick={() =>
            zet({
              fase: undefined,
              woonvorm: undefined,
              doelgroep: undefined,
              beheer: undefined,
              eigen: undefined,
            })
          }
        >
          Filters wissen
        </button>
      ) : null}
    </div>
  );
}
