/** What the dashboard runs on: demo data set, and whether the API runs on a server or in this browser. */
import type { Aanmelding } from '../contract/aanmelding';
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

/**
 * How one signs in here, from `/api/meta`. Until it has answered, the demo sign-in as before and no provider: the
 * static demo and the tests start that way, and a production server's answer arrives before anyone reaches the form.
 */
export function useAanmelding(): Aanmelding {
  const meta = useMeta();
  return meta.status === 'ok' ? meta.data.aanmelding : { demoLogin: true, oidc: null };
}
