/** Rotterdams Goed Wonen demo data: cases, integral actions, stop talks and case tables, from 2025-01-01 to the peildatum. */
import type { LonLat } from '../../src/contract/common';
import type { FocusgebiedCode } from '../../src/contract/gebied';
import { ProbleemCategorie } from '../../src/contract/rgw';
import type { Casustafel, IntegraleActie, RgwZaak, Stopgesprek } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt, type Focusgebied } from '../../src/domain/focusgebieden';
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import type { RgwDataset } from './dataset-types';
import { dagVanDatum, dagVanIso, datumVanDag, isoVanDag, isWerkdag, weekdag } from './datum';
import { WEGGELATEN } from './land';
import { BuurtPlaatser } from './plaatsen';
import { GewogenKeuze, Rng } from './random';

export const RGW_START = '2025-01-01';
/** Cases a year in the five focus areas: the target is at least 1,250; the demo runs a little ahead of it. */
export const ZAKEN_PER_JAAR_MIN = 1300;
export const ZAKEN_PER_JAAR_MAX = 1350;
/** The city-wide benchmark mode puts this many times more cases per inhabitant in the focus areas. */
export const FOCUS_DICHTHEID_STAD = 3;
/** Largest `rgwAantalStad`: the case id has 7 digits. */
export const MAX_ZAKEN = 9_999_999;

/** Contract order: the first six are in scope, the last three are only signalled. */
const CATEGORIEEN: readonly ProbleemCategorie[] = ProbleemCategorie.options;
const HOOFD_GEWICHT = [25, 22, 18, 18, 10, 7];
const EXTRA_GEWICHT = [...HOOFD_GEWICHT, 6, 8, 5];

/**
 * One frozen array per category combination (a bit mask), shared by every case with that combination:
 * a million cases then hold a few hundred arrays instead of a million.
 */
const CATEGORIE_POOL: ProbleemCategorie[][] = [];
function categorieenVoorMasker(masker: number): ProbleemCategorie[] {
  const bestaand = CATEGORIE_POOL[masker];
  if (bestaand) return bestaand;
  const lijst = CATEGORIEEN.filter((_, i) => (masker & (1 << i)) !== 0);
  Object.freeze(lijst);
  CATEGORIE_POOL[masker] = lijst;
  return lijst;
}

const PARTNERS_EXTRA = [
  ['belastingdienst', 0.4],
  ['brandweer', 0.35],
  ['woningcorporatie', 0.5],
] as const;

/** Each focus area holds its case table on its own weekday, every other week. */
const CASUSTAFEL_WEEKDAG: Record<FocusgebiedCode, number> = {
  bloemhof: 1,
  carnisse: 2,
  hillesluis: 3,
  'pendrecht-zuidwijk': 4,
  tarwewijk: 5,
};

interface RgwOpties {
  seed: number;
  peildatum: string;
  /** undefined: the five focus areas; a number: exactly that many cases over the whole city. */
  aantalStad?: number;
}

interface Actie {
  actie: IntegraleActie;
  dag: number;
  zaken: number;
}

function werkdagTussen(rng: Rng, van: number, tot: number): number {
  for (let poging = 0; poging < 100; poging++) {
    const dag = rng.geheel(van, tot);
    if (isWerkdag(dag)) return dag;
  }
  return van;
}

function buurtIndex(code: string): number {
  const i = BUURTEN.findIndex((b) => b.code === code);
  if (i < 0) throw new Error(`buurt ${code} staat niet in de CBS-feiten`);
  return i;
}

function twee(n: number): string {
  return String(n).padStart(2, '0');
}

function jaarEinde(jaar: number): number {
  return dagVanDatum(jaar, 12, 31);
}

