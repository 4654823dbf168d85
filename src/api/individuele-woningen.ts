/** Homes of individual clients per buurt (huur-/zorgovereenkomst, Wonen eerst): protected counts, for the municipality's roles only. */
import { PADEN } from '../contract/endpoints';
import { IndividueleWoningenAntwoord } from '../contract/gebied';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

export function haalIndividueleWoningen(
  sessie: Sessie,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<IndividueleWoningenAntwoord> {
  return vraag(PADEN.individueleWoningen, IndividueleWoningenAntwoord, {
    ...opties,
    token: sessie.token,
    verwachteRol: sessie.gebruiker.rol,
  });
}

const bron = maakBron(
  (signal, sessie: Sessie) => haalIndividueleWoningen(sessie, { signal }),
  (sessie) => JSON.stringify([sessie.gebruiker.rol, sessie.token]),
);

/** `aan` false: nothing is asked (a role without the right, or the section closed). */
export function useIndividueleWoningen(aan: boolean): BronToestand<IndividueleWoningenAntwoord> {
  const sessie = useSessie();
  return bron.useBron(aan ? [sessie] : null);
}
