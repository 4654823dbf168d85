// Vitest configuration: three projects (unit in node, components in jsdom, e2e against the built app)
// and a reporter that ends every run with one "N passed, N failed" line.
// Vitest reads this file instead of vite.config.ts, so it builds on that config explicitly: every project
// gets the same plugins (React) and `define` constants as the app.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      reporters: ['default', './tests/summary-reporter.ts'],
      // Vitest's 5 s default is met on a quiet machine only: jsdom panel tests that render against the mock API took
      // 4-5 s with other suites running on the same 2 cores. A hang still fails, later.
      testTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mock-api/**/*.test.ts', 'tests/**/*.test.ts'],
            exclude: ['tests/e2e/**', '**/node_modules/**'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**', '**/node_modules/**'],
            setupFiles: ['tests/setup-dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: 'tests/e2e/global-setup.ts',
            testTimeout: 120_000,
            hookTimeout: 300_000,
            // One browser and one server for the whole suite: files run one after another.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
