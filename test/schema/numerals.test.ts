import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseChineseInteger, scaleDecimal, significantDigits, toHalfWidthDigits } from '../../packages/schema/src/index.js';

describe('parseChineseInteger', () => {
  const cases: [string, number | undefined][] = [
    ['一', 1], ['两', 2], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23],
    ['一百零五', 105], ['千', 1000], ['三千五百', 3500], ['千万', 10_000_000], ['百万', 1_000_000],
    ['一亿', 100_000_000], ['零', 0], ['三五', undefined], ['', undefined], ['abc', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected}`, () => assert.equal(parseChineseInteger(text), expected));
  }
});

describe('scaleDecimal', () => {
  it('applies 万 and 亿 without floating-point error', () => {
    assert.equal(scaleDecimal('4.51', 4), 45100);
    assert.equal(scaleDecimal('265.8', 8), 26_580_000_000);
    assert.equal(scaleDecimal('1.756', 4), 17560);
    assert.equal(scaleDecimal('16.71', 4), 167100);
    assert.equal(scaleDecimal('0.5', 4), 5000);
  });
  it('treats 12.5万 and 125000 as the same value', () => assert.equal(scaleDecimal('12.5', 4), scaleDecimal('125000', 0)));
  it('reads full-width digits and points', () => {
    assert.equal(toHalfWidthDigits('１２．５'), '12.5');
    assert.equal(scaleDecimal('１２．５', 4), 125000);
  });
});

describe('significantDigits', () => {
  it('counts the digits the source printed', () => {
    assert.equal(significantDigits('265.8'), 4);
    assert.equal(significantDigits('1.48'), 3);
    assert.equal(significantDigits('1600'), 2);
    assert.equal(significantDigits('0.05'), 1);
  });
});
