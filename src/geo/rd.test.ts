/** Tests of the RD New <-> WGS84 conversion (against proj4, round trips, the Amersfoort base point) and of RD input parsing. */
// proj4 is imported here only, as the reference the hand-written conversion in rd.ts must match.
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { isRdBereik, isWgs84NederlandBereik, parseRdInvoer, RD_PROJ4, rdNaarWgs84, wgs84NaarRd } from './rd';

/** Metres per degree at Dutch latitudes, for turning a difference in degrees into a distance. */
const M_PER_GRAAD_LAT = 111_250;
const M_PER_GRAAD_LON = 68_700;

function afstandM(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
}

describe('rdNaarWgs84 / wgs84NaarRd', () => {
  it.each([
    { naam: 'Amersfoort, Onze Lieve Vrouwetoren (oorsprong van het RD-stelsel)', rd: [155000, 463000] },
    { naam: 'Rotterdam, centrum', rd: [93210, 436550] },
    { naam: 'Rotterdam, Maasvlakte', rd: [57000, 441000] },
    { naam: 'Groningen', rd: [233800, 582100] },
    { naam: 'Maastricht', rd: [176500, 317500] },
    { naam: 'Vlissingen', rd: [30500, 385600] },
    { naam: 'hoek van het bereik (0, 300000)', rd: [0, 300000] },
    { naam: 'hoek van het bereik (300000, 625000)', rd: [300000, 625000] },
  ] as const)('RD -> WGS84 -> RD komt binnen 1 cm terug: $naam', ({ rd }) => {
    const heen = rdNaarWgs84(rd);
    expect(isWgs84NederlandBereik(heen) || rd[0] === 0 || rd[0] === 300000).toBe(true);
    expect(afstandM(wgs84NaarRd(heen), rd)).toBeLessThan(0.01);
  });

  it.each([
    { naam: 'Erasmusbrug (pyloon)', lonLat: [4.48685, 51.90915] },
    { naam: 'Bloemhof', lonLat: [4.501, 51.89356] },
    { naam: 'Hoek van Holland', lonLat: [4.13, 51.98] },
  ] as const)('WGS84 -> RD -> WGS84 komt binnen 1 cm terug: $naam', ({ lonLat }) => {
    const rd = wgs84NaarRd(lonLat);
    expect(isRdBereik(rd)).toBe(true);
    const terug = rdNaarWgs84(rd);
    const dLon = (terug[0] - lonLat[0]) * M_PER_GRAAD_LON;
    const dLat = (terug[1] - lonLat[1]) * M_PER_GRAAD_LAT;
    expect(Math.hypot(dLon, dLat)).toBeLessThan(0.01);
  });

  it('legt de oorsprong van RD binnen een halve meter van de gepubliceerde ETRS89-positie', () => {
    // Published RDNAPTRANS value for RD 155000, 463000: 52.15517440 N, 5.38720621 E. The 7-parameter shift of the
    // EPSG definition differs from the official grid transformation by decimetres, not metres.
    const [lon, lat] = rdNaarWgs84([155000, 463000]);
    const dLon = (lon - 5.38720621) * M_PER_GRAAD_LON;
    const dLat = (lat - 52.1551744) * M_PER_GRAAD_LAT;
    expect(Math.hypot(dLon, dLat)).toBeLessThan(0.5);
  });

  it('legt de gepubliceerde ETRS89-positie van de oorsprong binnen een halve meter van RD 155000, 463000', () => {
    expect(afstandM(wgs84NaarRd([5.38720621, 52.1551744]), [155000, 463000])).toBeLessThan(0.5);
  });

  it('legt Rotterdam in het Rotterdamse deel van het raster', () => {
    const [x, y] = wgs84NaarRd([4.48685, 51.90915]);
    // The Erasmusbrug lies about 62 km west and 27 km south of Amersfoort.
    expect(x).toBeGreaterThan(92_000);
    expect(x).toBeLessThan(94_000);
    expect(y).toBeGreaterThan(435_000);
    expect(y).toBeLessThan(437_000);
  });
});

