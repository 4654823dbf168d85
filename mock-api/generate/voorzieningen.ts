/** The 78 locations of contracted Wmo providers: housing form, capacity, address, escalation history and management status. */
import type { LonLat } from '../../src/contract/common';
import type {
  Adres,
  Beheerstatus,
  Doelgroep,
  Fase,
  FaseWissel,
  Voorziening,
  Woonvorm,
} from '../../src/contract/voorziening';
import { dichtstbijzijnde } from '../../src/geo/dichtstbijzijnde';
import { BUURTEN, PC4_GEBIEDEN, type BuurtFeit } from '../../src/geo/rotterdam-facts';
import { dagVanDatum, dagVanIso, isoVanDag } from './datum';
import { landVanRotterdam, WEGGELATEN, type Land } from './land';
import { puntInSchijf } from './plaatsen';
import { GewogenKeuze, Rng, verdeelSom } from './random';
import { alsOrganisatie, ZORGAANBIEDERS, type Zorgaanbieder } from './zorgaanbieders';

/** The HKD inventory of management arrangements (DOMAIN.md): every location's history starts here. */
export const INVENTARISATIE_DATUM = '2023-05-15';
export const INVENTARISATIE_REDEN = 'Inventarisatie beheerafspraken 2023';
/** The day the phase counts of the inventory (41 / 30 / 6 / 1) hold: the inventory itself. */
export const INVENTARISATIE_PEILDATUM = INVENTARISATIE_DATUM;
/** The HKD slides of 13-6-2023 report the fase-3a location "inmiddels terug naar fase 1": it went back before them. */
export const DRIE_A_TERUG_NAAR_EEN = '2023-06-01';
export const HKD_PRESENTATIE_DATUM = '2023-06-13';

export const CAPACITEIT_BESCHERMD_WONEN = 1100;
export const CAPACITEIT_DOORSTROOM = 900;

interface Mengregel {
  readonly woonvorm: Woonvorm;
  readonly aantal: number;
  readonly min: number;
  readonly max: number;
  /** Opvang moves to bedrooms of 4: capacities are multiples of 4. */
  readonly stap?: number;
  /** Exact total capacity (DOMAIN.md: "about 1,100" BW places, "about 900" doorstroomplekken). */
  readonly som?: number;
  readonly vertrouwelijk?: boolean;
  /** Earliest year a location of this form opened in the demo. */
  readonly vanafJaar: number;
}

/**
 * 78 locations: mostly beschermd wonen and opvang, as in the HKD inventory. No Wonen eerst: it is individual homes
 * (50 a year, individuele-woningen.ts), not a facility with a location.
 */
export const WOONVORM_MIX: readonly Mengregel[] = [
  {
    woonvorm: 'beschermd-wonen',
    aantal: 30,
    min: 10,
    max: 60,
    som: CAPACITEIT_BESCHERMD_WONEN,
    vanafJaar: 2005,
  },
  { woonvorm: 'opvang', aantal: 16, min: 12, max: 120, stap: 4, vanafJaar: 2005 },
  { woonvorm: 'opvang', aantal: 4, min: 12, max: 32, stap: 4, vertrouwelijk: true, vanafJaar: 2005 },
  {
    woonvorm: 'doorstroomvoorziening',
    aantal: 16,
    min: 20,
    max: 120,
    som: CAPACITEIT_DOORSTROOM,
    vanafJaar: 2010,
  },
  { woonvorm: 'flexwonen', aantal: 4, min: 24, max: 96, vanafJaar: 2018 },
  { woonvorm: 'semimuraal', aantal: 8, min: 10, max: 30, vanafJaar: 2008 },
];

