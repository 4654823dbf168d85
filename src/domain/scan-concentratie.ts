/** The per-1,000 figures of a scan for another planned capacity: what the assessor sees while typing, before the server answers. */
// The server's rule (mock-api/scan/analyse.ts): "after" is "before" plus the planned places, per 1,000 inhabitants
// rounded to one decimal, null without inhabitants. Only the "after" figures depend on the capacity.
import type { z } from 'zod';
import type { ConcentratieBlok } from '../contract/draagkrachtscan';

export type Concentratie = z.infer<typeof ConcentratieBlok>;
type Gebied = Concentratie['buurt'];

export function per1000(plekken: number, inwoners: number): number | null {
  return inwoners > 0 ? Math.round((plekken / inwoners) * 10_000) / 10 : null;
}

function gebiedMet(g: Gebied, capaciteit: number): Gebied {
  const na = g.plekkenVoor + capaciteit;
  return { ...g, plekkenNa: na, per1000Na: per1000(na, g.inwoners) };
}

/** The block with its "after" figures for `capaciteit` planned places (0: none planned, after equals before). */
export function metCapaciteit(blok: Concentratie, capaciteit: number): Concentratie {
  return { ...blok, buurt: gebiedMet(blok.buurt, capaciteit), wijk: gebiedMet(blok.wijk, capaciteit) };
}

/** "2,4" per 1,000, or a dash where the area has no inhabitants. */
export function toonPer1000(waarde: number | null): string {
  return waarde === null
    ? '–'
    : waarde.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** How the "after" figure stands against the city: a word, not only a colour. */
export function tenOpzichteVanStad(waarde: number | null, stad: number): string {
  if (waarde === null) return 'geen inwoners';
  if (stad <= 0) return '';
  const factor = waarde / stad;
  if (factor >= 2) return `${toonFactor(factor)} × de stad`;
  if (factor > 1.1) return 'boven de stad';
  if (factor >= 0.9) return 'als de stad';
  return 'onder de stad';
}

function toonFactor(f: number): string {
  return f.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}
