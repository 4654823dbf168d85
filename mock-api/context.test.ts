/** The memo of built answers: one build per key and dataset version, dropped when the version changes. */
import { describe, expect, it } from 'vitest';
import { maakVoorraad } from './context';

describe('maakVoorraad', () => {
  it('builds once per key while the version stays, and again after it changes', () => {
    let versie = 'v1';
    const voorraad = maakVoorraad(() => versie);
    let bouw = 0;
    const maak = () => ({ nummer: ++bouw });
    const a = voorraad.haal('x', maak);
    expect(voorraad.haal('x', maak)).toBe(a);
    expect(voorraad.haal('y', maak)).not.toBe(a);
    expect(bouw).toBe(2);
    versie = 'v2';
    const b = voorraad.haal('x', maak);
    expect(b).not.toBe(a);
    expect(b.nummer).toBe(3);
    expect(voorraad.haal('x', maak)).toBe(b);
  });

  it('a build that throws is not stored: the next request tries again', () => {
    const voorraad = maakVoorraad(() => 'v1');
    expect(() =>
      voorraad.haal('x', () => {
        throw new Error('kapot');
      }),
    ).toThrow('kapot');
    expect(voorraad.haal('x', () => 1)).toBe(1);
  });
});
