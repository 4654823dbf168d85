/** Tests of the zorgaanbieder cluster layers and group: count and halo per cluster, loose symbols, a click zooms in, tooltips in words. */
import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it, vi } from 'vitest';
import type { LonLat } from '../../contract/common';
import type { VoorzieningVoorZorgaanbieder } from '../../contract/voorziening';
import { clusterIndex } from '../../domain/clusters';
import { pc6Groepen } from '../../domain/symboolgroepen';
import { ZORGAANBIEDER_VOORBEELDEN } from '../../domain/test-voorbeelden';
import type { KaartWeergave, LaagContext } from '../laag-groep';
import { SYMBOOL_KLEUR } from '../../stijl/kleuren';
import { CLUSTER_GROEP, clusterTooltip, groepTooltip } from './cluster-groep';
import {
  CLUSTER_OPTIES,
  clusterAantallenProps,
  clusterCirkelsProps,
  clusterHaloProps,
  clusterRingStraal,
  clusterStraal,
} from './cluster-layer';
import { splitsEigen } from './eigen-locaties-layer';

/** Other providers' locations a few metres apart in one street, and one far away; plus the examples (one own). */
function ander(id: string, positie: LonLat, capaciteit: number): VoorzieningVoorZorgaanbieder {
  const basis = ZORGAANBIEDER_VOORBEELDEN[0];
  if (!basis || basis.precisie !== 'pc6') throw new Error('voorbeeld ontbreekt');
  return Object.freeze({ ...basis, id, pc6: `30${id.slice(-2)}AB`, positie, capaciteit });
}

const RECORDS = Object.freeze([
  ...ZORGAANBIEDER_VOORBEELDEN,
  ander('vz-011', [4.4801, 51.9201], 10),
  ander('vz-012', [4.4803, 51.9202], 20),
  ander('vz-013', [4.4805, 51.92], 30),
]);
const weergave: KaartWeergave = Object.freeze({
  rol: 'zorgaanbieder',
  groepen: Object.freeze(pc6Groepen(RECORDS)),
});

function context(zoom: number | undefined, deel: Partial<LaagContext> = {}): LaagContext {
  return {
    weergave,
    geselecteerd: null,
    aan: () => true,
    filters: {},
    extra: {},
    ...(zoom === undefined ? {} : { zoom }),
    ...deel,
  };
}

function klik(laag: string, object: unknown): PickingInfo {
  return { picked: true, layer: { id: laag }, object, index: 0 } as unknown as PickingInfo;
}

const anderen = splitsEigen(weergave.groepen).anderen;

describe('cluster-layer', () => {
  const [cluster] = clusterIndex(anderen, CLUSTER_OPTIES).op(11).clusters;
  if (!cluster) throw new Error('geen cluster op zoom 11');

  it('tekent een cirkel naar het aantal voorzieningen, met halo en het getal', () => {
    expect(clusterStraal(cluster)).toBeGreaterThan(10);
    const cirkels = clusterCirkelsProps([cluster]);
    expect(cirkels).toMatchObject({ id: 'clusters', pickable: true, getFillColor: SYMBOOL_KLEUR });
    expect(clusterHaloProps([cluster]).getRadius(cluster)).toBeGreaterThan(cirkels.getRadius(cluster));
    expect(clusterAantallenProps([cluster]).getText(cluster)).toBe(String(cluster.totalen.aantal));
  });

  it('wordt nooit groter dan een wijk: de straal heeft een plafond', () => {
    expect(clusterStraal({ ...cluster, totalen: { ...cluster.totalen, aantal: 10_000 } })).toBe(24);
  });
});