const DOELGROEPEN: Record<Woonvorm, readonly (readonly [Doelgroep, number])[]> = {
  'beschermd-wonen': [
    ['psychiatrische-problematiek', 60],
    ['verslavingsproblematiek', 15],
    ['licht-verstandelijke-beperking', 15],
    ['jongeren', 10],
  ],
  opvang: [
    ['dak-en-thuislozen', 60],
    ['gezinnen', 15],
    ['jongeren', 15],
    ['verslavingsproblematiek', 10],
  ],
  doorstroomvoorziening: [
    ['uitstromers', 50],
    ['dak-en-thuislozen', 25],
    ['jongeren', 25],
  ],
  'wonen-eerst': [
    ['dak-en-thuislozen', 70],
    ['verslavingsproblematiek', 30],
  ],
  flexwonen: [
    ['dak-en-thuislozen', 60],
    ['jongeren', 40],
  ],
  semimuraal: [
    ['psychiatrische-problematiek', 40],
    ['licht-verstandelijke-beperking', 30],
    ['uitstromers', 30],
  ],
};

function naamVoorvoegsel(woonvorm: Woonvorm, doelgroep: Doelgroep): string {
  switch (woonvorm) {
    case 'beschermd-wonen':
      return 'Beschermd Wonen';
    case 'opvang':
      return doelgroep === 'gezinnen'
        ? 'Gezinsopvang'
        : doelgroep === 'jongeren'
          ? 'Jongerenopvang'
          : 'Nachtopvang';
    case 'doorstroomvoorziening':
      return 'Doorstroomhuis';
    case 'wonen-eerst':
      return 'Wonen Eerst';
    case 'flexwonen':
      return 'Flexwonen';
    case 'semimuraal':
      return 'Woonvoorziening';
  }
}

const NAMEN = [
  'De Linde',
  'De Eik',
  'De Beuk',
  'De Esdoorn',
  'De Kastanje',
  'De Plataan',
  'De Berk',
  'De Els',
  'De Populier',
  'De Hazelaar',
  'De Meidoorn',
  'De Vlier',
  'De Hulst',
  'De Taxus',
  'De Ceder',
  'De Olm',
  'De Wilg',
  'De Acacia',
  'De Notenboom',
  'De Lijsterbes',
  'De Merel',
  'De Reiger',
  'De Zwaluw',
  'De Kievit',
  'De Grutto',
  'De Fuut',
  'De Meerkoet',
  'De Roodborst',
  'De Vink',
  'De Specht',
  'De IJsvogel',
  'De Koekoek',
  'De Spreeuw',
  'De Kwikstaart',
  'De Tureluur',
  'Het Roer',
  'De Boei',
  'De Sloep',
  'De Schoener',
  'Het Kompas',
  'De Meerpaal',
  'Het Zeil',
  'De Loods',
  'Het Jaagpad',
  'Het Atrium',
  'De Binnenhof',
  'Het Koetshuis',
  'De Wending',
  'De Overstap',
  'Het Startpunt',
  'De Tussenstap',
  'De Opstap',
  'De Brug',
  'Het Trefpunt',
  'De Horizon',
  'De Regenboog',
  'Het Keerpunt',
  'De Verbinding',
  'Het Mozaïek',
  'De Wegwijzer',
  'De Vaart',
  'De Molen',
  'De Kapstok',
  'Het Lichtpunt',
  'De Boomgaard',
  'De Hoeksteen',
  'Het Erf',
  'De Zonnewijzer',
  'De Stroming',
  'Het Vlot',
  'De Waterlelie',
  'Het Klaverblad',
  'De Pijler',
  'De Ruimte',
  'Het Nieuwe Begin',
];

/** Confidential shelters: names that say nothing about where they are. */
const VERTROUWELIJKE_NAMEN = [
  'Veilige Opvang De Vuurtoren',
  'Veilige Opvang Het Baken',
  'Veilige Opvang De Lantaarn',
  'Veilige Opvang Het Schild',
];

