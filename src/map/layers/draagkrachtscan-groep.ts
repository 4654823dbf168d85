/**
 * The draagkrachtscan as one deck.gl layer group over the symbols: the rings, a hollow ring around each facility
 * inside them and the planned site. Over, not under: the RGW density cells (drawn under the symbols) would cover
 * the rings, and hollow rings leave the symbols and their clicks alone.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { AnalyseAntwoord } from '../../contract/draagkrachtscan';
import { kiesPuntAan, scanPuntSleutel, zetKiesPunt } from '../../kenmerken/draagkrachtscan/kies-punt';
import {
  DRAAGKRACHTSCAN_DATA,
  DRAAGKRACHTSCAN_LAAG,
  VERGELIJKING_DATA,
} from '../../kenmerken/draagkrachtscan/laag';
import type { LaagGroep } from '../laag-groep';
import {
  scanBinnenProps,
  scanLetterProps,
  scanLocatieProps,
  scanRingen,
  scanRingProps,
  scanVergelijkProps,
  type ScanRing,
} from './draagkrachtscan-layer';

/** The rings of the last answer: rebuilt only when the answer changes (deck.gl diffs data by identity). */
let vorige: { analyse: AnalyseAntwoord; ringen: ScanRing[] } | null = null;
function ringenVan(analyse: AnalyseAntwoord): ScanRing[] {
  if (vorige?.analyse !== analyse) vorige = { analyse, ringen: scanRingen(analyse) };
  return vorige.ringen;
}

export const SCAN_GROEP: LaagGroep = {
  id: 'draagkrachtscan',
  plek: 'boven',
  bouw({ extra, aan }): Layer[] {
    const analyse = DRAAGKRACHTSCAN_DATA.van(extra);
    const zichtbaar = aan(DRAAGKRACHTSCAN_LAAG.id);
    const andere = VERGELIJKING_DATA.van(extra) ?? [];
    const [andereRingen, andereLocaties] = scanVergelijkProps(andere, { zichtbaar });
    return [
      new PathLayer(andereRingen),
      new ScatterplotLayer(andereLocaties),
      ...scanRingProps(analyse ? ringenVan(analyse) : [], { zichtbaar }).map((p) => new PathLayer(p)),
      new ScatterplotLayer(scanBinnenProps(analyse?.voorzieningen ?? [], { zichtbaar })),
      ...scanLocatieProps(analyse?.locatie.positie ?? null, { zichtbaar }).map(
        (p) => new ScatterplotLayer(p),
      ),
      new TextLayer(scanLetterProps(andere, analyse ?? null, { zichtbaar })),
    ];
  },
  /** With "Kies een punt op de kaart" on: a click beside the symbols starts a scan there (the app's selection hands it on). */
  kies(info: PickingInfo) {
    if (!kiesPuntAan() || !info.coordinate) return undefined;
    // A symbol keeps its own click: the facilities' groups come first in the register.
    const [lon, lat] = info.coordinate as [number, number];
    zetKiesPunt(false);
    return scanPuntSleutel(lon, lat);
  },
  tooltip(info: PickingInfo, { extra }) {
    if (!info.picked || info.layer?.id !== 'scan-locatie') return null;
    const analyse = DRAAGKRACHTSCAN_DATA.van(extra);
    return analyse ? `Beoogde locatie\n${analyse.locatie.buurt.naam}, ${analyse.locatie.wijk.naam}` : null;
  },
};
