/** Spreiding: places per 1,000 inhabitants per wijk or buurt against the city average (src/domain/dekking.ts). */
import type { Dekking } from '../../domain/dekking';
import { kaartDataSleutel, type Datalaag, type KenmerkDefinitie } from '../kenmerk';
import { ZORGAANBIEDER_EN_SCAN } from '../rollen';

export const SPREIDING_LAAG = {
  id: 'dekking',
  titel: 'Spreiding (plaatsen per 1.000 inwoners)',
  rollen: ZORGAANBIEDER_EN_SCAN,
  standaardAan: false,
  soort: 'vlak',
  selectie: {},
} as const satisfies Datalaag;

/** The places per 1,000 inhabitants of the facilities on the map, per buurt or wijk (src/panels/dekking-staat.ts). */
export const SPREIDING_DATA = kaartDataSleutel<Dekking>('dekking');

export const SPREIDING = { id: 'spreiding', lagen: [SPREIDING_LAAG] } as const satisfies KenmerkDefinitie;
