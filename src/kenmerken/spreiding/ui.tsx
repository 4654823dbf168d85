/** Spreiding in the app shell: the places per 1,000 inhabitants for the map, its layer-control line and its panel. */
import { lazy } from 'react';
import { dekkingNiveau, useDekking, useDekkingLagen } from '../../panels/dekking-staat';
import type { KenmerkUi } from '../kenmerk';
import { SPREIDING_DATA, SPREIDING_LAAG } from './laag';

// Only the signed-in roles have this layer: its panel's code is fetched when it is switched on, never by publiek.
const DekkingPaneel = lazy(() =>
  import('../../panels/dekking-paneel').then((m) => ({ default: m.DekkingPaneel })),
);

const ui: KenmerkUi = {
  id: 'spreiding',
  useKenmerk({ weergave, filters, lagenAan }) {
    const aan = lagenAan.has(SPREIDING_LAAG.id);
    const niveau = dekkingNiveau(filters);
    const { dekking } = useDekking(weergave, aan, niveau);
    return { lagen: useDekkingLagen(weergave, aan, niveau), kaart: SPREIDING_DATA.met(dekking) };
  },
  delen: [{ titel: 'Spreiding', Deel: DekkingPaneel, laag: SPREIDING_LAAG.id }],
};
export default ui;
