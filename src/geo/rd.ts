/** Conversion between RD New (EPSG:28992, the Dutch national grid) and WGS84, and parsing of RD coordinates as people type them. */
// The 7-parameter datum shift in the official proj4 definition agrees with RDNAPTRANS to about a metre, which is
// plenty for areas on a map; the round trip itself is exact to well under a centimetre.
// The conversion is written out here instead of importing proj4, which cost about 35 KB gzip on every first visit
// for this one definition. It follows proj4js step by step (sterea.js + gauss.js, datumUtils.js), so the two agree
// to far below a millimetre; rd.test.ts compares them over the whole country.

/** The EPSG:28992 definition as published by EPSG, with the Bessel -> WGS84 datum shift. */
export const RD_PROJ4 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** RD New in metres: [x, y]. */
export type RdPunt = readonly [number, number];
/** WGS84 in GeoJSON order: [lon, lat]. */
export type LonLat = readonly [number, number];

const GRAAD = Math.PI / 180;
const PER_RADIAAL = 180 / Math.PI;
const BOOGSECONDE = GRAAD / 3600;
const KWART_PI = Math.PI / 4;
const HALVE_PI = Math.PI / 2;

interface Ellipsoide {
  readonly a: number;
  /** Eccentricity squared. */
  readonly es: number;
  readonly e: number;
}

// b and es are derived from the flattening exactly as proj4's deriveConstants.js does, to stay bit-close to it.
function ellipsoide(a: number, rf: number): Ellipsoide {
  const b = (1 - 1 / rf) * a;
  const es = (a * a - b * b) / (a * a);
  return { a, es, e: Math.sqrt(es) };
}

const BESSEL = ellipsoide(6377397.155, 299.1528128);
const WGS84 = ellipsoide(6378137, 298.257223563);

// The numbers of RD_PROJ4 once more; rd.test.ts holds this code against proj4 reading RD_PROJ4 itself.
const LAT_0 = 52.15616055555555 * GRAAD;
const LON_0 = 5.38763888888889 * GRAAD;
const K_0 = 0.9999079;
const X_0 = 155000;
const Y_0 = 463000;
const HELMERT = {
  tx: 565.417,
  ty: 50.3319,
  tz: 465.552,
  rx: -0.398957 * BOOGSECONDE,
  ry: 0.343988 * BOOGSECONDE,
  rz: -1.8774 * BOOGSECONDE,
  m: 1 + 4.0725 / 1e6,
} as const;

/** (1 - x) / (1 + x) to the power exp: the isometric-latitude factor of the Gauss sphere. */
function srat(x: number, exp: number): number {
  return Math.pow((1 - x) / (1 + x), exp);
}

// The Gauss conformal sphere (proj4 gauss.js init) and the stereographic constants on it (sterea.js init).
const GAUSS = (() => {
  const { e, es } = BESSEL;
  const sphi = Math.sin(LAT_0);
  const cphi2 = Math.cos(LAT_0) ** 2;
  const rc = Math.sqrt(1 - es) / (1 - es * sphi * sphi);
  const c = Math.sqrt(1 + (es * cphi2 * cphi2) / (1 - es));
  const phic0 = Math.asin(sphi / c);
  const ratexp = 0.5 * c * e;
  const k =
    Math.tan(0.5 * phic0 + KWART_PI) /
    (Math.pow(Math.tan(0.5 * LAT_0 + KWART_PI), c) * srat(e * sphi, ratexp));
  return { c, k, phic0, ratexp, sinc0: Math.sin(phic0), cosc0: Math.cos(phic0), r2: 2 * rc };
})();

/** Bessel longitude and latitude (radians) to RD metres: sterea.js forward. */
function stereografischHeen(lon: number, lat: number): [number, number] {
  const { c, k, ratexp, sinc0, cosc0, r2 } = GAUSS;
  const { a, e } = BESSEL;
  const bolLat =
    2 * Math.atan(k * Math.pow(Math.tan(0.5 * lat + KWART_PI), c) * srat(e * Math.sin(lat), ratexp)) -
    HALVE_PI;
  const bolLon = c * (lon - LON_0);
  const sinc = Math.sin(bolLat);
  const cosc = Math.cos(bolLat);
  const cosl = Math.cos(bolLon);
  const schaal = (K_0 * r2) / (1 + sinc0 * sinc + cosc0 * cosc * cosl);
  return [
    a * (schaal * cosc * Math.sin(bolLon)) + X_0,
    a * (schaal * (cosc0 * sinc - sinc0 * cosc * cosl)) + Y_0,
  ];
}