function maakActies(rng: Rng, start: number, eind: number): Actie[] {
  const acties: Actie[] = [];
  const [eersteJaar] = datumVanDag(start);
  const [laatsteJaar] = datumVanDag(eind);
  for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
    // Rotate over the areas so each gets two or three actions a year.
    const volgorde = rng.geschud(FOCUSGEBIEDEN);
    for (let maand = 1; maand <= 12; maand++) {
      const dag = werkdagTussen(rng, dagVanDatum(jaar, maand, 5), dagVanDatum(jaar, maand, 18));
      if (dag > eind) break;
      const focus = volgorde[(maand - 1) % volgorde.length];
      if (!focus) continue;
      const partners: IntegraleActie['partners'] = ['politie', 'stedin'];
      for (const [partner, kans] of PARTNERS_EXTRA) if (rng.kans(kans)) partners.push(partner);
      acties.push({
        actie: { id: `ia-${jaar}-${twee(maand)}`, datum: isoVanDag(dag), focusgebied: focus.code, partners },
        dag,
        zaken: rng.geheel(8, 20),
      });
    }
  }
  return acties;
}

function maakStopgesprekken(rng: Rng, start: number, eind: number): Stopgesprek[] {
  const gesprekken: Stopgesprek[] = [];
  const verhuurders = new Set<number>();
  const [eersteJaar] = datumVanDag(start);
  const [laatsteJaar] = datumVanDag(eind);
  for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
    const begin = dagVanDatum(jaar, 1, 1);
    const lengte = jaarEinde(jaar) - begin + 1;
    // About ten a year: one in each tenth of the year.
    for (let k = 0; k < 10; k++) {
      const dag = werkdagTussen(
        rng,
        begin + Math.floor((k * lengte) / 10),
        begin + Math.floor(((k + 1) * lengte) / 10) - 1,
      );
      if (dag > eind) break;
      let verhuurder = rng.geheel(1, 9999);
      while (verhuurders.has(verhuurder)) verhuurder = rng.geheel(1, 9999);
      verhuurders.add(verhuurder);
      gesprekken.push({
        id: `sg-${jaar}-${twee(k + 1)}`,
        datum: isoVanDag(dag),
        focusgebied: rng.kies(FOCUSGEBIEDEN).code,
        verhuurder: `vh-${String(verhuurder).padStart(4, '0')}`,
      });
    }
  }
  return gesprekken;
}

/** Every two weeks per area; the first one in a year falls between 3 and 9 January, so a full year has exactly 26 (the last by 27 December). */
function maakCasustafels(start: number, eind: number): Casustafel[] {
  const tafels: { dag: number; volgorde: number; tafel: Casustafel }[] = [];
  const [eersteJaar] = datumVanDag(start);
  const [laatsteJaar] = datumVanDag(eind);
  for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
    FOCUSGEBIEDEN.forEach((f, volgorde) => {
      let dag = dagVanDatum(jaar, 1, 3);
      while (weekdag(dag) !== CASUSTAFEL_WEEKDAG[f.code]) dag++;
      for (; dag <= jaarEinde(jaar); dag += 14) {
        // On a public holiday the table meets the next working day; the fortnightly rhythm stays.
        let vergadering = dag;
        while (!isWerkdag(vergadering)) vergadering++;
        if (vergadering >= start && vergadering <= eind) {
          tafels.push({
            dag: vergadering,
            volgorde,
            tafel: { datum: isoVanDag(vergadering), focusgebied: f.code },
          });
        }
      }
    });
  }
  tafels.sort((a, b) => a.dag - b.dag || a.volgorde - b.volgorde);
  return tafels.map((t) => t.tafel);
}

/** Working days (offsets from `start`) in [van, tot]; all days when the range has no working day. */
function werkdagen(start: number, van: number, tot: number): Int32Array {
  const lijst: number[] = [];
  for (let d = van; d <= tot; d++) if (isWerkdag(d)) lijst.push(d - start);
  if (lijst.length === 0) for (let d = van; d <= tot; d++) lijst.push(d - start);
  return Int32Array.from(lijst);
}

function verspreid(rng: Rng, perDag: Int32Array, dagen: Int32Array, aantal: number): void {
  for (let n = 0; n < aantal; n++) {
    const d = dagen[Math.floor(rng.getal() * dagen.length)] as number;
    perDag[d] = (perDag[d] as number) + 1;
  }
}

