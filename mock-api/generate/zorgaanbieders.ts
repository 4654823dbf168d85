/** The 23 fictional Wmo care providers that signed the HKD covenant, and the municipality. */
import type { Organisatie } from '../../src/contract/organisatie';
import type { Woonvorm } from '../../src/contract/voorziening';

export interface Zorgaanbieder extends Organisatie {
  /** Host name part of the fictional website: `https://www.<slug>.example.nl`. */
  readonly slug: string;
  /** What the provider runs; the generator gives it locations of these forms first. */
  readonly woonvormen: readonly Woonvorm[];
  /** Runs confidential shelters for victims of domestic violence. */
  readonly huiselijkGeweld: boolean;
  /** Relative size: how many locations it tends to run. */
  readonly omvang: number;
}

// Invented names: none of these is, or is meant to resemble, a real Rotterdam provider.
const AANBIEDERS: readonly Omit<Zorgaanbieder, 'id'>[] = [
  {
    naam: 'Stichting Maashaven Zorg',
    slug: 'maashavenzorg',
    woonvormen: ['beschermd-wonen', 'semimuraal'],
    huiselijkGeweld: false,
    omvang: 5,
  },
  {
    naam: 'De Wilgenhof Begeleiding',
    slug: 'wilgenhofbegeleiding',
    woonvormen: ['beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 3,
  },
  {
    naam: 'Stichting Kadezicht Wonen',
    slug: 'kadezichtwonen',
    woonvormen: ['doorstroomvoorziening', 'flexwonen'],
    huiselijkGeweld: false,
    omvang: 4,
  },
  {
    naam: 'Zorgcoöperatie Het Veerhuis',
    slug: 'hetveerhuis',
    woonvormen: ['opvang'],
    huiselijkGeweld: false,
    omvang: 4,
  },
  {
    naam: 'Stichting Oeverlicht',
    slug: 'oeverlicht',
    woonvormen: ['opvang'],
    huiselijkGeweld: true,
    omvang: 2,
  },
  {
    naam: 'De Zeilmakerij Begeleid Wonen',
    slug: 'dezeilmakerij',
    woonvormen: ['beschermd-wonen', 'doorstroomvoorziening'],
    huiselijkGeweld: false,
    omvang: 3,
  },
  {
    naam: 'Stichting Polderpoort',
    slug: 'polderpoort',
    woonvormen: ['doorstroomvoorziening'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Huize Korenbloem Zorg',
    slug: 'huizekorenbloem',
    woonvormen: ['beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Haventhuis',
    slug: 'haventhuis',
    woonvormen: ['opvang', 'wonen-eerst'],
    huiselijkGeweld: false,
    omvang: 4,
  },
  {
    naam: 'De Vijf Bruggen Zorg',
    slug: 'vijfbruggenzorg',
    woonvormen: ['beschermd-wonen', 'semimuraal'],
    huiselijkGeweld: false,
    omvang: 3,
  },
  {
    naam: 'Stichting Dijkwerk Begeleiding',
    slug: 'dijkwerk',
    woonvormen: ['doorstroomvoorziening'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Woonzorg De Lichtboei',
    slug: 'delichtboei',
    woonvormen: ['beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Rivierstad Opvang',
    slug: 'rivierstadopvang',
    woonvormen: ['opvang'],
    huiselijkGeweld: false,
    omvang: 4,
  },
  {
    naam: 'De Kraanmeester Wonen',
    slug: 'dekraanmeester',
    woonvormen: ['flexwonen', 'doorstroomvoorziening'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Nieuw Kielzog',
    slug: 'nieuwkielzog',
    woonvormen: ['wonen-eerst', 'beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Zorgnetwerk De Steiger',
    slug: 'zorgnetwerkdesteiger',
    woonvormen: ['beschermd-wonen', 'opvang'],
    huiselijkGeweld: false,
    omvang: 3,
  },
  {
    naam: 'Stichting Windroos Begeleiding',
    slug: 'windroosbegeleiding',
    woonvormen: ['semimuraal', 'beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'De Scheepswerf Zorg',
    slug: 'descheepswerf',
    woonvormen: ['doorstroomvoorziening', 'beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Hofstede Wonen',
    slug: 'hofstedewonen',
    woonvormen: ['beschermd-wonen'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Begeleidingsgroep Zilvermeeuw',
    slug: 'zilvermeeuw',
    woonvormen: ['opvang', 'doorstroomvoorziening'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Tegenstroom',
    slug: 'tegenstroom',
    woonvormen: ['opvang'],
    huiselijkGeweld: true,
    omvang: 2,
  },
  {
    naam: 'De Sluiswachter Begeleiding',
    slug: 'desluiswachter',
    woonvormen: ['beschermd-wonen', 'wonen-eerst'],
    huiselijkGeweld: false,
    omvang: 2,
  },
  {
    naam: 'Stichting Ankerplaats Zorg',
    slug: 'ankerplaatszorg',
    woonvormen: ['flexwonen', 'opvang'],
    huiselijkGeweld: false,
    omvang: 2,
  },
];

export const ZORGAANBIEDERS: readonly Zorgaanbieder[] = AANBIEDERS.map((a, i) => ({
  id: `za-${String(i + 1).padStart(2, '0')}`,
  ...a,
}));

export const GEMEENTE: Organisatie = { id: 'gm0599', naam: 'Gemeente Rotterdam' };

/** The wire shape: id and name only, a fresh object per call so that no caller can change the table. */
export function alsOrganisatie(a: Organisatie): Organisatie {
  return { id: a.id, naam: a.naam };
}
