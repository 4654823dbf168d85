/** RGW on the deck.gl map: the density per H3 cell or buurt (the totals per focus area are maplibre's, kaart-lagen.ts). */
import { RGW_GROEP } from '../../map/layers/rgw-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'rgw', groepen: [RGW_GROEP] };
export default kaart;
