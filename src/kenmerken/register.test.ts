/** Tests of the feature registry: every listed feature has its parts under its own name, and nothing is listed twice. */
import { describe, expect, it } from 'vitest';
import { KENMERK_UI } from './onderdelen';
import { DATALAGEN, KENMERKEN } from './register';

const UI = import.meta.glob('./*/ui.tsx');
const KAART = import.meta.glob('./*/kaart.ts');
const LAAG = import.meta.glob('./*/laag.ts');

describe('het register van kaartonderdelen', () => {
  it('noemt elk kenmerk één keer, en elke map onder src/kenmerken staat erin', () => {
    const ids = KENMERKEN.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mappen = new Set(
      [...Object.keys(UI), ...Object.keys(KAART), ...Object.keys(LAAG)].map((pad) => pad.split('/')[1]),
    );
    expect([...mappen].sort()).toEqual([...ids].sort());
  });

  it('heeft voor elk kenmerk een ui.tsx die zich met de naam van zijn map meldt', () => {
    expect(KENMERK_UI.map((k) => k.id)).toEqual(KENMERKEN.map((k) => k.id));
  });

  it('geeft elke kaartlaag een eigen id, in de volgorde van het register', () => {
    const ids = DATALAGEN.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(KENMERKEN.flatMap((k) => k.lagen.map((l) => l.id)));
  });

  it('laat een zijpaneel alleen bij een laag horen die het kenmerk zelf declareert', () => {
    for (const ui of KENMERK_UI) {
      const eigen = KENMERKEN.find((k) => k.id === ui.id)?.lagen.map((l) => l.id) ?? [];
      for (const deel of ui.delen ?? []) if (deel.laag) expect(eigen).toContain(deel.laag);
    }
  });

  it('geeft de deck.gl-groepen van alle kenmerken elk een eigen id', async () => {
    const { LAAG_GROEPEN } = await import('./kaart-onderdelen');
    const ids = LAAG_GROEPEN.map((g) => g.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
