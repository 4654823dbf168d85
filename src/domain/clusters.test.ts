/** Tests of the cluster index: built once per array, totals per woonvorm and phase, expansion zoom, loose symbols. */
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../contract/common';
import type { Fase, Woonvorm } from '../contract/voorziening';
import { clusterIndex, clusterKop, clusterRegels, totalenVan, type ClusterbareVoorziening } from './clusters';
import type { Symboolgroep } from './symboolgroepen';

type Item = ClusterbareVoorziening & { readonly id: string };

function groep(sleutel: string, positie: LonLat, items: readonly Omit<Item, 'id'>[]): Symboolgroep<Item> {
  return Object.freeze({
    sleutel,
    soort: 'pc6' as const,
    code: sleutel,
    positie: Object.freeze(positie) as LonLat,
    items: Object.freeze(items.map((v, i) => Object.freeze({ ...v, id: `${sleutel}-${i}` }))),
  });
}

function v(woonvorm: Woonvorm, capaciteit: number, fase?: Fase, vertrouwelijk = false) {
  return { woonvorm, capaciteit, vertrouwelijk, ...(fase ? { fase } : {}) };
}

// Three symbols close together in the city centre (tens of metres apart), one far away in the south.
const GROEPEN = Object.freeze([
  groep('a', [4.48, 51.92], [v('beschermd-wonen', 20, '0'), v('opvang', 10, '2')]),
  groep('b', [4.4805, 51.9202], [v('beschermd-wonen', 8, '1')]),
  groep('c', [4.481, 51.9198], [v('flexwonen', 30, undefined, true)]),
  groep('d', [4.5, 51.85], [v('opvang', 5, '1')]),
]);

const OPTIES = { straal: 40, totZoom: 13 };

describe('clusterIndex', () => {
  it('bouwt de index één keer per array en opties', () => {
    expect(clusterIndex(GROEPEN, OPTIES)).toBe(clusterIndex(GROEPEN, OPTIES));
    expect(clusterIndex(GROEPEN, { straal: 20, totZoom: 13 })).not.toBe(clusterIndex(GROEPEN, OPTIES));
    expect(clusterIndex([...GROEPEN], OPTIES)).not.toBe(clusterIndex(GROEPEN, OPTIES));
  });

  it('clustert dichtbij gelegen symbolen op stadsniveau, met aantal en capaciteit per woonvorm', () => {
    const { clusters, losse } = clusterIndex(GROEPEN, OPTIES).op(11.6);
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster?.symbolen).toBe(3);
    expect(cluster?.totalen).toEqual({
      aantal: 4,
      capaciteit: 68,
      perWoonvorm: [
        { woonvorm: 'opvang', aantal: 1, capaciteit: 10 },
        { woonvorm: 'beschermd-wonen', aantal: 2, capaciteit: 28 },
        { woonvorm: 'flexwonen', aantal: 1, capaciteit: 30 },
      ],
      perFase: { '0': 1, '1': 1, '2': 1 },
      hoogsteFase: '2',
      vertrouwelijk: 1,
    });
    expect(losse.map((g) => g.sleutel)).toEqual(['d']);
  });

  it('zet de cluster op het gemiddelde van zijn leden', () => {
    const [cluster] = clusterIndex(GROEPEN, OPTIES).op(11).clusters;
    expect(cluster?.positie[0]).toBeCloseTo(4.4805, 3);
    expect(cluster?.positie[1]).toBeCloseTo(51.92, 3);
  });

  it('vraagt per hele zoom: dezelfde uitkomst voor 11.2 en 11.9, en alles los vanaf totZoom + 1', () => {
    const index = clusterIndex(GROEPEN, OPTIES);
    expect(index.op(11.9)).toBe(index.op(11.2));
    const los = index.op(14);
    expect(los.clusters).toEqual([]);
    expect(los.losse).toEqual(GROEPEN);
  });

  it('geeft de leden en de zoom waarop een cluster uiteenvalt', () => {
    const index = clusterIndex(GROEPEN, OPTIES);
    const [cluster] = index.op(10).clusters;
    if (!cluster) throw new Error('geen cluster');
    expect(
      index
        .leden(cluster.id)
        .map((g) => g.sleutel)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    const zoom = index.expansieZoom(cluster.id);
    expect(zoom).toBeGreaterThan(10);
    expect(zoom).toBeLessThanOrEqual(OPTIES.totZoom + 1);
    const daar = index.op(zoom);
    expect(daar.clusters.every((c) => c.symbolen < 3)).toBe(true);
  });

  it('zegt in welke cluster een symbool op een zoom zit, en null waar het los staat', () => {
    const index = clusterIndex(GROEPEN, OPTIES);
    const [a, , c, d] = GROEPEN;
    if (!a || !c || !d) throw new Error('voorbeeld ontbreekt');
    const [cluster] = index.op(10).clusters;
    expect(index.clusterMet(10.7, a)).toBe(cluster);
    expect(index.clusterMet(10, c)).toBe(cluster);
    expect(index.clusterMet(10, d)).toBeNull();
    expect(index.clusterMet(OPTIES.totZoom + 1, a)).toBeNull();
    // Not in the index at all (another array): no cluster, no error.
    expect(index.clusterMet(10, groep('x', [4.48, 51.92], []))).toBeNull();
  });

  it('beperkt zich tot de bbox als die gegeven is', () => {
    const index = clusterIndex(GROEPEN, OPTIES);
    const zuid = index.op(11, [4.49, 51.84, 4.51, 51.86]);
    expect(zuid.clusters).toEqual([]);
    expect(zuid.losse.map((g) => g.sleutel)).toEqual(['d']);
  });

  it('verandert de groepen niet (ze zijn bevroren)', () => {
    expect(() => clusterIndex(GROEPEN, { straal: 60, totZoom: 12 }).op(9)).not.toThrow();
    expect(GROEPEN[0]?.items).toHaveLength(2);
  });
});

describe('teksten', () => {
  it('vat een cluster samen voor de tooltip', () => {
    const t = totalenVan([v('beschermd-wonen', 20), v('opvang', 1), v('beschermd-wonen', 8)]);
    expect(clusterKop(t)).toBe('3 voorzieningen · 29 plaatsen');
    expect(clusterRegels(t)).toEqual(['Opvang: 1 (1 plaats)', 'Beschermd wonen: 2 (28 plaatsen)']);
    expect(clusterKop(totalenVan([{ woonvorm: 'opvang' }]))).toBe('1 voorziening');
  });
});
