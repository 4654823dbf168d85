/** Tests of the RGW key figures table: a focus area beside the average per area and the targets, pro rata for a year in progress. */
import { describe, expect, it } from 'vitest';
import type { KerncijfersAntwoord } from '../contract/rgw';
import { RGW_DOELEN } from './focusgebieden';
import { deelVanJaar, kerncijferTabel, toonGetal } from './rgw-kerncijfers';

/** Case counts arrive rounded to 5 (or as "minder dan 5"); the programme's actions as plain numbers. */
const telling = (aantal: number) => ({ onderdrukt: false as const, aantal });

function cijfers(n: number) {
  return {
    nieuweZaken: telling(n),
    afgeslotenZaken: telling(n - 10),
    integraleActies: 2,
    casustafels: 23,
    stopgesprekken: 1,
  };
}

const ANTWOORD: KerncijfersAntwoord = Object.freeze<KerncijfersAntwoord>({
  jaar: 2026,
  afronding: 5,
  tot: '2026-11-20',
  doelen: { ...RGW_DOELEN },
  totaal: {
    nieuweZaken: telling(1000),
    afgeslotenZaken: telling(950),
    integraleActies: 10,
    casustafels: 115,
    stopgesprekken: 5,
  },
  focusgebieden: [
    { code: 'bloemhof', naam: 'Bloemhof', cijfers: cijfers(200) },
    { code: 'carnisse', naam: 'Carnisse', cijfers: cijfers(200) },
    { code: 'hillesluis', naam: 'Hillesluis', cijfers: cijfers(200) },
    { code: 'pendrecht-zuidwijk', naam: 'Pendrecht-Zuidwijk', cijfers: cijfers(200) },
    { code: 'tarwewijk', naam: 'Tarwewijk', cijfers: cijfers(200) },
  ],
  bron: { dataset: 'demodata', omschrijving: 'test', peildatum: '2026-11-20' },
});

describe('deelVanJaar', () => {
  it('telt 1 januari mee en houdt rekening met schrikkeljaren', () => {
    expect(deelVanJaar(2025, '2025-12-31')).toBe(1);
    expect(deelVanJaar(2025, '2025-01-01')).toBeCloseTo(1 / 365);
    expect(deelVanJaar(2024, '2024-12-31')).toBe(1);
    expect(deelVanJaar(2026, '2026-11-20')).toBeCloseTo(324 / 365);
  });
});

describe('kerncijferTabel', () => {
  it('zet een focusgebied naast het gemiddelde, zonder de programmadoelen over de vijf te verdelen', () => {
    const tabel = kerncijferTabel(ANTWOORD, 'tarwewijk');
    expect(tabel.titel).toBe('Tarwewijk');
    const nieuw = tabel.rijen.find((r) => r.veld === 'nieuweZaken');
    // The plan sets 1,250 new cases for the programme, not 250 per area.
    expect(nieuw).toMatchObject({ label: 'Nieuwe zaken', waarde: 200, gemiddelde: 200, doelJaar: null });
    expect(nieuw?.doelTotNu).toBeNull();
    expect(tabel.rijen.find((r) => r.veld === 'integraleActies')?.doelJaar).toBeNull();
    expect(tabel.rijen.find((r) => r.veld === 'stopgesprekken')?.doelJaar).toBeNull();
    // A case table every two weeks in each neighbourhood: 26 a year, per area already.
    expect(tabel.rijen.find((r) => r.veld === 'casustafels')?.doelJaar).toBe(26);
    expect(tabel.rijen.find((r) => r.veld === 'casustafels')?.doelTotNu).toBeCloseTo(26 * (324 / 365));
    expect(tabel.rijen.find((r) => r.veld === 'afgeslotenZaken')?.doelJaar).toBeNull();
  });

  it('geeft zonder focusgebied de vijf samen tegen de doelen van het programma', () => {
    const tabel = kerncijferTabel(ANTWOORD, null);
    expect(tabel.titel).toBe('Vijf focusgebieden samen');
    expect(tabel.rijen.map((r) => [r.veld, r.waarde, r.doelJaar])).toEqual([
      ['nieuweZaken', 1000, 1250],
      ['afgeslotenZaken', 950, null],
      ['integraleActies', 10, 12],
      ['casustafels', 115, 130],
      ['stopgesprekken', 5, 10],
    ]);
  });

  it('geeft een onderdrukt aantal zaken als null door, ook in het gemiddelde', () => {
    const klein: KerncijfersAntwoord = {
      ...ANTWOORD,
      totaal: { ...ANTWOORD.totaal, afgeslotenZaken: { onderdrukt: true } },
      focusgebieden: ANTWOORD.focusgebieden.map((f) => ({
        ...f,
        cijfers: { ...f.cijfers, afgeslotenZaken: { onderdrukt: true } },
      })),
    };
    const rij = kerncijferTabel(Object.freeze(klein), 'carnisse').rijen.find(
      (r) => r.veld === 'afgeslotenZaken',
    );
    expect(rij).toMatchObject({ waarde: null, gemiddelde: null });
  });

  it('schrijft getallen met hooguit één decimaal en een komma', () => {
    expect(toonGetal(2.4)).toBe('2,4');
    expect(toonGetal(250)).toBe('250');
    expect(toonGetal(221.8904)).toBe('221,9');
    expect(toonGetal(1250)).toBe('1.250');
    expect(toonGetal(221.89, 0)).toBe('222');
  });
});
