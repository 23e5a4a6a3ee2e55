import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { mayHoldChineseNumeral, parseFigure, readDigitFigureText, readFigureText } from '../../packages/schema/src/index.js';

/**
 * readFigureText reads attribute text by the grammar of one figure; parseFigure reads it with the
 * paragraph scanner. For text that is one figure they must agree exactly, and both must refuse
 * what is not one: every combination of the pieces below (cue words, signs, qualifiers, Arabic and
 * Chinese numbers, years, ranges, magnitudes, units, bounds, words that are not units), and every
 * figure the Huzhou report prints.
 */
const pieces = [
  ['', '增长', '下降', '增长率达', '高于全省平均', '完成年度目标的', '比重达', '占全市的', '+', '－', '第', '翻两番', '近'],
  ['', '超', '近'],
  ['', '7.3', '１２．５', '0', '2024', '三', '两', '一', '千', '三五', '五G'],
  ['', '-5', '至2030'],
  ['', '万', '万亿'],
  ['', '多', '余'],
  ['', '%', '％', '‰', '个', '人次', '个百分点', '年', '年度', '亿吨', '美元', '期', '月26日', 'km', '件套', '季度'],
  ['', '以上', '左右', '来', '级'],
];

function* combinations(index = 0, prefix = ''): Generator<string> {
  if (index === pieces.length) {
    yield prefix;
    return;
  }
  for (const piece of pieces[index]!) yield* combinations(index + 1, prefix + piece);
}

describe('readFigureText', () => {
  it('agrees with parseFigure on every combination of figure pieces', () => {
    let read = 0;
    let checked = 0;
    let digitsOnly = 0;
    for (const text of combinations()) {
      const expected = parseFigure(text);
      assert.deepEqual(readFigureText(text), expected, text);
      // A card reads text without Chinese numerals with the digit reader (no numerals loaded).
      if (!mayHoldChineseNumeral(text)) {
        assert.deepEqual(readDigitFigureText(text), expected, text);
        digitsOnly++;
      }
      checked++;
      if (expected) read++;
    }
    // The combinations reach both sides: many figures and many refusals.
    assert.ok(read > 30_000 && checked - read > 800_000, `${read} read of ${checked}`);
    assert.ok(digitsOnly > 300_000, `${digitsOnly} read with digits only`);
  });

  it('agrees with parseFigure on every figure the Huzhou report prints', () => {
    const report = JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')) as { departments: { initiatives: { metrics: { quote?: string; printed?: string }[] }[] }[] };
    const texts = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics.flatMap((m) => [m.quote, m.printed].filter((t): t is string => !!t))));
    assert.ok(texts.length > 100);
    for (const text of texts) assert.deepEqual(readFigureText(text), parseFigure(text), text);
  });

  it('needs the numerals for text with Chinese numerals, and says which text may hold one', () => {
    assert.equal(readFigureText('三家')?.value, 3);
    assert.equal(readDigitFigureText('三家'), undefined);
    assert.equal(readFigureText('二千六百人次')?.value, 2600);
    for (const text of ['三家', '二千六百', '两', '千克', '翻两番']) assert.ok(mayHoldChineseNumeral(text), text);
    for (const text of ['2600', '4.51万', '１２．５亿元', '下降1.47%', '超3500亿元']) assert.equal(mayHoldChineseNumeral(text), false, text);
  });

  it('reads a doubling said in words', () => {
    assert.equal(readFigureText('翻两番')?.value, 4);
    assert.equal(readFigureText(' 翻番 ')?.value, 2);
    assert.equal(readFigureText('实现翻番'), undefined);
  });
});
