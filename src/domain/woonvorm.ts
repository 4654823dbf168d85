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
  opvang: 'Opvang voor mensen zonder huis. Ze blijven er meestal niet langer dan 3 maanden.',
  'beschermd-wonen':
    'Wonen met begeleiding voor mensen met psychische problemen. Ze wonen er gemiddeld 3 tot 5 jaar.',
  doorstroomvoorziening:
    'Een tussenstap naar een eigen huis. Mensen wonen er 9 tot 16 maanden en krijgen hulp aan huis.',
  'wonen-eerst':
    'Eerst een eigen huis, dan hulp. Voor mensen die lang dakloos waren en meer problemen tegelijk hebben.',
  flexwonen: 'Tijdelijk wonen voor mensen zonder eigen huis die zich goed redden. Ze huren voor een jaar.',
  semimuraal: 'Wonen met minder begeleiding: tussen beschermd wonen en zelfstandig wonen in.',
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
