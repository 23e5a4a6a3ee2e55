import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Vitest for the mutation run (stryker.config.mjs, docs/testing.md): the schema's and the
 * extractor's Node tests, in-process, so StrykerJS can run each mutant against only the tests
 * that reach it without starting a process each time. npm test runs the same files with node --test.
 */
export default defineConfig({
  resolve: {
    alias: { 'node:test': fileURLToPath(new URL('test/mutation/node-test.ts', import.meta.url)) },
    conditions: ['source'],
  },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    environment: 'node',
    include: ['test/schema/*.test.ts', 'test/extract/*.test.ts', 'test/data/huzhou-corrections.test.ts'],
    // Processes of their own (the CLIs), "never throws" fuzzing and a 20 MB input cost seconds per
    // mutant and pin nothing the other tests do not.
    exclude: ['test/schema/cli.test.ts', 'test/schema/fuzz.test.ts', 'test/schema/large-input.test.ts', 'test/schema/docs.test.ts', 'test/extract/cli.test.ts'],
    testTimeout: 10_000,
    isolate: false,
    pool: 'threads',
  },
});