const STRAAT_STAM = [
  'Linde',
  'Meeuwen',
  'Eiken',
  'Beuken',
  'Kastanje',
  'Vlinder',
  'Lijster',
  'Merel',
  'Zwaluw',
  'Reiger',
  'Tulpen',
  'Rozen',
  'Anjer',
  'Klaver',
  'Distel',
  'Koren',
  'Gerst',
  'Haver',
  'Molen',
  'Smeden',
  'Kuipers',
  'Bakkers',
  'Touwslagers',
  'Zeilmakers',
  'Schippers',
  'Vissers',
  'Loods',
  'Sluis',
  'Polder',
  'Veer',
  'Boomgaard',
  'Wilgen',
  'Populieren',
  'Berken',
  'Essen',
  'Hazelaar',
  'Hulst',
  'Jasmijn',
  'Seringen',
  'Iris',
  'Narcissen',
  'Akelei',
  'Zonnebloem',
  'Fazanten',
  'Kievits',
  'Spreeuwen',
  'Vinken',
  'Uilen',
];
const STRAAT_ACHTER = ['straat', 'laan', 'weg', 'plein', 'kade', 'singel', 'hof', 'dreef', 'erf', 'pad'];
const TOEVOEGINGEN = ['A', 'B', 'C', '-1', '-2'];

// Letters that look like digits are left out, as on real postcodes; SA, SD and SS are never issued.
const PC6_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VERBODEN_PC6 = new Set(['SA', 'SD', 'SS']);

/** Buurten with fewer inhabitants are industrial or parkland: no housing facility there. */
const MIN_INWONERS_BUURT = 1000;
const MIN_INWONERS_PC4 = 500;
const PC6_STRAAL_M = 350;
const ADRES_STRAAL_M = 60;
const GEDEELDE_PC6 = 3;

interface Opzet {
  woonvorm: Woonvorm;
  doelgroep: Doelgroep;
  capaciteit: number;
  vertrouwelijk: boolean;
  vanafJaar: number;
  aanbieder: Zorgaanbieder | null;
}

interface Plek {
  adres: Adres;
  positie: LonLat;
  pc6Positie: LonLat;
  pc4: string;
  buurt: BuurtFeit;
}

function kiesDoelgroep(rng: Rng, woonvorm: Woonvorm): Doelgroep {
  const opties = DOELGROEPEN[woonvorm];
  const keuze = new GewogenKeuze(opties.map(([, g]) => g));
  const gekozen = opties[keuze.kies(rng)];
  if (!gekozen) throw new Error(`geen doelgroep voor ${woonvorm}`);
  return gekozen[0];
}

function maakOpzet(rng: Rng): Opzet[] {
  const opzet: Opzet[] = [];
  for (const regel of WOONVORM_MIX) {
    const stap = regel.stap ?? 1;
    const capaciteiten =
      regel.som !== undefined
        ? verdeelSom(rng, regel.aantal, regel.som, regel.min, regel.max, stap)
        : Array.from(
            { length: regel.aantal },
            () => Math.round(rng.klok(regel.min, regel.max) / stap) * stap,
          );
    for (const capaciteit of capaciteiten) {
      opzet.push({
        woonvorm: regel.woonvorm,
        doelgroep: regel.vertrouwelijk ? 'huiselijk-geweld' : kiesDoelgroep(rng, regel.woonvorm),
        capaciteit,
        vertrouwelijk: regel.vertrouwelijk ?? false,
        vanafJaar: regel.vanafJaar,
        aanbieder: null,
      });
    }
  }
  return rng.geschud(opzet);
}

function pastBij(aanbieder: Zorgaanbieder, o: Opzet): boolean {
  return o.vertrouwelijk ? aanbieder.huiselijkGeweld : aanbieder.woonvormen.includes(o.woonvorm);
}

