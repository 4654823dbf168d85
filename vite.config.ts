// Vite configuration: the React app, the /api proxy to the mock API server, and the static "demo" build
// in which the API runs in the browser as a service worker.
import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Heavy map libraries get chunks of their own so the shell and panels load and cache independently. */
const CHUNK_GROEPEN = [
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
function zonderMockWorker(outDir: string): Plugin {
  return {
    name: 'hkd-zonder-mock-worker',
    apply: 'build',
    closeBundle() {
      rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  const apiPoort = process.env.HKD_API_PORT ?? '8787';
  const proxy = { '/api': { target: `http://127.0.0.1:${apiPoort}` } };
  const outDir = demo ? 'dist-demo' : 'dist';
  return {
    plugins: demo ? [react()] : [react(), zonderMockWorker(outDir)],
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
