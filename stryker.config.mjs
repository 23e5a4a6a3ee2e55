// @ts-check
/**
 * npm run mutation: StrykerJS mutates the schema and the extractor and runs their Node tests
 * against every mutant (docs/testing.md). Not part of npm test.
 *
 * - Mocha runs the same node:test files in-process (test/mutation/register.mjs sends node:test to
 *   Mocha's describe and it), and loads them once: a mutant costs its covering tests, not a process
 *   or a module graph per run. Node's require(esm) is off so Mocha imports the files through the
 *   hooks (tsx, then the node:test one) instead of requiring them past them.
 * - perTest coverage: a mutant runs only the tests that reach it; bail stops at the first kill.
 * - ignoreStatic: mutants in module-level tables and regexes would each need every test; they
 *   are listed as ignored, and the exact-reading tests pin those tables instead.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/mocha-runner'],
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--no-experimental-require-module', '--conditions=source', '--import', 'tsx', '--import', './test/mutation/register.mjs'],
  mochaOptions: {
    spec: ['test/schema/*.test.ts', 'test/extract/*.test.ts', 'test/data/huzhou-corrections.test.ts'],
    // Processes of their own (the CLIs), "never throws" fuzzing and a 20 MB input cost seconds per
    // mutant and pin nothing the other tests do not; the docs test reads files, not code.
    ignore: ['test/schema/cli.test.ts', 'test/schema/fuzz.test.ts', 'test/schema/large-input.test.ts', 'test/schema/docs.test.ts', 'test/extract/cli.test.ts'],
    'no-config': true,
    'no-package': true,
  },
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
