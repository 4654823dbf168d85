/** The RGW density filters: a fixed period (the API's objection shown under it), problem category, and for the draagkrachtscan the level and cell size. */
import { useId } from 'react';
import type { ApiFout } from '../api/client';
import { begin } from '../meting/prestatie';
import type { Rol } from '../contract/common';
import { ProbleemCategorie } from '../contract/rgw';
import {
  CATEGORIE_GROEPEN,
  CATEGORIE_LABEL,
  RESOLUTIE_LABEL,
  RESOLUTIES,
  type RgwFilter,
} from '../domain/rgw-filter';
import {
  leesPeriode,
  periodeNaam,
  PERIODESOORTEN,
  standaardPeriode,
  volledigePerioden,
  type Periode,
  type PeriodeSoort,
} from '../domain/rgw-periode';
import { RECHTEN } from '../domain/roles';

interface Props {
  rol: Rol;
  filter: RgwFilter;
  /** From the API's `bron`; until it is known only the default period is offered. */
  peildatum: string | null;
  /** The last request's failure: a 400 naming `periode` is shown under the period. */
  fout: ApiFout | null;
  onFilter: (filter: RgwFilter) => void;
}

/** The first day with demo cases; no period before it is offered. */
const EERSTE_DAG = '2025-01-01';
/** Weeks are many: the last half year is offered, an older one still works from a link. */
const MAX_WEKEN = 26;

const GROEP_LABEL: Readonly<Record<PeriodeSoort, string>> = {
  kwartaal: 'Kwartalen',
  maand: 'Maanden',
  jaar: 'Jaren',
  week: 'Weken',
};
const VOLGORDE: readonly PeriodeSoort[] = ['kwartaal', 'maand', 'jaar', 'week'];

function isCategorie(waarde: string): waarde is ProbleemCategorie {
  return ProbleemCategorie.safeParse(waarde).success;
}

/** The periods to choose from, per kind, newest first: only periods that are over. */
function periodeGroepen(rol: Rol, peildatum: string): { soort: PeriodeSoort; perioden: Periode[] }[] {
  return VOLGORDE.filter((soort) => PERIODESOORTEN[rol].includes(soort)).map((soort) => {
    const perioden = volledigePerioden(soort, peildatum, EERSTE_DAG);
    return { soort, perioden: soort === 'week' ? perioden.slice(0, MAX_WEKEN) : perioden };
  });
}

export function RgwFilters({ rol, filter, peildatum, fout, onFilter }: Props) {
  const periodeId = useId();
  const periodeFoutId = useId();
  const niveauNaam = useId();
  const categorieId = useId();
  const celId = useId();
  const groepen = peildatum === null ? [] : periodeGroepen(rol, peildatum);
  const gekozen = filter.periode ?? (peildatum === null ? '' : standaardPeriode(peildatum).code);
  // A period from a link that the list does not offer (an older week) still shows as chosen.
  const extra = gekozen !== '' && !groepen.some((g) => g.perioden.some((p) => p.code === gekozen));
  const extraPeriode = extra ? leesPeriode(gekozen) : null;
  const melding = fout?.code === 'ongeldige_invoer' && fout.field === 'periode' ? fout.message : null;

  /** Every control that changes the filter goes through here: marks the input for the benchmark (prestatie.ts). */
  function filtreer(nieuw: RgwFilter): void {
    begin('filter');
    onFilter(nieuw);
  }

  return (
    <div className="rgw-filters">
      <div className="veld">
        <label htmlFor={periodeId}>Periode</label>
        <select
          id={periodeId}
          value={gekozen}
          aria-invalid={melding ? true : undefined}
          aria-describedby={melding ? periodeFoutId : undefined}
          onChange={(e) => {
            const code = e.currentTarget.value;
            filtreer({ ...filter, periode: code === '' ? null : code });
          }}
        >
          {peildatum === null ? <option value="">Laatste hele kwartaal</option> : null}
          {extraPeriode ? <option value={extraPeriode.code}>{periodeNaam(extraPeriode)}</option> : null}
          {groepen.map((groep) => (
            <optgroup key={groep.soort} label={GROEP_LABEL[groep.soort]}>
              {groep.perioden.map((p) => (
                <option key={p.code} value={p.code}>
                  {periodeNaam(p)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {melding ? (
          <p id={periodeFoutId} className="veld__fout">
            {melding}
          </p>
        ) : null}
        <p className="paneel__uitleg rgw-filters__hint">
          Alleen afgelopen periodes, zodat cijfers vast blijven.
        </p>
      </div>

      <div className="veld">
        <label htmlFor={categorieId}>Soort probleem</label>
        <select
          id={categorieId}
          value={filter.categorie ?? ''}
          onChange={(e) => {
            const waarde = e.currentTarget.value;
            filtreer({ ...filter, categorie: isCategorie(waarde) ? waarde : null });
          }}
        >
          <option value="">Alle soorten</option>
          {CATEGORIE_GROEPEN.map((groep) => (
            <optgroup key={groep.label} label={groep.label}>
              {groep.categorieen.map((c) => (
                <option key={c} value={c}>
                  {CATEGORIE_LABEL[c]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      {RECHTEN[rol].rgwDichtheidFijn ? (
        <fieldset className="rgw-filters__groep">
          <legend>Niveau</legend>
          <div className="rgw-filters__keuzes">
            <label className="rgw-filters__keuze">
              <input
                type="radio"
                name={niveauNaam}
                value="h3"
                checked={filter.niveau === 'h3'}
                onChange={() => filtreer({ ...filter, niveau: 'h3' })}
              />
              Zeshoeken (H3)
            </label>
            <label className="rgw-filters__keuze">
              <input
                type="radio"
                name={niveauNaam}
                value="buurt"
                checked={filter.niveau === 'buurt'}
                onChange={() => filtreer({ ...filter, niveau: 'buurt' })}
              />
              Buurten
            </label>
          </div>
          {filter.niveau === 'h3' ? (
            <div className="veld">
              <label htmlFor={celId}>Grootte zeshoek</label>
              <select
                id={celId}
                value={filter.resolutie}
                onChange={(e) => {
                  const r = RESOLUTIES.find((x) => String(x) === e.currentTarget.value);
                  if (r !== undefined) filtreer({ ...filter, resolutie: r });
                }}
              >
                {RESOLUTIES.map((r) => (
                  <option key={r} value={r}>
                    {RESOLUTIE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
