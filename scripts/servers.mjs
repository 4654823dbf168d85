// What the browser tests (tests/e2e/global-setup.ts) and the benchmark (scripts/bench/run.ts) share to serve a
// production build: a free port on 127.0.0.1 and `vite preview` of a build folder, forwarding /api to a mock API,
// the way `npm run serve` runs the app.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A port nobody listens on right now (the OS picks it); the caller binds it with strictPort. */
export function vrijePoort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      const poort = typeof adres === 'object' && adres !== null ? adres.port : 0;
      server.close(() => resolve(poort));
    });
  });
}

/** Serves the build in `outDir` with the project's vite.config.ts on a free port, forwarding /api to `apiUrl`. */
export async function startPreview({ outDir, apiUrl }) {
  const poort = await vrijePoort();
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: poort,
      strictPort: true,
      open: false,
      proxy: { '/api': { target: apiUrl } },
    },
  });
  return { server, url: `http://127.0.0.1:${poort}` };
}
