/** The Wijkprofiel on the deck.gl map: buurten coloured around 100 for the chosen index. */
import { WIJKPROFIEL_GROEP } from '../../map/layers/wijkprofiel-groep';
import type { KenmerkKaart } from '../kenmerk';

const kaart: KenmerkKaart = { id: 'wijkprofiel', groepen: [WIJKPROFIEL_GROEP] };
export default kaart;
