/** Zorgaanbieder's facilities of other providers as a layer group: clustered at low zoom (count and capacity per woonvorm), loose symbols from street zoom on. */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { clusterIndex, clusterKop, clusterRegels, type Cluster } from '../../domain/clusters';
import { groepTitel, naamVanEnige } from '../../domain/symboolgroepen';
import type { LaagContext, LaagGroep, SelectieRing } from '../laag-groep';
import {
  CLUSTER_OPTIES,
  clusterAantallenProps,
  clusterCirkelsProps,
  clusterHaloProps,
  clusterRingStraal,
} from './cluster-layer';
import { contourProps } from './contour-layer';
import { splitsEigen } from './eigen-locaties-layer';
import { pc6Straal, pc6SymbolenProps, type Pc6Groep } from './pc6-symbolen-layer';

const CLUSTER_LAGEN: ReadonlySet<string> = new Set(['clusters', 'cluster-halo']);
/** The single symbols' layer, under an id of its own: it holds the symbols no cluster took, a subset of them all. */
const SYMBOOL_LAGEN: ReadonlySet<string> = new Set(['pc6-anderen']);

function isCluster(x: unknown): x is Cluster {
  return typeof x === 'object' && x !== null && 'soort' in x && x.soort === 'cluster';
}

function isPc6Groep(x: unknown): x is Pc6Groep {
  return typeof x === 'object' && x !== null && 'sleutel' in x && 'items' in x;
}

/** Without a zoom from the map nothing clusters: every symbol stays itself. */
function zoomVan(ctx: LaagContext): number {
  return ctx.zoom ?? Number.POSITIVE_INFINITY;
}

function delen(ctx: LaagContext) {
  if (ctx.weergave?.rol !== 'zorgaanbieder') return null;
  // The own locations are never clustered: eigen-groep.ts draws them above everything else.
  const { anderen } = splitsEigen(ctx.weergave.groepen);
  const index = clusterIndex(anderen, CLUSTER_OPTIES);
  return { index, anderen, ...index.op(zoomVan(ctx)) };
}

function gekozen(info: PickingInfo): Cluster | Pc6Groep | null {
  const id = info.layer?.id ?? '';
  if (!info.picked) return null;
  if (CLUSTER_LAGEN.has(id) && isCluster(info.object)) return info.object;
  if (SYMBOOL_LAGEN.has(id) && isPc6Groep(info.object)) return info.object;
  return null;
}

export function groepTooltip(g: Pc6Groep): string {
  return groepTitel(g, { naamVanEnige: naamVanEnige(g) });
}

export function clusterTooltip(c: Cluster): string {
  return [clusterKop(c.totalen), ...clusterRegels(c.totalen), 'Klik om in te zoomen'].join('\n');
}

export const CLUSTER_GROEP: LaagGroep = {
  id: 'zorgaanbieder-symbolen',
  plek: 'symbolen',
  bouw(ctx): Layer[] {
    const d = delen(ctx);
    if (!d) return [];
    const zichtbaar = ctx.aan('voorzieningen');
    return [
      new ScatterplotLayer(clusterHaloProps(d.clusters, { zichtbaar })),
      new ScatterplotLayer(clusterCirkelsProps(d.clusters, { zichtbaar })),
      new TextLayer(clusterAantallenProps(d.clusters, { zichtbaar })),
      new ScatterplotLayer({ ...pc6SymbolenProps(d.losse, { zichtbaar }), id: 'pc6-anderen' }),
      new ScatterplotLayer({
        ...contourProps('pc6-anderen-contour', d.losse, pc6Straal),
        visible: zichtbaar,
      }),
    ];
  },
  kies(info, ctx) {
    const object = gekozen(info);
    if (object === null) return undefined;
    if (isCluster(object)) {
      const d = delen(ctx);
      // Into the cluster, to the zoom at which it falls apart; the selection stays what it was.
      if (d) ctx.zoomNaar?.(object.positie, d.index.expansieZoom(object.id));
      return ctx.geselecteerd;
    }
    return object.sleutel;
  },
  tooltip(info, ctx) {
    const object = gekozen(info);
    if (object === null) return null;
    if (isCluster(object)) return clusterTooltip(object);
    // The selected symbol is described in the panel; a tooltip would only cover it.
    return object.sleutel === ctx.geselecteerd ? null : groepTooltip(object);
  },
  ring(sleutel, ctx): SelectieRing | null {
    // A selected symbol swallowed by a cluster after zooming out: the ring goes round the cluster that holds it,
    // where the user sees it, not round its hidden spot. Standing alone, the facility group's own ring applies.
    const d = delen(ctx);
    if (!d || !ctx.aan('voorzieningen')) return null;
    const groep = d.anderen.find((g) => g.sleutel === sleutel);
    const cluster = groep ? d.index.clusterMet(zoomVan(ctx), groep) : null;
    return cluster ? { positie: cluster.positie, straal: clusterRingStraal(cluster) } : null;
  },
  aantal(ctx) {
    const d = delen(ctx);
    return d ? d.clusters.length + d.losse.length : 0;
  },
};
