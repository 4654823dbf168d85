/**
 * The scan's code that loads with its side-panel section (ui.tsx, lazily, for the municipality's roles only): the
 * section itself, beside it the hook that feeds the map and the layer control (through uitvoer.ts), and the hand-over
 * of a click on the map that starts a scan.
 */
import { useEffect, useMemo } from 'react';
import { useSessie } from '../../api/sessie';
import { DraagkrachtscanPaneel } from '../../panels/draagkrachtscan-paneel';
import {
  laadAnalyseOpnieuw,
  scanLaag,
  useScan,
  useScanVergelijking,
} from '../../panels/draagkrachtscan-staat';
import type { ZijpaneelDeelProps } from '../kenmerk';
import { leesScanPunt } from './kies-punt';
import { DRAAGKRACHTSCAN_DATA, DRAAGKRACHTSCAN_LAAG, VERGELIJKING_DATA } from './laag';
import { zetScanUitvoer } from './uitvoer';

/** The analysis and the comparison of the sites in the URL, for the map and the layer control. Renders nothing. */
function ScanNaarKaart({ filters, lagenAan }: Pick<ZijpaneelDeelProps, 'filters' | 'lagenAan'>) {
  const sessie = useSessie();
  const scan = useScan(filters);
  const vergelijking = useScanVergelijking(filters);
  const antwoord = vergelijking?.status === 'ok' ? vergelijking.data : null;
  // The current site is drawn from its own answer; the others lighter, from the comparison's.
  const andere = useMemo(() => antwoord?.locaties.slice(0, -1).map((l) => l.analyse) ?? null, [antwoord]);
  const aan = lagenAan.has(DRAAGKRACHTSCAN_LAAG.id);
  const { vraag, toestand, analyse, bezig } = scan;
  useEffect(() => {
    zetScanUitvoer({
      laag: scanLaag(
        { vraag, toestand, analyse, bezig },
        aan,
        () => vraag && laadAnalyseOpnieuw(sessie, vraag),
      ),
      kaart: { ...DRAAGKRACHTSCAN_DATA.met(analyse), ...VERGELIJKING_DATA.met(andere) },
    });
    // What the map and the layer control show changes with the answers, not with a new question object per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toestand, analyse, andere, aan, vraag === null, sessie]);
  useEffect(() => () => zetScanUitvoer(null), []);
  return null;
}

export function DraagkrachtscanDeel(props: ZijpaneelDeelProps) {
  return (
    <>
      <ScanNaarKaart filters={props.filters} lagenAan={props.lagenAan} />
      <DraagkrachtscanPaneel {...props} />
    </>
  );
}

/**
 * A click on the map that starts a scan arrives as a selection (`scan-punt:lon,lat`, kies-punt.ts): it becomes the
 * URL's site at once, and the selection is cleared again.
 */
export function ScanPuntOvername({
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
