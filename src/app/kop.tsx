/** The page header: name, the demodata badge, who is signed in, and the sign-in / sign-out controls. */
import { useEffect, type MouseEvent, type Ref } from 'react';
import { useAanmelding, useMeta } from '../api/meta';
import { useSessie, useSessieOpslag } from '../api/sessie';
import { ROL_LABEL } from '../domain/roles';
import { begin, naamGetoond } from '../meting/prestatie';
import { gaNaarWeergave, useWeergave, zoekVoorWeergave, type Weergave } from './weergave';

interface Props {
  inloggenOpen: boolean;
  onInloggen: () => void;
  inloggenId: string;
  /** Focus returns here when the sign-in panel closes. */
  inloggenKnopRef: Ref<HTMLButtonElement>;
}

export function Kop({ inloggenOpen, onInloggen, inloggenId, inloggenKnopRef }: Props) {
  const { gebruiker, token } = useSessie();
  const opslag = useSessieOpslag();
  const ingelogd = token !== null;
  const { demoLogin } = useAanmelding();
  const meta = useMeta();
  // Until meta says otherwise the badge says demodata: it must never claim real data it has not been told about.
  const gemeente = meta.status === 'ok' && meta.data.bron.dataset === 'gemeente';
  const naam = `${gebruiker.rol}|${gebruiker.organisatie?.naam ?? ''}`;
  // For the benchmark: the header with a new name, once painted, ends the measure of the sign-in (prestatie.ts).
  useEffect(() => naamGetoond(), [naam]);

  return (
    <header className={ingelogd ? 'kop kop--ingelogd' : 'kop'}>
      <div className="kop__merk">
        <span className="kop__beeldmerk" aria-hidden="true" />
        <h1 className="kop__titel">
          <abbr title="Huisvesting Kwetsbare Doelgroepen">HKD</abbr>-kaart{' '}
          <span className="kop__stad">Rotterdam</span>
          <span className="visueel-verborgen"> (Huisvesting Kwetsbare Doelgroepen)</span>
        </h1>
        {gemeente ? (
          <span className="demodata-label demodata-label--gemeente" title={meta.data.bron.omschrijving}>
            gegevens gemeente
          </span>
        ) : (
          <span className="demodata-label" title="Alle gegevens in deze kaart zijn verzonnen demodata.">
            demodata
          </span>
        )}
      </div>
      <WeergaveKeuze />
      <div className="kop__sessie">
        <p className="kop__wie" aria-live="polite">
          {ingelogd ? (
            <>
              <span className="visueel-verborgen">Ingelogd als </span>
              <span className="kop__rol">{ROL_LABEL[gebruiker.rol]}</span>
              {gebruiker.organisatie ? <span className="kop__org">{gebruiker.organisatie.naam}</span> : null}
            </>
          ) : (
            <>
              <span className="kop__rol">Publiek</span>
              <span className="kop__org">niet ingelogd</span>
            </>
          )}
        </p>
        <button
          ref={inloggenKnopRef}
          type="button"
          className="knop knop--kop"
          aria-expanded={inloggenOpen}
          aria-controls={inloggenId}
          onClick={onInloggen}
        >
          {ingelogd ? 'Andere rol' : demoLogin ? 'Inloggen (demo)' : 'Inloggen'}
        </button>
        {ingelogd ? (
          <button
            type="button"
            className="knop knop--kop"
            onClick={() => {
              begin('rol-wissel', 'publiek');
              opslag.logUit();
            }}
          >
            Uitloggen
          </button>
        ) : null}
      </div>
    </header>
  );
}

const WEERGAVEN: readonly { weergave: Weergave; naam: string }[] = [
  { weergave: 'kaart', naam: 'Kaart' },
  { weergave: 'monitor', naam: 'Monitor' },
];

/** Follows a view link in place; with a modifier key or another button the browser opens it as it would. */
function volgWeergave(e: MouseEvent<HTMLAnchorElement>, weergave: Weergave): void {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  gaNaarWeergave(weergave);
}

function weergaveHref(weergave: Weergave): string {
  return zoekVoorWeergave(typeof window === 'undefined' ? '' : window.location.search, weergave) || '?';
}

/**
 * The map or the Monitor: links (they work without script and open in a new tab), followed in place when clicked. On
 * a phone's map they leave the header (the map keeps its height) for a link in the bottom sheet (MonitorLink).
 */
function WeergaveKeuze() {
  const huidig = useWeergave();
  return (
    <nav className={`kop__weergaven kop__weergaven--${huidig}`} aria-label="Weergave">
      {WEERGAVEN.map(({ weergave, naam }) => (
        <a
          key={weergave}
          className="kop__weergave"
          href={weergaveHref(weergave)}
          aria-current={huidig === weergave ? 'page' : undefined}
          onClick={(e) => volgWeergave(e, weergave)}
        >
          {naam}
        </a>
      ))}
    </nav>
  );
}

/** The way to the Monitor from a phone's bottom sheet, where the header has no room for it beside the map. */
export function MonitorLink() {
  return (
    <p className="alleen-telefoon zijpaneel__monitor">
      <a href={weergaveHref('monitor')} onClick={(e) => volgWeergave(e, 'monitor')}>
        Naar de Monitor: de cijfers door de tijd
      </a>
    </p>
  );
}
