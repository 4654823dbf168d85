/** The RGW density filters: period (presets or own dates, checked before asking, the API's objection shown at the field it names), problem category, and for the draagkrachtscan the level and cell size. */
import { useId, useState, type FormEvent } from 'react';
import type { ApiFout } from '../api/client';
import { begin } from '../meting/prestatie';
import type { Rol } from '../contract/common';
import { ProbleemCategorie } from '../contract/rgw';
import {
  CATEGORIE_GROEPEN,
  CATEGORIE_LABEL,
  controleerPeriode,
  MAX_PERIODE_JAREN,
  periodePresets,
  presetLabel,
  RESOLUTIE_LABEL,
  RESOLUTIES,
  verschuifDatum,
  type PeriodePreset,
  type Periodefout,
  type RgwFilter,
} from '../domain/rgw-filter';
import { RECHTEN } from '../domain/roles';

interface Props {
  rol: Rol;
  filter: RgwFilter;
  /** From the API's `bron`; until it is known only the twelve-month preset is offered. */
  peildatum: string | null;
  /** The last request's failure: a 400 naming `van` or `tot` is shown at that field. */
  fout: ApiFout | null;
  onFilter: (filter: RgwFilter) => void;
}

const EIGEN = 'eigen';
/** The first day with demo cases; the date inputs start there. */
const EERSTE_DAG = '2025-01-01';

function isCategorie(waarde: string): waarde is ProbleemCategorie {
  return ProbleemCategorie.safeParse(waarde).success;
}

/** A date field with its own message: the form's check first, else the API's objection to this field. */
function Datumveld({
  label,
  waarde,
  onWaarde,
  melding,
  min,
  max,
}: {
  label: string;
  waarde: string;
  onWaarde: (waarde: string) => void;
  melding: string | null;
  min: string;
  max: string | undefined;
}) {
  const id = useId();
  const foutId = useId();
  return (
    <div className="veld rgw-filters__datum">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={waarde}
        min={min}
        max={max}
        aria-invalid={melding ? true : undefined}
        aria-describedby={melding ? foutId : undefined}
        onChange={(e) => onWaarde(e.currentTarget.value)}
      />
      {melding ? (
        <p id={foutId} className="veld__fout">
          {melding}
        </p>
      ) : null}
    </div>
  );
}

export function RgwFilters({ rol, filter, peildatum, fout, onFilter }: Props) {
  const periodeNaam = useId();
  const niveauNaam = useId();
  const categorieId = useId();
  const celId = useId();
  const { periode } = filter;
  const eigenGekozen = periode.soort === 'eigen';
  const [bewerken, setBewerken] = useState(eigenGekozen);
  const [van, setVan] = useState(periode.soort === 'eigen' ? periode.van : '');
  const [tot, setTot] = useState(periode.soort === 'eigen' ? periode.tot : '');
  const [controle, setControle] = useState<Periodefout | null>(null);
  const presets = periodePresets(peildatum);
  const gekozen = bewerken ? EIGEN : periode.soort === 'preset' ? periode.preset : EIGEN;
  // A preset from a link the list does not offer (an older year) still shows as chosen.
  const getoondePresets: readonly PeriodePreset[] =
    periode.soort === 'preset' && !presets.includes(periode.preset) ? [...presets, periode.preset] : presets;

  // The API names the field it objects to; only a period of our own can be at fault.
  const apiFout = eigenGekozen && fout?.code === 'ongeldige_invoer' ? fout : null;
  const meldingVoor = (veld: 'van' | 'tot'): string | null =>
    controle?.veld === veld ? controle.melding : apiFout?.field === veld ? apiFout.message : null;

  /** Every control that changes the filter goes through here: marks the input for the benchmark (prestatie.ts). */
  function filtreer(nieuw: RgwFilter): void {
    begin('filter');
    onFilter(nieuw);
  }

  function kiesPreset(preset: PeriodePreset): void {
    begin('filter');
    setBewerken(false);
    setControle(null);
    onFilter({ ...filter, periode: { soort: 'preset', preset } });
  }

  function pasToe(e: FormEvent): void {
    e.preventDefault();
    const probleem = controleerPeriode(van, tot);
    setControle(probleem);
    if (!probleem) filtreer({ ...filter, periode: { soort: 'eigen', van, tot } });
  }

  return (
    <div className="rgw-filters">
      <fieldset className="rgw-filters__groep">
        <legend>Periode</legend>
        <div className="rgw-filters__keuzes">
          {getoondePresets.map((preset) => (
            <label key={preset} className="rgw-filters__keuze">
              <input
                type="radio"
                name={periodeNaam}
                value={preset}
                checked={gekozen === preset}
                onChange={() => kiesPreset(preset)}
              />
              {presetLabel(preset, peildatum)}
            </label>
          ))}
          <label className="rgw-filters__keuze">
            <input
              type="radio"
              name={periodeNaam}
              value={EIGEN}
              checked={gekozen === EIGEN}
              onChange={() => {
                setBewerken(true);
                // Start from the last twelve months: two dates to adjust, not two to type.
                if (peildatum !== null) {
                  if (van === '') setVan(verschuifDatum(peildatum, -1, 1));
                  if (tot === '') setTot(peildatum);
                }
              }}
            />
            Eigen periode
          </label>
        </div>
        {gekozen === EIGEN ? (
          <form className="rgw-filters__eigen" onSubmit={pasToe} noValidate aria-label="Eigen periode">
            <Datumveld
              label="Van"
              waarde={van}
              onWaarde={setVan}
              melding={meldingVoor('van')}
              min={EERSTE_DAG}
              max={peildatum ?? undefined}
            />
            <Datumveld
              label="Tot en met"
              waarde={tot}
              onWaarde={setTot}
              melding={meldingVoor('tot')}
              min={EERSTE_DAG}
              max={peildatum ? verschuifDatum(peildatum, 1) : undefined}
            />
            <button type="submit" className="knop knop--secundair knop--klein">
              Toon periode
            </button>
            <p className="paneel__uitleg rgw-filters__hint">Hooguit {MAX_PERIODE_JAREN} jaar per keer.</p>
          </form>
        ) : null}
      </fieldset>

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
