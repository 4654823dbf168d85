// `npm run test:stress`: the whole test suite while a CPU-heavy job runs beside it, the check to run before an issue
// is resolved. The job is a loop of production builds (`vite build` into a folder of its own, again and again), which
// keeps about one core busy the way a second developer's build or a CI neighbour would. The loop stops when the suite
// ends; the suite prints its own "N passed, N failed" line, then one line per run says how long it took beside how
// many builds; the exit code is the worst of the runs.
//
// Options: --runs N (the suite N times in a row, default 1), anything after `--` goes to vitest
// (`npm run test:stress -- --runs 3 -- --project e2e`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './servers.mjs';

const args = process.argv.slice(2);
const streep = args.indexOf('--');
const eigen = streep >= 0 ? args.slice(0, streep) : args;
const vitestArgs = streep >= 0 ? args.slice(streep + 1) : [];
const runsIndex = eigen.indexOf('--runs');
const RUNS = runsIndex >= 0 ? Number(eigen[runsIndex + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs "${eigen[runsIndex + 1]}" is geen positief geheel getal`);
  process.exit(2);
}

const bin = (naam) => join(ROOT, 'node_modules', '.bin', naam);

/** Builds again and again until stopped; returns how many builds finished. */
function bouwLus() {
  const map = mkdtempSync(join(tmpdir(), 'hkd-stress-'));
  let gestopt = false;
  let kind = null;
  let klaar = 0;
  const volgende = () => {
    if (gestopt) return;
    kind = spawn(bin('vite'), ['build', '--outDir', map, '--emptyOutDir', '--logLevel', 'silent'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    kind.on('exit', (code) => {
      if (code === 0) klaar += 1;
      kind = null;
      volgende();
    });
  };
  volgende();
  return {
    stop() {
      gestopt = true;
      kind?.kill('SIGTERM');
      rmSync(map, { recursive: true, force: true });
      return klaar;
    },
  };
}

function suite() {
  return new Promise((resolve) => {
    const begin = Date.now();
    const kind = spawn(bin('vitest'), ['run', ...vitestArgs], { cwd: ROOT, stdio: 'inherit' });
    kind.on('exit', (code, signaal) => resolve({ code: code ?? (signaal ? 1 : 0), ms: Date.now() - begin }));
  });
}

let slechtste = 0;
for (let run = 1; run <= RUNS; run++) {
  console.log(`== stress ${run}/${RUNS}: de hele testsuite met een bouwlus ernaast`);
  const lus = bouwLus();
  const { code, ms } = await suite();
  const builds = lus.stop();
  console.log(
    `== stress ${run}/${RUNS}: exit ${code} na ${Math.round(ms / 1000)} s, ${builds} builds ernaast voltooid`,
  );
  slechtste = Math.max(slechtste, code);
}
process.exit(slechtste);
