/** Details of the selected map symbol: exactly the fields the signed-in role received, nothing hidden afterwards. */
import { useEffect, useRef } from 'react';
import type { VoorzieningPubliek } from '../contract/voorziening';
import { useSymboolgroepen } from '../api/voorzieningen';
import { useVoorzieningDetail } from '../api/voorziening-detail';
import { titelVan, toonDatum } from '../domain/detail-velden';
import { groepTitel, type RolGroepen, type Symboolgroep } from '../domain/symboolgroepen';
import { buurtNaam } from './buurt-naam';
import { VoorzieningVelden } from './voorziening-velden';

interface Props {
  /** The `sleutel` of the selected symbol group, or null. */
  geselecteerd: string | null;
  onWis: () => void;
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

/** One facility, loaded from the detail endpoint with the role's token. */
function VoorzieningDetail({ id }: { id: string }) {
  const detail = useVoorzieningDetail(id);
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
    </article>
  );
}

export function DetailPanel({ geselecteerd, onWis }: Props) {
  const lijst = useSymboolgroepen();
  const kopRef = useRef<HTMLHeadingElement>(null);

  // A new selection moves focus to its heading: keyboard and screen-reader users land on what they chose,
  // and on a phone (panel below the map) the details scroll into view.
  useEffect(() => {
    if (geselecteerd !== null) kopRef.current?.focus();
  }, [geselecteerd]);

  if (geselecteerd === null) {
    return (
      <section className="paneel" aria-labelledby="detail-kop">
        <h2 id="detail-kop">Details</h2>
        <p className="paneel__uitleg">
          Kies een symbool op de kaart of een regel in de lijst om de details te zien.
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
        groepen.groepen
          .find((g) => g.sleutel === geselecteerd)
          ?.items.map((v) => <PubliekeVoorziening key={v.id} voorziening={v} />)
      ) : (
        groep.items.map((v) => <VoorzieningDetail key={v.id} id={v.id} />)
      )}
      <p className="bron">
        Bron: {antwoord.bron.omschrijving} (demodata, peildatum {toonDatum(antwoord.bron.peildatum)})
      </p>
    </section>
  );
}
