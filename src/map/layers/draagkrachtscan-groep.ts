/** The draagkrachtscan as deck.gl layer groups: rings and halos under the facility symbols, the planned site over them. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { AnalyseAntwoord } from '../../contract/draagkrachtscan';
import { DRAAGKRACHTSCAN_DATA, DRAAGKRACHTSCAN_LAAG } from '../../kenmerken/draagkrachtscan/laag';
import type { LaagGroep } from '../laag-groep';
import {
  scanBinnenProps,
  scanLocatieProps,
  scanRingen,
  scanRingProps,
  scanRingTooltip,
  type ScanRing,
} from './draagkrachtscan-layer';

/** The rings of the last answer: rebuilt only when the answer changes (deck.gl diffs data by identity). */
let vorige: { analyse: AnalyseAntwoord; ringen: ScanRing[] } | null = null;
function ringenVan(analyse: AnalyseAntwoord): ScanRing[] {
  if (vorige?.analyse !== analyse) vorige = { analyse, ringen: scanRingen(analyse) };
  return vorige.ringen;
}

function isRing(x: unknown): x is ScanRing {
  return typeof x === 'object' && x !== null && 'straalM' in x && 'pad' in x;
}

export const SCAN_ONDER_GROEP: LaagGroep = {
  id: 'draagkrachtscan-ringen',
  plek: 'onder',
  bouw({ extra, aan }): Layer[] {
    const analyse = DRAAGKRACHTSCAN_DATA.van(extra);
    if (!analyse) return [];
    const zichtbaar = aan(DRAAGKRACHTSCAN_LAAG.id);
    return [
      ...scanRingProps(ringenVan(analyse), { zichtbaar }).map((p) => new PathLayer(p)),
      new ScatterplotLayer(scanBinnenProps(analyse.voorzieningen, { zichtbaar })),
    ];
  },
  tooltip(info: PickingInfo) {
    if (!info.picked || info.layer?.id !== 'scan-ringen' || !isRing(info.object)) return null;
    return scanRingTooltip(info.object);
  },
};

export const SCAN_BOVEN_GROEP: LaagGroep = {
  id: 'draagkrachtscan-locatie',
  plek: 'boven',
  bouw({ extra, aan }): Layer[] {
    const analyse = DRAAGKRACHTSCAN_DATA.van(extra);
    const positie = analyse?.locatie.positie ?? null;
    return scanLocatieProps(positie, { zichtbaar: aan(DRAAGKRACHTSCAN_LAAG.id) }).map(
      (p) => new ScatterplotLayer(p),
    );
  },
  tooltip(info: PickingInfo, { extra }) {
    if (!info.picked || info.layer?.id !== 'scan-locatie') return null;
    const analyse = DRAAGKRACHTSCAN_DATA.van(extra);
    return analyse ? `Beoogde locatie\n${analyse.locatie.buurt.naam}, ${analyse.locatie.wijk.naam}` : null;
  },
};
