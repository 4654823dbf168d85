// Bundle budget: the gzip size of the JavaScript a first, public visit downloads before the map is usable (the entry
// chunk and its static imports, the map chunk the shell loads at once with its static imports, and maplibre's
// worker), against the figure recorded in budget.json. Chunks loaded on demand later (charts, other roles' panels)
// are left out. No timings here: `npm run bench` prints those.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const Budget = z.strictObject({
  publiekJsGzipKB: z.number().positive(),
  reden: z.string().min(1),
  datum: z.iso.date(),
});

/** The entry chunk's file and every chunk reachable from it through static imports, each once. */
function eagerBestanden(manifest: Manifest, entry = 'index.html'): string[] {
  const gezien = new Set<string>();
  const bestanden: string[] = [];
  const bezoek = (sleutel: string) => {
    if (gezien.has(sleutel)) return;
    gezien.add(sleutel);
    const chunk = manifest[sleutel];
    if (!chunk) throw new Error(`het manifest mist ${sleutel}`);
    bestanden.push(chunk.file);
    for (const i of chunk.imports ?? []) bezoek(i);
  };
  bezoek(entry);
  return bestanden.filter((f) => /\.m?js$/.test(f));
}

/**
 * What a publiek first visit downloads before the map is usable: the eager entry, the map chunk the shell
 * imports lazily but at once (every visit shows the map), its static imports, and maplibre's worker.
 */
function eersteBezoekBestanden(manifest: Manifest): string[] {
  const kaart = Object.keys(manifest).find((k) => k.endsWith('src/map/map-view.tsx'));
  if (!kaart) throw new Error('het manifest mist de kaartchunk src/map/map-view.tsx');
  const worker = Object.values(manifest)
    .flatMap((c) => [c.file, ...(c.assets ?? [])])
    .filter((f) => /maplibre-gl-worker.*\.m?js$/.test(f));
  return [...new Set([...eagerBestanden(manifest), ...eagerBestanden(manifest, kaart), ...worker])];
}

describe('bundelbudget publiek', () => {
  let outDir = '';
  let manifest: Manifest = {};

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'hkd-budget-'));
    // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: React's development build would be measured.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  });

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('index.html vraagt vooraf precies de entry, de kaartchunk en hun statische imports op (vite.config.ts kaartVooraf)', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const inHtml = [
      ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.m?js)"/g),
    ]
      .map((m) => m[1])
      .sort();
    const kaart = Object.keys(manifest).find((k) => k.endsWith('src/map/map-view.tsx')) ?? '';
    const verwacht = new Set([...eagerBestanden(manifest), ...eagerBestanden(manifest, kaart)]);
    expect(inHtml).toEqual([...verwacht].sort());
    // Never deck.gl or the charts: those stay on demand.
    expect(inHtml.filter((f) => /deck|woonvorm-chart/.test(f ?? ''))).toEqual([]);
  });

  it('de JS van een eerste bezoek van publiek blijft binnen budget.json', () => {
    const budget = Budget.parse(
      JSON.parse(readFileSync(join(ROOT, 'tests', 'budget', 'budget.json'), 'utf8')),
    );
    const perBestand = eersteBezoekBestanden(manifest).map((f) => ({
      bestand: f,
      gzipKB: gzipSync(readFileSync(join(outDir, f)), { level: 6 }).length / 1024,
    }));
    const totaal = perBestand.reduce((s, b) => s + b.gzipKB, 0);
    const uitleg = perBestand.map((b) => `${b.bestand} ${b.gzipKB.toFixed(1)} KB`).join(', ');
    expect(
      totaal,
      `een eerste bezoek van publiek laadt ${totaal.toFixed(1)} KB gzip JS (${uitleg}); budget ${budget.publiekJsGzipKB} KB`,
    ).toBeLessThanOrEqual(budget.publiekJsGzipKB);
  });

  it('bevat geen testhaken: window.hkdKaart en zijn pixelcontrole zitten alleen in de e2e-build (src/map/test-haak.ts)', () => {
    const bestanden = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(m?js|html)$/.test(f),
    );
    expect(bestanden.length).toBeGreaterThan(0);
    const metHaak = bestanden.filter((f) =>
      /hkdKaart|rustigePlek/.test(readFileSync(join(outDir, f), 'utf8')),
    );
    expect(metHaak).toEqual([]);
  });
});
