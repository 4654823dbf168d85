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

/**
 * What the browser may do with the served app: scripts only from our own origin (no inline script, no eval), workers
 * from our origin or blob: (maplibre starts its worker from a blob URL), images from our origin, data: and blob:
 * (the favicon, deck.gl's icon atlases) and PDOK's tile service, and never inside someone else's frame.
 * Styles allow 'unsafe-inline' because maplibre and recharts set style attributes; styles cannot run code.
 * With OpenID Connect (`HKD_OIDC_ISSUER`) the app also talks to the identity provider: discovery and the token
 * endpoint, from the browser (a public client with PKCE). Only that origin is added.
 */
export function inhoudsbeleid(oidcIssuer?: string): string {
  const idp = oidcIssuer ? ` ${new URL(oidcIssuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "img-src 'self' data: blob: https://service.pdok.nl",
    // deck.gl fetches its icon atlases from data: URLs.
    `connect-src 'self' data: blob: https://service.pdok.nl${idp}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const INHOUDSBELEID = inhoudsbeleid();

/** Sent with everything the production server (`vite preview`, `npm run serve`) answers; the API adds its own. */
export function beveiligingskoppenVoor(oidcIssuer?: string): Readonly<Record<string, string>> {
  return { ...BEVEILIGINGSKOPPEN, 'Content-Security-Policy': inhoudsbeleid(oidcIssuer) };
}

export const BEVEILIGINGSKOPPEN: Readonly<Record<string, string>> = {
  'Content-Security-Policy': INHOUDSBELEID,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The security headers on every answer of `vite preview`, set before any middleware runs, so the tiles' 204s, the
 * SPA fallback and Vite's own refusals carry them too; a proxied API answer overrides them with its own.
 * Not on the dev server: its React refresh needs inline scripts, and it is never served to anyone else.
 */
function beveiligingskoppen(): Plugin {
  return {
    name: 'hkd-beveiligingskoppen',
    configurePreviewServer(server) {
      // Read when the server starts, like the API reads it: `HKD_OIDC_ISSUER=… npm run serve` sets both.
      const koppen = beveiligingskoppenVoor(process.env.HKD_OIDC_ISSUER?.trim() || undefined);
      server.httpServer.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
        for (const [naam, waarde] of Object.entries(koppen)) res.setHeader(naam, waarde);
      });
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
      ? [react(), legeTegels(), kaartVooraf(), beveiligingskoppen()]
      : [react(), legeTegels(), kaartVooraf(), zonderMockWorker(), beveiligingskoppen()],
    // A compile-time constant, so the service-worker import in main.tsx is dead code outside demo mode
    // and the production bundle carries no handler, generator or demo record.
    define: {
      'import.meta.env.VITE_API_MODUS': JSON.stringify(demo ? 'service-worker' : 'server'),
      // The browser tests' hooks (src/map/test-haak.ts) only in the build made with `--mode e2e`: in every other build
      // the import in main.tsx is dead code, and the production bundle holds no test hook.
      'import.meta.env.VITE_TESTHAAK': JSON.stringify(mode === 'e2e'),
    },
    // Relative asset paths let the static demo be served from any folder.
    base: demo ? './' : '/',
    server: { host: '127.0.0.1', proxy },
    preview: { host: '127.0.0.1', proxy },
    build: {
      outDir,
      // Source maps publish the whole source; only on request (HKD_SOURCEMAP=1: the e2e build checks them for
      // mock-API code, the benchmark reads which modules a chunk holds).
      sourcemap: process.env.HKD_SOURCEMAP === '1',
      rolldownOptions: {
        output: { codeSplitting: { groups: CHUNK_GROEPEN } },
      },
    },
  };
});