/** Per focus area, a weighted choice among its buurten (Pendrecht-Zuidwijk has two). */
function focusKeuzes(): Map<FocusgebiedCode, { indices: number[]; keuze: GewogenKeuze }> {
  return new Map(
    FOCUSGEBIEDEN.map((f: Focusgebied) => {
      const indices = f.buurten.map(buurtIndex);
      return [f.code, { indices, keuze: new GewogenKeuze(indices.map((i) => BUURTEN[i]?.inwoners ?? 0)) }];
    }),
  );
}

/**
 * Builds the RGW data. Cases come out sorted by opening date with ids in that order, without a sort:
 * counts per day are drawn first, then the days are walked in order. Hot loop: no zod, no per-case closures.
 */
export function maakRgw(opties: RgwOpties): RgwDataset {
  const { seed, peildatum, aantalStad } = opties;
  if (
    aantalStad !== undefined &&
    (!Number.isSafeInteger(aantalStad) || aantalStad < 0 || aantalStad > MAX_ZAKEN)
  ) {
    throw new RangeError(
      `rgwAantalStad ${aantalStad} is ongeldig: verwacht een geheel getal van 0 tot ${MAX_ZAKEN}`,
    );
  }
  const start = dagVanIso(RGW_START);
  const eind = dagVanIso(peildatum);
  if (eind < start) return { zaken: [], integraleActies: [], stopgesprekken: [], casustafels: [] };

  const acties = maakActies(new Rng(seed, 'rgw-acties'), start, eind);
  const stopgesprekken = maakStopgesprekken(new Rng(seed, 'rgw-stopgesprekken'), start, eind);
  const casustafels = maakCasustafels(start, eind);

  const rng = new Rng(seed, aantalStad === undefined ? 'rgw-zaken' : 'rgw-zaken-stad');
  const aantalDagen = eind - start + 1;
  const perDag = new Int32Array(aantalDagen);
  const actiesPerDag = new Map<number, Actie[]>();
  for (const a of acties) actiesPerDag.set(a.dag - start, [...(actiesPerDag.get(a.dag - start) ?? []), a]);

  if (aantalStad === undefined) {
    const [eersteJaar] = datumVanDag(start);
    const [laatsteJaar] = datumVanDag(eind);
    for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
      const begin = Math.max(start, dagVanDatum(jaar, 1, 1));
      const tot = Math.min(eind, jaarEinde(jaar));
      const perJaar = rng.geheel(ZAKEN_PER_JAAR_MIN, ZAKEN_PER_JAAR_MAX);
      const totaal = Math.round(
        (perJaar * (tot - begin + 1)) / (jaarEinde(jaar) - dagVanDatum(jaar, 1, 1) + 1),
      );
      const uitActies = acties.filter((a) => a.dag >= begin && a.dag <= tot).reduce((s, a) => s + a.zaken, 0);
      verspreid(rng, perDag, werkdagen(start, begin, tot), Math.max(0, totaal - uitActies));
    }
  } else {
    // Actions stay a modest share of the cases, however few cases are asked for.
    const gevraagd = acties.reduce((s, a) => s + a.zaken, 0);
    const ruimte = Math.floor(aantalStad / 5);
    if (gevraagd > ruimte) for (const a of acties) a.zaken = Math.floor((a.zaken * ruimte) / gevraagd);
    const uitActies = acties.reduce((s, a) => s + a.zaken, 0);
    verspreid(rng, perDag, werkdagen(start, start, eind), aantalStad - uitActies);
  }

  const plaatser = new BuurtPlaatser(BUURTEN);
  const perFocus = focusKeuzes();
  const kandidaten =
    aantalStad === undefined
      ? FOCUSGEBIEDEN.flatMap((f) => f.buurten.map(buurtIndex))
      : BUURTEN.flatMap((b, i) => (b.inwoners > 0 && !WEGGELATEN.has(b.code) ? [i] : []));
  const buurtKeuze = new GewogenKeuze(
    kandidaten.map((i) => {
      const b = BUURTEN[i];
      if (!b) return 0;
      return (
        b.inwoners * (aantalStad !== undefined && focusgebiedVanBuurt(b.code) ? FOCUS_DICHTHEID_STAD : 1)
      );
    }),
  );
  const hoofd = new GewogenKeuze(HOOFD_GEWICHT);
  const extra = new GewogenKeuze(EXTRA_GEWICHT);
  const codes = BUURTEN.map((b) => b.code);
  const datums = Array.from({ length: aantalDagen }, (_, d) => isoVanDag(start + d));
  const werkdag = Uint8Array.from({ length: aantalDagen }, (_, d) => (isWerkdag(start + d) ? 1 : 0));
  const totaal = perDag.reduce((s, n) => s + n, 0) + acties.reduce((s, a) => s + a.zaken, 0);
  const zaken = new Array<RgwZaak>(totaal);
  let volgnummer = 0;

  const maakZaak = (d: number, buurt: number, actie: IntegraleActie | null, kansMulti: number): void => {
    const positie: LonLat = plaatser.punt(rng, buurt);
    let masker = 1 << hoofd.kies(rng);
    const r = rng.getal();
    const extraAantal = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
    for (let k = 0; k < extraAantal; k++) {
      let bit = 1 << extra.kies(rng);
      while ((masker & bit) !== 0) bit = 1 << extra.kies(rng);
      masker |= bit;
    }
    const multi = rng.getal() < kansMulti;
    const u = rng.getal();
    const duur = multi
      ? u < 0.1
        ? rng.geheel(250, 600)
        : Math.round(rng.klok(40, 300))
      : u < 0.06
        ? rng.geheel(150, 450)
        : Math.round(rng.klok(7, 140));
    let status: RgwZaak['status'];
    let gesloten: string | null = null;
    let sluit = d + duur;
    if (sluit <= aantalDagen - 1) {
      // Cases are closed on working days: back to the last one before.
      while (sluit > d && werkdag[sluit] === 0) sluit--;
      status = 'afgesloten';
      gesloten = datums[sluit] ?? null;
    } else {
      const leeftijd = aantalDagen - 1 - d;
      const s = rng.getal();
      if (leeftijd < 10) status = s < (multi ? 0.5 : 0.8) ? 'melding' : 'in-behandeling';
      else if (multi) status = s < 0.65 ? 'casustafel' : s < 0.9 ? 'handhaving' : 'in-behandeling';
      else status = s < 0.7 ? 'in-behandeling' : 'handhaving';
    }
    volgnummer++;
    zaken[volgnummer - 1] = {
      id: `rgw-${String(10_000_000 + volgnummer).slice(1)}`,
      geopend: datums[d] ?? RGW_START,
      gesloten,
      categorieen: categorieenVoorMasker(masker),
      bron: actie ? 'integrale-actie' : rng.getal() < 0.22 ? 'proactief' : 'melding',
      integraleActie: actie ? actie.id : null,
      aanpak: multi ? 'multi' : 'mono',
      status,
      buurt: codes[buurt] ?? '',
      positie,
    };
  };

  for (let d = 0; d < aantalDagen; d++) {
    const vandaag = actiesPerDag.get(d);
    if (vandaag) {
      for (const a of vandaag) {
        const focus = perFocus.get(a.actie.focusgebied);
        if (!focus) continue;
        for (let n = 0; n < a.zaken; n++) {
          maakZaak(d, focus.indices[focus.keuze.kies(rng)] ?? 0, a.actie, 0.4);
        }
      }
    }
    const aantal = perDag[d] as number;
    for (let n = 0; n < aantal; n++) maakZaak(d, kandidaten[buurtKeuze.kies(rng)] ?? 0, null, 0.25);
  }
  if (volgnummer !== totaal) throw new Error(`rgw: ${volgnummer} zaken gemaakt, ${totaal} verwacht`);

  return { zaken, integraleActies: acties.map((a) => a.actie), stopgesprekken, casustafels };
}
