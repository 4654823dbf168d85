/**
 * The checks every imported row goes through, one cell at a time: codes or the labels the UI shows, ja/nee, whole
 * numbers, Dutch and ISO dates, postcodes inside Rotterdam, and positions (RD or WGS84) inside the gemeente, with the
 * buurt and wijk they fall in. Each check returns a value or a Dutch message for the report.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parsePostcode } from '../../src/domain/postcode';
import { isRdBereik, rdNaarWgs84 } from '../../src/geo/rd';
import { PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import buurtenJson from '../../src/geo/data/buurten.json';
import gemeenteJson from '../../src/geo/data/gemeente.json';

export type Uitslag<T> = { ok: true; waarde: T } | { ok: false; melding: string };

const goed = <T>(waarde: T): Uitslag<T> => ({ ok: true, waarde });
const fout = (melding: string): Uitslag<never> => ({ ok: false, melding });

/** Lower case, no accents, spaces and dashes alike: "Beschermd Wonen" and "beschermd-wonen" are one value. */
export function sleutel(tekst: string): string {
  // Plain ASCII (almost every cell) needs no Unicode normalisation.
  const t = /^[\x20-\x7e]*$/.test(tekst) ? tekst : tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return t
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .trim();
}

const opzoektabellen = new WeakMap<object, Map<string, string>>();

/** A value of a code list, given as its code or its label (and any extra names). */
export function keuze<T extends string>(
  tekst: string,
  labels: Readonly<Record<T, string>>,
  extra: Readonly<Record<string, T>> = {},
): Uitslag<T> {
  // Built once per code list: a register of 100,000 rows asks three lists per row.
  let tabel = opzoektabellen.get(labels);
  if (!tabel) {
    tabel = new Map<string, string>();
    for (const [code, label] of Object.entries<string>(labels)) {
      tabel.set(sleutel(code), code);
      tabel.set(sleutel(label), code);
    }
    opzoektabellen.set(labels, tabel);
  }
  const gezocht = sleutel(tekst);
  const code = (tabel.get(gezocht) ?? extra[gezocht]) as T | undefined;
  if (code) return goed(code);
  return fout(`"${tekst}" is onbekend: kies uit ${Object.values<string>(labels).join(', ')}`);
}

export function jaNee(tekst: string): Uitslag<boolean> {
  const t = sleutel(tekst);
  if (['ja', 'j', 'true', '1', 'waar', 'yes'].includes(t)) return goed(true);
  if (['nee', 'n', 'false', '0', 'onwaar', 'no', ''].includes(t)) return goed(false);
  return fout(`"${tekst}" is geen ja of nee`);
}

export function positiefGeheel(tekst: string): Uitslag<number> {
  const t = tekst.trim();
  if (!/^[0-9]+$/.test(t) || Number(t) <= 0 || !Number.isSafeInteger(Number(t))) {
    return fout(`"${tekst}" is geen positief geheel getal`);
  }
  return goed(Number(t));
}