/** Every provider gets at least one location, then the rest go to providers of that form, weighted by size. */
function wijsAanbiedersToe(rng: Rng, opzet: Opzet[]): void {
  for (const aanbieder of rng.geschud(ZORGAANBIEDERS)) {
    const vrij = opzet.filter((o) => o.aanbieder === null);
    const passend = vrij.filter((o) => pastBij(aanbieder, o));
    const o = rng.kies(passend.length > 0 ? passend : vrij.filter((v) => !v.vertrouwelijk));
    o.aanbieder = aanbieder;
  }
  for (const o of opzet) {
    if (o.aanbieder !== null) continue;
    const passend = ZORGAANBIEDERS.filter((a) => pastBij(a, o));
    const kandidaten = passend.length > 0 ? passend : ZORGAANBIEDERS.filter((a) => !a.huiselijkGeweld);
    o.aanbieder = kandidaten[new GewogenKeuze(kandidaten.map((a) => a.omvang)).kies(rng)] ?? null;
  }
}

class Adresboek {
  private readonly rng: Rng;
  private readonly land: Land;
  private readonly buurtKeuze: GewogenKeuze;
  private readonly woonbuurten: readonly BuurtFeit[];
  private readonly pc6Gebruikt = new Set<string>();
  private readonly stratenVrij: string[];

  constructor(rng: Rng, land: Land) {
    this.rng = rng;
    this.land = land;
    this.woonbuurten = BUURTEN.filter((b) => b.inwoners >= MIN_INWONERS_BUURT && !WEGGELATEN.has(b.code));
    this.buurtKeuze = new GewogenKeuze(this.woonbuurten.map((b) => b.inwoners));
    const straten = STRAAT_STAM.flatMap((stam) => STRAAT_ACHTER.map((achter) => stam + achter));
    this.stratenVrij = rng.geschud(straten);
  }

  private pc4Van(punt: LonLat): { code: string; inwoners: number } {
    return dichtstbijzijnde(punt, PC4_GEBIEDEN);
  }

  private nieuweLetters(pc4: string): string {
    for (;;) {
      const letters = this.rng.kies([...PC6_LETTERS]) + this.rng.kies([...PC6_LETTERS]);
      if (!VERBODEN_PC6.has(letters) && !this.pc6Gebruikt.has(pc4 + letters)) return letters;
    }
  }

  private huisnummer(): Pick<Adres, 'huisnummer' | 'toevoeging'> {
    const huisnummer = this.rng.geheel(1, 250);
    return this.rng.kans(0.12) ? { huisnummer, toevoeging: this.rng.kies(TOEVOEGINGEN) } : { huisnummer };
  }

  /**
   * An address point on land within 60 m of the PC6 centroid and in the same PC4 cell as that centroid;
   * null if none found.
   */
  private adresBij(pc6Positie: LonLat, pc4: string): { positie: LonLat; buurt: BuurtFeit } | null {
    for (let poging = 0; poging < 20; poging++) {
      const positie = puntInSchijf(this.rng, pc6Positie[0], pc6Positie[1], ADRES_STRAAL_M);
      if (!this.land.opLand(positie[0], positie[1])) continue;
      if (this.pc4Van(positie).code !== pc4) continue;
      const buurt = dichtstbijzijnde(positie, BUURTEN);
      if (buurt.inwoners < MIN_INWONERS_BUURT || WEGGELATEN.has(buurt.code)) continue;
      return { positie, buurt };
    }
    return null;
  }

  nieuw(): Plek {
    for (;;) {
      const bron = this.woonbuurten[this.buurtKeuze.kies(this.rng)];
      if (!bron) continue;
      const pc6Positie = puntInSchijf(this.rng, bron.centroid[0], bron.centroid[1], PC6_STRAAL_M);
      // The PC6 centroid is drawn on the map too (zorgaanbieder precision): on land, like the address.
      if (!this.land.opLand(pc6Positie[0], pc6Positie[1])) continue;
      const pc4 = this.pc4Van(pc6Positie);
      if (pc4.inwoners < MIN_INWONERS_PC4 || WEGGELATEN.has(pc4.code)) continue;
      const plek = this.adresBij(pc6Positie, pc4.code);
      if (!plek) continue;
      const postcode = pc4.code + this.nieuweLetters(pc4.code);
      this.pc6Gebruikt.add(postcode);
      const straat = this.stratenVrij.pop() ?? 'Dorpsstraat';
      return {
        adres: { straat, ...this.huisnummer(), postcode, woonplaats: 'Rotterdam' },
        positie: plek.positie,
        pc6Positie,
        pc4: pc4.code,
        buurt: plek.buurt,
      };
    }
  }

