/** Rotterdams Goed Wonen: case density per H3 cell or buurt for the municipality, totals per focus area for the others. */
import { RGW as RGW_TEKST } from '../../domain/publiek-teksten';
import type { RgwKaart } from '../../domain/rgw-kaart';
import { kaartDataSleutel, type Datalaag, type KenmerkDefinitie } from '../kenmerk';
import { ALLE_ROLLEN } from '../rollen';

export const RGW_LAAG = {
  id: 'rgw-dichtheid',
  titel: 'RGW-zaken (dichtheid)',
  // Without rgwDichtheidFijn (roles.ts RECHTEN) a role receives totals per focus area: no density, so no "dichtheid".
  titelVoor: { publiek: RGW_TEKST.laag, zorgaanbieder: RGW_TEKST.laag },
  rollen: ALLE_ROLLEN,
  standaardAan: true,
  soort: 'vlak',
  selectie: {
    publiek: ['rgw-focus:'],
    zorgaanbieder: ['rgw-focus:'],
    draagkrachtscan: ['rgw-h3:', 'rgw-buurt:'],
    beheer: ['rgw-h3:', 'rgw-buurt:'],
  },
} as const satisfies Datalaag;

/** The RGW answer prepared for the map (src/panels/rgw-staat.ts). */
export const RGW_DATA = kaartDataSleutel<RgwKaart>('rgw');

export const RGW = { id: 'rgw', lagen: [RGW_LAAG] } as const satisfies KenmerkDefinitie;
