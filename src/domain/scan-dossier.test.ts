/** A new dossier from the scan in the URL, what it still lacks, who may write, and the form's round trip. */
import { describe, expect, it } from 'vitest';
import { Rol } from '../contract/common';
import { DossierInvoer, DossierWijziging, STAPPEN, type Dossier } from '../contract/draagkrachtscan';
import {
  dossierUitScan,
  formulierUitDossier,
  magDossierSchrijven,
  ontbreektVoorDossier,
  scanLocaties,
  wijzigingUitFormulier,
  zelfdeFormulier,
} from './scan-dossier';
import { scanVraag } from './scan-vraag';

const A = Object.freeze([4.48369, 51.89268] as const);
const B = Object.freeze([4.47, 51.88] as const);
const SCAN = Object.freeze({
  scan: A,
  'scan-woonvorm': 'beschermd-wonen',
  'scan-doelgroep': 'jongeren',
  'scan-plekken': 24,
} as const);

describe('magDossierSchrijven: de regel van de server', () => {
  it.each(Rol.options.map((rol) => [rol, rol === 'draagkrachtscan'] as const))('%s: %s', (rol, mag) => {
    expect(magDossierSchrijven(rol)).toBe(mag);
  });
});

describe('ontbreektVoorDossier', () => {
  it.each([
    [{}, ['een locatie']],
    [{ scan: A }, ['de woonvorm', 'de doelgroep', 'het aantal plekken']],
    [{ scan: A, 'scan-plekken': 24 }, ['de woonvorm', 'de doelgroep']],
    [SCAN, []],
  ] as const)('%j', (filters, verwacht) => {
    expect(ontbreektVoorDossier(scanVraag(Object.freeze(filters)))).toEqual(verwacht);
  });
});

describe('dossierUitScan', () => {
  it('één locatie: genoemd naar het adres, met de geplande voorziening; geldig voor het contract', () => {
    const invoer = dossierUitScan(SCAN, Object.freeze(['Kluutstraat 24, 3083 HM Rotterdam (demodata)']));
    expect(invoer).toEqual({
      titel: 'Beschermd wonen, 24 plekken: Kluutstraat 24, 3083 HM Rotterdam (demodata)',
      initiatief: { woonvorm: 'beschermd-wonen', doelgroep: 'jongeren', capaciteit: 24, aanbieder: null },
      locaties: [
        {
          label: 'Kluutstraat 24, 3083 HM Rotterdam (demodata)',
          adres: 'Kluutstraat 24, 3083 HM Rotterdam (demodata)',
          positie: [...A],
        },
      ],
    });
    expect(DossierInvoer.safeParse(invoer).success).toBe(true);
  });

  it('vergeleken locaties: in de volgorde van de vergelijking, met hun letter, de ringen mee', () => {
    const filters = Object.freeze({ ...SCAN, 'scan-vergelijk': [B], 'scan-ringen': [300, 600] });
    expect(scanLocaties(filters).map((l) => l.label)).toEqual(['Locatie A', 'Locatie B']);
    const invoer = dossierUitScan(filters, Object.freeze([null, 'Kluutstraat 24']));
    expect(invoer?.titel).toBe('Beschermd wonen, 24 plekken: 2 locaties');
    expect(invoer?.ringen).toEqual([300, 600]);
    expect(invoer?.locaties).toEqual([
      { label: 'Locatie A', adres: null, positie: [...B] },
      { label: 'Locatie B', adres: 'Kluutstraat 24', positie: [...A] },
    ]);
  });

  it('zonder woonvorm, doelgroep of plekken: niets', () => {
    expect(dossierUitScan(Object.freeze({ scan: A }), [])).toBeNull();
  });

  it('houdt lange namen binnen de grenzen van het contract', () => {
    const invoer = dossierUitScan(SCAN, Object.freeze(['x'.repeat(300)]));
    expect(invoer?.locaties[0]?.label).toHaveLength(80);
    expect(DossierInvoer.safeParse(invoer).success).toBe(true);
  });
});

describe('het formulier', () => {
  const dossier = Object.freeze({
    id: 'DKS-2026-0001',
    versie: 2,
    status: 'concept',
    titel: 'Titel',
    initiatief: {
      omschrijving: '',
      aanbieder: { id: 'za-04', naam: 'Zorg' },
      woonvorm: 'flexwonen',
      doelgroep: 'gezinnen',
      capaciteit: 8,
    },
    ringen: [250, 500, 1000],
    locaties: [],
    stappen: STAPPEN.map((s) => ({ code: s.code, titel: s.titel, gedaan: false, opmerking: '' })),
    kwalitatief: { mo: 'mo', so: '', dv: '' },
    conclusie: { oordeel: null, motivering: '' },
    correctieReden: 'reden',
    aangemaakt: { wie: 'a', tijd: '2026-11-20T09:00:00.000Z' },
    gewijzigd: { wie: 'a', tijd: '2026-11-20T09:00:00.000Z' },
    definitief: null,
    versies: [],
  } satisfies Omit<Dossier, 'locaties'> & { locaties: [] }) as Dossier;

  it('gaat heen en terug zonder verlies, met de versie waarop het is gebaseerd', () => {
    const f = formulierUitDossier(dossier);
    const gewijzigd = {
      ...f,
      stappen: f.stappen.map((s, i) => (i === 0 ? { ...s, gedaan: true, opmerking: 'ok' } : s)),
      oordeel: 'voldoende' as const,
      motivering: 'm',
    };
    expect(zelfdeFormulier(f, formulierUitDossier(dossier))).toBe(true);
    expect(zelfdeFormulier(f, gewijzigd)).toBe(false);
    const w = wijzigingUitFormulier(dossier, gewijzigd);
    expect(w).toMatchObject({
      versie: 2,
      initiatief: { aanbieder: 'za-04', woonvorm: 'flexwonen', capaciteit: 8 },
      stappen: expect.arrayContaining([{ code: 'initiatief', gedaan: true, opmerking: 'ok' }]),
      kwalitatief: { mo: 'mo', so: '', dv: '' },
      conclusie: { oordeel: 'voldoende', motivering: 'm' },
    });
    // The locations are empty here; the rest must satisfy the contract apart from them.
    expect(
      DossierWijziging.safeParse({ ...w, locaties: [{ label: 'A', positie: [4.48, 51.89] }] }).success,
    ).toBe(true);
  });
});
