/** The draagkrachtscan in the app shell: the analysis of the site in the URL for the map, its layer-control line and its side-panel section (lazy: other roles never load it). */
import { lazy } from 'react';
import { laadAnalyseOpnieuw } from '../../api/draagkrachtscan';
import { useSessie } from '../../api/sessie';
import { scanLaag, useScan } from '../../panels/draagkrachtscan-staat';
import type { KenmerkUi } from '../kenmerk';
import { ALLEEN_SCAN } from '../rollen';
import { DRAAGKRACHTSCAN_DATA, DRAAGKRACHTSCAN_LAAG } from './laag';

const DraagkrachtscanPaneel = lazy(() =>
  import('../../panels/draagkrachtscan-paneel').then((m) => ({ default: m.DraagkrachtscanPaneel })),
);

const ui: KenmerkUi = {
  id: 'draagkrachtscan',
  useKenmerk({ rol, filters, lagenAan }) {
    const sessie = useSessie();
    const scan = useScan(filters);
    if (!(ALLEEN_SCAN as readonly string[]).includes(rol)) return { lagen: [] };
    const aan = lagenAan.has(DRAAGKRACHTSCAN_LAAG.id);
    const { vraag } = scan;
    return {
      lagen: [scanLaag(scan, aan, () => vraag && laadAnalyseOpnieuw(sessie, vraag))],
      kaart: DRAAGKRACHTSCAN_DATA.met(scan.analyse),
    };
  },
  delen: [{ titel: 'Draagkrachtscan', Deel: DraagkrachtscanPaneel, rollen: ALLEEN_SCAN }],
};
export default ui;
