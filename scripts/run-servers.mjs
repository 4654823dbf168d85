// Runs the mock API and one Vite server (dev or preview) side by side for `npm start` and `npm run serve`:
// prefixes their output, prints the address once both answer, and stops both when either one stops.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const API_PORT = Number(process.env.HKD_API_PORT ?? 8787);

const READY_TIMEOUT_MS = 30_000;
const KILL_GRACE_MS = 5_000;

/** Runs a locally installed binary (node_modules/.bin) in the foreground; resolves with its exit code. */
export function runOnce(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(localBin(bin), args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`${bin} kon niet starten: ${err.message} (npm install vergeten?)`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(exitCode(code, signal)));
  });
}

/**
 * Starts `tsx mock-api/server.ts` and `vite <webArgs>` (the local binaries, as npx would); webPort is
 * the port in webArgs.
 * The process then exits with the code of whichever child stops first, or 130/143 on SIGINT/SIGTERM.
 */
export function runServers({ webArgs, webPort }) {
  const env = { ...process.env, HKD_API_PORT: String(API_PORT) };
  if (process.stdout.isTTY && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '1';

  const children = [start('api', 'tsx', ['mock-api/server.ts'], env), start('web', 'vite', webArgs, env)];
  let stopping = false;

  function stopAll(code) {
    if (stopping) return;
    stopping = true;
    // A child without pid never started, and never emits 'exit'.
    const running = children.filter(
      (c) => c.pid !== undefined && c.exitCode === null && c.signalCode === null,
    );
    if (running.length === 0) process.exit(code);
    let left = running.length;
    for (const child of running) {
      child.once('exit', () => {
        if (--left === 0) process.exit(code);
      });
      killGroup(child, 'SIGTERM');
    }
    setTimeout(() => running.forEach((child) => killGroup(child, 'SIGKILL')), KILL_GRACE_MS).unref();
  }

  for (const child of children) {
    child.on('error', (err) => {
      console.error(`[${child.label}] kon niet starten: ${err.message} (npm install vergeten?)`);
      stopAll(1);
    });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(
        `[${child.label}] gestopt (${signal ?? `exit code ${code}`}); de andere server stopt ook.`,
      );
      stopAll(exitCode(code, signal));
    });
  }
  process.on('SIGINT', () => stopAll(130));
  process.on('SIGTERM', () => stopAll(143));

  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  const webUrl = `http://127.0.0.1:${webPort}/`;
  waitForAll([`${apiUrl}/api/meta`, webUrl]).then(
    async () => {
      if (stopping) return;
      console.log(`\nHKD-kaart draait op ${webUrl}  (demodata; API op ${apiUrl})\n`);
      // The app calls /api on its own origin; warn early if Vite does not forward it.
      if (!(await answers(`${webUrl}api/meta`))) {
        console.warn(`[start] let op: ${webUrl}api/meta geeft geen antwoord; stuurt Vite /api door?`);
      }
    },
    (err) => {
      console.error(`[start] ${err.message}`);
      stopAll(1);
    },
  );
}

function localBin(name) {
  return join(ROOT, 'node_modules', '.bin', name);
}

function start(label, bin, args, env) {
  // detached: each server gets its own process group, so a server and any process it starts (tsx runs
  // node in a child process) stop together.
  const child = spawn(localBin(bin), args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.label = label;
  prefixLines(child.stdout, process.stdout, label);
  prefixLines(child.stderr, process.stderr, label);
  return child;
}

function prefixLines(from, to, label) {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) =>
    to.write(`[${label}] ${line}\n`),
  );
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exitCode(code, signal) {
  if (code !== null) return code;
  return 128 + (constants.signals[signal] ?? 1);
}

/** True when url answers 2xx; for /api/ also JSON, since Vite answers any path with index.html. */
async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    if (url.includes('/api/')) return res.ok && (res.headers.get('content-type') ?? '').includes('json');
    return res.ok;
  } catch {
    return false;
  }
}

async function waitForAll(urls) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (const url of urls) {
    while (!(await answers(url))) {
      if (Date.now() > deadline)
        throw new Error(`geen antwoord van ${url} binnen ${READY_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
