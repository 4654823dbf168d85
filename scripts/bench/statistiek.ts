/** Small helpers for the benchmark scripts: timing, order statistics and gzip sizes. */
import { gzipSync } from 'node:zlib';

export interface Spreiding {
  n: number;
  mediaan: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  p95: number;
}

/** Nearest-rank quantile of an already sorted list. */
function kwantiel(gesorteerd: readonly number[], q: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(q * gesorteerd.length) - 1));
  return gesorteerd[i] as number;
}

export function spreiding(waarden: readonly number[]): Spreiding {
  const s = [...waarden].sort((a, b) => a - b);
  return {
    n: s.length,
    mediaan: kwantiel(s, 0.5),
    min: s[0] ?? Number.NaN,
    max: s.at(-1) ?? Number.NaN,
    p25: kwantiel(s, 0.25),
    p75: kwantiel(s, 0.75),
    p95: kwantiel(s, 0.95),
  };
}

/** Gzip at level 6, what nginx and most CDNs use by default. */
export function gzipBytes(inhoud: string | Uint8Array): number {
  return gzipSync(inhoud, { level: 6 }).length;
}

/** Milliseconds one call takes, with its result. */
export function tijd<T>(f: () => T): { ms: number; uitkomst: T } {
  const start = performance.now();
  const uitkomst = f();
  return { ms: performance.now() - start, uitkomst };
}

/** The median of `herhalingen` timed calls (after one untimed warm-up call when `opwarmen`). */
export function mediaanMs(f: () => unknown, herhalingen: number, opwarmen = true): number {
  if (opwarmen) f();
  const tijden: number[] = [];
  for (let i = 0; i < herhalingen; i++) tijden.push(tijd(f).ms);
  return spreiding(tijden).mediaan;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(waarde: number): string {
  return Number.isFinite(waarde) ? `${waarde.toFixed(waarde < 10 ? 2 : 0)} ms` : '–';
}
