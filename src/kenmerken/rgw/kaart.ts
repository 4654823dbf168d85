/** RGW on the deck.gl map: the density per H3 cell (buurten and the totals per focus area are maplibre's, vlak-lagen.ts and kaart-lagen.ts). */
import { RGW_GROEP } from '../../map/layers/rgw-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'rgw', groepen: [RGW_GROEP] };
export default kaart;
