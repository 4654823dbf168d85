/** The draagkrachtscan in the app shell: the analysis of the site in the URL for the map, its layer-control line and its side-panel sections, the scan and its dossiers (lazy: other roles never load them). */
import { lazy, useEffect, useMemo } from 'react';
import { useSessie } from '../../api/sessie';
import {
  laadAnalyseOpnieuw,
  scanLaag,
  useScan,
  useScanVergelijking,
} from '../../panels/draagkrachtscan-staat';
import type { KenmerkUi, ZijpaneelDeelProps } from '../kenmerk';
import { ALLEEN_SCAN } from '../rollen';
import { leesScanPunt, SCAN_PUNT } from './kies-punt';
import { DRAAGKRACHTSCAN_DATA, DRAAGKRACHTSCAN_LAAG, VERGELIJKING_DATA } from './laag';

const DraagkrachtscanPaneel = lazy(() =>
  import('../../panels/draagkrachtscan-paneel').then((m) => ({ default: m.DraagkrachtscanPaneel })),
);
const ScanDossierPaneel = lazy(() =>
  import('../../panels/scan-dossier-paneel').then((m) => ({ default: m.ScanDossierPaneel })),
);

/**
 * A click on the map that starts a scan arrives as a selection (`scan-punt:lon,lat`, kies-punt.ts): it becomes the
 * URL's site at once, and the selection is cleared again.
 */
function ScanPuntOvername({
  geselecteerd,
  filters,
  zetFilters,
  onWis,
}: ZijpaneelDeelProps & { onWis(): void }) {
  useEffect(() => {
    const punt = leesScanPunt(geselecteerd);
    onWis();
    if (punt) zetFilters({ ...filters, scan: punt });
    // Once per click: the selection is the trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geselecteerd]);
  return null;
}

const ui: KenmerkUi = {
  id: 'draagkrachtscan',
  useKenmerk({ rol, filters, lagenAan }) {
    const sessie = useSessie();
    const scan = useScan(filters);
    const vergelijking = useScanVergelijking(filters);
    const antwoord = vergelijking?.status === 'ok' ? vergelijking.data : null;
    // The current site is drawn from its own answer; the others lighter, from the comparison's.
    const andere = useMemo(() => antwoord?.locaties.slice(0, -1).map((l) => l.analyse) ?? null, [antwoord]);
    if (!(ALLEEN_SCAN as readonly string[]).includes(rol)) return { lagen: [] };
    const aan = lagenAan.has(DRAAGKRACHTSCAN_LAAG.id);
    const { vraag } = scan;
    return {
      lagen: [scanLaag(scan, aan, () => vraag && laadAnalyseOpnieuw(sessie, vraag))],
      kaart: { ...DRAAGKRACHTSCAN_DATA.met(scan.analyse), ...VERGELIJKING_DATA.met(andere) },
    };
  },
  delen: [
    { titel: 'Draagkrachtscan', Deel: DraagkrachtscanPaneel, rollen: ALLEEN_SCAN },
    { titel: 'Scandossiers', Deel: ScanDossierPaneel, rollen: ALLEEN_SCAN },
  ],
  detail: { hoort: (sleutel) => sleutel?.startsWith(SCAN_PUNT) ?? false, Deel: ScanPuntOvername },
};
export default ui;