  /** A second address in the same PC6 (same street, same centroid), e.g. two forms of housing in one complex. */
  naast(plek: Plek): Plek {
    for (;;) {
      const nieuw = this.adresBij(plek.pc6Positie, plek.pc4);
      if (!nieuw) continue;
      // Same side of the street, a few doors along: even steps keep the parity of the first number.
      const stap = this.rng.geheel(1, 12) * 2;
      const eerste = plek.adres.huisnummer;
      const huisnummer = eerste + stap <= 250 ? eerste + stap : eerste - stap;
      return {
        adres: {
          straat: plek.adres.straat,
          huisnummer,
          postcode: plek.adres.postcode,
          woonplaats: 'Rotterdam',
        },
        positie: nieuw.positie,
        pc6Positie: [plek.pc6Positie[0], plek.pc6Positie[1]],
        pc4: plek.pc4,
        buurt: nieuw.buurt,
      };
    }
  }
}

interface Wissel {
  datum: string;
  van: Fase;
  naar: Fase;
  reden: string;
}

/**
 * The escalation ladder, by design: at the inventory 41 × fase 0, 30 × 1, 6 × 2, 1 × 3a (DOMAIN.md);
 * today 41 / 31 / 6 / 0: the 3a location went back to fase 1 before the slides of 13-6-2023, and a few others
 * moved and moved back.
 */
const INVENTARIS_FASEN: readonly (readonly [Fase, number])[] = [
  ['3a', 1],
  ['2', 6],
  ['1', 30],
  ['0', 41],
];

interface Ladder {
  inventaris: Fase[];
  wissels: Wissel[][];
  /** Indices (in `opzet`) by role in the story, for the management status. */
  heropgestart: Set<number>;
  actueel: Set<number>;
  naarBasis: number;
  naarSlapend: number;
}

function maakLadder(rng: Rng, opzet: readonly Opzet[]): Ladder {
  const basis: Record<Woonvorm, number> = {
    opvang: 2,
    'beschermd-wonen': 1.2,
    doorstroomvoorziening: 1,
    flexwonen: 1,
    semimuraal: 0.5,
    'wonen-eerst': 0.3,
  };
  // Big shelters first, small clustered homes last; confidential shelters draw no neighbourhood nuisance.
  const risico = opzet.map((o) =>
    o.vertrouwelijk ? -10 : basis[o.woonvorm] + o.capaciteit / 40 + rng.tussen(0, 2),
  );
  const volgorde = opzet.map((_, i) => i).sort((a, b) => (risico[b] ?? 0) - (risico[a] ?? 0) || a - b);
  const inventaris = new Array<Fase>(opzet.length).fill('0');
  let k = 0;
  for (const [fase, aantal] of INVENTARIS_FASEN) {
    for (let n = 0; n < aantal; n++) inventaris[volgorde[k++] ?? 0] = fase;
  }
  const metFase = (f: Fase): number[] => volgorde.filter((i) => inventaris[i] === f);
  const [drieA] = metFase('3a');
  const twee = metFase('2');
  const een = metFase('1');
  const nul = metFase('0').filter((i) => !opzet[i]?.vertrouwelijk);
  if (drieA === undefined) throw new Error('geen locatie in fase 3a');

  // Most urgent first: committees were restarted for the 3a and fase 2 locations and the 8 riskiest of fase 1.
  const heropgestart = new Set([drieA, ...twee, ...een.slice(0, 8)]);
  const [a, c, e] = rng.steekproef(een.slice(8), 3);
  const b = rng.kies(twee);
  const d = rng.kies(nul);
  if (a === undefined || c === undefined || e === undefined) throw new Error('te weinig locaties in fase 1');

  const wissels: Wissel[][] = opzet.map(() => []);
  const voegToe = (i: number, w: Wissel): void => {
    wissels[i]?.push(w);
  };
  voegToe(drieA, {
    datum: DRIE_A_TERUG_NAAR_EEN,
    van: '3a',
    naar: '1',
    reden: 'Verbeterplan afgerond; terug naar actief basisregime',
  });
  voegToe(a, { datum: '2024-01-15', van: '1', naar: '2', reden: 'Toename van meldingen van overlast' });
  voegToe(a, { datum: '2024-10-01', van: '2', naar: '1', reden: 'Extra maatregelen hebben effect' });
  voegToe(c, { datum: '2024-05-21', van: '1', naar: '2', reden: 'Herhaalde meldingen van omwonenden' });
  voegToe(b, {
    datum: '2024-06-03',
    van: '2',
    naar: '1',
    reden: 'Maatregelen afgerond; terug naar actief basisregime',
  });
  voegToe(e, {
    datum: '2024-09-02',
    van: '1',
    naar: '0',
    reden: 'Een jaar zonder meldingen; terug naar slapend regime',
  });
  voegToe(d, {
    datum: '2025-03-10',
    van: '0',
    naar: '1',
    reden: 'Meldingen na verbouwing; beheercommissie weer actief',
  });

  // Covenants were updated for the 3a and fase 2 locations and 24 of fase 1, the two that escalated among them.
  const eenVoorConvenant = [a, c, ...een.filter((i) => i !== a && i !== c)];
  const actueel = new Set([drieA, ...twee, ...eenVoorConvenant.slice(0, 24)]);
  return { inventaris, wissels, heropgestart, actueel, naarBasis: d, naarSlapend: e };
}

