/**
 * The scan's file exports that need no library: the facilities in the rings as CSV (semicolon-separated, UTF-8 with a
 * byte order mark, as Dutch Excel opens it) and the sites with their rings as GeoJSON (polygons from @turf/circle).
 */
import { circle } from '@turf/circle';
import { featureCollection, point } from '@turf/helpers';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Dossier } from '../../src/contract/draagkrachtscan';

/** Points per ring polygon: smooth on a map and in the PDF, small in a file. */
export const RING_STAPPEN = 96;

export const CSV_KOLOMMEN = [
  'dossier',
  'versie',
  'locatie',
  'voorziening',
  'naam',
  'zorgaanbieder',
  'woonvorm',
  'doelgroep',
  'fase',
  'fase_2_of_hoger',
  'plekken',
  'afstand_m',
  'ring_m',
  'straat',
  'huisnummer',
  'postcode',
  'peildatum',
  'bron',
] as const;

function cel(waarde: string | number | boolean): string {
  const tekst = String(waarde);
  // Formula injection: a cell starting with = + - @ is read as a formula by spreadsheets.
  const veilig = /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
  return /[";\n\r]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

export function voorzieningenCsv(dossier: Dossier): string {
  const regels = [CSV_KOLOMMEN.join(';')];
  for (const l of dossier.locaties) {
    const a = l.analyse;
    for (const v of a.voorzieningen) {
      regels.push(
        [
          dossier.id,
          dossier.versie,
          l.label,
          v.id,
          v.naam,
          v.zorgaanbieder.naam,
          v.woonvorm,
          v.doelgroep,
          v.fase,
          v.signaal ? 'ja' : 'nee',
          v.capaciteit,
          v.afstandM,
          v.ringM,
          v.adres.straat,
          `${v.adres.huisnummer}${v.adres.toevoeging ?? ''}`,
          v.adres.postcode,
          a.bron.peildatum,
          a.bron.dataset,
        ]
          .map(cel)
          .join(';'),
      );
    }
  }
  return `\ufeff${regels.join('\r\n')}\r\n`;
}

export function ringPolygoon(positie: readonly [number, number], straalM: number): Feature<Polygon> {
  return circle([positie[0], positie[1]], straalM, { steps: RING_STAPPEN, units: 'meters' });
}

export function locatiesGeojson(dossier: Dossier): FeatureCollection<Point | Polygon> {
  const features: Feature<Point | Polygon>[] = [];
  for (const l of dossier.locaties) {
    features.push(
      point([l.positie[0], l.positie[1]], {
        soort: 'locatie',
        dossier: dossier.id,
        versie: dossier.versie,
        label: l.label,
        adres: l.adres,
        buurt: l.analyse.locatie.buurt.code,
        woonvorm: dossier.initiatief.woonvorm,
        capaciteit: dossier.initiatief.capaciteit,
      }),
    );
    for (const r of dossier.ringen) {
      const ring = ringPolygoon(l.positie, r);
      ring.properties = { soort: 'ring', dossier: dossier.id, label: l.label, straalM: r };
      features.push(ring);
    }
  }
  return featureCollection(features);
}
