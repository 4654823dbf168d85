/** Tests of the phase shapes and the icon atlas: one shape per phase, every icon in the atlas, shapes inside their cell. */
import { describe, expect, it } from 'vitest';
import { FASEN } from '../domain/escalatie';
import { cssKleur, EIGEN_KLEUR, FASE_KLEUR, RAND_KLEUR } from './kleuren';
import {
  ATLAS_CEL,
  ATLAS_STRAAL,
  ATLAS_URL,
  atlasSvg,
  FASE_VORM,
  ICON_PLEKKEN,
  iconGrootte,
  iconNaam,
  SYMBOOL_SOORTEN,
  symboolStijl,
  VORM_REIKWIJDTE,
  vormPad,
  type FaseVorm,
} from './fase-vormen';

/** Every coordinate pair in a path of absolute M/L commands (the circle's arcs are checked apart). */
function punten(pad: string): [number, number][] {
  const getallen = [...pad.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)];
  return getallen.map((m) => [Number(m[1]), Number(m[2])]);
}

describe('FASE_VORM', () => {
  it('geeft elke fase een eigen vorm: nooit kleur alleen', () => {
    const vormen = FASEN.map((f) => FASE_VORM[f]);
    expect(new Set(vormen).size).toBe(FASEN.length);
    expect(vormen).toEqual(['cirkel', 'vierkant', 'driehoek', 'ruit', 'ster']);
  });

  it.each(['vierkant', 'driehoek', 'ruit', 'ster'] as const)(
    '%s blijft binnen zijn reikwijdte rond het midden',
    (vorm: FaseVorm) => {
      const r = 10;
      const afstanden = punten(vormPad(vorm, 50, 50, r)).map(([x, y]) => Math.hypot(x - 50, y - 50));
      expect(afstanden.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...afstanden)).toBeLessThanOrEqual(VORM_REIKWIJDTE[vorm] * r + 0.05);
      // Not a speck either: the shape reaches at least most of the circle's radius.
      expect(Math.max(...afstanden)).toBeGreaterThan(0.8 * r);
    },
  );

  it('tekent de cirkel als twee bogen met de straal', () => {
    expect(vormPad('cirkel', 20, 20, 5)).toBe('M15 20 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0 Z');
  });
});

describe('symboolStijl', () => {
  it.each(FASEN)('fase %s: vol in de fasekleur met donkere rand, hol met de fasekleur als rand', (fase) => {
    expect(symboolStijl(fase, 'vol')).toMatchObject({ vulling: FASE_KLEUR[fase], rand: RAND_KLEUR });
    expect(symboolStijl(fase, 'hol')).toMatchObject({ rand: FASE_KLEUR[fase], contour: true });
    expect(symboolStijl(fase, 'eigen')).toMatchObject({ vulling: EIGEN_KLEUR, rand: RAND_KLEUR });
    // A hollow inside must be opaque in the atlas: deck.gl draws half-transparent icon pixels grey.
    expect(symboolStijl(fase, 'hol').vulling[3]).toBe(255);
  });
});

describe('atlas', () => {
  it('heeft een plek voor elke fase in elke soort, zonder overlap, binnen het atlasbeeld', () => {
    const namen = SYMBOOL_SOORTEN.flatMap((s) => FASEN.map((f) => iconNaam(f, s)));
    expect(Object.keys(ICON_PLEKKEN).sort()).toEqual([...namen].sort());
    const plekken = Object.values(ICON_PLEKKEN).map((p) => `${p.x},${p.y}`);
    expect(new Set(plekken).size).toBe(namen.length);
    for (const p of Object.values(ICON_PLEKKEN)) {
      expect(p.x + p.width).toBeLessThanOrEqual(FASEN.length * ATLAS_CEL);
      expect(p.y + p.height).toBeLessThanOrEqual(SYMBOOL_SOORTEN.length * ATLAS_CEL);
      expect(p).toMatchObject({ anchorX: ATLAS_CEL / 2, anchorY: ATLAS_CEL / 2, mask: false });
    }
  });

  it('is één SVG met een symbool per plek, in de kleuren van de fasen', () => {
    const svg = atlasSvg();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${FASEN.length * ATLAS_CEL}"`);
    for (const f of FASEN) expect(svg).toContain(`fill="${cssKleur(FASE_KLEUR[f])}"`);
    expect(ATLAS_URL.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(ATLAS_URL.slice(ATLAS_URL.indexOf(',') + 1))).toBe(svg);
  });

  it('houdt de puntigste vorm met contour binnen zijn cel', () => {
    const uiterst = Math.max(...Object.values(VORM_REIKWIJDTE)) * ATLAS_STRAAL * 1.04 + 1;
    expect(uiterst).toBeLessThan(ATLAS_CEL / 2);
  });

  it('rekent een symboolstraal om naar de icoonhoogte', () => {
    expect(iconGrootte(ATLAS_STRAAL)).toBe(ATLAS_CEL);
    expect(iconGrootte(10.5)).toBeCloseTo(32);
  });
});
