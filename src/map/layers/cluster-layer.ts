/** Clusters of facility symbols at low zoom: a circle sized by the number of facilities, a soft halo that says "several", and the count. */
import type { ScatterplotLayerProps, TextLayerProps } from '@deck.gl/layers';
import type { Cluster } from '../../domain/clusters';
import { SYMBOOL_KLEUR, WIT, type Rgba } from '../../stijl/kleuren';
import { KAART_LETTERTYPE } from './pc4-symbolen-layer';

/** Below this zoom (integer zooms up to ZOOM - 1) nearby symbols of other providers merge into clusters. */
export const CLUSTER_TOT_ZOOM = 13;
/** Screen pixels: symbols closer than this merge. Small enough that well-separated symbols stay themselves. */
export const CLUSTER_STRAAL = 28;
export const CLUSTER_OPTIES = { straal: CLUSTER_STRAAL, totZoom: CLUSTER_TOT_ZOOM } as const;

/** Pixels; the area grows with the number of facilities (square root), capped so one cluster cannot hide a district. */
export function clusterStraal(c: Cluster): number {
  return Math.min(10 + 2.5 * Math.sqrt(c.totalen.aantal), 24);
}

const HALO: Rgba = [SYMBOOL_KLEUR[0], SYMBOOL_KLEUR[1], SYMBOOL_KLEUR[2], 70];
const HALO_BREEDTE = 4;

/** The radius the selection ring goes round: the circle and its halo, so the ring does not cut through the halo. */
export function clusterRingStraal(c: Cluster): number {
  return clusterStraal(c) + HALO_BREEDTE;
}

export function clusterCirkelsProps(clusters: readonly Cluster[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'clusters',
    data: clusters,
    visible: opts.zichtbaar ?? true,
    pickable: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: (c: Cluster) => c.positie,
    getRadius: clusterStraal,
    getFillColor: SYMBOOL_KLEUR,
    getLineColor: WIT,
    getLineWidth: 2,
  } satisfies ScatterplotLayerProps<Cluster>;
}

/** Under the circle: a see-through ring, the usual sign that a symbol stands for a group and opens on a click. */
export function clusterHaloProps(clusters: readonly Cluster[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'cluster-halo',
    data: clusters,
    visible: opts.zichtbaar ?? true,
    // Part of the click target: a near miss on the halo still opens the cluster.
    pickable: true,
    radiusUnits: 'pixels',
    stroked: false,
    getPosition: (c: Cluster) => c.positie,
    getRadius: clusterRingStraal,
    getFillColor: HALO,
  } satisfies ScatterplotLayerProps<Cluster>;
}

export function clusterAantallenProps(clusters: readonly Cluster[], opts: { zichtbaar?: boolean } = {}) {
  return {
    id: 'cluster-aantallen',
    data: clusters,
    visible: opts.zichtbaar ?? true,
    // Clicks go to the circle underneath.
    pickable: false,
    getPosition: (c: Cluster) => c.positie,
    getText: (c: Cluster) => String(c.totalen.aantal),
    getColor: WIT,
    getSize: 13,
    sizeUnits: 'pixels',
    fontFamily: KAART_LETTERTYPE,
    fontWeight: 700,
    characterSet: '0123456789',
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  } satisfies TextLayerProps<Cluster>;
}
