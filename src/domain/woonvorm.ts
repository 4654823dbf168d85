/** Dutch labels and short explanations of the housing forms and target groups (source: HKD slides, 2023). */
import type { Doelgroep, Woonvorm } from '../contract/voorziening';

export const WOONVORM_LABEL: Record<Woonvorm, string> = {
  opvang: 'Opvang',
  'beschermd-wonen': 'Beschermd wonen',
  doorstroomvoorziening: 'Doorstroomvoorziening',
  'wonen-eerst': 'Wonen eerst',
  flexwonen: 'Flexwonen',
  semimuraal: 'Semimurale voorziening',
};

export const WOONVORM_UITLEG: Record<Woonvorm, string> = {
  opvang: 'Maatschappelijke opvang; doel: verblijf van hooguit 3 maanden.',
  'beschermd-wonen': 'Voor mensen met psychiatrische of psychosociale problemen; gemiddeld 3 tot 5 jaar.',
  doorstroomvoorziening: 'Doorstroomplekken; verblijf 9 tot 16 maanden, met ambulante Wmo-begeleiding.',
  'wonen-eerst': 'Housing First: langdurig daklozen met meervoudige problematiek.',
  flexwonen: 'Tijdelijke huisvesting voor zelfredzame bankslapers; huurcontract van een jaar.',
  semimuraal: 'Tussen beschermd wonen en zelfstandig wonen in.',
};

export const WOONVORMEN = Object.keys(WOONVORM_LABEL) as Woonvorm[];

export const DOELGROEP_LABEL: Record<Doelgroep, string> = {
  'dak-en-thuislozen': 'Dak- en thuislozen',
  'psychiatrische-problematiek': 'Psychiatrische problematiek',
  verslavingsproblematiek: 'Verslavingsproblematiek',
  jongeren: 'Jongeren (18-27 jaar)',
  'huiselijk-geweld': 'Slachtoffers huiselijk geweld',
  'licht-verstandelijke-beperking': 'Licht verstandelijke beperking',
  gezinnen: 'Gezinnen',
  uitstromers: 'Uitstromers uit beschermd wonen',
};

export const DOELGROEPEN = Object.keys(DOELGROEP_LABEL) as Doelgroep[];
