import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatMetric, formatYuan } from '../../packages/schema/src/index.js';

describe('formatYuan', () => {
  it('writes an amount as formatMetric writes a money figure in 元', () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e13, max: 1e13 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.constantFrom(0, 1, -1, 9999, 10000, 45100, 999999, 1e6, 1e8, 1e9, 26580000000, 148000000.5),
    );
    fc.assert(
      fc.property(amount, fc.constantFrom('zh-CN' as const, 'en' as const), (value, locale) => {
        assert.equal(formatYuan(value, locale), formatMetric({ kind: 'money', value, unit: '元', currency: 'CNY' }, locale));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the magnitude the way each language does', () => {
    assert.equal(formatYuan(26580000000, 'zh-CN'), '265.8亿元');
    assert.equal(formatYuan(26580000000, 'en'), '26.58 billion yuan');
    assert.equal(formatYuan(1, 'en'), '1 yuan');
  });
});
