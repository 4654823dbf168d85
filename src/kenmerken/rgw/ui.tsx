/** Rotterdams Goed Wonen in the app shell: the density answer for the map, its layer-control line, its panel and its details. */
import { RgwDetail, RgwPaneel } from '../../panels/rgw-paneel';
import { useRgwKaart, useRgwLaag } from '../../panels/rgw-staat';
import type { KenmerkUi } from '../kenmerk';
import { RGW_DATA, RGW_LAAG } from './laag';
import { leesRgwSleutel } from '../../domain/rgw-tabel';

const ui: KenmerkUi = {
  id: 'rgw',
  useKenmerk({ filters, lagenAan }) {
    const aan = lagenAan.has(RGW_LAAG.id);
    const laag = useRgwLaag(filters, aan);
    const kaart = useRgwKaart(filters, aan);
    return {
      lagen: [laag],
      kaart: RGW_DATA.met(kaart),
      naamVan: (sleutel) => kaart?.rijen.find((r) => r.sleutel === sleutel)?.naam,
    };
  },
  delen: [{ titel: 'Rotterdams Goed Wonen', Deel: RgwPaneel }],
  detail: { hoort: (sleutel) => leesRgwSleutel(sleutel) !== null, Deel: RgwDetail },
};
export default ui;