describe('CLUSTER_GROEP', () => {
  it('clustert op stadsniveau en tekent niets voor andere rollen', () => {
    const lagen = CLUSTER_GROEP.bouw(context(11));
    expect(lagen.map((l) => l.id)).toEqual([
      'cluster-halo',
      'clusters',
      'cluster-aantallen',
      'pc6-anderen',
      'pc6-anderen-contour',
    ]);
    expect(CLUSTER_GROEP.bouw(context(11, { weergave: { rol: 'publiek', groepen: [] } }))).toEqual([]);
  });

  it('laat de eigen locatie buiten de clusters (eigen-groep.ts tekent haar)', () => {
    for (const zoom of [9, 11, 15]) {
      const losse = CLUSTER_GROEP.bouw(context(zoom)).find((l) => l.id === 'pc6-anderen');
      const data = losse?.props.data as readonly { sleutel: string }[];
      expect(data.map((g) => g.sleutel)).not.toContain('pc6:3011AB');
    }
  });

  it('zoomt bij een klik op een cluster naar de zoom waarop hij uiteenvalt, en houdt de selectie', () => {
    const index = clusterIndex(anderen, CLUSTER_OPTIES);
    const [cluster] = index.op(11).clusters;
    const zoomNaar = vi.fn();
    const sleutel = CLUSTER_GROEP.kies?.(
      klik('clusters', cluster),
      context(11, { zoomNaar, geselecteerd: 'pc6:3011AB' }),
    );
    expect(sleutel).toBe('pc6:3011AB');
    expect(zoomNaar).toHaveBeenCalledWith(cluster?.positie, index.expansieZoom(cluster?.id ?? -1));
  });

  it('selecteert een los symbool en laat klikken op andere lagen aan anderen', () => {
    const los = anderen.find((g) => g.sleutel === 'pc6:3084NP');
    expect(CLUSTER_GROEP.kies?.(klik('pc6-anderen', los), context(16))).toBe('pc6:3084NP');
    expect(CLUSTER_GROEP.kies?.(klik('rgw-h3', {}), context(16))).toBeUndefined();
    expect(CLUSTER_GROEP.kies?.({ picked: false } as PickingInfo, context(16))).toBeUndefined();
  });

  it('beschrijft een cluster met aantal, capaciteit per woonvorm en wat een klik doet', () => {
    const [cluster] = clusterIndex(anderen, CLUSTER_OPTIES).op(11).clusters;
    if (!cluster) throw new Error('geen cluster');
    const tekst = clusterTooltip(cluster);
    expect(tekst.split('\n')[0]).toMatch(/^\d+ voorzieningen · \d+ plaatsen$/);
    expect(tekst).toMatch(/Beschermd wonen: \d+ \(\d+ plaatsen\)/);
    expect(tekst).toMatch(/Klik om in te zoomen$/);
    expect(CLUSTER_GROEP.tooltip?.(klik('clusters', cluster), context(11))).toBe(tekst);
  });

  it('beschrijft een los symbool met zijn titel, behalve als het al geselecteerd is', () => {
    const los = anderen.find((g) => g.sleutel === 'pc6:3084NP');
    if (!los) throw new Error('geen los symbool');
    expect(groepTooltip(los)).toBe('Postcode 3084 NP · 1 voorziening');
    expect(
      CLUSTER_GROEP.tooltip?.(klik('pc6-anderen', los), context(16, { geselecteerd: los.sleutel })),
    ).toBeNull();
  });

  it('zet de selectiering om de cluster waarin het gekozen symbool verdwenen is, niet op zijn verborgen plek', () => {
    const index = clusterIndex(anderen, CLUSTER_OPTIES);
    const [cluster] = index.op(11).clusters;
    if (!cluster) throw new Error('geen cluster op zoom 11');
    const [lid] = index.leden(cluster.id);
    if (!lid) throw new Error('lege cluster');
    expect(CLUSTER_GROEP.ring?.(lid.sleutel, context(11))).toEqual({
      positie: cluster.positie,
      straal: clusterRingStraal(cluster),
    });
    expect(clusterRingStraal(cluster)).toBe(clusterHaloProps([cluster]).getRadius(cluster));
    // Standing alone (street zoom), switched off, or not one of the others: the facility group's ring applies.
    expect(CLUSTER_GROEP.ring?.(lid.sleutel, context(16))).toBeNull();
    expect(CLUSTER_GROEP.ring?.(lid.sleutel, context(11, { aan: () => false }))).toBeNull();
    expect(CLUSTER_GROEP.ring?.('pc6:3011AB', context(11))).toBeNull();
    expect(
      CLUSTER_GROEP.ring?.(lid.sleutel, context(11, { weergave: { rol: 'publiek', groepen: [] } })),
    ).toBeNull();
  });

  it('clustert niets zonder zoom van de kaart', () => {
    const lagen = CLUSTER_GROEP.bouw(context(undefined));
    expect(lagen.find((l) => l.id === 'clusters')?.props.data).toEqual([]);
  });
});
