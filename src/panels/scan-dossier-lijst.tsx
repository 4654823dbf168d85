/** The list of scan dossiers: the newest version of each, newest change first, with a search and a status filter; each opens the dossier. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useDossierLijst } from '../api/scan-dossiers';
import { OORDEEL_LABEL, toonTijdstip } from '../domain/scan-dossier';
import { WOONVORM_LABEL } from '../domain/woonvorm';

/** Typing pauses this long before the list follows: one request per word, not per letter. */
const WACHT_MS = 350;
/** The contract's longest search (DossierLijstQuery). */
const ZOEK_MAX = 120;

type StatusKeuze = '' | 'concept' | 'definitief';

function leesStatus(waarde: string): StatusKeuze {
  return waarde === 'concept' || waarde === 'definitief' ? waarde : '';
}

function useUitgesteld<T>(waarde: T, ms: number): T {
  const [uitgesteld, setUitgesteld] = useState(waarde);
  useEffect(() => {
    const t = setTimeout(() => setUitgesteld(waarde), ms);
    return () => clearTimeout(t);
  }, [waarde, ms]);
  return uitgesteld;
}

interface Props {
  onOpen(id: string): void;
  /** Back from a dossier by an action here: the focus returns to the list's heading. */
  focus: boolean;
}

export function ScanDossierLijst({ onOpen, focus }: Props) {
  const id = useId();
  const kop = useRef<HTMLHeadingElement>(null);
  const [tekst, setTekst] = useState('');
  const [direct, setDirect] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusKeuze>('');
  const uitgesteld = useUitgesteld(tekst.trim(), WACHT_MS);
  const zoek = (direct ?? uitgesteld).slice(0, ZOEK_MAX);
  const lijst = useDossierLijst({ zoek: zoek || undefined, status: status || undefined });
  useEffect(() => {
    if (focus) kop.current?.focus();
  }, [focus]);

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    setDirect(tekst.trim());
  };

  return (
    <div className="dossier-lijst">
      <h3 className="paneel__subkop" ref={kop} tabIndex={-1}>
        Dossiers
      </h3>
      <form className="dossier-lijst__zoeken" role="search" aria-label="Dossiers zoeken" onSubmit={verstuur}>
        <div className="veld">
          <label htmlFor={`${id}-zoek`}>Zoek in de dossiers</label>
          <span id={`${id}-uitleg`} className="paneel__uitleg">
            Nummer, titel, adres, buurt, wijk, zorgaanbieder of woonvorm.
          </span>
          <div className="scan__zoekregel">
            <input
              id={`${id}-zoek`}
              className="scan__invoer"
              type="search"
              autoComplete="off"
              maxLength={ZOEK_MAX}
              value={tekst}
              aria-describedby={`${id}-uitleg`}
              onChange={(e) => {
                setTekst(e.target.value);
                setDirect(null);
              }}
            />
            <button type="submit" className="knop knop--secundair">
              Zoeken
            </button>
          </div>
        </div>
        <div className="veld">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(leesStatus(e.target.value))}>
            <option value="">Alle</option>
            <option value="concept">Concept</option>
            <option value="definitief">Definitief</option>
          </select>
        </div>
      </form>
      {lijst.status === 'laden' ? (
        <p className="laden" role="status">
          Dossiers laden…
        </p>
      ) : null}
      {lijst.status === 'fout' && lijst.fout.code === 'geen_opslag' ? (
        // The browser demo has no store: a fact of this build, not an error.
        <p className="paneel__uitleg">{lijst.fout.message}</p>
      ) : null}
      {lijst.status === 'fout' && lijst.fout.code !== 'geen_opslag' ? (
        <p className="paneel__fout" role="alert">
          De dossiers konden niet worden geladen: {lijst.fout.message}
        </p>
      ) : null}
      {lijst.status === 'ok' ? (
        <div role="status">
          {lijst.data.dossiers.length === 0 ? (
            <p>{zoek || status ? 'Geen dossiers gevonden.' : 'Er zijn nog geen dossiers.'}</p>
          ) : (
            <>
              <p className="visueel-verborgen">
                {lijst.data.dossiers.length === 1
                  ? '1 dossier gevonden'
                  : `${lijst.data.dossiers.length} dossiers gevonden`}
              </p>
              <ul className="dossier-lijst__items" aria-label="Gevonden dossiers">
                {lijst.data.dossiers.map((d) => (
                  <li key={d.id}>
                    <button type="button" className="dossier-lijst__item" onClick={() => onOpen(d.id)}>
                      <span className="dossier-lijst__titel">{d.titel}</span>
                      <span className="dossier-lijst__regel">
                        {d.id} · versie {d.versie} ·{' '}
                        <span className={`dossier__status dossier__status--${d.status}`}>
                          {d.status === 'definitief' ? 'Definitief' : 'Concept'}
                        </span>
                      </span>
                      <span className="dossier-lijst__regel">
                        {WOONVORM_LABEL[d.woonvorm]}, {d.capaciteit} plekken · {d.locaties.join('; ')}
                      </span>
                      <span className="dossier-lijst__regel">
                        {d.oordeel ? `${OORDEEL_LABEL[d.oordeel]} · ` : ''}gewijzigd{' '}
                        {toonTijdstip(d.gewijzigd)} door {d.gewijzigdDoor}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
