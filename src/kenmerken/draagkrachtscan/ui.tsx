/**
 * The draagkrachtscan in the app shell: its side-panel sections, the scan and its dossiers (lazy: other roles never
 * load them); with the scan's section loads its own hook that feeds the map and the layer control (deel.tsx, through
 * uitvoer.ts). Here only what every role's first visit must have: reading that hand-over, and knowing a click that
 * starts a scan.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { KenmerkUi, KenmerkUitvoer } from '../kenmerk';
import { ALLEEN_SCAN } from '../rollen';
import { DRAAGKRACHTSCAN_LAAG, SCAN_PUNT } from './laag';
import { abonneerScanUitvoer, leesScanUitvoer } from './uitvoer';

const DraagkrachtscanDeel = lazy(() => import('./deel').then((m) => ({ default: m.DraagkrachtscanDeel })));
const ScanPuntOvername = lazy(() => import('./deel').then((m) => ({ default: m.ScanPuntOvername })));
const ScanDossierPaneel = lazy(() =>
  import('../../panels/scan-dossier-paneel').then((m) => ({ default: m.ScanDossierPaneel })),
);

const GEEN: KenmerkUitvoer = { lagen: [] };

const ui: KenmerkUi = {
  id: 'draagkrachtscan',
  useKenmerk({ rol, lagenAan }) {
    const uitvoer = useSyncExternalStore(abonneerScanUitvoer, leesScanUitvoer, leesScanUitvoer);
    if (!(ALLEEN_SCAN as readonly string[]).includes(rol)) return GEEN;
    // Until the section's code has loaded, the layer waits for it.
    if (!uitvoer) {
      const { id, titel } = DRAAGKRACHTSCAN_LAAG;
      return { lagen: [{ id, titel, aan: lagenAan.has(id), status: 'laden' }] };
    }
    return { lagen: [uitvoer.laag], kaart: uitvoer.kaart };
  },
  delen: [
    { titel: 'Draagkrachtscan', Deel: DraagkrachtscanDeel, rollen: ALLEEN_SCAN },
    { titel: 'Scandossiers', Deel: ScanDossierPaneel, rollen: ALLEEN_SCAN },
  ],
  detail: {
    hoort: (sleutel) => sleutel?.startsWith(SCAN_PUNT) ?? false,
    Deel: (props) => (
      <Suspense fallback={null}>
        <ScanPuntOvername {...props} />
      </Suspense>
    ),
  },
};
export default ui;
