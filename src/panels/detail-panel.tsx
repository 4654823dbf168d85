/** Details of the selected map symbol: exactly the fields the signed-in role received, nothing hidden afterwards. */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import type { VoorzieningPubliek } from '../contract/voorziening';
import { toWoonvormSeries } from '../charts/to-woonvorm-series';
import { useSymboolgroepen } from '../api/voorzieningen';
import { useVoorzieningDetail } from '../api/voorziening-detail';
import { useSessie } from '../api/sessie';
import { titelVan, toonDatum } from '../domain/detail-velden';
import { groepTitel, type RolGroepen, type Symboolgroep } from '../domain/symboolgroepen';
import { buurtNaam } from './buurt-naam';
import { VoorzieningVelden } from './voorziening-velden';

// Only beheer records phase changes: the form's code is fetched for that role alone.
const LuiFaseFormulier = lazy(() => import('./fase-formulier').then((m) => ({ default: m.FaseFormulier })));

// recharts is a large library a resident only needs once an area is selected: its own chunk, fetched then.
const WoonvormChart = lazy(() =>
  import('../charts/woonvorm-chart').then((m) => ({ default: m.WoonvormChart })),
);

interface Props {
  /** The `sleutel` of the selected symbol group, or null. */
  geselecteerd: string | null;
  onWis: () => void;
  /**
   * Move focus to the heading on a new selection (a click on the map). Off when the selection came from the table
   * (the keyboard user stays in the table) or from a link (nothing was chosen on this page yet).
   */
  verplaatsFocus?: boolean;
}

/** The area's facilities by housing form as a small chart, against the city totals. */
function Pc4Grafiek({
  items,
  stad,
  code,
}: {
  items: readonly VoorzieningPubliek[];
  stad: readonly VoorzieningPubliek[];
  code: string;
}) {
  const punten = useMemo(() => toWoonvormSeries(items, stad), [items, stad]);
  if (punten.length === 0) return null;
  return (
    <Suspense
      fallback={
        <p className="laden" role="status">
          Grafiek laden…
        </p>
      }
    >
      <WoonvormChart punten={punten} gebied={`postcodegebied ${code}`} />
    </Suspense>
  );
}

function vindGroep(
  groepen: RolGroepen,
  sleutel: string,
): Symboolgroep<{ id: string; naam?: string }> | undefined {
  switch (groepen.rol) {
    case 'publiek':
      return groepen.groepen.find((g) => g.sleutel === sleutel);
    case 'zorgaanbieder':
      return groepen.groepen.find((g) => g.sleutel === sleutel);
    case 'draagkrachtscan':
      return groepen.groepen.find((g) => g.sleutel === sleutel);
  }
}

function PubliekeVoorziening({ voorziening }: { voorziening: VoorzieningPubliek }) {
  return (
    <article className="voorziening">
      <h3>{voorziening.naam}</h3>
      <VoorzieningVelden voorziening={voorziening} />
    </article>
  );
}

/** A PC4 area for publiek: the chart by housing form, then every facility with its public fields. */
function PubliekGebied({
  groep,
  stad,
}: {
  groep: Symboolgroep<VoorzieningPubliek> | undefined;
  stad: readonly VoorzieningPubliek[];
}) {
  if (!groep) return null;
  return (
    <>
      <Pc4Grafiek items={groep.items} stad={stad} code={groep.code} />
      <p className="paneel__subkop">
        {groep.items.length === 1 ? 'De voorziening' : `De ${groep.items.length} voorzieningen`}
      </p>
      <ul className="voorzieningen-lijst">
        {groep.items.map((v) => (
          <li key={v.id}>
            <PubliekeVoorziening voorziening={v} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One facility, loaded from the detail endpoint with the role's token. */
function VoorzieningDetail({ id }: { id: string }) {
  const detail = useVoorzieningDetail(id);
  const { rol } = useSessie().gebruiker;
  if (detail.status === 'fout') throw detail.fout;
  if (detail.status === 'laden') {
    return (
      <p className="laden" role="status">
        Details laden…
      </p>
    );
  }
  const { voorziening } = detail.data;
  return (
    <article className="voorziening">
      <h3>{titelVan(voorziening)}</h3>
      <VoorzieningVelden voorziening={voorziening} />
      {rol === 'beheer' && 'fase' in voorziening ? (
        <Suspense fallback={<p className="laden">Formulier laden…</p>}>
          <LuiFaseFormulier id={voorziening.id} fase={voorziening.fase} />
        </Suspense>
      ) : null}
    </article>
  );
}

export function DetailPanel({ geselecteerd, onWis, verplaatsFocus = true }: Props) {
  const lijst = useSymboolgroepen();
  const kopRef = useRef<HTMLHeadingElement>(null);

  // A new selection moves focus to its heading: keyboard and screen-reader users land on what they chose,
  // and on a phone (panel below the map) the details scroll into view.
  const focusRef = useRef(verplaatsFocus);
  useEffect(() => {
    focusRef.current = verplaatsFocus;
  });
  useEffect(() => {
    if (geselecteerd !== null && focusRef.current) kopRef.current?.focus();
  }, [geselecteerd]);

  if (geselecteerd === null) {
    return (
      <section className="paneel" aria-labelledby="detail-kop">
        <h2 id="detail-kop">Details</h2>
        <p className="paneel__uitleg">
          Kies een symbool op de kaart of een regel in de tabel om de details te zien.
        </p>
      </section>
    );
  }
  if (lijst.status === 'fout') throw lijst.fout;
  if (lijst.status === 'laden') {
    return (
      <section className="paneel" aria-labelledby="detail-kop" aria-busy="true">
        <h2 id="detail-kop">Details</h2>
        <p className="laden" role="status">
          Gegevens laden…
        </p>
      </section>
    );
  }

  const { groepen, antwoord } = lijst.data;
  const groep = vindGroep(groepen, geselecteerd);
  // The heading names the symbol: the area, or for a single facility at its own address, the facility itself.
  const enige = groep?.soort === 'adres' && groep.items.length === 1 ? (groep.items[0]?.naam ?? null) : null;
  const titel = groep ? groepTitel(groep, { buurtNaam, naamVanEnige: enige }) : 'Details';

  return (
    <section className="paneel paneel--detail" aria-labelledby="detail-kop">
      <div className="paneel__kop">
        <h2 id="detail-kop" ref={kopRef} tabIndex={-1}>
          {titel}
        </h2>
        <button type="button" className="knop knop--tekst" onClick={onWis}>
          Sluiten<span className="visueel-verborgen"> (selectie wissen)</span>
        </button>
      </div>
      {!groep ? (
        <p>Deze selectie staat niet (meer) op de kaart.</p>
      ) : groepen.rol === 'publiek' ? (
        <PubliekGebied
          groep={groepen.groepen.find((g) => g.sleutel === geselecteerd)}
          stad={antwoord.rol === 'publiek' ? antwoord.voorzieningen : []}
        />
      ) : (
        groep.items.map((v) => <VoorzieningDetail key={v.id} id={v.id} />)
      )}
      <p className="bron">
        Bron: {antwoord.bron.omschrijving} (
        {antwoord.bron.dataset === 'demodata' ? 'demodata' : 'gegevens gemeente'}, peildatum{' '}
        {toonDatum(antwoord.bron.peildatum)})
      </p>
    </section>
  );
}
