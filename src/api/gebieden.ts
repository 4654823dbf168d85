/** The CBS areas (buurten with inhabitants and Wijkprofiel, wijken with inhabitants): public reference data, fetched once and kept across sign-ins. */
import { PADEN, pad } from '../contract/endpoints';
import { BuurtenAntwoord, WijkenAntwoord, type Buurt, type Wijk } from '../contract/gebied';
import type { Bron as BronVermelding } from '../contract/common';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';

export interface Gebieden {
  readonly buurten: readonly Buurt[];
  readonly wijken: readonly Wijk[];
  readonly bron: BronVermelding;
}

/** Buurten and wijken together: coverage needs both levels, and they are small (a hundred rows). */
export async function haalGebieden(
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<Gebieden> {
  const [buurten, wijken] = await Promise.all([
    vraag(pad(PADEN.gebieden, { type: 'buurten' }), BuurtenAntwoord, opties),
    vraag(pad(PADEN.gebieden, { type: 'wijken' }), WijkenAntwoord, opties),
  ]);
  return { buurten: buurten.gebieden, wijken: wijken.gebieden, bron: buurten.bron };
}

const bron = maakBron(
  (signal) => haalGebieden({ signal }),
  () => 'gebieden',
  // The same for every role: no reason to fetch it again after signing in.
  { perRol: false },
);

const GEEN_ARGUMENTEN: [] = [];

/** `laden: false` asks nothing (the layers that need the areas are off). */
export function useGebieden(laden = true): BronToestand<Gebieden> {
  return bron.useBron(laden ? GEEN_ARGUMENTEN : null);
}

/** Tries again after a failure; other failed requests are left alone. */
export function laadGebiedenOpnieuw(): void {
  bron.opnieuw();
}
