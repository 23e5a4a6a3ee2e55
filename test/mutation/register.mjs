/**
 * Loaded with --import in the mutation run's test processes (stryker.config.mjs): sends the Node
 * tests' `import … from 'node:test'` to test/mutation/node-test.ts, which hands them to Mocha.
 */
import { register } from 'node:module';

register('./resolve-node-test.mjs', import.meta.url);