/** dd-mm-jjjj (also with / or .) or jjjj-mm-dd, checked against the calendar; out: jjjj-mm-dd. */
export function datum(tekst: string): Uitslag<string> {
  const t = tekst.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [j, m, d] = nl ? [nl[3], nl[2], nl[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (j === undefined || m === undefined || d === undefined) {
    return fout(`"${tekst}" is geen datum: verwacht dd-mm-jjjj of jjjj-mm-dd`);
  }
  const waarde = `${j}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const dag = new Date(`${waarde}T00:00:00Z`);
  if (Number.isNaN(dag.getTime()) || dag.toISOString().slice(0, 10) !== waarde) {
    return fout(`"${tekst}" bestaat niet als datum`);
  }
  return goed(waarde);
}

const ROTTERDAM_PC4 = new Set(PC4_GEBIEDEN.map((p) => p.code));

/** A PC6 postcode (`3084 np` is fine) of a PC4 area in Rotterdam; out: `3084NP`. */
export function rotterdamsePostcode(tekst: string): Uitslag<{ pc4: string; pc6: string }> {
  const p = parsePostcode(tekst);
  if (!p.ok) return fout(p.melding);
  if (p.pc6 === null) return fout(`postcode "${tekst.trim()}" is onvolledig: verwacht 1234AB`);
  if (!ROTTERDAM_PC4.has(p.pc4))
    return fout(`postcode ${p.pc6} ligt niet in Rotterdam (PC4 ${p.pc4} hoort niet bij GM0599)`);
  return goed({ pc4: p.pc4, pc6: p.pc6 });
}

function getal(tekst: string): number {
  return Number(tekst.trim().replace(',', '.'));
}

type Vlak = Feature<Polygon | MultiPolygon>;
const GEMEENTE = gemeenteJson.features as unknown as Vlak[];
// Each with its bounding box first: a register of 100,000 cases asks for a buurt 100,000 times.
const BUURTEN = (
  buurtenJson.features as unknown as Feature<Polygon | MultiPolygon, { code: string; wijk: string }>[]
).map((b) => ({ vlak: b, kader: bbox(b) }));

/** Six decimals (about 0.1 m): what the store keeps, so a second import of the same file compares equal. */
function rond6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface Plaats {
  positie: [number, number];
  buurt: string;
  wijk: string;
}

/** The buurt a point falls in; on a border drawn between two (rounding), the nearest buurt's polygon. */
export function plaatsVan(positie: [number, number]): Uitslag<Plaats> {
  if (!GEMEENTE.some((g) => booleanPointInPolygon(positie, g))) {
    return fout(`het punt ${positie[1]}, ${positie[0]} (lat, lon) ligt buiten de gemeente Rotterdam`);
  }
  const [lon, lat] = positie;
  const buurt = BUURTEN.find(
    ({ vlak, kader }) =>
      lon >= kader[0] &&
      lon <= kader[2] &&
      lat >= kader[1] &&
      lat <= kader[3] &&
      booleanPointInPolygon(positie, vlak),
  )?.vlak;
  if (!buurt)
    return fout(`het punt ${positie[1]}, ${positie[0]} ligt in geen buurt van de kaart (haven of water?)`);
  return goed({ positie, buurt: buurt.properties.code, wijk: buurt.properties.wijk });
}

/**
 * The position from `x_rd`, `y_rd` or `lat`, `lon` (whichever the row fills in); null when the row has neither, so the
 * caller can ask the geocoder. `kolom` names the column a message is about.
 */
export function positieUitRij(
  w: Record<string, string>,
): { kolom: string; uitslag: Uitslag<[number, number]> } | null {
  const x = w.x_rd ?? '';
  const y = w.y_rd ?? '';
  const lat = w.lat ?? '';
  const lon = w.lon ?? '';
  if (x !== '' || y !== '') {
    const punt = [getal(x), getal(y)] as const;
    if (x === '' || y === '' || !punt.every(Number.isFinite)) {
      return {
        kolom: x === '' || !Number.isFinite(punt[0]) ? 'x_rd' : 'y_rd',
        uitslag: fout(`x_rd "${x}" en y_rd "${y}" zijn geen RD-coördinaten in meters`),
      };
    }
    if (!isRdBereik(punt)) {
      return {
        kolom: 'x_rd',
        uitslag: fout(
          `x_rd ${x}, y_rd ${y} ligt buiten het RD-bereik van Nederland (verwisseld met lat/lon?)`,
        ),
      };
    }
    const [plon, plat] = rdNaarWgs84(punt);
    return { kolom: 'x_rd', uitslag: goed([rond6(plon), rond6(plat)]) };
  }
  if (lat !== '' || lon !== '') {
    const punt = [getal(lon), getal(lat)] as const;
    if (
      lat === '' ||
      lon === '' ||
      !punt.every(Number.isFinite) ||
      Math.abs(punt[1]) > 90 ||
      Math.abs(punt[0]) > 180
    ) {
      return {
        kolom: lat === '' ? 'lat' : 'lon',
        uitslag: fout(`lat "${lat}" en lon "${lon}" zijn geen WGS84-graden`),
      };
    }
    return { kolom: 'lat', uitslag: goed([rond6(punt[0]), rond6(punt[1])]) };
  }
  return null;
}
