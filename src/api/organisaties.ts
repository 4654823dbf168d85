/** The organisations a demo user can sign in for (the 23 care providers of the covenant). */
import { PADEN } from '../contract/endpoints';
import { OrganisatiesAntwoord } from '../contract/organisatie';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';

export function haalOrganisaties(
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<OrganisatiesAntwoord> {
  return vraag(PADEN.organisaties, OrganisatiesAntwoord, opties);
}

const bron = maakBron(
  (signal) => haalOrganisaties({ signal }),
  () => 'organisaties',
  { perRol: false },
);

const GEEN_ARGUMENTEN: [] = [];

/** `laden: false` skips the request until the list is needed (the sign-in form is opened). */
export function useOrganisaties(laden = true): BronToestand<OrganisatiesAntwoord> {
  return bron.useBron(laden ? GEEN_ARGUMENTEN : null);
}
