/** The facilities: their symbols for every role, and publiek's count per postcode area (a choropleth on the tiles). */
import type { Datalaag, KenmerkDefinitie } from '../kenmerk';
import { ALLE_ROLLEN } from '../rollen';

export const VOORZIENINGEN_LAAG = {
  id: 'voorzieningen',
  titel: 'Voorzieningen',
  rollen: ALLE_ROLLEN,
  standaardAan: true,
  soort: 'punt',
  selectie: {
    publiek: ['pc4:'],
    zorgaanbieder: ['pc6:', 'buurt:'],
    draagkrachtscan: ['adres:', 'buurt:'],
    beheer: ['adres:', 'buurt:'],
  },
} as const satisfies Datalaag;

export const PC4_AANTALLEN_LAAG = {
  id: 'pc4-aantallen',
  titel: 'Aantal voorzieningen per postcodegebied',
  rollen: ['publiek'],
  standaardAan: true,
  // An area fill, but drawn by maplibre under every other layer, and publiek's default view together with the RGW
  // focus-area totals: kept out of the exclusive group (docs/beslissingen.md).
  soort: 'punt',
  selectie: { publiek: ['pc4:'] },
} as const satisfies Datalaag;

export const VOORZIENINGEN = {
  id: 'voorzieningen',
  lagen: [VOORZIENINGEN_LAAG, PC4_AANTALLEN_LAAG],
} as const satisfies KenmerkDefinitie;
