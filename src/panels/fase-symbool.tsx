/** The map symbol of a phase (shape and colour) as inline SVG, for the legend, the filters and the phase timeline. */
import type { Fase } from '../contract/voorziening';
import { cssKleur, RAND_KLEUR } from '../stijl/kleuren';
import { FASE_VORM, symboolStijl, VORM_REIKWIJDTE, vormPad, type SymboolSoort } from '../stijl/fase-vormen';

interface Props {
  fase: Fase;
  soort?: SymboolSoort;
  /** Width and height in CSS pixels. */
  grootte?: number;
}

/** Decorative: the text next to it always names the phase, so screen readers skip the drawing. */
export function FaseSymbool({ fase, soort = 'vol', grootte = 20 }: Props) {
  const stijl = symboolStijl(fase, soort);
  const vorm = FASE_VORM[fase];
  const midden = grootte / 2;
  // The nominal radius such that the pointiest shape, with its contour, still fits the box.
  const r = (grootte / 2 - 1.5) / Math.max(...Object.values(VORM_REIKWIJDTE));
  const rand = Math.max(stijl.randdikte * r, 1.25);
  return (
    <svg
      className="fase-symbool"
      width={grootte}
      height={grootte}
      viewBox={`0 0 ${grootte} ${grootte}`}
      aria-hidden="true"
      focusable="false"
      data-vorm={vorm}
    >
      {stijl.contour ? (
        <path
          d={vormPad(vorm, midden, midden, r + rand / 2 + 0.4)}
          fill="none"
          stroke={cssKleur(RAND_KLEUR)}
          strokeWidth={0.9}
          strokeLinejoin="round"
        />
      ) : null}
      <path
        d={vormPad(vorm, midden, midden, r - rand / 2)}
        fill={cssKleur(stijl.vulling)}
        stroke={cssKleur(stijl.rand)}
        strokeWidth={rand}
        strokeLinejoin="round"
      />
    </svg>
  );
}
