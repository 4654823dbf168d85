/**
 * The draagkrachtscan's API for the municipality's roles: address search, the nearest address to a point, the analysis
 * around a site and the comparison of sites. The hooks of the analysis and the comparison are in
 * src/panels/draagkrachtscan-staat.ts, which loads this module on demand with the first scan; all of it loads with the
 * scan's side-panel section (src/kenmerken/draagkrachtscan/deel.tsx), never in another role's first download.
 */
import type { LonLat } from '../contract/common';
import {
  AdresZoekAntwoord,
  AnalyseAntwoord,
  VergelijkAntwoord,
  type VergelijkVerzoek,
} from '../contract/draagkrachtscan';
import { PADEN } from '../contract/endpoints';
import { analyseQuery, type ScanVraag } from '../domain/scan-vraag';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

export type { ScanVraag };

type Opties = Pick<VerzoekOpties, 'signal' | 'basisUrl'>;

function metSessie(sessie: Sessie, opties: Opties) {
  return { ...opties, token: sessie.token, verwachteRol: sessie.gebruiker.rol };
}

/** Candidate sites for "Straat 12", "3072AB 12", "3072AB" or an RD coordinate "92500, 436000". */
export function haalAdressen(sessie: Sessie, q: string, opties: Opties = {}): Promise<AdresZoekAntwoord> {
  return vraag(PADEN.scanAdressen, AdresZoekAntwoord, { ...metSessie(sessie, opties), query: { q } });
}

/** The nearest address within 150 m of a point (a click on the map, a link): its name for the label. */
export function haalAdresBijPunt(
  sessie: Sessie,
  positie: Readonly<LonLat>,
  opties: Opties = {},
): Promise<AdresZoekAntwoord> {
  return vraag(PADEN.scanAdressen, AdresZoekAntwoord, {
    ...metSessie(sessie, opties),
    query: { lon: String(positie[0]), lat: String(positie[1]) },
  });
}

export function haalAnalyse(sessie: Sessie, v: ScanVraag, opties: Opties = {}): Promise<AnalyseAntwoord> {
  return vraag(PADEN.scanAnalyse, AnalyseAntwoord, { ...metSessie(sessie, opties), query: analyseQuery(v) });
}

export function haalVergelijking(
  sessie: Sessie,
  verzoek: VergelijkVerzoek,
  opties: Opties = {},
): Promise<VergelijkAntwoord> {
  return vraag(PADEN.scanVergelijk, VergelijkAntwoord, {
    ...metSessie(sessie, opties),
    methode: 'POST',
    body: verzoek,
  });
}

const sessieSleutel = (sessie: Sessie) => [sessie.gebruiker.rol, sessie.token] as const;

const adressen = maakBron(
  (signal, sessie: Sessie, q: string) => haalAdressen(sessie, q, { signal }),
  (sessie, q) => JSON.stringify([...sessieSleutel(sessie), q]),
);

const adresBijPunt = maakBron(
  (signal, sessie: Sessie, positie: Readonly<LonLat>) => haalAdresBijPunt(sessie, positie, { signal }),
  (sessie, positie) => JSON.stringify([...sessieSleutel(sessie), positie]),
);

/** `null`: nothing is asked (fewer than two characters, or another role). */
export function useAdressen(q: string | null): BronToestand<AdresZoekAntwoord> {
  const sessie = useSessie();
  return adressen.useBron(q === null ? null : [sessie, q]);
}

export function useAdresBijPunt(positie: Readonly<LonLat> | null): BronToestand<AdresZoekAntwoord> {
  const sessie = useSessie();
  return adresBijPunt.useBron(positie === null ? null : [sessie, positie]);
}
