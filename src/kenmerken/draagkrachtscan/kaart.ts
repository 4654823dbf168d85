/** The draagkrachtscan on the deck.gl map: the rings, the facilities inside them and the planned site, over the symbols. */
import { SCAN_GROEP } from '../../map/layers/draagkrachtscan-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'draagkrachtscan', groepen: [SCAN_GROEP] };
export default kaart;
