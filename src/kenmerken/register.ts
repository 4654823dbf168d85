/**
 * The features of the map, in order: the layer control lists their layers in this order, the side panel their
 * sections, and deck.gl draws their layer groups in it, bottom to top within each group's `plek` (areas under
 * symbols whatever the order). Adding a feature is
 * a folder under src/kenmerken/ (see kenmerk.ts) and one line here; README.md "Een kaartlaag toevoegen".
 */
import { DRAAGKRACHTSCAN } from './draagkrachtscan/laag';
import type { KenmerkDefinitie } from './kenmerk';
import { RGW } from './rgw/laag';
import { SPREIDING } from './spreiding/laag';
import { VOORZIENINGEN } from './voorzieningen/laag';
import { WIJKPROFIEL } from './wijkprofiel/laag';

export const KENMERKEN = [
  VOORZIENINGEN,
  DRAAGKRACHTSCAN,
  RGW,
  SPREIDING,
  WIJKPROFIEL,
  { id: 'individuele-woningen', lagen: [] },
  { id: 'audit', lagen: [] },
  { id: 'importeren', lagen: [] },
] as const satisfies readonly KenmerkDefinitie[];

export type KenmerkId = (typeof KENMERKEN)[number]['id'];

type Laag = (typeof KENMERKEN)[number]['lagen'][number];

/** Every data layer of every feature, in register order. */
export const DATALAGEN: readonly Laag[] = KENMERKEN.flatMap((k): readonly Laag[] => k.lagen);
