// Vite configuration: the React app, the /api proxy to the mock API server, and the static "demo" build
// in which the API runs in the browser as a service worker.
import react from '@vitejs/plugin-react';
import { existsSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Heavy map libraries get chunks of their own so the shell and panels load and cache independently. */
const CHUNK_GROEPEN = [
  // Vite's preload helper on its own: left to rolldown it lands in the deck.gl chunk, and the entry then imports
  // all of deck.gl statically just to call it.
  { name: 'vite-helpers', test: /preload-helper/, priority: 10 },
  { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre|@mapbox)[\\/]/, priority: 3 },
  {
    name: 'deckgl',
    test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl)[\\/]/,
    priority: 2,
  },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 },
];

/**
 * Vite copies everything in public/ into every build; the MSW worker script belongs only in the demo build,
 * so a production deploy cannot even register a mock API.
 */
function zonderMockWorker(): Plugin {
  // The folder actually built into: a caller (the e2e setup) may override build.outDir.
  let outDir = '';
  return {
    name: 'hkd-zonder-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The map chunk is lazy in the code (the shell and its panels render without it, and tests swap it out), but every
 * visit shows the map: index.html asks for it and its static imports (maplibre) at once, beside the entry, instead of
 * only after the entry has run. Saves a round of download and compile before the map can start.
 */
function kaartVooraf(): Plugin {
  let base = '/';
  return {
    name: 'hkd-kaart-vooraf',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const kaart = chunks.find((c) => c.facadeModuleId?.endsWith('src/map/map-view.tsx'));
        const entry = chunks.find((c) => c.isEntry);
        if (!kaart || !entry) return [];
        // Already in the page: the entry and its static imports.
        const alGeladen = new Set<string>([entry.fileName, ...entry.imports]);
        const bestanden = new Set<string>();
        const bezoek = (bestand: string) => {
          if (bestanden.has(bestand) || alGeladen.has(bestand)) return;
          bestanden.add(bestand);
          const chunk = bundle[bestand];
          if (chunk?.type === 'chunk') chunk.imports.forEach(bezoek);
        };
        bezoek(kaart.fileName);
        return [...bestanden].map((bestand) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${bestand}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** A vector tile path under the tile folder: `/tiles/12/2098/1352.pbf`, below any base path. */
const TEGEL_PAD = /^(?:.*\/)?tiles\/\d+\/\d+\/\d+\.pbf$/;

/**
 * Tiles are only made where there is data, so maplibre asks for some that do not exist. Vite's SPA fallback would
 * answer those with index.html (200, text/html), which maplibre cannot parse; 204 No Content is an empty tile to it.
 * Covers the dev server and `vite preview`, which the e2e tests and `npm run serve` use.
 */
function legeTegels(): Plugin {
  const middleware =
    (map: () => string) => (req: IncomingMessage, res: ServerResponse, volgende: () => void) => {
      const pad = new URL(req.url ?? '/', 'http://x').pathname;
      // Digits only after tiles/ (see TEGEL_PAD), so the path cannot leave the tile folder.
      const deel = TEGEL_PAD.test(pad) ? pad.slice(pad.lastIndexOf('tiles/')) : null;
      if (deel === null || existsSync(resolve(map(), ...deel.split('/')))) return volgende();
      res.statusCode = 204;
      res.setHeader('Cache-Control', 'no-cache');
      res.end();
    };
  return {
    name: 'hkd-lege-tegels',
    configureServer(server) {
      server.middlewares.use(middleware(() => server.config.publicDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(() => resolve(server.config.root, server.config.build.outDir)));
    },
  };
}

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  const apiPoort = process.env.HKD_API_PORT ?? '8787';
  const proxy = { '/api': { target: `http://127.0.0.1:${apiPoort}` } };
  const outDir = demo ? 'dist-demo' : 'dist';
  return {
    plugins: demo
      ? [react(), legeTegels(), kaartVooraf()]
      : [react(), legeTegels(), kaartVooraf(), zonderMockWorker()],
    // A compile-time constant, so the service-worker import in main.tsx is dead code outside demo mode
    // and the production bundle carries no handler, generator or demo record.
    define: {
      'import.meta.env.VITE_API_MODUS': JSON.stringify(demo ? 'service-worker' : 'server'),
    },
    // Relative asset paths let the static demo be served from any folder.
    base: demo ? './' : '/',
    server: { host: '127.0.0.1', proxy },
    preview: { host: '127.0.0.1', proxy },
    build: {
      outDir,
      sourcemap: true,
      rolldownOptions: {
        output: { codeSplitting: { groups: CHUNK_GROEPEN } },
      },
    },
  };
});
