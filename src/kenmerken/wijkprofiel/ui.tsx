/** The Wijkprofiel in the app shell: the buurten and the chosen index for the map, its layer-control line and its panel. */
import { lazy } from 'react';
import { useWijkprofielKaart, useWijkprofielLagen, wijkprofielIndex } from '../../panels/wijkprofiel-staat';
import type { KenmerkUi } from '../kenmerk';
import { WIJKPROFIEL_DATA, WIJKPROFIEL_LAAG } from './laag';

const WijkprofielPaneel = lazy(() =>
  import('../../panels/wijkprofiel-paneel').then((m) => ({ default: m.WijkprofielPaneel })),
);

const ui: KenmerkUi = {
  id: 'wijkprofiel',
  useKenmerk({ filters, lagenAan }) {
    const aan = lagenAan.has(WIJKPROFIEL_LAAG.id);
    const kaart = useWijkprofielKaart(aan, wijkprofielIndex(filters));
    return { lagen: useWijkprofielLagen(aan), kaart: WIJKPROFIEL_DATA.met(kaart) };
  },
  delen: [{ titel: 'Wijkprofiel', Deel: WijkprofielPaneel, laag: WIJKPROFIEL_LAAG.id }],
};
export default ui;
