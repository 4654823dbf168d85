/** Small hand-made records per role for unit tests of display rules and map layers; frozen to prove the code under test is pure. */
import type {
  VoorzieningPubliek,
  VoorzieningVoorScan,
  VoorzieningVoorZorgaanbieder,
} from '../contract/voorziening';

function bevries<T>(waarde: T): T {
  if (typeof waarde === 'object' && waarde !== null) {
    for (const kind of Object.values(waarde)) bevries(kind);
    Object.freeze(waarde);
  }
  return waarde;
}

const PAMEIJER = { id: 'za-01', naam: 'Pameijer' };
const LEGER = { id: 'za-02', naam: 'Leger des Heils' };
const BEHEER = {
  beheercommissie: 'actief',
  beheerconvenant: 'actueel',
  meldingenregisterBijgehouden: true,
  meldkaart: false,
} as const;
const HISTORIE = [
  { datum: '2023-04-01', van: null, naar: '0', reden: 'Inventarisatie bij start convenant' },
  { datum: '2024-02-12', van: '0', naar: '2', reden: 'Toename meldingen over overlast' },
] as const;

export const PUBLIEK_VOORBEELDEN: readonly VoorzieningPubliek[] = bevries([
  {
    id: 'vz-001',
    naam: 'De Wending',
    woonvorm: 'beschermd-wonen',
    zorgaanbieder: PAMEIJER,
    pc4: '3084',
    url: 'https://www.rotterdam.nl/',
    capaciteit: 28,
    precisie: 'pc4',
    positie: [4.49, 51.88],
  },
  {
    id: 'vz-002',
    naam: 'Het Anker',
    woonvorm: 'opvang',
    zorgaanbieder: LEGER,
    pc4: '3084',
    url: 'https://voorbeeld.nl/anker',
    capaciteit: 40,
    precisie: 'pc4',
    positie: [4.49, 51.88],
  },
  {
    id: 'vz-003',
    naam: 'Maashaven Flex',
    woonvorm: 'flexwonen',
    zorgaanbieder: LEGER,
    pc4: '3011',
    url: 'https://voorbeeld.nl/flex',
    capaciteit: 32,
    precisie: 'pc4',
    positie: [4.48, 51.92],
  },
]);

const UITGEBREID = {
  doelgroep: 'psychiatrische-problematiek',
  capaciteit: 28,
  beheer: BEHEER,
  startdatum: '2019-09-01',
  buurt: 'BU05991572',
  wijk: 'WK059915',
} as const;

export const ZORGAANBIEDER_VOORBEELDEN: readonly VoorzieningVoorZorgaanbieder[] = bevries([
  {
    ...UITGEBREID,
    id: 'vz-001',
    naam: 'De Wending',
    woonvorm: 'beschermd-wonen',
    zorgaanbieder: LEGER,
    pc4: '3084',
    url: 'https://www.rotterdam.nl/',
    precisie: 'pc6',
    vertrouwelijk: false,
    eigen: false,
    pc6: '3084NP',
    positie: [4.491, 51.881],
  },
  {
    ...UITGEBREID,
    id: 'vz-002',
    naam: 'Eigen Huis',
    woonvorm: 'doorstroomvoorziening',
    zorgaanbieder: PAMEIJER,
    pc4: '3011',
    url: 'https://voorbeeld.nl/eigen',
    precisie: 'pc6',
    vertrouwelijk: false,
    eigen: true,
    pc6: '3011AB',
    positie: [4.481, 51.921],
    fase: '2',
    faseHistorie: [...HISTORIE],
  },
  {
    id: 'vz-003',
    precisie: 'buurt',
    vertrouwelijk: true,
    woonvorm: 'opvang',
    doelgroep: 'huiselijk-geweld',
    capaciteit: 12,
    buurt: 'BU05991572',
    wijk: 'WK059915',
    positie: [4.5, 51.87],
    eigen: false,
  },
]);

export const SCAN_VOORBEELDEN: readonly VoorzieningVoorScan[] = bevries([
  {
    ...UITGEBREID,
    id: 'vz-001',
    naam: 'De Wending',
    woonvorm: 'beschermd-wonen',
    zorgaanbieder: LEGER,
    pc4: '3084',
    url: 'https://www.rotterdam.nl/',
    precisie: 'adres',
    vertrouwelijk: false,
    pc6: '3084NP',
    adres: {
      straat: 'Pleinweg',
      huisnummer: 12,
      toevoeging: 'A',
      postcode: '3084NP',
      woonplaats: 'Rotterdam',
    },
    positie: [4.4912, 51.8813],
    fase: '1',
    faseHistorie: [
      { datum: '2023-04-01', van: null, naar: '1', reden: 'Inventarisatie bij start convenant' },
    ],
  },
  {
    ...UITGEBREID,
    id: 'vz-004',
    naam: 'De Wending II',
    woonvorm: 'semimuraal',
    zorgaanbieder: LEGER,
    pc4: '3084',
    url: 'https://www.rotterdam.nl/',
    precisie: 'adres',
    vertrouwelijk: false,
    pc6: '3084NP',
    adres: { straat: 'Pleinweg', huisnummer: 12, postcode: '3084NP', woonplaats: 'Rotterdam' },
    positie: [4.4912, 51.8813],
    fase: '2',
    faseHistorie: [...HISTORIE],
  },
  {
    id: 'vz-003',
    precisie: 'buurt',
    vertrouwelijk: true,
    woonvorm: 'opvang',
    doelgroep: 'huiselijk-geweld',
    capaciteit: 12,
    buurt: 'BU05991572',
    wijk: 'WK059915',
    positie: [4.5, 51.87],
    naam: 'Veilig Thuis Opvang',
    zorgaanbieder: PAMEIJER,
    beheer: BEHEER,
    startdatum: '2021-01-15',
    fase: '3a',
    faseHistorie: [
      { datum: '2023-04-01', van: null, naar: '2', reden: 'Inventarisatie bij start convenant' },
      { datum: '2023-10-01', van: '2', naar: '3a', reden: 'Verbetertraject gestart' },
    ],
  },
]);
