/** The layer-control state of the two layers built from the facilities list: the symbols, and publiek's count per PC4 area. */
import { useSessie } from '../../api/sessie';
import { laadVoorzieningenOpnieuw, type VoorzieningenMetGroepen } from '../../api/voorzieningen';
import type { BronToestand } from '../../api/bron';
import { datalaag, type DatalaagId } from '../../domain/datalagen';
import type { LaagToestand } from '../../panels/laag-toestand';

function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

/** Both layers share one request, so they load, fail and retry together. */
export function useVoorzieningenLagen(
  lijst: BronToestand<VoorzieningenMetGroepen>,
  aan: ReadonlySet<DatalaagId>,
): LaagToestand[] {
  const sessie = useSessie();
  const basis = (id: DatalaagId) => ({ id, titel: datalaag(id).titel, aan: aan.has(id) });
  const opnieuw = () => laadVoorzieningenOpnieuw(sessie);
  const ids: DatalaagId[] =
    sessie.gebruiker.rol === 'publiek' ? ['voorzieningen', 'pc4-aantallen'] : ['voorzieningen'];
  return ids.map((id): LaagToestand => {
    switch (lijst.status) {
      case 'laden':
        return { ...basis(id), status: 'laden' };
      case 'fout':
        return { ...basis(id), status: 'fout', melding: lijst.fout.message, opnieuw };
      case 'ok': {
        const { antwoord, groepen } = lijst.data;
        const samenvatting =
          id === 'pc4-aantallen'
            ? aantal(groepen.groepen.length, 'postcodegebied', 'postcodegebieden') + ' met voorzieningen'
            : aantal(antwoord.voorzieningen.length, 'voorziening', 'voorzieningen');
        return { ...basis(id), status: 'ok', bron: antwoord.bron, samenvatting };
      }
    }
  });
}
