/** Who is signed in and how precise their view is: a user must always know which map they are looking at. */
import type { Rol } from '../contract/common';
import { useSessie } from '../api/sessie';
import { ROL_LABEL } from '../domain/roles';

export const PRECISIE_UITLEG: Record<Rol, string> = {
  publiek: 'Je ziet hoeveel voorzieningen er in elk postcodegebied zijn. Adressen staan er niet bij.',
  zorgaanbieder:
    'Je ziet voorzieningen per postcode (PC6), met uitgebreide informatie. Van je eigen organisatie zie je ook de fase op de escalatieladder.',
  draagkrachtscan: 'Je ziet voorzieningen op adresniveau, met fase, fasehistorie en beheerafspraken.',
  beheer:
    'Je ziet voorzieningen op adresniveau, met fase, fasehistorie en beheerafspraken. Je beheert de inventarisatie en de fasen.',
};

const VERTROUWELIJK_UITLEG: Record<Rol, string> = {
  publiek: 'Vertrouwelijke locaties staan niet op de openbare kaart.',
  zorgaanbieder: 'Vertrouwelijke locaties staan alleen op buurtniveau op de kaart.',
  draagkrachtscan: 'Vertrouwelijke locaties staan alleen op buurtniveau op de kaart.',
  beheer: 'Vertrouwelijke locaties staan alleen op buurtniveau op de kaart.',
};

export function WeergaveUitleg() {
  const { gebruiker } = useSessie();
  return (
    <section className="paneel paneel--weergave" aria-labelledby="weergave-kop">
      <h2 id="weergave-kop">
        Weergave: {ROL_LABEL[gebruiker.rol]}
        {gebruiker.organisatie && gebruiker.rol === 'zorgaanbieder' ? ` · ${gebruiker.organisatie.naam}` : ''}
      </h2>
      <p>{PRECISIE_UITLEG[gebruiker.rol]}</p>
      <p className="paneel__uitleg">{VERTROUWELIJK_UITLEG[gebruiker.rol]}</p>
    </section>
  );
}
