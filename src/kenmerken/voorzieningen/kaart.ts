/** The facilities on the deck.gl map: symbols per PC6 or address, clusters, the scan's phase shapes, a provider's own locations. */
import { CLUSTER_GROEP } from '../../map/layers/cluster-groep';
import { EIGEN_GROEP } from '../../map/layers/eigen-groep';
import { FASE_GROEP } from '../../map/layers/fase-groep';
import { VOORZIENINGEN_GROEP } from '../../map/layers/voorzieningen-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = {
  id: 'voorzieningen',
  groepen: [VOORZIENINGEN_GROEP, CLUSTER_GROEP, FASE_GROEP, EIGEN_GROEP],
};
export default kaart;
