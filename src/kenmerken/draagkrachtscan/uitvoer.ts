/**
 * What the scan's own code hands the app shell: its layer-control line and its map data. That code (the hooks, the
 * analysis and the URL's questions) loads with the scan's side-panel section, for the municipality's roles only, and
 * writes here; the shell's hook for the scan only reads, so publiek's first visit downloads none of it.
 */
import type { LaagToestand } from '../../panels/laag-toestand';
import type { KaartData } from '../kenmerk';

export interface ScanUitvoer {
  readonly laag: LaagToestand;
  readonly kaart: KaartData;
}

let uitvoer: ScanUitvoer | null = null;
const luisteraars = new Set<() => void>();

export function leesScanUitvoer(): ScanUitvoer | null {
  return uitvoer;
}

/** `null`: the scan's code is gone (its section unmounted: another role, an error in its panel). */
export function zetScanUitvoer(nieuw: ScanUitvoer | null): void {
  if (nieuw === uitvoer) return;
  uitvoer = nieuw;
  for (const l of luisteraars) l();
}

export function abonneerScanUitvoer(luisteraar: () => void): () => void {
  luisteraars.add(luisteraar);
  return () => luisteraars.delete(luisteraar);
}