/** RD metres to Bessel longitude and latitude (radians): sterea.js inverse, NaN if the Gauss latitude does not converge. */
function stereografischTerug(x: number, y: number): [number, number] {
  const { c, k, phic0, sinc0, cosc0, r2 } = GAUSS;
  const { a, e } = BESSEL;
  const u = (x - X_0) / a / K_0;
  const v = (y - Y_0) / a / K_0;
  const rho = Math.hypot(u, v);
  let bolLon = 0;
  let bolLat = phic0;
  if (rho) {
    const hoek = 2 * Math.atan2(rho, r2);
    const sinHoek = Math.sin(hoek);
    const cosHoek = Math.cos(hoek);
    bolLat = Math.asin(cosHoek * sinc0 + (v * sinHoek * cosc0) / rho);
    bolLon = Math.atan2(u * sinHoek, rho * cosc0 * cosHoek - v * sinc0 * sinHoek);
  }
  // From the sphere back to the ellipsoid: a fixed-point iteration on the latitude (gauss.js inverse).
  const num = Math.pow(Math.tan(0.5 * bolLat + KWART_PI) / k, 1 / c);
  let lat = bolLat;
  for (let i = 0; i < 20; i++) {
    const volgende = 2 * Math.atan(num * srat(e * Math.sin(lat), -0.5 * e)) - HALVE_PI;
    if (Math.abs(volgende - lat) < 1e-14) return [bolLon / c + LON_0, volgende];
    lat = volgende;
  }
  return [NaN, NaN];
}

type Geocentrisch = [number, number, number];

/** Longitude and latitude (radians) at height 0 to earth-centred X, Y, Z (datumUtils.js geodeticToGeocentric). */
function naarGeocentrisch(lon: number, lat: number, { a, es }: Ellipsoide): Geocentrisch {
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const rn = a / Math.sqrt(1 - es * sinLat * sinLat);
  return [rn * cosLat * Math.cos(lon), rn * cosLat * Math.sin(lon), rn * (1 - es) * sinLat];
}

/**
 * Earth-centred X, Y, Z to longitude and latitude (radians), dropping the height: the iteration of
 * datumUtils.js geocentricToGeodetic (Institut für Erdmessung, Hannover). Its special case for points on the
 * earth's axis is left out: nothing near the Netherlands gets there.
 */
function vanGeocentrisch([x, y, z]: Geocentrisch, { a, es }: Ellipsoide): [number, number] {
  const genau = 1e-12;
  const p = Math.sqrt(x * x + y * y);
  const rr = Math.sqrt(x * x + y * y + z * z);
  const ct = z / rr;
  const st = p / rr;
  let rx = 1 / Math.sqrt(1 - es * (2 - es) * st * st);
  let cphi0 = st * (1 - es) * rx;
  let sphi0 = ct * rx;
  let cphi = cphi0;
  let sphi = sphi0;
  for (let iter = 0; iter < 30; iter++) {
    const rn = a / Math.sqrt(1 - es * sphi0 * sphi0);
    const hoogte = p * cphi0 + z * sphi0 - rn * (1 - es * sphi0 * sphi0);
    const rk = (es * rn) / (rn + hoogte);
    rx = 1 / Math.sqrt(1 - rk * (2 - rk) * st * st);
    cphi = st * (1 - rk) * rx;
    sphi = ct * rx;
    const sdphi = sphi * cphi0 - cphi * sphi0;
    cphi0 = cphi;
    sphi0 = sphi;
    if (sdphi * sdphi <= genau * genau) break;
  }
  return [Math.atan2(y, x), Math.atan(sphi / Math.abs(cphi))];
}

/** Bessel (RD datum) to WGS84, earth-centred: the 7-parameter Helmert shift, position-vector convention. */
function helmertHeen([x, y, z]: Geocentrisch): Geocentrisch {
  const { tx, ty, tz, rx, ry, rz, m } = HELMERT;
  return [m * (x - rz * y + ry * z) + tx, m * (rz * x + y - rx * z) + ty, m * (-ry * x + rx * y + z) + tz];
}

/**
 * WGS84 to Bessel, earth-centred. Like proj4 this undoes the shift with the transposed (small-angle) rotation
 * rather than an exact inverse; the difference is a fraction of a millimetre, and matching proj4 matters more.
 */
function helmertTerug([x, y, z]: Geocentrisch): Geocentrisch {
  const { tx, ty, tz, rx, ry, rz, m } = HELMERT;
  const xt = (x - tx) / m;
  const yt = (y - ty) / m;
  const zt = (z - tz) / m;
  return [xt + rz * yt - ry * zt, -rz * xt + yt + rx * zt, ry * xt - rx * yt + zt];
}

// proj4 refuses NaN and Infinity with a TypeError; so does this module, so a bad position fails where it enters.
function eindig(a: number, b: number): void {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new TypeError(`coördinaten moeten eindige getallen zijn, niet ${a}, ${b}`);
  }
}

/** The RD grid's valid range for the Netherlands (the grid is defined so that all of it is positive). */
export const RD_BEREIK = { xMin: 0, xMax: 300_000, yMin: 300_000, yMax: 625_000 } as const;
/** A box around the Netherlands in WGS84; wide enough for the Wadden and Zeeland, narrow enough to reject RD metres. */
export const WGS84_NL_BEREIK = { lonMin: 3, lonMax: 7.5, latMin: 50.5, latMax: 53.7 } as const;