/** Every combination of the steps from `van` to `tot` inclusive, as frozen [a, b] points. */
function raster(
  [aVan, aTot, aStap]: readonly [number, number, number],
  [bVan, bTot, bStap]: readonly [number, number, number],
): readonly (readonly [number, number])[] {
  const punten: (readonly [number, number])[] = [];
  for (let i = 0; aVan + i * aStap <= aTot + 1e-9; i++) {
    for (let j = 0; bVan + j * bStap <= bTot + 1e-9; j++) {
      punten.push(Object.freeze([aVan + i * aStap, bVan + j * bStap] as const));
    }
  }
  return Object.freeze(punten);
}

// The whole RD range every 15 by 25 km, and Rotterdam with the port out to the Maasvlakte every 1 km.
const RD_PUNTEN = Object.freeze([
  ...raster([0, 300_000, 15_000], [300_000, 625_000, 25_000]),
  ...raster([55_000, 101_000, 1_000], [428_000, 446_000, 1_000]),
]);
// The WGS84 box around the Netherlands every 0.25°, and Rotterdam every 0.01°.
const WGS84_PUNTEN = Object.freeze([
  ...raster([3, 7.5, 0.25], [50.5, 53.75, 0.25]),
  ...raster([4.0, 4.6, 0.01], [51.84, 52.0, 0.01]),
]);

const zelf = (p: readonly [number, number]) => p;

/** The largest difference in either coordinate between f and g over the points. */
function grootsteAfwijking(
  punten: readonly (readonly [number, number])[],
  f: (p: readonly [number, number]) => readonly number[],
  g: (p: readonly [number, number]) => readonly number[],
): number {
  return Math.max(
    ...punten.map((p) => {
      const a = f(p);
      const b = g(p);
      return Math.max(Math.abs((a[0] ?? NaN) - (b[0] ?? NaN)), Math.abs((a[1] ?? NaN) - (b[1] ?? NaN)));
    }),
  );
}

describe('rd.ts tegen proj4 met RD_PROJ4', () => {
  const proj4Rd = proj4(RD_PROJ4, 'WGS84');

  it('heeft genoeg punten, dicht rond Rotterdam', () => {
    expect(RD_PUNTEN.length).toBeGreaterThan(1000);
    expect(WGS84_PUNTEN.length).toBeGreaterThan(1000);
  });

  it('RD -> WGS84 wijkt minder dan 1e-8 graad af', () => {
    const afwijking = grootsteAfwijking(RD_PUNTEN, rdNaarWgs84, (p) => proj4Rd.forward([...p]));
    expect(afwijking).toBeLessThan(1e-8);
  });

  it('WGS84 -> RD wijkt minder dan 1 mm af', () => {
    const afwijking = grootsteAfwijking(WGS84_PUNTEN, wgs84NaarRd, (p) => proj4Rd.inverse([...p]));
    expect(afwijking).toBeLessThan(0.001);
  });

  // Both round trips end about half a millimetre off, in proj4 just as here: the datum shift is undone with the
  // transposed small-angle rotation, not an exact inverse.
  it('RD -> WGS84 -> RD komt binnen 1 mm terug', () => {
    const afwijking = grootsteAfwijking(RD_PUNTEN, (p) => wgs84NaarRd(rdNaarWgs84(p)), zelf);
    expect(afwijking).toBeLessThan(0.001);
  });

  it('WGS84 -> RD -> WGS84 komt binnen 1e-8 graad (ongeveer 1 mm) terug', () => {
    const afwijking = grootsteAfwijking(WGS84_PUNTEN, (p) => rdNaarWgs84(wgs84NaarRd(p)), zelf);
    expect(afwijking).toBeLessThan(1e-8);
  });

  it.each([
    { naam: 'NaN', punt: Object.freeze([NaN, 463000] as const) },
    { naam: 'Infinity', punt: Object.freeze([155000, Infinity] as const) },
  ])('weigert $naam met een TypeError, zoals proj4', ({ punt }) => {
    expect(() => proj4Rd.forward([...punt])).toThrow(TypeError);
    expect(() => rdNaarWgs84(punt)).toThrow(TypeError);
    expect(() => wgs84NaarRd(punt)).toThrow(TypeError);
  });
});

