import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { config } from 'zod/mini';
import { avoidEval } from '../../packages/schema/src/index.js';

describe('avoidEval', () => {
  it('turns on the jitless parsing zod itself reads (zod/mini config)', () => {
    const before = config().jitless;
    try {
      avoidEval();
      assert.equal(config().jitless, true);
    } finally {
      config({ jitless: before });
    }
  });
});
