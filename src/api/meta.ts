/** What the dashboard runs on: demo data set, and whether the API runs on a server or in this browser. */
import { PADEN } from '../contract/endpoints';
import { MetaAntwoord } from '../contract/meta';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';

export function haalMeta(opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {}): Promise<MetaAntwoord> {
  return vraag(PADEN.meta, MetaAntwoord, opties);
}

const bron = maakBron(
  (signal) => haalMeta({ signal }),
  () => 'meta',
  { perRol: false },
);

const GEEN_ARGUMENTEN: [] = [];

export function useMeta(): BronToestand<MetaAntwoord> {
  return bron.useBron(GEEN_ARGUMENTEN);
}
