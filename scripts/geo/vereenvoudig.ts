/** Simplifies a set of adjacent areas without opening gaps or overlaps between them: each shared border is simplified once. */
// Simplifying every polygon on its own moves a shared border differently on each side, which leaves slivers of
// gap and overlap of several m² along every border. So, as TopoJSON does, the rings are cut into arcs at the points
// where the neighbours change (junctions); each arc is simplified once with turf's Douglas-Peucker (highQuality) with
// its end points fixed, and both neighbours get the same result. Rings that would collapse or cross themselves keep
// their original arcs, for both neighbours.
import { kinks } from '@turf/kinks';
import { simplify } from '@turf/simplify';
import type { Position } from 'geojson';
import { ringOppervlak } from './crs';

export type VlakCoordinaten = Position[][][];

export interface Vereenvoudiging {
  readonly vlakken: VlakCoordinaten[];
  readonly puntenVoor: number;
  readonly puntenNa: number;
  /** Arcs left as they were because simplifying them would have collapsed or crossed a ring. */
  readonly bewaardeBogen: number;
}

function sleutel(p: Position): string {
  return `${p[0]},${p[1]}`;
}

export function telPunten(vlakken: readonly VlakCoordinaten[]): number {
  let n = 0;
  for (const v of vlakken) for (const poly of v) for (const ring of poly) n += ring.length;
  return n;
}

interface BoogGebruik {
  /** Index in the table of unique arcs. */
  readonly boog: number;
  /** The ring runs along the arc backwards. */
  readonly omgekeerd: boolean;
}

/**
 * Points where more than two border segments meet, or where a ring touches another ring: there the set of
 * neighbours changes, so an arc must end there.
 */
function knooppunten(vlakken: readonly VlakCoordinaten[]): Set<string> {
  const buren = new Map<string, Set<string>>();
  for (const v of vlakken) {
    for (const poly of v) {
      for (const ring of poly) {
        const n = ring.length - 1;
        for (let i = 0; i < n; i++) {
          const hier = sleutel(ring[i] as Position);
          const vorige = sleutel(ring[(i - 1 + n) % n] as Position);
          const volgende = sleutel(ring[(i + 1) % n] as Position);
          let s = buren.get(hier);
          if (!s) buren.set(hier, (s = new Set()));
          s.add(vorige);
          s.add(volgende);
        }
      }
    }
  }
  const uit = new Set<string>();
  for (const [p, s] of buren) if (s.size > 2) uit.add(p);
  return uit;
}

/** The ring as arcs from junction to junction; a ring without junctions is one closed arc from its smallest point. */
function knipRing(ring: readonly Position[], knopen: ReadonlySet<string>): Position[][] {
  const open = ring.slice(0, -1);
  const n = open.length;
  let start = open.findIndex((p) => knopen.has(sleutel(p)));
  if (start < 0) {
    // The same start for every copy of this ring (a hole and the island that fills it), so both cut it alike.
    start = 0;
    for (let i = 1; i < n; i++) {
      const p = open[i] as Position;
      const s = open[start] as Position;
      if ((p[0] ?? 0) < (s[0] ?? 0) || ((p[0] ?? 0) === (s[0] ?? 0) && (p[1] ?? 0) < (s[1] ?? 0))) start = i;
    }
    return [[...open.slice(start), ...open.slice(0, start), open[start] as Position]];
  }
  const bogen: Position[][] = [];
  let huidig: Position[] = [open[start] as Position];
  for (let k = 1; k <= n; k++) {
    const p = open[(start + k) % n] as Position;
    huidig.push(p);
    if (knopen.has(sleutel(p))) {
      bogen.push(huidig);
      huidig = [p];
    }
  }
  return bogen;
}

function boogSleutel(boog: readonly Position[]): { sleutel: string; omgekeerd: boolean } {
  const heen = boog.map(sleutel).join(';');
  const terug = [...boog].reverse().map(sleutel).join(';');
  return heen <= terug ? { sleutel: heen, omgekeerd: false } : { sleutel: terug, omgekeerd: true };
}

