/** Publiek's legend for the PC4 layer: the colour classes of the choropleth and the housing-form colours of the table and chart. */
import { PC4_KLASSEN } from '../domain/pc4-aantallen';
import { WOONVORM_LABEL, WOONVORM_UITLEG, WOONVORMEN } from '../domain/woonvorm';
import { LAND_KLEUR, PC4_KLASSE_KLEUREN, PC4_VLAK_DEKKING, WOONVORM_KLEUR } from '../stijl/kleuren';

export function Pc4Legenda() {
  return (
    <>
      <h3 className="legenda__subkop">Aantal voorzieningen per postcodegebied</h3>
      <ul className="legenda legenda--klassen">
        {PC4_KLASSEN.map((klasse, i) => (
          <li key={klasse.label}>
            <span
              className="legenda__vlak"
              style={{ backgroundColor: PC4_KLASSE_KLEUREN[i], opacity: PC4_VLAK_DEKKING }}
              aria-hidden="true"
            />
            {klasse.label}
          </li>
        ))}
        <li>
          <span className="legenda__vlak" style={{ backgroundColor: LAND_KLEUR }} aria-hidden="true" />
          Geen voorzieningen op de openbare kaart
        </li>
      </ul>
      <h3 className="legenda__subkop">Woonvorm (in de tabel en de grafiek)</h3>
      <ul className="legenda legenda--woonvormen">
        {WOONVORMEN.map((w) => (
          <li key={w}>
            <span
              className="woonvorm-stip"
              style={{ backgroundColor: WOONVORM_KLEUR[w] }}
              aria-hidden="true"
            />
            <span>
              {WOONVORM_LABEL[w]}
              <span className="legenda__uitleg">{WOONVORM_UITLEG[w]}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