describe('isRdBereik / isWgs84NederlandBereik', () => {
  it.each([
    { p: [92500, 436000], rd: true, wgs: false },
    { p: [4.48, 51.91], rd: false, wgs: true },
    { p: [-10, 400000], rd: false, wgs: false },
    { p: [150000, 700000], rd: false, wgs: false },
    // Charleroi (Belgium) is south of the Dutch box.
    { p: [4.44, 50.41], rd: false, wgs: false },
    // Web Mercator metres of Rotterdam (EPSG:3857).
    { p: [499_000, 6_787_000], rd: false, wgs: false },
  ])('$p: RD $rd, WGS84 $wgs', ({ p, rd, wgs }) => {
    expect(isRdBereik(Object.freeze(p))).toBe(rd);
    expect(isWgs84NederlandBereik(Object.freeze(p))).toBe(wgs);
  });
});

describe('parseRdInvoer', () => {
  it.each([
    { invoer: '92500, 436000', punt: [92500, 436000] },
    { invoer: '92500,436000', punt: [92500, 436000] },
    { invoer: '92500 436000', punt: [92500, 436000] },
    { invoer: '  92500   436000  ', punt: [92500, 436000] },
    { invoer: '92500;436000', punt: [92500, 436000] },
    { invoer: 'x=92500 y=436000', punt: [92500, 436000] },
    { invoer: 'X = 92500, Y = 436000', punt: [92500, 436000] },
    { invoer: 'x:92500 y:436000', punt: [92500, 436000] },
    { invoer: 'y=436000 x=92500', punt: [92500, 436000] },
    { invoer: '92500.5, 436000.25', punt: [92500.5, 436000.25] },
    { invoer: '92500.5 436000.25', punt: [92500.5, 436000.25] },
    { invoer: '92500,5 436000,25', punt: [92500.5, 436000.25] },
    { invoer: '92500,5; 436000,25', punt: [92500.5, 436000.25] },
    { invoer: 'x=92500,5 y=436000,25', punt: [92500.5, 436000.25] },
    { invoer: '0, 300000', punt: [0, 300000] },
    { invoer: '300000 625000', punt: [300000, 625000] },
  ])('leest "$invoer"', ({ invoer, punt }) => {
    expect(parseRdInvoer(invoer)).toEqual({ ok: true, punt });
  });

  it.each([
    { invoer: '', melding: /is geen RD-coördinaat/ },
    { invoer: 'Bloemhof', melding: /"Bloemhof" is geen RD-coördinaat: verwacht x en y in meters/ },
    { invoer: '92500', melding: /is geen RD-coördinaat/ },
    { invoer: '92500, 436000, 12', melding: /is geen RD-coördinaat/ },
    { invoer: '4.48, 51.91', melding: /x 4.48 ligt buiten Nederland|y 51.91 ligt buiten Nederland/ },
    { invoer: '350000, 436000', melding: /^x 350000 ligt buiten Nederland: verwacht 0 tot 300000 meter$/ },
    {
      invoer: '92500, 299999',
      melding: /^y 299999 ligt buiten Nederland: verwacht 300000 tot 625000 meter$/,
    },
    { invoer: '-5, 436000', melding: /is geen RD-coördinaat/ },
    { invoer: '436000, 92500', melding: /^x 436000 en y 92500 lijken verwisseld/ },
  ])('weigert "$invoer" met een Nederlandse melding', ({ invoer, melding }) => {
    const uitkomst = parseRdInvoer(invoer);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.melding).toMatch(melding);
  });
});
