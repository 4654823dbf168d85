/** The draagkrachtscan on the map: the planned site, its rings and the facilities inside them (the municipality's roles only). */
import type { AnalyseAntwoord } from '../../contract/draagkrachtscan';
import { kaartDataSleutel, type Datalaag, type KenmerkDefinitie } from '../kenmerk';
import { ALLEEN_SCAN } from '../rollen';

/** The prefix of the selection key a click that starts a scan hands to the app for a moment (kies-punt.ts). */
export const SCAN_PUNT = 'scan-punt:';

export const DRAAGKRACHTSCAN_LAAG = {
  id: 'draagkrachtscan',
  titel: 'Draagkrachtscan (locatie en ringen)',
  rollen: ALLEEN_SCAN,
  standaardAan: true,
  soort: 'punt',
  // Its facilities are the facilities layer's symbols (`adres:`); the scan itself is in the URL (scan-filter.ts). A
  // click that starts a scan is a selection for a moment (kies-punt.ts), turned into the URL's `scan` at once.
  selectie: { draagkrachtscan: ['scan-punt:'], beheer: ['scan-punt:'] },
} as const satisfies Datalaag;

/** The analysis of the site in the URL, as the side panel shows it. */
export const DRAAGKRACHTSCAN_DATA = kaartDataSleutel<AnalyseAntwoord>('draagkrachtscan');

/** The other sites of a comparison (the current one is DRAAGKRACHTSCAN_DATA): their rings and sites, lighter. */
export const VERGELIJKING_DATA = kaartDataSleutel<readonly AnalyseAntwoord[]>('draagkrachtscan-vergelijking');

export const DRAAGKRACHTSCAN = {
  id: 'draagkrachtscan',
  lagen: [DRAAGKRACHTSCAN_LAAG],
} as const satisfies KenmerkDefinitie;