function maakBeheer(rng: Rng, opzet: readonly Opzet[], ladder: Ladder): Beheerstatus[] {
  const overigNul = rng.geschud(
    opzet
      .map((_, i) => i)
      .filter((i) => ladder.inventaris[i] === '0' && !opzet[i]?.vertrouwelijk && i !== ladder.naarBasis),
  );
  // Of the untouched fase 0 locations: a few covenants are being redone, most are old, some never had one.
  const convenantNul = new Map<number, 'in-actualisatie' | 'verouderd' | 'geen'>();
  overigNul.forEach((i, n) => convenantNul.set(i, n < 7 ? 'in-actualisatie' : n < 31 ? 'verouderd' : 'geen'));
  const actiefNul = new Set(overigNul.filter((i) => convenantNul.get(i) !== 'geen').slice(0, 2));

  return opzet.map((o, i) => {
    const inventaris = ladder.inventaris[i];
    let beheercommissie: Beheerstatus['beheercommissie'];
    let beheerconvenant: Beheerstatus['beheerconvenant'];
    if (o.vertrouwelijk) {
      beheercommissie = 'geen';
      beheerconvenant = 'geen';
    } else if (ladder.heropgestart.has(i)) {
      beheercommissie = 'heropgestart';
      beheerconvenant = ladder.actueel.has(i) ? 'actueel' : 'in-actualisatie';
    } else if (inventaris === '1') {
      beheercommissie = i === ladder.naarSlapend ? 'slapend' : 'actief';
      beheerconvenant = ladder.actueel.has(i) ? 'actueel' : 'in-actualisatie';
    } else if (i === ladder.naarBasis) {
      beheercommissie = 'actief';
      beheerconvenant = 'in-actualisatie';
    } else {
      beheerconvenant = convenantNul.get(i) ?? 'verouderd';
      beheercommissie = beheerconvenant === 'geen' ? 'geen' : actiefNul.has(i) ? 'actief' : 'slapend';
    }
    const actueel = beheerconvenant === 'actueel';
    const register =
      actueel ||
      (beheerconvenant === 'in-actualisatie' && rng.kans(0.5)) ||
      (beheerconvenant === 'verouderd' && rng.kans(0.25));
    // The meldkaart came with the updated covenants.
    return { beheercommissie, beheerconvenant, meldingenregisterBijgehouden: register, meldkaart: actueel };
  });
}

