/** The URL state as React state: read on load and on popstate, written back with history.replaceState (one history entry, however much the user clicks). */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Rol } from '../contract/common';
import { standaardLagen, type DatalaagId } from '../domain/datalagen';
import type { Beeld } from '../map/map-view';
import { lagenAan, leesUrlStaat, schrijfUrlStaat, voorRol, type UrlStaat } from './url-staat';

/** The parts the app changes; view, background and PC4 boundaries are written by their own owners. */
export type UrlWijziging = Partial<Pick<UrlStaat, 'lagen' | 'filters' | 'selectie'>>;

function huidigeZoek(): string {
  return globalThis.location?.search ?? '';
}

function vervangZoek(nieuw: string): void {
  const { pathname, search, hash } = location;
  if (nieuw !== search) history.replaceState(history.state, '', `${pathname}${nieuw}${hash}`);
}

interface Opgeslagen {
  /** The session the state belongs to: another sign-in starts from that role's defaults and without selection. */
  readonly sessie: string;
  readonly staat: UrlStaat;
}

export interface UrlStaatHaak {
  readonly staat: UrlStaat;
  /** The layers on for this role (the URL's list, or the role's defaults); stable while they do not change. */
  readonly aan: ReadonlySet<DatalaagId>;
  readonly zet: (wijziging: UrlWijziging) => void;
  /** The map moved: written to the URL at once, without a render (the map already shows it). */
  readonly zetBeeld: (beeld: Beeld) => void;
}

/** Another session: keep the view and the filters this role may use; layers to its defaults, selection cleared. */
function staatVoor(opgeslagen: Opgeslagen, sessie: string, rol: Rol): UrlStaat {
  return opgeslagen.sessie === sessie
    ? opgeslagen.staat
    : { ...voorRol(opgeslagen.staat, rol), lagen: null, selectie: null };
}

export function useUrlStaat(rol: Rol, sessieSleutel: string): UrlStaatHaak {
  const [opgeslagen, setOpgeslagen] = useState<Opgeslagen>(() => ({
    sessie: sessieSleutel,
    staat: leesUrlStaat(huidigeZoek(), rol),
  }));
  const staat = useMemo(() => staatVoor(opgeslagen, sessieSleutel, rol), [opgeslagen, sessieSleutel, rol]);
  const sessieRef = useRef(sessieSleutel);
  const rolRef = useRef(rol);
  useEffect(() => {
    sessieRef.current = sessieSleutel;
    rolRef.current = rol;
  });

  // From the previous state, not from the last render: two changes in one event (a selection and a filter) both count.
  const zet = useCallback((wijziging: UrlWijziging) => {
    setOpgeslagen((oud) => {
      const sessie = sessieRef.current;
      return { sessie, staat: { ...staatVoor(oud, sessie, rolRef.current), ...wijziging } };
    });
  }, []);

  const zetBeeld = useCallback((beeld: Beeld) => {
    vervangZoek(schrijfUrlStaat(huidigeZoek(), { beeld }));
  }, []);

  useEffect(() => {
    vervangZoek(
      schrijfUrlStaat(huidigeZoek(), {
        lagen: staat.lagen,
        filters: staat.filters,
        selectie: staat.selectie,
      }),
    );
  }, [staat.lagen, staat.filters, staat.selectie]);

  // Back and forward within the page (a changed hash, or a link to the same page): the URL is the truth again.
  useEffect(() => {
    const lees = () => setOpgeslagen({ sessie: sessieRef.current, staat: leesUrlStaat(huidigeZoek(), rol) });
    addEventListener('popstate', lees);
    return () => removeEventListener('popstate', lees);
  }, [rol]);

  const aan = useMemo(() => lagenAan({ lagen: staat.lagen }, standaardLagen(rol)), [staat.lagen, rol]);
  return { staat, aan, zet, zetBeeld };
}
