/** Clusters of map symbols with supercluster: one index per dataset (memoised by array identity), queried per integer zoom, with count and capacity per woonvorm. */
import Supercluster from 'supercluster';
import type { LonLat } from '../contract/common';
import type { Bbox } from '../geo/typen';
import type { Fase, Woonvorm } from '../contract/voorziening';
import { FASEN } from './escalatie';
import type { Symboolgroep } from './symboolgroepen';
import { WOONVORM_LABEL, WOONVORMEN } from './woonvorm';

/** The fields of a facility a cluster adds up; a record without capacity or phase simply adds nothing for it. */
export interface ClusterbareVoorziening {
  readonly woonvorm: Woonvorm;
  readonly capaciteit?: number;
  readonly fase?: Fase;
  readonly vertrouwelijk?: boolean;
}

export interface WoonvormTotaal {
  readonly woonvorm: Woonvorm;
  readonly aantal: number;
  readonly capaciteit: number;
}

export interface ClusterTotalen {
  /** Facilities, not symbols: one symbol can hold several facilities at the same postcode. */
  readonly aantal: number;
  readonly capaciteit: number;
  /** In the fixed order of WOONVORMEN, only woonvormen present. */
  readonly perWoonvorm: readonly WoonvormTotaal[];
  /** Facilities per phase, of the records that carry a phase. */
  readonly perFase: Readonly<Partial<Record<Fase, number>>>;
  /** The highest phase in the cluster, or null when no record in it carries one. */
  readonly hoogsteFase: Fase | null;
  readonly vertrouwelijk: number;
}

export interface Cluster {
  readonly soort: 'cluster';
  /** supercluster's cluster id, for `expansieZoom` and `leden`. */
  readonly id: number;
  readonly positie: LonLat;
  /** How many symbols it replaces. */
  readonly symbolen: number;
  readonly totalen: ClusterTotalen;
}

export interface ClusterUitkomst<G> {
  readonly clusters: readonly Cluster[];
  /** Symbols that stand alone at this zoom, drawn as usual. */
  readonly losse: readonly G[];
}

export interface ClusterIndex<G> {
  /** Clusters and loose symbols at this zoom (floored to an integer), within `bbox` when given. */
  op(zoom: number, bbox?: Bbox): ClusterUitkomst<G>;
  /** The zoom at which the cluster falls apart: where a click on it should take the map. */
  expansieZoom(clusterId: number): number;
  /** Every symbol in the cluster. */
  leden(clusterId: number): readonly G[];
  /** The cluster that holds this symbol at this zoom (floored), or null when it stands alone there (or is unknown). */
  clusterMet(zoom: number, groep: G): Cluster | null;
}

/** Kept for the callers that import it from here (scripts/bench/clusters.ts). */
export type { Bbox };

export interface ClusterOpties {
  /** Cluster radius in screen pixels (maplibre draws 512-pixel tiles, supercluster's default extent). */
  readonly straal: number;
  /** The highest zoom that still has clusters; from the next integer zoom on every symbol stands alone. */
  readonly totZoom: number;
}

const HELE_WERELD: Bbox = [-180, -85, 180, 85];

/**
 * Properties must be flat: supercluster copies the first member's properties shallowly and then reduces the others
 * into that copy, so a nested object would be shared with (and corrupt) the member it came from.
 */
type Vlak = Record<string, number>;

function vlakVan(items: readonly ClusterbareVoorziening[]): Vlak {
  const uit: Vlak = { aantal: 0, capaciteit: 0, vertrouwelijk: 0 };
  const tel = (sleutel: string, n: number) => {
    uit[sleutel] = (uit[sleutel] ?? 0) + n;
  };
  for (const v of items) {
    tel('aantal', 1);
    tel('capaciteit', v.capaciteit ?? 0);
    tel(`n:${v.woonvorm}`, 1);
    tel(`c:${v.woonvorm}`, v.capaciteit ?? 0);
    if (v.fase !== undefined) tel(`f:${v.fase}`, 1);
    if (v.vertrouwelijk) tel('vertrouwelijk', 1);
  }
  return uit;
}

/** The totals of any set of facilities, the same way a cluster adds them up. */
export function totalenVan(items: readonly ClusterbareVoorziening[]): ClusterTotalen {
  return totalenUitVlak(vlakVan(items));
}

function totalenUitVlak(p: Vlak): ClusterTotalen {
  const perWoonvorm = WOONVORMEN.flatMap((woonvorm): WoonvormTotaal[] => {
    const aantal = p[`n:${woonvorm}`] ?? 0;
    return aantal > 0 ? [{ woonvorm, aantal, capaciteit: p[`c:${woonvorm}`] ?? 0 }] : [];
  });
  const perFase: Partial<Record<Fase, number>> = {};
  let hoogsteFase: Fase | null = null;
  for (const fase of FASEN) {
    const n = p[`f:${fase}`] ?? 0;
    if (n > 0) {
      perFase[fase] = n;
      hoogsteFase = fase;
    }
  }
  return {
    aantal: p.aantal ?? 0,
    capaciteit: p.capaciteit ?? 0,
    perWoonvorm,
    perFase,
    hoogsteFase,
    vertrouwelijk: p.vertrouwelijk ?? 0,
  };
}

