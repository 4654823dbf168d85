/** `beheer` records a phase change; afterwards every list and detail this browser shows is loaded again. */
import { PADEN, pad } from '../contract/endpoints';
import { FaseWisselAntwoord, type FaseWisselVerzoek } from '../contract/voorziening';
import { vraag } from './client';
import type { Sessie } from './sessie';
import { verversVoorzieningDetails } from './voorziening-detail';
import { verversVoorzieningen } from './voorzieningen';

export async function wijzigFase(
  sessie: Sessie,
  id: string,
  verzoek: FaseWisselVerzoek,
): Promise<FaseWisselAntwoord> {
  const antwoord = await vraag(pad(PADEN.faseWissel, { id }), FaseWisselAntwoord, {
    methode: 'POST',
    token: sessie.token,
    body: verzoek,
    verwachteRol: 'beheer',
  });
  verversVoorzieningen();
  verversVoorzieningDetails();
  return antwoord;
}
