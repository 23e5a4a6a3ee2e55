// @ts-check
/**
 * npm run mutation: StrykerJS mutates the schema and the extractor and runs their Node tests
 * against every mutant (docs/testing.md). Not part of npm test.
 *
 * - Vitest runs the same node:test files in-process (vitest.mutation.config.ts aliases node:test),
 *   so a mutant costs its covering tests, not a process start-up per test file.
 * - perTest coverage: a mutant runs only the tests that reach it; bail stops at the first kill.
 * - ignoreStatic: mutants in module-level tables and regexes would each need every test; they
 *   are listed as ignored, and the exact-reading tests pin those tables instead.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['packages/schema/src/**/*.ts', 'packages/extract/src/**/*.ts', '!packages/*/src/cli/**', '!packages/*/src/index.ts', '!packages/schema/src/*/index.ts'],
  ignorePatterns: ['storybook-static', 'tmp', 'reports', 'packages/*/dist', 'packages/hz-viz', '.stryker-tmp'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  disableBail: false,
  concurrency: 2,
  timeoutMS: 2000,
  timeoutFactor: 1.5,
  reporters: ['html', 'json', 'progress', 'clear-text'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
