/** Spreiding on the deck.gl map: buurten or wijken coloured by their places per 1,000 inhabitants. */
import { DEKKING_GROEP } from '../../map/layers/dekking-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'spreiding', groepen: [DEKKING_GROEP] };
export default kaart;