/** RD New metres to WGS84 degrees [lon, lat], with the datum shift of RD_PROJ4. */
export function rdNaarWgs84([x, y]: RdPunt): [number, number] {
  eindig(x, y);
  const [lon, lat] = vanGeocentrisch(
    helmertHeen(naarGeocentrisch(...stereografischTerug(x, y), BESSEL)),
    WGS84,
  );
  return [lon * PER_RADIAAL, lat * PER_RADIAAL];
}

/** WGS84 degrees [lon, lat] to RD New metres, with the datum shift of RD_PROJ4. */
export function wgs84NaarRd([lon, lat]: LonLat): [number, number] {
  eindig(lon, lat);
  const [besselLon, besselLat] = vanGeocentrisch(
    helmertTerug(naarGeocentrisch(lon * GRAAD, lat * GRAAD, WGS84)),
    BESSEL,
  );
  return stereografischHeen(besselLon, besselLat);
}

export function isRdBereik([x, y]: readonly number[]): boolean {
  return (
    x !== undefined &&
    y !== undefined &&
    x >= RD_BEREIK.xMin &&
    x <= RD_BEREIK.xMax &&
    y >= RD_BEREIK.yMin &&
    y <= RD_BEREIK.yMax
  );
}

export function isWgs84NederlandBereik([lon, lat]: readonly number[]): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= WGS84_NL_BEREIK.lonMin &&
    lon <= WGS84_NL_BEREIK.lonMax &&
    lat >= WGS84_NL_BEREIK.latMin &&
    lat <= WGS84_NL_BEREIK.latMax
  );
}

export type RdInvoer =
  { readonly ok: true; readonly punt: RdPunt } | { readonly ok: false; readonly melding: string };

const VOORBEELD = 'bijvoorbeeld "92500, 436000" of "x=92500 y=436000"';
// A number with an optional decimal part; the decimal comma is only allowed where it cannot be the separator.
const GETAL_PUNT = String.raw`\d+(?:\.\d+)?`;
const GETAL = String.raw`\d+(?:[.,]\d+)?`;
const LABELS = new RegExp(String.raw`^x\s*[=:]?\s*(${GETAL})\s*[,;]?\s*y\s*[=:]?\s*(${GETAL})$`, 'i');
const LABELS_OMGEKEERD = new RegExp(
  String.raw`^y\s*[=:]?\s*(${GETAL})\s*[,;]?\s*x\s*[=:]?\s*(${GETAL})$`,
  'i',
);
const KOMMA = new RegExp(String.raw`^(${GETAL_PUNT})\s*,\s*(${GETAL_PUNT})$`);
const PUNTKOMMA_OF_SPATIE = new RegExp(String.raw`^(${GETAL})(?:\s*;\s*|\s+)(${GETAL})$`);

function getal(tekst: string): number {
  return Number(tekst.replace(',', '.'));
}

function paar(invoer: string): [number, number] | null {
  const t = invoer.trim().replace(/\s+/g, ' ');
  const gelabeld = LABELS.exec(t);
  if (gelabeld?.[1] && gelabeld[2]) return [getal(gelabeld[1]), getal(gelabeld[2])];
  const omgekeerd = LABELS_OMGEKEERD.exec(t);
  if (omgekeerd?.[1] && omgekeerd[2]) return [getal(omgekeerd[2]), getal(omgekeerd[1])];
  const los = KOMMA.exec(t) ?? PUNTKOMMA_OF_SPATIE.exec(t);
  if (los?.[1] && los[2]) return [getal(los[1]), getal(los[2])];
  return null;
}

function inBereik(v: number, min: number, max: number): boolean {
  return v >= min && v <= max;
}

/**
 * Reads an RD coordinate as an assessor types it: "92500, 436000", "92500 436000", "92500;436000",
 * "x=92500 y=436000" (labels in either order), with decimals ("92500.5, 436000.25", or "92500,5 436000,25" when a
 * space or semicolon separates the two). Returns the point, or a Dutch message for the search box.
 */
export function parseRdInvoer(tekst: string): RdInvoer {
  const p = paar(tekst);
  if (!p)
    return {
      ok: false,
      melding: `"${tekst.trim()}" is geen RD-coördinaat: verwacht x en y in meters, ${VOORBEELD}`,
    };
  const [x, y] = p;
  const { xMin, xMax, yMin, yMax } = RD_BEREIK;
  const xGoed = inBereik(x, xMin, xMax);
  const yGoed = inBereik(y, yMin, yMax);
  if (xGoed && yGoed) return { ok: true, punt: [x, y] };
  // Swapped input is the commonest mistake; say so rather than only "out of range".
  if (inBereik(y, xMin, xMax) && inBereik(x, yMin, yMax)) {
    return {
      ok: false,
      melding: `x ${x} en y ${y} lijken verwisseld: eerst x (${xMin}–${xMax}), dan y (${yMin}–${yMax})`,
    };
  }
  if (!xGoed)
    return { ok: false, melding: `x ${x} ligt buiten Nederland: verwacht ${xMin} tot ${xMax} meter` };
  return { ok: false, melding: `y ${y} ligt buiten Nederland: verwacht ${yMin} tot ${yMax} meter` };
}
