/** Removes the debris that clipping leaves in areas (needle spikes, repeated points, sliver parts, pin-hole holes) with mapshaper, and separates rings that touch in a point. */
// Clipping two areas whose borders almost coincide (PC4 areas generalised one by one, against a buurt outline)
// yields parts a few centimetres wide and rings that run out and back along one line. They are invisible, but
// they make rings touch or cross themselves, which the geography's validator (rightly) rejects. mapshaper's -clean
// removes spikes, repeated points, overlaps (the lower index keeps them) and hairline gaps; -filter-islands and
// -filter-slivers drop the small parts and holes. Rings that touch in a point are valid for mapshaper (and OGC), so
// `ontknoop` stays here: mapshaper has no command that separates them.
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import type { VlakCoordinaten } from '../../src/geo/typen';
import { ringOppervlak } from './crs';
import { viaMapshaper } from './mapshaper';

function m2(vlak: VlakCoordinaten): number {
  return vlak.length === 0 ? 0 : area({ type: 'MultiPolygon', coordinates: vlak });
}

/**
 * The areas (neighbours, in one call so their shared borders stay shared) without spikes, without holes under
 * `minM2`, and without parts under `minM2`; an area that would lose everything keeps its largest part.
 */
export async function repareer(
  vlakken: readonly VlakCoordinaten[],
  minM2: number,
): Promise<VlakCoordinaten[]> {
  const uit = await viaMapshaper(
    vlakken,
    `-clean allow-empty overlap-rule=min-id -filter-islands min-area=${minM2}m2 -filter-slivers min-area=${minM2}m2`,
    // At full precision: rounding the points mapshaper's clean-up computed can make rings cross again.
    { afronden: false },
  );
  const leeg = uit.flatMap((v, i) => (v.length === 0 && (vlakken[i]?.length ?? 0) > 0 ? [i] : []));
  if (leeg.length > 0) {
    // Only the small areas: each on its own, cleaned, then its largest part.
    const schoon = await viaMapshaper(
      leeg.map((i) => vlakken[i] ?? []),
      '-clean allow-empty',
    );
    leeg.forEach((i, k) => {
      const delen = (schoon[k] ?? []).map((poly) => ({ poly, m2: m2([poly]) }));
      const grootste = delen.sort((a, b) => b.m2 - a.m2)[0];
      uit[i] = grootste ? [grootste.poly] : [];
    });
  }
  return uit;
}

/** How far a touching point is moved into its own ring: one step of the 6-decimal grid, 0.07-0.11 m. */
const ONTKNOOP_AFSTAND = 1e-6;

function verschuifNaarBinnen(ring: Position[], i: number): void {
  const n = ring.length - 1;
  const hier = ring[i] as Position;
  const vorige = ring[(i - 1 + n) % n] as Position;
  const volgende = ring[(i + 1) % n] as Position;
  const richting = (p: Position): [number, number] => {
    const dx = (p[0] ?? 0) - (hier[0] ?? 0);
    const dy = (p[1] ?? 0) - (hier[1] ?? 0);
    const l = Math.hypot(dx, dy) || 1;
    return [dx / l, dy / l];
  };
  const a = richting(vorige);
  const b = richting(volgende);
  let bx = a[0] + b[0];
  let by = a[1] + b[1];
  // A straight angle has no bisector; its normal will do.
  if (Math.hypot(bx, by) < 1e-9) [bx, by] = [-a[1], a[0]];
  const l = Math.hypot(bx, by);
  const kandidaten = [1, -1].map((teken) => [
    Math.round(((hier[0] ?? 0) + (teken * ONTKNOOP_AFSTAND * bx) / l) * 1e6) / 1e6,
    Math.round(((hier[1] ?? 0) + (teken * ONTKNOOP_AFSTAND * by) / l) * 1e6) / 1e6,
  ]);
  const binnen =
    kandidaten.find((k) =>
      booleanPointInPolygon(k, { type: 'Polygon', coordinates: [ring] }, { ignoreBoundary: true }),
    ) ?? kandidaten[0];
  if (!binnen) return;
  ring[i] = binnen;
  if (i === 0) ring[n] = binnen;
}

/**
 * Rings of one area that touch in a point (two parts meeting at a corner of the city outline, a hole touching its
 * exterior) are valid in OGC terms but count as a self-intersection for the validator. The touching point of the
 * smaller ring moves 0.1 m into that ring, which opens a sliver of a few m² and overlaps nothing.
 */
export function ontknoop(vlak: VlakCoordinaten): VlakCoordinaten {
  const uit = vlak.map((poly) => poly.map((ring) => ring.map((p) => [p[0] ?? 0, p[1] ?? 0])));
  const ringen = uit.flatMap((poly) => poly.map((ring) => ({ ring, m2: Math.abs(ringOppervlak(ring)) })));
  const plekken = new Map<string, { r: number; i: number }[]>();
  ringen.forEach(({ ring }, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const p = ring[i] as Position;
      const k = `${p[0]},${p[1]}`;
      plekken.set(k, [...(plekken.get(k) ?? []), { r, i }]);
    }
  });
  for (const lijst of plekken.values()) {
    if (lijst.length < 2) continue;
    // The largest ring keeps the point; every other occurrence moves into its own ring.
    const [, ...rest] = [...lijst].sort(
      (a, b) => (ringen[b.r]?.m2 ?? 0) - (ringen[a.r]?.m2 ?? 0) || a.i - b.i,
    );
    for (const { r, i } of rest) {
      const ring = ringen[r]?.ring;
      if (ring) verschuifNaarBinnen(ring, i);
    }
  }
  return uit;
}
