import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupedNumber, plainNumber } from '../../packages/schema/src/index.js';

/**
 * groupedNumber and plainNumber work out their digits without Intl (decision 0018: a page's
 * first Intl.NumberFormat costs 30–90 ms). They must print exactly what Intl's 'en' format with
 * 0–6 fraction digits prints for the same cleaned value, which is what they printed before.
 */
const intlGrouped = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const intlPlain = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });
const clean = (value: number) => Number(value.toPrecision(12));

function mismatches(values: Iterable<number>): string[] {
  const wrong: string[] = [];
  for (const value of values) {
    const want = [intlGrouped.format(clean(value)), intlPlain.format(clean(value))];
    const got = [groupedNumber(value), plainNumber(value)];
    if (got[0] !== want[0] || got[1] !== want[1]) wrong.push(`${value}: ${got.join(' | ')} ≠ ${want.join(' | ')}`);
  }
  return wrong;
}

/** A seeded generator, so a failure names values that come back on the next run. */
function* irregular(count: number): Generator<number> {
  let seed = 0x2024;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < count; i++) {
    const sign = next() < 0.2 ? -1 : 1;
    let value = sign * next() * 10 ** (Math.floor(next() * 32) - 10);
    if (i % 3 === 0) value = Number(value.toFixed(Math.floor(next() * 9)));
    // Halfway at the sixth decimal: the tie that binary rounding (toFixed) gets wrong.
    if (i % 5 === 0) value = sign * (Math.round(Math.abs(value) * 1e6) + 0.5) / 1e6;
    if (i % 7 === 0) value = sign * Math.round(next() * 10 ** Math.floor(next() * 22));
    yield value;
  }
}

describe('groupedNumber and plainNumber print what Intl prints', () => {
  it('at the edges: zeros, ties, carries, the largest and the unprintable', () => {
    const edges = [0, -0, 5e-7, -5e-7, 4.9e-7, 1e-7, -1e-7, 0.0000015, 0.9999995, 9.9999995, 999999.9999995, -999.9999996, 1.0000005, 2.5e-6, 1e20, 1e21, 1.5e21, 9.99999999999e25, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, 0.1 + 0.2, 123456789012345];
    assert.deepEqual(mismatches(edges), []);
  });
  it('on 300,000 irregular values', () => {
    assert.deepEqual(mismatches(irregular(300_000)).slice(0, 10), []);
  });
});
