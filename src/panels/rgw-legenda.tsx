/** The legend of the RGW density: the classes of this answer with their ranges, and the hatched swatch for "minder dan 5". */
import { useId } from 'react';
import { klasseLabel } from '../domain/rgw-klassen';
import { MINDER_DAN_5 } from '../domain/rgw-tabel';
import {
  ARCERING,
  cssKleur,
  klasseKleur,
  LAND_KLEUR,
  ONDERDRUKT_ARCERING,
  ONDERDRUKT_RAND,
  ONDERDRUKT_VULLING,
  type Rgba,
} from '../stijl/kleuren';
import type { RgwWeergave } from './rgw-staat';
import { RGW } from '../domain/publiek-teksten';

/** A class swatch as the map draws it: the ramp colour, as see-through as on the map, over the land colour. */
function Vlak({ kleur }: { kleur: Rgba }) {
  return (
    <svg className="legenda__symbool" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      <rect x="1" y="1" width="26" height="18" fill={LAND_KLEUR} />
      <rect
        x="1"
        y="1"
        width="26"
        height="18"
        fill={cssKleur(kleur)}
        fillOpacity={kleur[3] / 255}
        stroke="#ffffff"
      />
    </svg>
  );
}

/** The map's hatch drawn the same way: grey under dark lines at the same angle, width and spacing, in pixels. */
export function ArceerVlak() {
  const id = useId();
  const periode = ARCERING.lijn + ARCERING.tussenruimte;
  return (
    <svg className="legenda__symbool" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      <defs>
        <pattern
          id={id}
          width={periode}
          height={periode}
          patternUnits="userSpaceOnUse"
          patternTransform={`rotate(${ARCERING.hoek})`}
        >
          <rect width={periode} height={periode} fill={LAND_KLEUR} />
          <rect
            width={periode}
            height={periode}
            fill={cssKleur(ONDERDRUKT_VULLING)}
            fillOpacity={ONDERDRUKT_VULLING[3] / 255}
          />
          <rect
            width={ARCERING.lijn}
            height={periode}
            fill={cssKleur(ONDERDRUKT_ARCERING)}
            fillOpacity={ONDERDRUKT_ARCERING[3] / 255}
          />
        </pattern>
      </defs>
      <rect
        x="1"
        y="1"
        width="26"
        height="18"
        fill={`url(#${id})`}
        stroke={cssKleur(ONDERDRUKT_RAND)}
        strokeWidth="1.25"
      />
    </svg>
  );
}

const EENHEID = { h3: 'per zeshoek', buurt: 'per buurt', focusgebied: 'per focusgebied' } as const;

/** The card the map writes a focus area's total on, in miniature. */
function Kaartje() {
  return (
    <svg className="legenda__symbool" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      <rect x="1" y="2" width="26" height="16" rx="3" fill="#ffffff" stroke="#6a4c9c" strokeWidth="1.5" />
      <text x="14" y="14" textAnchor="middle" fontSize="9" fontWeight="700" fill="#1b2126">
        218
      </text>
    </svg>
  );
}

export function RgwLegenda({ weergave }: { weergave: RgwWeergave }) {
  const kopId = useId();
  const { klassen, antwoord } = weergave;
  const n = klassen.ondergrenzen.length;
  const focus = antwoord.niveau === 'focusgebied';
  return (
    <div className="rgw-legenda" role="group" aria-labelledby={kopId}>
      <p id={kopId} className="legenda__subkop">
        Aantal zaken {EENHEID[antwoord.niveau]}
      </p>
      <ul className="legenda">
        {focus ? (
          <li>
            <Kaartje />
            Totaal van het focusgebied, op de kaart in het gebied
          </li>
        ) : (
          klassen.ondergrenzen.map((_, i) => (
            <li key={i}>
              <Vlak kleur={klasseKleur(i, n)} />
              {klasseLabel(klassen, i)}
            </li>
          ))
        )}
        <li>
          <ArceerVlak />
          {MINDER_DAN_5} zaken (ook 0)
        </li>
      </ul>
      <p className="paneel__uitleg">
        {focus
          ? RGW.kaartjes
          : 'Elke kleur komt ongeveer even vaak voor. De grenzen volgen uit de getoonde aantallen.'}
        {antwoord.niveau === 'h3' ? ' Lege zeshoeken zijn gearceerd als "minder dan 5".' : ''}
      </p>
    </div>
  );
}
