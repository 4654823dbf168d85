/** The map's symbols as a plain list: the keyboard and screen-reader way to the same details (a table twin of the layer). */
import { useSymboolgroepen } from '../api/voorzieningen';
import { FASE_NAAM } from '../domain/escalatie';
import { groepTitel, type RolGroepen } from '../domain/symboolgroepen';
import { WOONVORM_LABEL } from '../domain/woonvorm';
import { buurtNaam } from './buurt-naam';

interface Props {
  geselecteerd: string | null;
  onSelecteer: (sleutel: string) => void;
}

interface Regel {
  sleutel: string;
  titel: string;
  onderschrift: string;
}

function regels(groepen: RolGroepen): Regel[] {
  // One switch per role keeps each record type intact; the lines only use fields that role received.
  switch (groepen.rol) {
    case 'publiek':
      return groepen.groepen.map((g) => ({
        sleutel: g.sleutel,
        titel: groepTitel(g),
        onderschrift: [...new Set(g.items.map((v) => WOONVORM_LABEL[v.woonvorm]))].join(', '),
      }));
    case 'zorgaanbieder':
      return groepen.groepen.map((g) => ({
        sleutel: g.sleutel,
        titel: groepTitel(g, { buurtNaam }),
        onderschrift: g.items
          .map(
            (v) =>
              ('naam' in v ? v.naam : WOONVORM_LABEL[v.woonvorm]) + (v.eigen ? ' (eigen organisatie)' : ''),
          )
          .join(', '),
      }));
    case 'draagkrachtscan':
      return groepen.groepen.map((g) => {
        const [enige] = g.items;
        return {
          sleutel: g.sleutel,
          titel: groepTitel(g, {
            buurtNaam,
            naamVanEnige: enige && g.items.length === 1 ? enige.naam : null,
          }),
          onderschrift: g.items.map((v) => `Fase ${v.fase}: ${FASE_NAAM[v.fase]}`).join(', '),
        };
      });
  }
}

export function VoorzieningenLijst({ geselecteerd, onSelecteer }: Props) {
  const lijst = useSymboolgroepen();
  if (lijst.status === 'fout') throw lijst.fout;

  return (
    <section className="paneel" aria-labelledby="lijst-kop">
      <h2 id="lijst-kop">Lijst van de kaart</h2>
      {lijst.status === 'laden' ? (
        <p className="laden" role="status">
          Voorzieningen laden…
        </p>
      ) : (
        <details className="lijst">
          <summary>
            {lijst.data.groepen.groepen.length} symbolen op de kaart,{' '}
            {lijst.data.antwoord.voorzieningen.length} voorzieningen
          </summary>
          <ul>
            {regels(lijst.data.groepen).map((regel) => (
              <li key={regel.sleutel}>
                <button
                  type="button"
                  className="lijst__knop"
                  aria-pressed={regel.sleutel === geselecteerd}
                  onClick={() => onSelecteer(regel.sleutel)}
                >
                  <span className="lijst__titel">{regel.titel}</span>
                  <span className="lijst__onderschrift">{regel.onderschrift}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
