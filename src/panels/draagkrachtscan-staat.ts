/** The scan of the site in the URL as the map, the layer control and the side panel share it: one request, the previous answer kept while a new one loads. */
import { useState } from 'react';
import { maakBron, type BronToestand } from '../api/bron';
import { useSessie, type Sessie } from '../api/sessie';
import type { AnalyseAntwoord, VergelijkAntwoord, VergelijkVerzoek } from '../contract/draagkrachtscan';
import { datalaag, type Filters } from '../domain/datalagen';
import { isGemeenteRol } from '../domain/roles';
import { analyseQuery, scanVraag, vergelijkVraag, type ScanVraag } from '../domain/scan-vraag';
import type { LaagToestand } from './laag-toestand';

/** The API client with the scan's contract, loaded with the first scan (never for a role that cannot scan). */
const api = () => import('../api/draagkrachtscan');
const sessieSleutel = (sessie: Sessie) => [sessie.gebruiker.rol, sessie.token] as const;

const analyse = maakBron(
  async (signal, sessie: Sessie, v: ScanVraag) => (await api()).haalAnalyse(sessie, v, { signal }),
  (sessie, v) => JSON.stringify([...sessieSleutel(sessie), analyseQuery(v)]),
);

const vergelijking = maakBron(
  async (signal, sessie: Sessie, verzoek: VergelijkVerzoek) =>
    (await api()).haalVergelijking(sessie, verzoek, { signal }),
  (sessie, verzoek) => JSON.stringify([...sessieSleutel(sessie), verzoek]),
);

function useAnalyse(v: ScanVraag | null): BronToestand<AnalyseAntwoord> {
  const sessie = useSessie();
  return analyse.useBron(v === null ? null : [sessie, v]);
}

/** Loads the analysis again after a failure (the layer control's retry). */
export function laadAnalyseOpnieuw(sessie: Sessie, v: ScanVraag): void {
  analyse.opnieuw(sessie, v);
}

function useVergelijking(verzoek: VergelijkVerzoek | null): BronToestand<VergelijkAntwoord> {
  const sessie = useSessie();
  return vergelijking.useBron(verzoek === null ? null : [sessie, verzoek]);
}

export interface ScanToestand {
  readonly vraag: ScanVraag | null;
  readonly toestand: BronToestand<AnalyseAntwoord>;
  /** The answer to show: the current one, or while it loads the last one for the same site (a new capacity). */
  readonly analyse: AnalyseAntwoord | null;
  /** A newer answer is on its way. */
  readonly bezig: boolean;
}

function zelfdePlek(a: ScanVraag, b: ScanVraag): boolean {
  return a.positie[0] === b.positie[0] && a.positie[1] === b.positie[1];
}

export function useScan(filters: Filters): ScanToestand {
  const { gebruiker } = useSessie();
  const vraag = isGemeenteRol(gebruiker.rol) ? scanVraag(filters) : null;
  const toestand = useAnalyse(vraag);
  const [vorige, setVorige] = useState<{ vraag: ScanVraag; data: AnalyseAntwoord } | null>(null);
  // React's pattern for state derived from a render: remember the last answer that arrived.
  if (toestand.status === 'ok' && vraag && vorige?.data !== toestand.data)
    setVorige({ vraag, data: toestand.data });
  const analyse =
    toestand.status === 'ok'
      ? toestand.data
      : vraag && vorige && zelfdePlek(vorige.vraag, vraag) && toestand.status === 'laden'
        ? vorige.data
        : null;
  return { vraag, toestand, analyse, bezig: toestand.status === 'laden' && vraag !== null };
}

/** The comparison of the kept sites with the current one (`POST /vergelijk`), or nothing asked under two sites. */
export function useScanVergelijking(filters: Filters): BronToestand<VergelijkAntwoord> | null {
  const { gebruiker } = useSessie();
  const vraag = isGemeenteRol(gebruiker.rol) ? vergelijkVraag(filters) : null;
  const toestand = useVergelijking(vraag);
  return vraag ? toestand : null;
}

/** The layer control's line: what the scan shows, or how to start one. */
export function scanLaag(scan: ScanToestand, aan: boolean, herhaal: () => void): LaagToestand {
  const basis = { id: 'draagkrachtscan', titel: datalaag('draagkrachtscan').titel, aan } as const;
  const { toestand, vraag } = scan;
  if (!vraag)
    return { ...basis, status: 'ok', samenvatting: 'Nog geen scan: zoek een adres in het zijpaneel' };
  if (toestand.status === 'fout')
    return { ...basis, status: 'fout', melding: toestand.fout.message, opnieuw: herhaal };
  if (toestand.status === 'laden') return { ...basis, status: 'laden' };
  const a = toestand.data;
  const buiten = a.ringen.at(-1);
  return {
    ...basis,
    status: 'ok',
    bron: a.bron,
    samenvatting: `${a.locatie.buurt.naam}: ${buiten?.totaal.locaties ?? 0} voorzieningen binnen ${buiten?.straalM ?? 0} m`,
  };
}
