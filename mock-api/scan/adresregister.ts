/**
 * The demo address register the scan searches offline: per inhabited buurt a few generated streets with house
 * numbers, PC6 codes and points inside the buurt, seeded and deterministic. Generated demodata (fictional streets),
 * built from the CBS facts only (buurt centroids, land area, inhabitants, PC4 centroids): no geometry from outside.
 */
import type { LonLat } from '../../src/contract/common';
import {
  dichtstbijzijndeIndex,
  METER_PER_GRAAD_LAT,
  METER_PER_GRAAD_LON,
} from '../../src/geo/dichtstbijzijnde';
import { BUURTEN, PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import { landVanRotterdam, WEGGELATEN } from '../generate/land';
import { puntInSchijf, rondAf6 } from '../generate/plaatsen';
import { Rng } from '../generate/random';

export interface RegisterAdres {
  readonly straat: string;
  readonly huisnummer: number;
  readonly postcode: string;
  readonly positie: LonLat;
  readonly buurt: string;
}

export interface Adresregister {
  readonly adressen: readonly RegisterAdres[];
  /** Lower-case street name without spaces → its addresses in number order. */
  readonly perStraat: ReadonlyMap<string, readonly RegisterAdres[]>;
  readonly perPostcode: ReadonlyMap<string, readonly RegisterAdres[]>;
}

// Names unlike the generator's facility streets (voorzieningen.ts), so a register street never looks like one.
const STAMMEN = [
  'Aalscholver',
  'Albatros',
  'Bergeend',
  'Boomkruiper',
  'Buizerd',
  'Dodaars',
  'Eider',
  'Fuut',
  'Goudvink',
  'Grutto',
  'Havik',
  'Houtsnip',
  'IJsvogel',
  'Kemphaan',
  'Kluut',
  'Koekoek',
  'Kraanvogel',
  'Krakeend',
  'Kwartel',
  'Lepelaar',
  'Meerkoet',
  'Nachtegaal',
  'Oehoe',
  'Ooievaar',
  'Patrijs',
  'Pimpelmees',
  'Plevier',
  'Pluvier',
  'Roerdomp',
  'Roodborst',
  'Scholekster',
  'Sijs',
  'Sperwer',
  'Steenuil',
  'Stern',
  'Tapuit',
  'Torenvalk',
  'Tureluur',
  'Velduil',
  'Wielewaal',
  'Winterkoning',
  'Wulp',
  'Zanglijster',
  'Zeearend',
  'Zilvermeeuw',
  'Zwarte Specht',
  'Bosanemoon',
  'Dotterbloem',
  'Egelantier',
  'Fluitenkruid',
  'Gentiaan',
  'Heide',
  'Kamperfoelie',
  'Klaproos',
  'Korenbloem',
  'Lavendel',
  'Madelief',
  'Pinksterbloem',
  'Sleutelbloem',
  'Vergeet-me-niet',
  'Waterlelie',
];
const ACHTER = ['straat', 'laan', 'weg', 'hof', 'kade', 'singel', 'dreef', 'plein'];
const PC6_LETTERS = 'ABCDEFGHJKLMNPRTUVWXYZ';
const VERBODEN = new Set(['SA', 'SD', 'SS']);
/** Numbers per PC6: a real PC6 covers one side of a stretch of street. */
const PER_PC6 = 24;

function afstandM(a: LonLat, b: LonLat): number {
  const dx = (a[0] - b[0]) * METER_PER_GRAAD_LON;
  const dy = (a[1] - b[1]) * METER_PER_GRAAD_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

function bouw(seed: number): Adresregister {
  const rng = new Rng(seed, 'adresregister');
  const land = landVanRotterdam();
  const namen = rng.geschud(STAMMEN.flatMap((s) => ACHTER.map((a) => s + a)));
  const pc6Gebruikt = new Set<string>();
  const adressen: RegisterAdres[] = [];
  for (let b = 0; b < BUURTEN.length; b++) {
    const buurt = BUURTEN[b];
    if (!buurt || buurt.inwoners < 100 || WEGGELATEN.has(buurt.code)) continue;
    const straten = Math.min(6, Math.max(2, Math.round(buurt.inwoners / 2500)));
    const straal = Math.min(400, Math.max(120, Math.sqrt((buurt.landHa * 10_000) / Math.PI)));
    for (let s = 0; s < straten; s++) {
      const naam = namen.pop();
      if (naam === undefined) break;
      // A straight street through a point in the buurt, in a random direction (no trigonometry: exact everywhere).
      let begin: LonLat = [buurt.centroid[0], buurt.centroid[1]];
      for (let p = 0; p < 32; p++) {
        const kandidaat = puntInSchijf(rng, buurt.centroid[0], buurt.centroid[1], straal * 0.6);
        if (
          land.opLand(kandidaat[0], kandidaat[1]) &&
          dichtstbijzijndeIndex(kandidaat[0], kandidaat[1], BUURTEN) === b
        ) {
          begin = kandidaat;
          break;
        }
      }
      let u = 0;
      let v = 0;
      while (u * u + v * v < 0.01 || u * u + v * v > 1) {
        u = 2 * rng.getal() - 1;
        v = 2 * rng.getal() - 1;
      }
      const lengte = Math.sqrt(u * u + v * v);
      const [ex, ey] = [u / lengte, v / lengte];
      const nummers = rng.geheel(16, 70);
      const stap = 9; // metres between two doors on one side
      const opDeStraat: RegisterAdres[] = [];
      let pc6 = '';
      let pc4 = '';
      for (let n = 1; n <= nummers; n++) {
        const langs = Math.floor((n - 1) / 2) * stap - (nummers * stap) / 4;
        const zij = n % 2 === 1 ? 8 : -8; // odd numbers on one side, even on the other
        const dx = ex * langs - ey * zij;
        const dy = ey * langs + ex * zij;
        const positie: LonLat = [
          rondAf6(begin[0] + dx / METER_PER_GRAAD_LON),
          rondAf6(begin[1] + dy / METER_PER_GRAAD_LAT),
        ];
        // Only doors in this buurt and on land: a register address must lie where the map says its buurt is.
        if (!land.opLand(positie[0], positie[1])) continue;
        if (dichtstbijzijndeIndex(positie[0], positie[1], BUURTEN) !== b) continue;
        if (pc6 === '' || (n - 1) % PER_PC6 === 0) {
          const p4 = PC4_GEBIEDEN[dichtstbijzijndeIndex(positie[0], positie[1], PC4_GEBIEDEN)];
          pc4 = p4?.code ?? '3000';
          let letters = '';
          do {
            letters = rng.kies([...PC6_LETTERS]) + rng.kies([...PC6_LETTERS]);
          } while (VERBODEN.has(letters) || pc6Gebruikt.has(pc4 + letters));
          pc6 = pc4 + letters;
          pc6Gebruikt.add(pc6);
        }
        opDeStraat.push({ straat: naam, huisnummer: n, postcode: pc6, positie, buurt: buurt.code });
      }
      adressen.push(...opDeStraat);
    }
  }
  const perStraat = new Map<string, RegisterAdres[]>();
  const perPostcode = new Map<string, RegisterAdres[]>();
  for (const a of adressen) {
    const s = normaliseer(a.straat);
    perStraat.set(s, [...(perStraat.get(s) ?? []), a]);
    perPostcode.set(a.postcode, [...(perPostcode.get(a.postcode) ?? []), a]);
  }
  return { adressen, perStraat, perPostcode };
}

const REGISTERS = new Map<number, Adresregister>();

/** The register of this seed, built on first use (about 20,000 addresses, a few tens of milliseconds). */
export function adresregister(seed: number): Adresregister {
  let r = REGISTERS.get(seed);
  if (!r) {
    r = bouw(seed);
    REGISTERS.set(seed, r);
  }
  return r;
}

/** Lower case, no spaces, hyphens or dots: "Zwarte Spechtlaan" and "zwarte-spechtlaan" are one street. */
export function normaliseer(tekst: string): string {
  return tekst.toLowerCase().replace(/[\s.\-'’]/g, '');
}

/** The address nearest to a point, with its distance: "what is here" for a click on the map. */
export function dichtstbijzijndAdres(
  register: Adresregister,
  punt: LonLat,
): { adres: RegisterAdres; afstandM: number } | null {
  let beste: RegisterAdres | null = null;
  let besteAfstand = Infinity;
  for (const a of register.adressen) {
    const d = afstandM(a.positie, punt);
    if (d < besteAfstand) {
      besteAfstand = d;
      beste = a;
    }
  }
  return beste ? { adres: beste, afstandM: besteAfstand } : null;
}
