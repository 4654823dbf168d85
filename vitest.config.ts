// Vitest configuration: one project per kind of test, each runnable alone (`npx vitest run --project api`), and a
// reporter that ends every run with one "N passed, N failed" line over all of them.
// Vitest reads this file instead of vite.config.ts, so it builds on that config explicitly: every project
// gets the same plugins (React) and `define` constants as the app.
//
// unit        pure modules next to their code (src/, mock-api/), node
// store       the database store (mock-api/store), the imports (mock-api/import, scripts/data.ts) on PGlite, and on PostgreSQL with HKD_TEST_DATABASE_URL
// api         the mock API through MSW and over a real socket (tests/api), node
// geo         the geography importer (scripts/geo, build-time code) and the tiles against their fixtures and ../shared (tests/geo), node
// budget      a production build and the JavaScript a first public visit downloads (tests/budget), node
// components  panels and the shell in jsdom against the real mock handlers
// e2e         the production build in Debian's Chromium (tests/e2e), one file at a time
//
// The node and jsdom projects share their worker's module cache between test files (`isolate: false`): a fresh
// process per file re-imported msw, zod, h3-js, jsdom and the demo dataset every time, which was most of a run's
// time and, on a busy machine, pushed single tests past their time-out. Test files therefore must not leave state
// behind: each component test file starts and stops its own MSW server and clears the API cache after each test
// (src/panels/test-hulp.tsx), and Testing Library unmounts after each test (tests/setup-dom.ts).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

const GEEN = ['**/node_modules/**'];
/**
 * What a single node or jsdom test may take before it counts as hanging: sized for a loaded 2-core machine. A panel
 * test spends a second or two in Testing Library's role queries (jsdom computes styles for every candidate element),
 * which a busy machine stretches several times over; vitest's default of 5 s failed there.
 */
const TESTTIJD_MS = 30_000;

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      reporters: ['default', './tests/summary-reporter.ts'],
      // Every project extends this (`extends: true`); the e2e project sets its own.
      testTimeout: TESTTIJD_MS,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mock-api/**/*.test.ts'],
            exclude: ['mock-api/store/**', 'mock-api/import/**', ...GEEN],
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'store',
            environment: 'node',
            include: ['mock-api/store/**/*.test.ts', 'mock-api/import/**/*.test.ts', 'scripts/data.test.ts'],
            exclude: GEEN,
            isolate: false,
            // Making a database template (PGlite, or a database on the PostgreSQL server CI starts) is the fixture.
            hookTimeout: 300_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'api',
            environment: 'node',
            include: ['tests/api/**/*.test.ts'],
            exclude: GEEN,
            isolate: false,
            // Suites over the store start from a PGlite template made once per worker: seconds, minutes when busy.
            hookTimeout: 300_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'geo',
            environment: 'node',
            include: ['tests/geo/**/*.test.ts', 'scripts/geo/**/*.test.ts'],
            exclude: GEEN,
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'budget',
            environment: 'node',
            include: ['tests/budget/**/*.test.ts'],
            exclude: GEEN,
            // A production build: on a loaded 2-core machine it can take minutes.
            hookTimeout: 300_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**', ...GEEN],
            setupFiles: ['tests/setup-dom.ts'],
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: 'tests/e2e/global-setup.ts',
            // A whole scenario in a browser; its waits are for what the app marks (tests/e2e/browser.ts WACHTTIJD_MS),
            // each ending as soon as the app is there, so only a test that hangs ever meets these.
            testTimeout: 600_000,
            hookTimeout: 300_000,
            expect: { poll: { timeout: 60_000, interval: 100 } },
            // One browser and one server for the whole suite: files run one after another.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
