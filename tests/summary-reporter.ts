// Vitest reporter that ends a run with one machine-readable line, "N passed, N failed[, N skipped]",
// counted over every test case of every project.
import { writeSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * A file that failed to load, or whose hooks failed while no test in it did, counts as one failed test;
 * so does every unhandled error. A test still pending at the end (an interrupted run) counts as failed.
 * A run that vitest calls failed or interrupted never reports 0 failed.
 */
export function countTests(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of testModules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'skipped') counts.skipped++;
      else failedHere++;
    }
    if (failedHere === 0 && (!module.ok() || module.errors().length > 0)) failedHere = 1;
    counts.failed += failedHere;
  }
  counts.failed += unhandledErrors.length;
  if (reason !== 'passed' && counts.failed === 0) counts.failed = 1;
  return counts;
}

export function summaryLine({ passed, failed, skipped }: Counts): string {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}

/**
 * `vitest run` prints some errors (a failing globalSetup, for one) after onTestRunEnd, so in run mode
 * the line is written when the process exits; in watch mode it is written at the end of every run.
 */
export default class SummaryReporter implements Reporter {
  private watch = false;
  private counts: Counts | undefined;

  onInit(vitest: Vitest): void {
    this.watch = vitest.config.watch;
    if (this.watch) return;
    process.once('exit', (code) => {
      const counts = this.counts ?? { passed: 0, failed: 0, skipped: 0 };
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      // Synchronous: nothing asynchronous runs after 'exit'.
      writeSync(1, summaryLine(counts) + '\n');
    });
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    this.counts = countTests(testModules, unhandledErrors, reason);
    if (this.watch) process.stdout.write(summaryLine(this.counts) + '\n');
  }
}
