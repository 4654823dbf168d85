/** The draagkrachtscan on the deck.gl map: its rings and the facilities inside them under the symbols, the planned site on top. */
import { SCAN_BOVEN_GROEP, SCAN_ONDER_GROEP } from '../../map/layers/draagkrachtscan-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'draagkrachtscan', groepen: [SCAN_ONDER_GROEP, SCAN_BOVEN_GROEP] };
export default kaart;
