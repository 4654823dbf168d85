/** Projections, table-driven over every role and every field of the full record. */
import { describe, expect, it } from 'vitest';
import type { Gebruiker } from '../contract/organisatie';
import {
  VertrouwelijkScan,
  VertrouwelijkZorgaanbieder,
  VertrouwelijkZorgaanbiederEigen,
  Voorziening,
  VoorzieningPubliek,
  VoorzieningScan,
  VoorzieningZorgaanbieder,
  VoorzieningZorgaanbiederEigen,
} from '../contract/voorziening';
import { PRECISIE, PUBLIEK, projecteer, type Gebiedsposities } from './roles';

const PC4_CENTROID: [number, number] = [4.5, 51.88];
const BUURT_CENTROID: [number, number] = [4.49, 51.885];
const posities: Gebiedsposities = Object.freeze({
  pc4: (code: string) => {
    if (code !== '3084') throw new Error(`onverwachte pc4 ${code}`);
    return PC4_CENTROID;
  },
  buurt: (code: string) => {
    if (code !== 'BU05991573') throw new Error(`onverwachte buurt ${code}`);
    return BUURT_CENTROID;
  },
});

function diepBevroren<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(diepBevroren);
    Object.freeze(o);
  }
  return o;
}

const BASIS = diepBevroren(
  Voorziening.parse({
    id: 'vz-007',
    naam: 'Beschermd Wonen De Linde',
    zorgaanbieder: { id: 'za-03', naam: 'Stichting Maashaven Zorg' },
    woonvorm: 'beschermd-wonen',
    doelgroep: 'psychiatrische-problematiek',
    capaciteit: 28,
    adres: {
      straat: 'Lindelaan',
      huisnummer: 12,
      toevoeging: 'A',
      postcode: '3084NP',
      woonplaats: 'Rotterdam',
    },
    positie: [4.50123, 51.88234],
    pc6Positie: [4.5008, 51.8821],
    pc4: '3084',
    buurt: 'BU05991573',
    wijk: 'WK059915',
    fase: '1',
    faseHistorie: [
      { datum: '2023-05-15', van: null, naar: '2', reden: 'Inventarisatie beheerafspraken 2023' },
      { datum: '2024-03-01', van: '2', naar: '1', reden: 'Maatregelen afgerond' },
    ],
    beheer: {
      beheercommissie: 'heropgestart',
      beheerconvenant: 'actueel',
      meldingenregisterBijgehouden: true,
      meldkaart: true,
    },
    vertrouwelijk: false,
    url: 'https://www.maashaven-zorg.example.nl/locaties/vz-007',
    startdatum: '2012-09-01',
  }),
);
const VERTROUWELIJK = diepBevroren(
  Voorziening.parse({
    ...structuredClone(BASIS),
    vertrouwelijk: true,
    doelgroep: 'huiselijk-geweld',
    woonvorm: 'opvang',
  }),
);

const eigenOrg: Gebruiker = {
  rol: 'zorgaanbieder',
  naam: 'Demo',
  organisatie: { id: 'za-03', naam: 'Stichting Maashaven Zorg' },
};
const andereOrg: Gebruiker = {
  rol: 'zorgaanbieder',
  naam: 'Demo',
  organisatie: { id: 'za-11', naam: 'Andere' },
};
const scan: Gebruiker = {
  rol: 'draagkrachtscan',
  naam: 'Demo',
  organisatie: { id: 'gm0599', naam: 'Gemeente Rotterdam' },
};

type Veld = keyof typeof BASIS;
const ALLE_VELDEN = Object.keys(BASIS) as Veld[];