function vereenvoudigBoog(boog: readonly Position[], tolerantie: number): Position[] {
  if (boog.length <= 2) return [...boog];
  const lijn = simplify(
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [...boog] } },
    { tolerance: tolerantie, highQuality: true },
  );
  return lijn.geometry.coordinates;
}

function bouwRing(gebruik: readonly BoogGebruik[], bogen: readonly Position[][]): Position[] {
  const ring: Position[] = [];
  for (const g of gebruik) {
    const b = bogen[g.boog] ?? [];
    const stuk = g.omgekeerd ? [...b].reverse() : b;
    // Consecutive arcs share their junction point.
    ring.push(...(ring.length === 0 ? stuk : stuk.slice(1)));
  }
  return ring;
}

function ringGoed(ring: readonly Position[], origineel: readonly Position[]): boolean {
  if (ring.length < 4) return false;
  const a = ringOppervlak(ring);
  const b = ringOppervlak(origineel);
  // Same winding, and not shrunk to a sliver of itself.
  return Math.sign(a) === Math.sign(b) && Math.abs(a) > 0.2 * Math.abs(b);
}

/**
 * Simplifies adjacent areas (MultiPolygon coordinates, closed rings) with `tolerantie` in degrees, keeping shared
 * borders identical. Areas are only ever made of their original points, so nothing moves off the 6-decimal grid.
 */
export function vereenvoudigTopologisch(
  vlakken: readonly VlakCoordinaten[],
  tolerantie: number,
): Vereenvoudiging {
  const knopen = knooppunten(vlakken);
  const uniek: Position[][] = [];
  const perSleutel = new Map<string, number>();
  const gebruik: BoogGebruik[][][][] = vlakken.map((v) =>
    v.map((poly) =>
      poly.map((ring) =>
        knipRing(ring, knopen).map((boog) => {
          const { sleutel: s, omgekeerd } = boogSleutel(boog);
          let i = perSleutel.get(s);
          if (i === undefined) {
            i = uniek.length;
            perSleutel.set(s, i);
            uniek.push(omgekeerd ? [...boog].reverse() : boog);
          }
          return { boog: i, omgekeerd };
        }),
      ),
    ),
  );

  const vereenvoudigd = uniek.map((b) => vereenvoudigBoog(b, tolerantie));
  const bewaard = new Set<number>();
  const actueel = (i: number): Position[] => (bewaard.has(i) ? (uniek[i] ?? []) : (vereenvoudigd[i] ?? []));

  // Rings that collapse or cross themselves get their original arcs back; that can change a neighbour's ring, so
  // repeat until nothing changes (each round restores at least one arc, so this ends).
  let uitkomst: VlakCoordinaten[] = [];
  for (;;) {
    const bogen = uniek.map((_, i) => actueel(i));
    let hersteld = false;
    uitkomst = gebruik.map((v, vi) =>
      v.map((poly, pi) =>
        poly.map((ringGebruik, ri) => {
          const ring = bouwRing(ringGebruik, bogen);
          const origineel = vlakken[vi]?.[pi]?.[ri] ?? [];
          if (ringGoed(ring, origineel)) return ring;
          for (const g of ringGebruik) {
            if (!bewaard.has(g.boog)) {
              bewaard.add(g.boog);
              hersteld = true;
            }
          }
          return bouwRing(ringGebruik, uniek);
        }),
      ),
    );
    if (!hersteld) {
      uitkomst.forEach((v, vi) => {
        if (kinks({ type: 'MultiPolygon', coordinates: v }).features.length === 0) return;
        for (const poly of gebruik[vi] ?? []) {
          for (const ring of poly) {
            for (const g of ring) {
              if (!bewaard.has(g.boog)) {
                bewaard.add(g.boog);
                hersteld = true;
              }
            }
          }
        }
      });
    }
    if (!hersteld) break;
  }
  return {
    vlakken: uitkomst,
    puntenVoor: telPunten(vlakken),
    puntenNa: telPunten(uitkomst),
    bewaardeBogen: bewaard.size,
  };
}
