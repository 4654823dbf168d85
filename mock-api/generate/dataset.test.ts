/** The dataset as a whole: organisations, determinism and memoisation. */
import { describe, expect, it } from 'vitest';
import { Organisatie } from '../../src/contract/organisatie';
import { genereerDemoDataset, maakDemoDataset } from './dataset';
import { STANDAARD_PEILDATUM, STANDAARD_SEED, type DemoDataset } from './dataset-types';

// Recorded once. If a deliberate change to a generator moves it, record the new value in the same commit.
const VINGERAFDRUK_STANDAARD = '5a944ab6';

/** FNV-1a over the JSON of the dataset (Map as entries): one number that changes when any generated value does. */
function vingerafdruk(ds: DemoDataset): string {
  const tekst = JSON.stringify({ ...ds, individueleWoningen: [...ds.individueleWoningen] });
  let h = 0x811c9dc5;
  for (let i = 0; i < tekst.length; i++) h = Math.imul(h ^ tekst.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

describe('organisaties', () => {
  const { zorgaanbieders, gemeente } = maakDemoDataset();

  it('has 23 care providers za-01 … za-23 and the municipality gm0599', () => {
    expect(zorgaanbieders.map((a) => a.id)).toEqual(
      Array.from({ length: 23 }, (_, i) => `za-${String(i + 1).padStart(2, '0')}`),
    );
    for (const a of zorgaanbieders) expect(Organisatie.parse(a)).toEqual(a);
    expect(gemeente).toEqual({ id: 'gm0599', naam: 'Gemeente Rotterdam' });
    expect(new Set(zorgaanbieders.map((a) => a.naam)).size).toBe(23);
  });

  it('uses fictional names only: none of the real Rotterdam providers', () => {
    const echt =
      /pameijer|leger des heils|bouman|antes|lelie|kwintes|arosa|centraal aanmeldpunt|humanitas|middin|ipse|timon|fier|perspektief|stek\b|havenzicht|cvd|moviera|ggz|parnassia|abrona|asvz|philadelphia|laurens|aafje|careyn|woonstad|havensteder|vestia/i;
    for (const a of zorgaanbieders) expect(a.naam).not.toMatch(echt);
  });
});

describe('determinism', () => {
  it('builds a deep-equal dataset from the same seed and options', () => {
    const a = genereerDemoDataset();
    const b = genereerDemoDataset();
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    expect(genereerDemoDataset({ seed: 5, rgwAantalStad: 5_000 })).toEqual(
      genereerDemoDataset({ seed: 5, rgwAantalStad: 5_000 }),
    );
  });

  it('builds a different dataset from a different seed', () => {
    const a = genereerDemoDataset();
    const b = genereerDemoDataset({ seed: STANDAARD_SEED + 1 });
    expect(b.voorzieningen).not.toEqual(a.voorzieningen);
    expect(b.rgw.zaken).not.toEqual(a.rgw.zaken);
    expect(b.buurten).not.toEqual(a.buurten);
    expect([...b.individueleWoningen]).not.toEqual([...a.individueleWoningen]);
  });

  it('keeps the facilities and areas when only the RGW scale changes', () => {
    const a = genereerDemoDataset();
    const b = genereerDemoDataset({ rgwAantalStad: 1_000 });
    expect(b.voorzieningen).toEqual(a.voorzieningen);
    expect(b.buurten).toEqual(a.buurten);
    expect(b.rgw.integraleActies).toEqual(a.rgw.integraleActies);
  });

  it('gives the same data on every machine: the fingerprint of the default dataset is fixed', () => {
    expect(vingerafdruk(genereerDemoDataset())).toBe(VINGERAFDRUK_STANDAARD);
  });

  it('carries its seed and peildatum', () => {
    expect(maakDemoDataset()).toMatchObject({ seed: STANDAARD_SEED, peildatum: STANDAARD_PEILDATUM });
    expect(genereerDemoDataset({ seed: 3, peildatum: '2025-06-30' })).toMatchObject({
      seed: 3,
      peildatum: '2025-06-30',
    });
  });

  it.each(['2026-02-30', '20-11-2026', '2023-05-14'])('rejects the peildatum %s', (peildatum) => {
    expect(() => genereerDemoDataset({ peildatum })).toThrow(RangeError);
  });
});

describe('maakDemoDataset (memoised)', () => {
  it('returns the same object for the default options, however they are spelled', () => {
    const standaard = maakDemoDataset();
    expect(maakDemoDataset()).toBe(standaard);
    expect(maakDemoDataset({})).toBe(standaard);
    expect(maakDemoDataset({ seed: STANDAARD_SEED, peildatum: STANDAARD_PEILDATUM })).toBe(standaard);
  });

  it('keeps only the last non-default dataset, and the default one throughout', () => {
    const standaard = maakDemoDataset();
    const tienDuizend = maakDemoDataset({ rgwAantalStad: 10_000 });
    expect(maakDemoDataset({ rgwAantalStad: 10_000 })).toBe(tienDuizend);
    const ander = maakDemoDataset({ rgwAantalStad: 20_000 });
    expect(ander.rgw.zaken).toHaveLength(20_000);
    expect(maakDemoDataset({ rgwAantalStad: 10_000 })).not.toBe(tienDuizend);
    expect(maakDemoDataset()).toBe(standaard);
  });
});
