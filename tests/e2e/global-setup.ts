// Global setup of the e2e project: builds the production bundle once, starts the mock API as its own process and
// serves the bundle with `vite preview` forwarding /api to it, the way `npm run serve` runs the app.
// It never throws: vitest runs every project's global setup before any test, so a throw here would stop the unit
// tests too. A failure is handed to the e2e tests as `e2eFout`, and each of them fails with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PAD } from '../../scripts/chromium-opties.mjs';
import { ROOT, startPreview, vrijePoort } from '../../scripts/servers.mjs';

/**
 * A folder of this run's own: the e2e build never clobbers the `dist/` that `npm run serve` may be serving, nor the
 * build of another test run going on at the same time. Removed again by the teardown.
 */
const BUILD_MAP = join(ROOT, 'test-results', `e2e-dist-${process.pid}`);
/**
 * The API serves from a store of its own, PGlite in a fresh folder filled with the demo data (the role and privacy
 * suites thus run against the store), never the developer's `.hkd-data/`, which `npm start` may hold.
 */
const DATA_MAP = join(ROOT, 'test-results', `e2e-data-${process.pid}`);

// Guards against a hang, not limits on speed: a busy CI machine builds and fills the store slowly, and a process that
// fails says so at once (it exits, and we report its log).
const BUILD_TIMEOUT_MS = 900_000;
const API_TIMEOUT_MS = 600_000;
const STOP_WACHTTIJD_MS = 5_000;
/** How much of a failed child's output goes into the error message. */
const LOG_STAART = 3_000;

interface Kind {
  proces: ChildProcess;
  log: () => string;
}

function start(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Kind {
  let log = '';
  // detached: its own process group, so tsx and the node process it starts stop together.
  const proces = spawn(join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const bewaar = (stuk: Buffer) => {
    log = (log + stuk.toString('utf8')).slice(-20 * LOG_STAART);
  };
  proces.stdout?.on('data', bewaar);
  proces.stderr?.on('data', bewaar);
  return { proces, log: () => log.slice(-LOG_STAART) };
}

function isGestopt(p: ChildProcess): boolean {
  return p.exitCode !== null || p.signalCode !== null;
}

/** Stops the child's whole process group: SIGTERM, then SIGKILL after a grace period. */
async function stop(kind: Kind | undefined): Promise<void> {
  if (!kind || kind.proces.pid === undefined || isGestopt(kind.proces)) return;
  const pid = kind.proces.pid;
  const gestopt = new Promise<void>((resolve) => kind.proces.once('exit', () => resolve()));
  const stuur = (signaal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signaal);
    } catch {
      // Already gone.
    }
  };
  stuur('SIGTERM');
  const hard = setTimeout(() => stuur('SIGKILL'), STOP_WACHTTIJD_MS);
  await gestopt;
  clearTimeout(hard);
}

function wachtOpEinde(kind: Kind, timeoutMs: number, wat: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(kind);
      reject(new Error(`${wat} duurde langer dan ${timeoutMs / 1000} s.\n${kind.log()}`));
    }, timeoutMs);
    kind.proces.once('error', (fout) => {
      clearTimeout(timer);
      reject(new Error(`${wat} kon niet starten: ${fout.message} (npm install vergeten?)`));
    });
    kind.proces.once('exit', (code, signaal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${wat} mislukte (${signaal ?? `exit code ${code}`}):\n${kind.log()}`));
    });
  });
}

/** True when url answers 2xx with JSON (the preview server answers unknown paths with index.html). */
async function antwoordtJson(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.ok && (res.headers.get('content-type') ?? '').includes('json');
  } catch {
    return false;
  }
}

async function startApi(): Promise<{ kind: Kind; url: string }> {
  const poort = await vrijePoort();
  rmSync(DATA_MAP, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, HKD_API_PORT: String(poort), HKD_DATA_DIR: DATA_MAP };
  delete env.DATABASE_URL;
  const kind = start('tsx', ['mock-api/server.ts'], env);
  const url = `http://127.0.0.1:${poort}`;
  const deadline = Date.now() + API_TIMEOUT_MS;
  let startfout: Error | undefined;
  kind.proces.once('error', (fout) => (startfout = fout));
  while (!(await antwoordtJson(`${url}/api/meta`))) {
    if (startfout) throw new Error(`de mock-API kon niet starten: ${startfout.message}`);
    if (isGestopt(kind.proces)) {
      throw new Error(
        `de mock-API stopte (exit code ${kind.proces.exitCode}) voor hij antwoordde:\n${kind.log()}`,
      );
    }
    if (Date.now() > deadline) {
      await stop(kind);
      throw new Error(
        `de mock-API gaf binnen ${API_TIMEOUT_MS / 1000} s geen antwoord op /api/meta:\n${kind.log()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { kind, url };
}

function bouw(): Promise<void> {
  // With source maps, so the privacy test can check which modules the build holds; in mode e2e, the production build
  // plus the map's test hooks (src/map/test-haak.ts, window.hkdKaart).
  const args = ['build', '--mode', 'e2e', '--outDir', BUILD_MAP, '--emptyOutDir', '--logLevel', 'warn'];
  const kind = start('vite', args, {
    ...process.env,
    HKD_SOURCEMAP: '1',
  });
  return wachtOpEinde(kind, BUILD_TIMEOUT_MS, 'vite build');
}

function controleerChromium(): void {
  try {
    accessSync(CHROMIUM_PAD, fsConstants.X_OK);
  } catch {
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM_PAD}: de browsertests hebben Debian's Chromium nodig (apt-get install chromium).`,
    );
  }
}

function melding(fout: unknown): string {
  return `e2e-omgeving niet klaar: ${fout instanceof Error ? fout.message : String(fout)}`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('basisUrl', '');
  project.provide('buildMap', BUILD_MAP);
  project.provide('e2eFout', null);

  let api: { kind: Kind; url: string } | undefined;
  let web: PreviewServer | undefined;
  const teardown = async () => {
    await Promise.allSettled([web?.close(), stop(api?.kind)]);
    rmSync(BUILD_MAP, { recursive: true, force: true });
    rmSync(DATA_MAP, { recursive: true, force: true });
  };

  try {
    controleerChromium();
    // The build and the API start do not depend on each other.
    const [gebouwd, gestart] = await Promise.allSettled([bouw(), startApi()]);
    if (gestart.status === 'fulfilled') api = gestart.value;
    if (gebouwd.status === 'rejected') throw gebouwd.reason;
    if (gestart.status === 'rejected') throw gestart.reason;
    const preview = await startPreview({ outDir: BUILD_MAP, apiUrl: gestart.value.url });
    web = preview.server;
    const basisUrl = preview.url;
    if (!(await antwoordtJson(`${basisUrl}/api/meta`))) {
      throw new Error(
        `${basisUrl}/api/meta geeft geen JSON: stuurt vite preview /api niet door naar ${gestart.value.url}?`,
      );
    }
    project.provide('basisUrl', basisUrl);
  } catch (fout) {
    project.provide('e2eFout', melding(fout));
    // Stops whatever did start; the tests then fail with the message instead of hanging on a half-started setup.
    await teardown();
    api = undefined;
    web = undefined;
  }
  return teardown;
}
