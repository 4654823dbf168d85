/** Removes the debris that clipping leaves in polygons: needle spikes, collinear points, sliver parts and pin-hole holes. */
// Clipping two areas whose borders almost coincide (PC4 areas generalised one by one, against a buurt outline)
// yields parts a few centimetres wide and rings that run out and back along one line. They are invisible, but
// they make rings touch or cross themselves, which the geography's validator (rightly) rejects.
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { ringOppervlak } from './crs';

export type VlakCoordinaten = Position[][][];

/** Twice the triangle area in degrees² below which a point is a spike or on a straight line: about 0.01 m². */
const NAALD_GRENS = 2e-12;

function driehoek(a: Position, b: Position, c: Position): number {
  return Math.abs(
    ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) -
      ((c[0] ?? 0) - (a[0] ?? 0)) * ((b[1] ?? 0) - (a[1] ?? 0)),
  );
}

/** A closed ring without repeated points, spikes or points on a straight line; null if nothing of it is left. */
export function zonderNaalden(ring: readonly Position[]): Position[] | null {
  let open = ring.slice(0, -1);
  let veranderd = true;
  while (veranderd && open.length >= 3) {
    veranderd = false;
    const uit: Position[] = [];
    const n = open.length;
    for (let i = 0; i < n; i++) {
      const vorige = uit[uit.length - 1] ?? (open[n - 1] as Position);
      const hier = open[i] as Position;
      const volgende = open[(i + 1) % n] as Position;
      const dubbel = hier[0] === vorige[0] && hier[1] === vorige[1];
      if (dubbel || driehoek(vorige, hier, volgende) < NAALD_GRENS) {
        veranderd = true;
        continue;
      }
      uit.push(hier);
    }
    open = uit;
  }
  if (open.length < 3) return null;
  const eerste = open[0] as Position;
  const gesloten = [...open, [eerste[0] ?? 0, eerste[1] ?? 0]];
  return ringOppervlak(gesloten) === 0 ? null : gesloten;
}

function ringM2(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}

/**
 * The area without spikes, without holes under `minM2`, and without parts under `minM2` (unless that would leave
 * nothing, so a small area stays an area).
 */
export function repareer(vlak: VlakCoordinaten, minM2: number): VlakCoordinaten {
  const delen: { poly: Position[][]; m2: number }[] = [];
  for (const [buiten, ...gaten] of vlak) {
    const ring = buiten ? zonderNaalden(buiten) : null;
    if (!ring) continue;
    const gatenSchoon = gaten
      .map((g) => zonderNaalden(g))
      .filter((g): g is Position[] => g !== null && ringM2(g) >= minM2);
    delen.push({ poly: [ring, ...gatenSchoon], m2: ringM2(ring) });
  }
  const groot = delen.filter((d) => d.m2 >= minM2);
  const gekozen = groot.length > 0 ? groot : [...delen].sort((a, b) => b.m2 - a.m2).slice(0, 1);
  return gekozen.map((d) => d.poly);
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