function historie(inventaris: Fase, wissels: readonly Wissel[], peildatum: string): FaseWissel[] {
  const eerste: FaseWissel = {
    datum: INVENTARISATIE_DATUM,
    van: null,
    naar: inventaris,
    reden: INVENTARISATIE_REDEN,
  };
  const later = [...wissels]
    .sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0))
    .filter((w) => w.datum <= peildatum)
    .map((w) => ({ datum: w.datum, van: w.van, naar: w.naar, reden: w.reden }));
  return [eerste, ...later];
}

export function maakVoorzieningen(seed: number, peildatum: string): Voorziening[] {
  if (peildatum < INVENTARISATIE_DATUM) {
    throw new RangeError(`peildatum ${peildatum} ligt voor de inventarisatie van ${INVENTARISATIE_DATUM}`);
  }
  const rng = new Rng(seed, 'voorzieningen');
  const opzet = maakOpzet(rng);
  wijsAanbiedersToe(rng, opzet);
  const ladder = maakLadder(rng, opzet);
  const beheer = maakBeheer(rng, opzet, ladder);

  const adresboek = new Adresboek(rng, landVanRotterdam());
  const plekken = opzet.map(() => adresboek.nieuw());
  // A few providers run two forms in one complex: those share a PC6 and its centroid.
  const perAanbieder = new Map<string, number[]>();
  opzet.forEach((o, i) => {
    if (o.vertrouwelijk || !o.aanbieder) return;
    perAanbieder.set(o.aanbieder.id, [...(perAanbieder.get(o.aanbieder.id) ?? []), i]);
  });
  const paren = rng
    .steekproef(
      [...perAanbieder.values()].filter((l) => l.length >= 2),
      GEDEELDE_PC6,
    )
    .map((l) => [l[0] ?? 0, l[1] ?? 0] as const);
  for (const [eerste, tweede] of paren) {
    const plek = plekken[eerste];
    if (plek) plekken[tweede] = adresboek.naast(plek);
  }

  const vroegst = dagVanDatum(2005, 1, 1);
  const laatst = dagVanIso('2023-04-30');
  const namen = rng.geschud(NAMEN);
  const vertrouwelijkeNamen = rng.geschud(VERTROUWELIJKE_NAMEN);

  return opzet.map((o, i) => {
    const id = `vz-${String(i + 1).padStart(3, '0')}`;
    const plek = plekken[i];
    const aanbieder = o.aanbieder;
    const inventaris = ladder.inventaris[i];
    const status = beheer[i];
    if (!plek || !aanbieder || !inventaris || !status) throw new Error(`voorziening ${id} onvolledig`);
    const naam = o.vertrouwelijk
      ? (vertrouwelijkeNamen.pop() ?? 'Veilige Opvang')
      : `${naamVoorvoegsel(o.woonvorm, o.doelgroep)} ${namen.pop() ?? id}`;
    const faseHistorie = historie(inventaris, ladder.wissels[i] ?? [], peildatum);
    const laatste = faseHistorie[faseHistorie.length - 1];
    return {
      id,
      naam,
      zorgaanbieder: alsOrganisatie(aanbieder),
      woonvorm: o.woonvorm,
      doelgroep: o.doelgroep,
      capaciteit: o.capaciteit,
      adres: plek.adres,
      positie: plek.positie,
      pc6Positie: plek.pc6Positie,
      pc4: plek.pc4,
      buurt: plek.buurt.code,
      wijk: plek.buurt.wijk,
      fase: laatste?.naar ?? inventaris,
      faseHistorie,
      beheer: status,
      vertrouwelijk: o.vertrouwelijk,
      url: `https://www.${aanbieder.slug}.example.nl/locaties/${id}`,
      startdatum: isoVanDag(rng.geheel(Math.max(vroegst, dagVanDatum(o.vanafJaar, 1, 1)), laatst)),
    };
  });
}
