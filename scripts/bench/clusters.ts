/** Supercluster index build and query time at 1k, 10k and 100k synthetic symbols in the Rotterdam bbox, with the app's options. */
import type { LonLat } from '../../src/contract/common';
import type { Woonvorm } from '../../src/contract/voorziening';
import { WOONVORMEN } from '../../src/domain/woonvorm';
import { clusterIndex, type Bbox, type ClusterOpties } from '../../src/domain/clusters';
import type { Symboolgroep } from '../../src/domain/symboolgroepen';
import { mediaanMs, tijd } from './statistiek';

/** The same numbers as src/map/layers/cluster-layer.ts CLUSTER_OPTIES (domain code may not import map/). */
export const BENCH_CLUSTER_OPTIES: ClusterOpties = { straal: 28, totZoom: 13 };
/** Rotterdam, port included: the map's tile bounds. */
const ROTTERDAM: Bbox = [4.035, 51.833, 4.628, 52.004];
/** The desktop start view at zoom 11.3, roughly. */
const STARTBEELD: Bbox = [4.33, 51.86, 4.63, 51.96];

export interface ClusterMeting {
  punten: number;
  bouwMs: number;
  /** Per integer zoom 9-16 over the start view, uncached: the bbox moves a hair each call, defeating `op`'s memo. */
  queryPerZoomMs: number;
  /** The slowest zoom's uncached query (the high zooms return every loose symbol in view). */
  queryMaxMs: number;
  clustersOpZoom11: number;
}

/** A deterministic point cloud (xorshift), so runs compare. */
interface Punt {
  woonvorm: Woonvorm;
  capaciteit: number;
}

function punten(n: number): Symboolgroep<Punt>[] {
  let s = 0x9e3779b9;
  const r = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const [x0, y0, x1, y1] = ROTTERDAM;
  return Array.from({ length: n }, (_, i) => {
    const positie: LonLat = [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)];
    const item: Punt = { woonvorm: WOONVORMEN[i % WOONVORMEN.length] ?? 'opvang', capaciteit: 1 + (i % 12) };
    return { sleutel: `p${i}`, soort: 'pc6', code: `3000AA`, positie, items: [item] };
  });
}

export function meetClusters(aantallen: readonly number[] = [1_000, 10_000, 100_000]): ClusterMeting[] {
  return aantallen.map((n) => {
    const groepen = punten(n);
    // A fresh array identity each time, so clusterIndex's memo does not hand back the first index.
    const bouw = tijd(() => clusterIndex([...groepen], BENCH_CLUSTER_OPTIES));
    const index = bouw.uitkomst;
    let verschuiving = 0;
    const perZoom: number[] = [];
    for (let z = 9; z <= 16; z++) {
      perZoom.push(
        mediaanMs(() => {
          verschuiving += 1e-9;
          const [x0, y0, x1, y1] = STARTBEELD;
          return index.op(z, [x0 + verschuiving, y0, x1, y1]);
        }, 7),
      );
    }
    return {
      punten: n,
      bouwMs: bouw.ms,
      queryPerZoomMs: perZoom.reduce((a, b) => a + b, 0) / perZoom.length,
      queryMaxMs: Math.max(...perZoom),
      clustersOpZoom11: index.op(11, STARTBEELD).clusters.length,
    };
  });
}