type Eigenschappen = Vlak & { i: number };

function bouwIndex<T extends ClusterbareVoorziening, G extends Symboolgroep<T>>(
  groepen: readonly G[],
  opties: ClusterOpties,
): ClusterIndex<G> {
  const sc = new Supercluster<Eigenschappen, Vlak>({
    radius: opties.straal,
    maxZoom: opties.totZoom,
    map: ({ i: _i, ...vlak }) => vlak,
    reduce: (opgeteld, p) => {
      for (const [sleutel, n] of Object.entries(p)) opgeteld[sleutel] = (opgeteld[sleutel] ?? 0) + n;
    },
  });
  sc.load(
    groepen.map((g, i) => ({
      type: 'Feature' as const,
      properties: { ...vlakVan(g.items), i },
      geometry: { type: 'Point' as const, coordinates: [g.positie[0], g.positie[1]] },
    })),
  );
  const perZoom = new Map<string, ClusterUitkomst<G>>();
  /** Per integer zoom: which cluster each clustered symbol is in, built on the first question for that zoom. */
  const lidmaatschap = new Map<number, Map<G, Cluster>>();
  const index: ClusterIndex<G> = {
    op(zoom, bbox = HELE_WERELD) {
      const z = Math.floor(zoom);
      const sleutel = `${z}|${bbox.join(',')}`;
      let uit = perZoom.get(sleutel);
      if (!uit) {
        const clusters: Cluster[] = [];
        const losseIndexen: number[] = [];
        for (const f of sc.getClusters([...bbox], z)) {
          const [lon = 0, lat = 0] = f.geometry.coordinates;
          const p = f.properties;
          if ('cluster' in p && p.cluster) {
            clusters.push({
              soort: 'cluster',
              id: p.cluster_id,
              positie: [lon, lat],
              symbolen: p.point_count,
              totalen: totalenUitVlak(p),
            });
          } else if ('i' in p) {
            losseIndexen.push(p.i);
          }
        }
        // Loose symbols in the order of the input, so the draw order does not depend on the k-d tree.
        const losse = losseIndexen
          .sort((a, b) => a - b)
          .flatMap((i) => {
            const g = groepen[i];
            return g ? [g] : [];
          });
        uit = { clusters, losse };
        perZoom.set(sleutel, uit);
      }
      return uit;
    },
    expansieZoom(clusterId) {
      return sc.getClusterExpansionZoom(clusterId);
    },
    leden(clusterId) {
      return sc.getLeaves(clusterId, Infinity).flatMap((f) => {
        const g = groepen[f.properties.i];
        return g ? [g] : [];
      });
    },
    clusterMet(zoom, groep) {
      const z = Math.floor(zoom);
      let leden = lidmaatschap.get(z);
      if (!leden) {
        leden = new Map();
        for (const cluster of index.op(z).clusters) {
          for (const lid of index.leden(cluster.id)) leden.set(lid, cluster);
        }
        lidmaatschap.set(z, leden);
      }
      return leden.get(groep) ?? null;
    },
  };
  return index;
}

const indexen = new WeakMap<readonly unknown[], Map<string, ClusterIndex<never>>>();

/**
 * The index for this array of symbols: built once per dataset and options, then reused for every zoom and pan.
 * A new array (new data, another filter) gets a new index; the old one goes with its array.
 */
export function clusterIndex<T extends ClusterbareVoorziening, G extends Symboolgroep<T>>(
  groepen: readonly G[],
  opties: ClusterOpties,
): ClusterIndex<G> {
  let perOpties = indexen.get(groepen);
  if (!perOpties) {
    perOpties = new Map();
    indexen.set(groepen, perOpties);
  }
  const sleutel = `${opties.straal}|${opties.totZoom}`;
  const bestaand = perOpties.get(sleutel) as ClusterIndex<G> | undefined;
  if (bestaand) return bestaand;
  const nieuw = bouwIndex<T, G>(groepen, opties);
  perOpties.set(sleutel, nieuw as ClusterIndex<never>);
  return nieuw;
}

function plaatsen(n: number): string {
  return `${n} ${n === 1 ? 'plaats' : 'plaatsen'}`;
}

function voorzieningen(n: number): string {
  return `${n} ${n === 1 ? 'voorziening' : 'voorzieningen'}`;
}

/** `12 voorzieningen · 340 plaatsen`: the first line of a cluster's tooltip and its accessible name. */
export function clusterKop(t: ClusterTotalen): string {
  return t.capaciteit > 0
    ? `${voorzieningen(t.aantal)} · ${plaatsen(t.capaciteit)}`
    : voorzieningen(t.aantal);
}

/** One line per woonvorm: `Beschermd wonen: 4 (120 plaatsen)`. */
export function clusterRegels(t: ClusterTotalen): string[] {
  return t.perWoonvorm.map(
    (w) =>
      `${WOONVORM_LABEL[w.woonvorm]}: ${w.aantal}${w.capaciteit > 0 ? ` (${plaatsen(w.capaciteit)})` : ''}`,
  );
}
