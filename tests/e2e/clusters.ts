// Helpers for the browser tests of the care provider's clusters and the assessor's filters: the map's zoom as the
// URL states it, the clusters the map must show at that zoom (computed with the app's own pure modules from the
// answer the page received), and switching a layer or ticking a filter in the layer control as a person would.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { VoorzieningVoorZorgaanbieder } from '../../src/contract/voorziening';
import { clusterIndex, type Cluster } from '../../src/domain/clusters';
import { pc6Groepen } from '../../src/domain/symboolgroepen';
import { CLUSTER_OPTIES } from '../../src/map/layers/cluster-layer';
import { splitsEigen } from '../../src/map/layers/eigen-locaties-layer';
import type { Pc6Groep } from '../../src/map/layers/pc6-symbolen-layer';
import { wachtOpKaart, type Sessie } from './browser';

/** The zoom in `?beeld=zoom/lat/lon`, which the app writes after every move of the map. */
export async function zoomUitUrl(page: Page, timeoutMs = 10_000): Promise<number> {
  let zoom = Number.NaN;
  await expect
    .poll(
      () => {
        const beeld = new URL(page.url()).searchParams.get('beeld');
        zoom = Number(beeld?.split('/')[0]);
        return Number.isFinite(zoom);
      },
      { timeout: timeoutMs },
    )
    .toBe(true);
  return zoom;
}

export interface ClusterBeeld {
  readonly clusters: readonly Cluster[];
  /** Other providers' symbols that stand alone at this zoom. */
  readonly losse: readonly Pc6Groep[];
  readonly eigen: readonly Pc6Groep[];
  readonly expansieZoom: (id: number) => number;
  /** The keys of the symbols in a cluster. */
  readonly leden: (id: number) => readonly string[];
}

/** What the map must show at this zoom for this answer: the same index the app builds. */
export function clusterBeeld(
  voorzieningen: readonly VoorzieningVoorZorgaanbieder[],
  zoom: number,
): ClusterBeeld {
  const { eigen, anderen } = splitsEigen(pc6Groepen(voorzieningen));
  const index = clusterIndex(anderen, CLUSTER_OPTIES);
  return {
    ...index.op(zoom),
    eigen,
    expansieZoom: (id) => index.expansieZoom(id),
    leden: (id) => index.leden(id).map((g) => g.sleutel),
  };
}

/** Opens "Kaartlagen" when it is closed. */
export async function openKaartlagen(page: Page): Promise<void> {
  const paneel = page.locator('details.kaartlagen__paneel');
  if (!(await paneel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await paneel.locator('summary').click();
}

export async function sluitKaartlagen(page: Page): Promise<void> {
  const paneel = page.locator('details.kaartlagen__paneel');
  if (await paneel.evaluate((d) => (d as HTMLDetailsElement).open)) await paneel.locator('summary').click();
}

/** Ticks or unticks a box in the layer control (a data layer or a filter) and waits for the map to settle. */
export async function zetVinkje(sessie: Sessie, naam: string | RegExp, aan: boolean): Promise<void> {
  await openKaartlagen(sessie.page);
  const vinkje = sessie.page.locator('details.kaartlagen__paneel').getByRole('checkbox', { name: naam });
  if (aan) await vinkje.check();
  else await vinkje.uncheck();
  await wachtOpKaart(sessie);
}
