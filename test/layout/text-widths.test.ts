import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateTextWidth } from '../../packages/hz-viz/src/layout/text-width.js';
import { valueColumnWidth } from '../../packages/hz-viz/src/layout/value-column.js';

describe('valueColumnWidth', () => {
  it('counts digits in ch and everything else in em', () => {
    // 3 digits at 1.1ch; "%" 0.95em.
    assert.equal(valueColumnWidth(['120%']), 'max(4em, calc(3.3ch + 0.95em))');
    // Chinese characters a full em and a bit; a decimal point and a sign narrower.
    assert.equal(valueColumnWidth(['−12.5个百分点']), 'max(4em, calc(3.3ch + 5.25em))');
  });

  it('is as wide as the widest text, not the longest string', () => {
    // Seven digits (~4.2em) are narrower than four Chinese characters and a digit (~4.8em).
    assert.equal(valueColumnWidth(['1234567', '1个百分点']), 'max(4em, calc(1.1ch + 4.2em))');
    assert.equal(valueColumnWidth(['1个百分点', '123456789012']), 'max(4em, calc(13.2ch + 0em))');
  });

  it('reads Latin letters as wide ones, so English units never spill', () => {
    assert.equal(valueColumnWidth(['1,996 people']), 'max(4em, calc(4.4ch + 5.3em))');
  });

  it('never goes below 4em, even with nothing in it', () => {
    assert.equal(valueColumnWidth([]), 'max(4em, calc(0ch + 0em))');
  });
});

describe('estimateTextWidth', () => {
  it('sums the widths of the default font: Chinese an em each, ASCII from the table', () => {
    assert.equal(estimateTextWidth('市科协', 12), 36);
    // "23 个数据": digits 0.555em, a space 0.224em, three Chinese characters.
    assert.ok(Math.abs(estimateTextWidth('23 个数据', 10) - (5.55 * 2 + 2.24 + 30)) < 1e-9);
    assert.equal(estimateTextWidth('', 10), 0);
  });
});
