import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * Writes the browser tests' pass/fail counts to a JSON file, so scripts/test/run-all.mjs can
 * print one `N passed, N failed` line for the whole repository. A test file that fails to
 * load (no results) counts as one failure.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
