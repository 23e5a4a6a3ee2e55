import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function countSuite(suite, path, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${[...path, test.name].join(' > ')}: ${test.error?.message?.split('\n')[0] ?? 'failed'}`);
    }
  }
  for (const child of suite.suites) countSuite(child, [...path, child.name], counts);
}

/**
 * Writes the browser tests' pass/fail counts, and the name of each failure, to a JSON file, so
 * scripts/test/run-all.mjs can print one `N passed, N failed` line for the whole repository and
 * name what failed just above it. A test file that fails to load (no results) counts as one
 * failure.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) countSuite(session.testResults, [file], counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed++;
          counts.failures.push(`${file}: ${session.errors[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
