/** A facility's phase history as a small timeline: newest first, each step with its date, from → to (shape, colour and name) and the reason. */
// A plain ordered list, no chart library: it reads in order for a screen reader, prints, and works at 360 px.
// The arrow is drawn, the word "naar" is spoken; the shapes are decoration next to the phase's name.
import { useId } from 'react';
import type { FaseWissel } from '../contract/voorziening';
import { toonDatum } from '../domain/detail-velden';
import { FASE_NAAM } from '../domain/escalatie';
import { FaseSymbool } from './fase-symbool-lui';

interface Props {
  /** In the order of the record: oldest first, as the API sends it. */
  historie: readonly FaseWissel[];
}

/** Whole months between two ISO dates, for "3 maanden in deze fase"; rounded down. */
export function maandenTussen(van: string, tot: string): number {
  const [jv = 0, mv = 0, dv = 0] = van.split('-').map(Number);
  const [jt = 0, mt = 0, dt = 0] = tot.split('-').map(Number);
  return Math.max(0, (jt - jv) * 12 + (mt - mv) - (dt < dv ? 1 : 0));
}

function duurTekst(maanden: number): string {
  if (maanden < 1) return 'korter dan een maand';
  const jaren = Math.floor(maanden / 12);
  const rest = maanden % 12;
  const delen = [
    jaren > 0 ? `${jaren} jaar` : null,
    rest > 0 ? `${rest} ${rest === 1 ? 'maand' : 'maanden'}` : null,
  ].filter(Boolean);
  return delen.join(' en ');
}

export function FaseTijdlijn({ historie }: Props) {
  const kopId = useId();
  if (historie.length === 0) return null;
  // Newest first: the current phase heads the list, its origins follow.
  const stappen = historie.map((wissel, i) => ({ wissel, volgende: historie[i + 1] ?? null })).reverse();
  return (
    <div className="fase-tijdlijn">
      <h4 id={kopId}>Fasehistorie</h4>
      <ol className="fase-tijdlijn__lijst" aria-labelledby={kopId}>
        {stappen.map(({ wissel, volgende }, i) => (
          <li
            key={`${wissel.datum}-${wissel.naar}`}
            className={`fase-tijdlijn__stap${i === 0 ? ' fase-tijdlijn__stap--huidig' : ''}`}
          >
            <span className="fase-tijdlijn__markering">
              <FaseSymbool fase={wissel.naar} grootte={22} />
            </span>
            <p className="fase-tijdlijn__datum">
              <time dateTime={wissel.datum}>{toonDatum(wissel.datum)}</time>
              {i === 0 ? <span className="fase-tijdlijn__label">huidige fase</span> : null}
            </p>
            <p className="fase-tijdlijn__wissel">
              {wissel.van === null ? (
                <span>Eerste vastlegging: </span>
              ) : (
                <span className="fase-tijdlijn__van">
                  <FaseSymbool fase={wissel.van} grootte={14} /> Fase {wissel.van}{' '}
                  <span aria-hidden="true">→</span>
                  <span className="visueel-verborgen">naar</span>{' '}
                </span>
              )}
              <strong>
                Fase {wissel.naar}: {FASE_NAAM[wissel.naar]}
              </strong>
            </p>
            <p className="fase-tijdlijn__reden">{wissel.reden}</p>
            {volgende ? (
              <p className="fase-tijdlijn__duur">
                {duurTekst(maandenTussen(wissel.datum, volgende.datum))} in deze fase
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