/** Per user: the schema its projection must satisfy, and which fields of the full record it may carry. */
const TABEL = [
  {
    naam: 'publiek',
    gebruiker: PUBLIEK,
    v: BASIS,
    schema: VoorzieningPubliek,
    velden: ['id', 'naam', 'woonvorm', 'zorgaanbieder', 'pc4', 'url'],
  },
  {
    naam: 'zorgaanbieder (andere organisatie)',
    gebruiker: andereOrg,
    v: BASIS,
    schema: VoorzieningZorgaanbieder,
    velden: [
      'id',
      'naam',
      'woonvorm',
      'zorgaanbieder',
      'pc4',
      'url',
      'doelgroep',
      'capaciteit',
      'beheer',
      'startdatum',
      'buurt',
      'wijk',
      'vertrouwelijk',
    ],
  },
  {
    naam: 'zorgaanbieder (eigen organisatie)',
    gebruiker: eigenOrg,
    v: BASIS,
    schema: VoorzieningZorgaanbiederEigen,
    velden: [
      'id',
      'naam',
      'woonvorm',
      'zorgaanbieder',
      'pc4',
      'url',
      'doelgroep',
      'capaciteit',
      'beheer',
      'startdatum',
      'buurt',
      'wijk',
      'vertrouwelijk',
      'fase',
      'faseHistorie',
    ],
  },
  {
    naam: 'draagkrachtscan',
    gebruiker: scan,
    v: BASIS,
    schema: VoorzieningScan,
    velden: [
      'id',
      'naam',
      'woonvorm',
      'zorgaanbieder',
      'pc4',
      'url',
      'doelgroep',
      'capaciteit',
      'beheer',
      'startdatum',
      'buurt',
      'wijk',
      'vertrouwelijk',
      'fase',
      'faseHistorie',
      'adres',
      'positie',
    ],
  },
  {
    naam: 'zorgaanbieder, vertrouwelijk (andere organisatie)',
    gebruiker: andereOrg,
    v: VERTROUWELIJK,
    schema: VertrouwelijkZorgaanbieder,
    velden: ['id', 'woonvorm', 'doelgroep', 'capaciteit', 'buurt', 'wijk', 'vertrouwelijk'],
  },
  {
    naam: 'zorgaanbieder, vertrouwelijk (eigen organisatie)',
    gebruiker: eigenOrg,
    v: VERTROUWELIJK,
    schema: VertrouwelijkZorgaanbiederEigen,
    velden: [
      'id',
      'naam',
      'zorgaanbieder',
      'woonvorm',
      'doelgroep',
      'capaciteit',
      'buurt',
      'wijk',
      'vertrouwelijk',
      'fase',
      'faseHistorie',
    ],
  },
  {
    naam: 'draagkrachtscan, vertrouwelijk',
    gebruiker: scan,
    v: VERTROUWELIJK,
    schema: VertrouwelijkScan,
    velden: [
      'id',
      'naam',
      'zorgaanbieder',
      'woonvorm',
      'doelgroep',
      'capaciteit',
      'beheer',
      'startdatum',
      'buurt',
      'wijk',
      'vertrouwelijk',
      'fase',
      'faseHistorie',
    ],
  },
] as const;

describe('projecteer', () => {
  it.each(TABEL)('$naam: satisfies its strict schema', ({ gebruiker, v, schema }) => {
    const uit = projecteer(v, gebruiker, posities);
    expect(schema.safeParse(uit).success).toBe(true);
  });

  it.each(TABEL)('$naam: carries exactly the fields it is entitled to', ({ gebruiker, v, velden }) => {
    const uit = projecteer(v, gebruiker, posities) as Record<string, unknown>;
    for (const veld of ALLE_VELDEN) {
      if (veld === 'positie') continue; // checked below: the key exists for every role, its value differs
      if ((velden as readonly string[]).includes(veld)) expect(uit[veld], veld).toEqual(v[veld]);
      else expect(uit, veld).not.toHaveProperty(veld);
    }
    expect(uit).not.toHaveProperty('pc6Positie');
  });

  it.each(TABEL)('$naam: never discloses the address in any other field', ({ gebruiker, v, velden }) => {
    const tekst = JSON.stringify(projecteer(v, gebruiker, posities));
    const magAdres = (velden as readonly string[]).includes('adres');
    expect(tekst.includes('Lindelaan')).toBe(magAdres);
    expect(tekst.includes(String(v.positie[0]))).toBe(magAdres);
    const magPc6 = magAdres || gebruiker.rol === 'zorgaanbieder';
    expect(tekst.includes('3084NP')).toBe(magPc6 && !v.vertrouwelijk);
  });

  it('places each role at its precision', () => {
    expect(projecteer(BASIS, PUBLIEK, posities)?.positie).toEqual(PC4_CENTROID);
    expect(projecteer(BASIS, andereOrg, posities)?.positie).toEqual(BASIS.pc6Positie);
    expect(projecteer(BASIS, scan, posities)?.positie).toEqual(BASIS.positie);
    for (const g of [andereOrg, eigenOrg, scan]) {
      expect(projecteer(VERTROUWELIJK, g, posities)?.positie).toEqual(BUURT_CENTROID);
    }
    expect(PRECISIE).toEqual({
      publiek: 'pc4',
      zorgaanbieder: 'pc6',
      draagkrachtscan: 'adres',
      beheer: 'adres',
    });
  });

  it('keeps confidential locations from publiek altogether', () => {
    expect(projecteer(VERTROUWELIJK, PUBLIEK, posities)).toBeNull();
  });

  it('a zorgaanbieder without organisation sees nothing as its own', () => {
    const zonderOrg: Gebruiker = { rol: 'zorgaanbieder', naam: 'x', organisatie: null };
    expect(VoorzieningZorgaanbieder.safeParse(projecteer(BASIS, zonderOrg, posities)).success).toBe(true);
  });

  it('returns copies: mutating the output leaves the record alone', () => {
    const uit = projecteer(BASIS, scan, posities) as { faseHistorie: { reden: string }[] };
    uit.faseHistorie[0]!.reden = 'gewijzigd';
    expect(BASIS.faseHistorie[0]?.reden).toBe('Inventarisatie beheerafspraken 2023');
  });
});
