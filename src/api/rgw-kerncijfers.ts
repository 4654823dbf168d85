/** The yearly RGW programme figures per focus area against the targets; the same answer for every role, so it is kept across a sign-in. */
import { PADEN } from '../contract/endpoints';
import { KerncijfersAntwoord } from '../contract/rgw';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';

export function haalRgwKerncijfers(
  jaar: number | null,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<KerncijfersAntwoord> {
  return vraag(PADEN.rgwKerncijfers, KerncijfersAntwoord, {
    ...opties,
    query: { jaar: jaar === null ? undefined : String(jaar) },
  });
}

const bron = maakBron(
  (signal, jaar: number | null) => haalRgwKerncijfers(jaar, { signal }),
  (jaar) => `kerncijfers:${jaar ?? 'peiljaar'}`,
  { perRol: false },
);

/** `jaar` null: the year of the peildatum, as the API chooses. */
export function useRgwKerncijfers(jaar: number | null): BronToestand<KerncijfersAntwoord> {
  return bron.useBron([jaar]);
}

export function laadRgwKerncijfersOpnieuw(jaar: number | null): void {
  bron.opnieuw(jaar);
}
