/** The demo Wijkprofiel: buurten coloured around 100 (the Rotterdam average) for the chosen index. */
import type { Buurt } from '../../contract/gebied';
import type { WijkprofielIndex } from '../../domain/wijkprofiel';
import { kaartDataSleutel, type Datalaag, type KenmerkDefinitie } from '../kenmerk';
import { ALLEEN_SCAN } from '../rollen';

export const WIJKPROFIEL_LAAG = {
  id: 'wijkprofiel',
  titel: 'Wijkprofiel (index per buurt)',
  rollen: ALLEEN_SCAN,
  standaardAan: false,
  soort: 'vlak',
  selectie: {},
} as const satisfies Datalaag;

export interface WijkprofielKaart {
  readonly buurten: readonly Buurt[];
  readonly index: WijkprofielIndex;
}

/** The buurten with their indices and the index chosen (src/panels/wijkprofiel-staat.ts). */
export const WIJKPROFIEL_DATA = kaartDataSleutel<WijkprofielKaart>('wijkprofiel');

export const WIJKPROFIEL = {
  id: 'wijkprofiel',
  lagen: [WIJKPROFIEL_LAAG],
} as const satisfies KenmerkDefinitie;
