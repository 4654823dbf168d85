/** Benchmark script (not a test): prints how long the demo dataset takes to build and how much heap it holds. Run: npx tsx --expose-gc mock-api/generate/bench-dataset.ts */
import { genereerDemoDataset } from './dataset';
import type { DemoDataset } from './dataset-types';
import { CEL_M, landVanRotterdam } from './land';

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

// Module scope, so the dataset is still reachable when the heap is measured.
let vastgehouden: DemoDataset | null = null;

function meet(label: string, bouw: () => DemoDataset, herhalingen: number): void {
  const tijden: number[] = [];
  let extraMb = 0;
  for (let i = 0; i < herhalingen; i++) {
    vastgehouden = null;
    const voor = heapMb();
    const start = performance.now();
    vastgehouden = bouw();
    tijden.push(performance.now() - start);
    extraMb = heapMb() - voor;
  }
  const eerste = tijden[0] ?? 0;
  const gesorteerd = [...tijden].sort((a, b) => a - b);
  const mediaan = gesorteerd[Math.floor(gesorteerd.length / 2)] ?? 0;
  const geheugen = gc ? `, heap +${extraMb.toFixed(1)} MB` : ' (run with --expose-gc for the heap)';
  const zaken = vastgehouden?.rgw.zaken.length ?? 0;
  console.log(
    `${label} (${zaken} zaken): eerste ${eerste.toFixed(1)} ms, mediaan ${mediaan.toFixed(1)} ms over ${herhalingen}${geheugen}`,
  );
}

// Built on first use by the generator; built here first so its cost shows apart from the first dataset's.
const startLand = performance.now();
const land = landVanRotterdam();
console.log(
  `landindex: cellen van ${CEL_M} m, ${(100 * land.aandeelGemengd()).toFixed(1)} % gemengd, gebouwd in ${(performance.now() - startLand).toFixed(1)} ms`,
);
meet('standaard (focusgebieden)', () => genereerDemoDataset(), 9);
for (const n of [10_000, 100_000, 1_000_000]) {
  meet(`rgwAantalStad ${n}`, () => genereerDemoDataset({ rgwAantalStad: n }), n >= 1_000_000 ? 3 : 5);
}
