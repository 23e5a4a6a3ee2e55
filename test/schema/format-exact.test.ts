import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormattableFigure, FormattableRank, Locale } from '../../packages/schema/src/index.js';
import {
  chineseScale,
  describeHonor,
  describeMetric,
  englishPeriod,
  englishScale,
  formatFigureParts,
  formatHonor,
  formatMetric,
  formatNormalizedValue,
  formatPeriod,
  groupedNumber,
  medalTier,
  plainNumber,
  resolveLocale,
} from '../../packages/schema/src/index.js';

type Parts = [before: string, number: string, after: string];

const parts = (figure: FormattableFigure, locale: Locale): Parts => {
  const { before, number, after } = formatFigureParts(figure, locale);
  return [before, number, after];
};

/** Checks the parts in both locales and that formatMetric is their concatenation. */
function check(figure: FormattableFigure, zh: Parts, en: Parts): void {
  assert.deepEqual(parts(figure, 'zh-CN'), zh, `zh parts of ${JSON.stringify(figure)}`);
  assert.deepEqual(parts(figure, 'en'), en, `en parts of ${JSON.stringify(figure)}`);
  assert.equal(formatMetric(figure, 'zh-CN'), zh.join(''));
  assert.equal(formatMetric(figure, 'en'), en.join(''));
}

describe('formatFigureParts: printed figures', () => {
  it('count with magnitude 4.51万人次', () => {
    check({ kind: 'count', value: 45100, unit: '人次', printed: '4.51万人次', magnitude: '万' }, ['', '4.51万', '人次'], ['', '45,100', ' person-times']);
  });
  it('qualifier before: 超3500亿元', () => {
    check(
      { kind: 'money', value: 350_000_000_000, unit: '元', printed: '超3500亿元', magnitude: '亿', qualifier: '超', currency: 'CNY' },
      ['超', '3500亿', '元'],
      ['over ', '350 billion', ' yuan'],
    );
  });
  it('qualifier after the number: 2600多人次', () => {
    check({ kind: 'count', value: 2600, unit: '人次', printed: '2600多人次', qualifier: '多' }, ['', '2600', '多人次'], ['over ', '2,600', ' person-times']);
  });
  it('以上 after the unit: 55.5‰以上', () => {
    check({ kind: 'permille', value: 55.5, unit: '‰', printed: '55.5‰以上', qualifier: '以上' }, ['', '55.5', '‰以上'], ['', '55.5', '‰ or more']);
  });
  it('a range 3-5个 prints an en dash in English', () => {
    check({ kind: 'count', value: 3, valueMax: 5, unit: '个', printed: '3-5个' }, ['', '3-5', '个'], ['', '3–5', '']);
  });
  it('增长7.3%: the change word leads in Chinese, + in English', () => {
    check({ kind: 'change', value: 7.3, unit: '%', printed: '7.3%', changeWord: '增长' }, ['增长', '7.3', '%'], ['+', '7.3', '%']);
  });
  it('下降1.47%: the change word in Chinese, U+2212 minus in English', () => {
    check({ kind: 'change', value: -1.47, unit: '%', printed: '1.47%', changeWord: '下降' }, ['下降', '1.47', '%'], ['−', '1.47', '%']);
    assert.equal(formatMetric({ kind: 'change', value: -1.47, unit: '%', printed: '1.47%', changeWord: '下降' }, 'en'), '\u22121.47%');
  });
  it('提高2.5个百分点', () => {
    check({ kind: 'change', value: 2.5, unit: '个百分点', printed: '2.5个百分点', changeWord: '提高' }, ['提高', '2.5', '个百分点'], ['+', '2.5', ' percentage points']);
  });
  it('a printed change without a change word takes its sign', () => {
    check({ kind: 'change', value: 2.5, unit: '个百分点', printed: '2.5个百分点' }, ['+', '2.5', '个百分点'], ['+', '2.5', ' percentage points']);
    check({ kind: 'change', value: -3, unit: '%', printed: '3%' }, ['−', '3', '%'], ['−', '3', '%']);
  });
  it('a change word and 左右 together', () => {
    check(
      { kind: 'change', value: 2, unit: '个百分点', printed: '2个百分点左右', qualifier: '左右', changeWord: '快于' },
      ['快于', '2', '个百分点左右'],
      ['about +', '2', ' percentage points'],
    );
  });
  it('Chinese numerals and no number at all', () => {
    check({ kind: 'count', value: 3, unit: '家', printed: '三家' }, ['', '三', '家'], ['', '3', '']);
    assert.deepEqual(parts({ kind: 'count', value: 3, unit: '家', printed: '若干' }, 'zh-CN'), ['', '若干', '']);
    assert.deepEqual(parts({ kind: 'change', value: 3, unit: '家', printed: '若干', changeWord: '增长' }, 'zh-CN'), ['增长', '若干', '']);
  });
  it('full-width digits and 万亿', () => {
    assert.deepEqual(parts({ kind: 'money', value: 1.2e12, unit: '元', printed: '约１.２万亿元' }, 'zh-CN'), ['约', '１.２万亿', '元']);
    assert.deepEqual(parts({ kind: 'count', value: 3, valueMax: 5, unit: '个', printed: '3至5个' }, 'zh-CN'), ['', '3至5', '个']);
  });
});

describe('formatFigureParts: other kinds', () => {
  it('completion 190%', () => {
    check({ kind: 'completion', value: 190, unit: '%', printed: '190%' }, ['', '190', '%'], ['', '190', '%']);
  });
  it('permille without printed', () => {
    check({ kind: 'permille', value: 55.5, unit: '‰' }, ['', '55.5', '‰'], ['', '55.5', '‰']);
  });
  it('ratio 3倍 → 3×', () => {
    check({ kind: 'ratio', value: 3, unit: '倍', printed: '3倍' }, ['', '3', '倍'], ['', '3', '×']);
  });
  it('dates: 12月26日 / Dec 26', () => {
    check({ kind: 'date', value: Date.UTC(2024, 11, 26), unit: '' }, ['', '12月26日', ''], ['', 'Dec 26', '']);
    check({ kind: 'date', value: Date.UTC(2024, 0, 5), unit: '', printed: '1月5日' }, ['', '1月5日', ''], ['', 'Jan 5', '']);
  });
});

describe('formatFigureParts: figures without printed text', () => {
  it('45100 人次 → 4.51万人次', () => {
    check({ kind: 'count', value: 45100, unit: '人次' }, ['', '4.51万', '人次'], ['', '45,100', ' person-times']);
  });
  it('148000000 吨 → 1.48亿吨', () => {
    check({ kind: 'measure', value: 148_000_000, unit: '吨' }, ['', '1.48亿', '吨'], ['', '148 million', ' t']);
  });
  it('33409 stays plain in Chinese', () => {
    check({ kind: 'count', value: 33409, unit: '人' }, ['', '33409', '人'], ['', '33,409', ' people']);
  });
  it('percent, permille, change and completion never take 万 or 亿', () => {
    assert.deepEqual(parts({ kind: 'percent', value: 12000, unit: '%' }, 'zh-CN'), ['', '12000', '%']);
    assert.deepEqual(parts({ kind: 'permille', value: 20000, unit: '‰' }, 'zh-CN'), ['', '20000', '‰']);
    assert.deepEqual(parts({ kind: 'change', value: 12000, unit: '人', changeWord: '增长' }, 'zh-CN'), ['增长', '12000', '人']);
    assert.deepEqual(parts({ kind: 'completion', value: 15000, unit: '元' }, 'zh-CN'), ['', '15000', '元']);
    assert.deepEqual(parts({ kind: 'count', value: 12000, unit: '%x' }, 'zh-CN'), ['', '1.2万', '%x']);
  });
  it('a change is written by its size with the word or sign before it', () => {
    check({ kind: 'change', value: -1.47, unit: '%', changeWord: '下降' }, ['下降', '1.47', '%'], ['−', '1.47', '%']);
    check({ kind: 'change', value: -1.47, unit: '%' }, ['−', '1.47', '%'], ['−', '1.47', '%']);
    check({ kind: 'change', value: 2.5, unit: '个百分点' }, ['+', '2.5', '个百分点'], ['+', '2.5', ' percentage points']);
    check({ kind: 'change', value: 0, unit: '%' }, ['', '0', '%'], ['', '0', '%']);
    check({ kind: 'change', value: 12000, unit: '人', changeWord: '增长' }, ['增长', '12000', '人'], ['+', '12,000', ' people']);
  });
  it('an explicit sign is not given to a figure that is not a change', () => {
    check({ kind: 'count', value: -5, unit: '人' }, ['', '-5', '人'], ['', '-5', ' people']);
    check({ kind: 'percent', value: 5, unit: '%' }, ['', '5', '%'], ['', '5', '%']);
  });
  it('a range built from parts', () => {
    check({ kind: 'count', value: 3, valueMax: 5, unit: '个' }, ['', '3-5', '个'], ['', '3–5', '']);
    check({ kind: 'count', value: 30000, valueMax: 50000, unit: '人' }, ['', '3万-5万', '人'], ['', '30,000–50,000', ' people']);
    check({ kind: 'change', value: -3, valueMax: -5, unit: '%', changeWord: '下降' }, ['下降', '3-5', '%'], ['−', '3–5', '%']);
    check({ kind: 'measure', value: 1e6, valueMax: 2e6, unit: '吨' }, ['', '100万-200万', '吨'], ['', '1–2 million', ' t']);
  });
  it('qualifiers: where each goes, in each language', () => {
    const q = (qualifier: FormattableFigure['qualifier']) => ({ kind: 'count' as const, value: 2600, unit: '人次', qualifier });
    check(q('多'), ['', '2600', '多人次'], ['over ', '2,600', ' person-times']);
    check(q('余'), ['', '2600', '余人次'], ['over ', '2,600', ' person-times']);
    check(q('超'), ['超', '2600', '人次'], ['over ', '2,600', ' person-times']);
    check(q('超过'), ['超过', '2600', '人次'], ['over ', '2,600', ' person-times']);
    check(q('逾'), ['逾', '2600', '人次'], ['over ', '2,600', ' person-times']);
    check(q('近'), ['近', '2600', '人次'], ['nearly ', '2,600', ' person-times']);
    check(q('约'), ['约', '2600', '人次'], ['about ', '2,600', ' person-times']);
    check(q('以上'), ['', '2600', '人次以上'], ['', '2,600', ' person-times or more']);
    check(q('左右'), ['', '2600', '人次左右'], ['about ', '2,600', ' person-times']);
  });
  it('a qualifier before a change word', () => {
    check({ kind: 'change', value: 5, unit: '%', changeWord: '增长', qualifier: '超' }, ['增长超', '5', '%'], ['over +', '5', '%']);
    check({ kind: 'change', value: -5, unit: '%', qualifier: '近' }, ['−近', '5', '%'], ['nearly −', '5', '%']);
  });
  it('unitEn overrides the English unit: 45 期 → 45 sessions', () => {
    check({ kind: 'count', value: 45, unit: '期', unitEn: 'sessions' }, ['', '45', '期'], ['', '45', ' sessions']);
    check({ kind: 'count', value: 1, unit: '期', unitEn: 'sessions' }, ['', '1', '期'], ['', '1', ' sessions']);
    check({ kind: 'count', value: 45, unit: '期' }, ['', '45', '期'], ['', '45', ' issues']);
  });
  it('singular and plural in English', () => {
    check({ kind: 'count', value: 1, unit: '人' }, ['', '1', '人'], ['', '1', ' person']);
    check({ kind: 'count', value: 2, unit: '人' }, ['', '2', '人'], ['', '2', ' people']);
    check({ kind: 'change', value: -1, unit: '人' }, ['−', '1', '人'], ['−', '1', ' person']);
    check({ kind: 'count', value: 1_000_000, unit: '人' }, ['', '100万', '人'], ['', '1 million', ' people']);
    check({ kind: 'count', value: 0, unit: '人' }, ['', '0', '人'], ['', '0', ' people']);
    check({ kind: 'count', value: 1, valueMax: 2, unit: '人' }, ['', '1-2', '人'], ['', '1–2', ' people']);
    check({ kind: 'count', value: 2, unit: '次' }, ['', '2', '次'], ['', '2', ' times']);
    check({ kind: 'count', value: 1, unit: '次' }, ['', '1', '次'], ['', '1', ' time']);
  });
  it('an English unit without a plural and an unknown unit', () => {
    check({ kind: 'measure', value: 2, unit: '亩' }, ['', '2', '亩'], ['', '2', ' mu']);
    check({ kind: 'count', value: 5, unit: 'widgets' }, ['', '5', 'widgets'], ['', '5', ' widgets']);
    check({ kind: 'count', value: 5, unit: '家' }, ['', '5', '家'], ['', '5', '']);
    check({ kind: 'percent', value: 93.8, unit: '%' }, ['', '93.8', '%'], ['', '93.8', '%']);
  });
  it('billions in English', () => {
    check({ kind: 'money', value: 26_580_000_000, unit: '元' }, ['', '265.8亿', '元'], ['', '26.58 billion', ' yuan']);
    check({ kind: 'money', value: 16_910_000, unit: '美元' }, ['', '1691万', '美元'], ['', '16.91 million', ' US dollars']);
  });
  it('a range across a scale keeps the larger magnitude', () => {
    // The upper bound is scaled on its own but printed with the lower bound's word (or none):
    // 500,000 to 2,000,000 people reads "500,000–2 people", 1.5 million to 2 billion t "1.5–2 million t".
    const people = formatMetric({ kind: 'count', value: 500_000, valueMax: 2_000_000, unit: '人' }, 'en');
    assert.match(people, /^(500,000|0\.5)–2 million people$/);
    const tonnes = formatMetric({ kind: 'measure', value: 1_500_000, valueMax: 2_000_000_000, unit: '吨' }, 'en');
    assert.match(tonnes, /billion t$/);
  });
});

describe('numbers.ts', () => {
  it('chineseScale at its boundaries', () => {
    assert.deepEqual(chineseScale(9999), { number: '9999' });
    assert.deepEqual(chineseScale(10000), { number: '1', magnitude: '万' });
    assert.deepEqual(chineseScale(45100), { number: '4.51', magnitude: '万' });
    assert.deepEqual(chineseScale(45110), { number: '45110' });
    assert.deepEqual(chineseScale(33409), { number: '33409' });
    assert.deepEqual(chineseScale(99_999_999), { number: '99999999' });
    assert.deepEqual(chineseScale(99_990_000), { number: '9999', magnitude: '万' });
    assert.deepEqual(chineseScale(99_995_000), { number: '9999.5', magnitude: '万' });
    assert.deepEqual(chineseScale(1e8), { number: '1', magnitude: '亿' });
    assert.deepEqual(chineseScale(148_000_000), { number: '1.48', magnitude: '亿' });
    assert.deepEqual(chineseScale(148_100_000), { number: '14810', magnitude: '万' });
    assert.deepEqual(chineseScale(123_456_789), { number: '123456789' });
    assert.deepEqual(chineseScale(1e6), { number: '100', magnitude: '万' });
    assert.deepEqual(chineseScale(1e9), { number: '10', magnitude: '亿' });
    assert.deepEqual(chineseScale(1.5e12), { number: '15000', magnitude: '亿' });
    assert.deepEqual(chineseScale(-45100), { number: '-4.51', magnitude: '万' });
    assert.deepEqual(chineseScale(-1.5e8), { number: '-1.5', magnitude: '亿' });
    assert.deepEqual(chineseScale(-9999), { number: '-9999' });
    assert.deepEqual(chineseScale(0), { number: '0' });
    assert.deepEqual(chineseScale(12.345), { number: '12.345' });
  });
  it('englishScale at its boundaries', () => {
    assert.deepEqual(englishScale(999_999), { number: '999,999' });
    assert.deepEqual(englishScale(1e6), { number: '1', word: 'million' });
    assert.deepEqual(englishScale(99_999_999), { number: '99.999999', word: 'million' });
    assert.deepEqual(englishScale(1e8), { number: '100', word: 'million' });
    assert.deepEqual(englishScale(999_999_999), { number: '999.999999', word: 'million' });
    assert.deepEqual(englishScale(1e9), { number: '1', word: 'billion' });
    assert.deepEqual(englishScale(26_580_000_000), { number: '26.58', word: 'billion' });
    assert.deepEqual(englishScale(1.5e12), { number: '1,500', word: 'billion' });
    assert.deepEqual(englishScale(-1.5e8), { number: '-150', word: 'million' });
    assert.deepEqual(englishScale(-2e9), { number: '-2', word: 'billion' });
    assert.deepEqual(englishScale(-45100), { number: '-45,100' });
    assert.deepEqual(englishScale(10000), { number: '10,000' });
  });
  it('groupedNumber and plainNumber', () => {
    assert.equal(groupedNumber(45100), '45,100');
    assert.equal(groupedNumber(13676.4), '13,676.4');
    assert.equal(groupedNumber(9999), '9,999');
    assert.equal(groupedNumber(-1234567), '-1,234,567');
    assert.equal(groupedNumber(0.1 + 0.2), '0.3');
    assert.equal(groupedNumber(26_580_000_000 / 1e9), '26.58');
    assert.equal(groupedNumber(1234567.1234567), '1,234,567.12346');
    assert.equal(groupedNumber(0.1234567), '0.123457');
    assert.equal(plainNumber(13676.4), '13676.4');
    assert.equal(plainNumber(99_999_999), '99999999');
    assert.equal(plainNumber(-45100), '-45100');
    assert.equal(plainNumber(1234567.1234567), '1234567.12346');
    assert.equal(plainNumber(0.1234567), '0.123457');
    assert.equal(plainNumber(1.005), '1.005');
    assert.equal(plainNumber(0), '0');
  });
});

describe('formatNormalizedValue', () => {
  it('zh-CN writes the full value with its unit', () => {
    assert.equal(formatNormalizedValue({ kind: 'count', value: 45100, unit: '人次', printed: '4.51万人次' }, 'zh-CN'), '45,100 人次');
    assert.equal(formatNormalizedValue({ kind: 'count', value: 3, unit: '个' }, 'zh-CN'), '3 个');
    assert.equal(formatNormalizedValue({ kind: 'percent', value: 93.8, unit: '%' }, 'zh-CN'), '93.8%');
    assert.equal(formatNormalizedValue({ kind: 'permille', value: 55.5, unit: '‰' }, 'zh-CN'), '55.5‰');
    assert.equal(formatNormalizedValue({ kind: 'change', value: -1.47, unit: '%', changeWord: '下降' }, 'zh-CN'), '下降1.47%');
    assert.equal(formatNormalizedValue({ kind: 'change', value: -1.47, unit: '%' }, 'zh-CN'), '−1.47%');
    assert.equal(formatNormalizedValue({ kind: 'change', value: 12000, unit: '人' }, 'zh-CN'), '+12,000 人');
    assert.equal(formatNormalizedValue({ kind: 'count', value: -12000, unit: '人' }, 'zh-CN'), '-12,000 人');
    assert.equal(formatNormalizedValue({ kind: 'count', value: 7, unit: '' }, 'zh-CN'), '7');
    assert.equal(formatNormalizedValue({ kind: 'date', value: Date.UTC(2024, 11, 26), unit: '' }, 'zh-CN'), '12月26日');
  });
  it('en ignores the printed text', () => {
    assert.equal(formatNormalizedValue({ kind: 'count', value: 45100, unit: '人次', printed: '4.51万人次' }, 'en'), '45,100 person-times');
    assert.equal(formatNormalizedValue({ kind: 'change', value: -1.47, unit: '%', printed: '1.47%', changeWord: '下降' }, 'en'), '−1.47%');
    assert.equal(formatNormalizedValue({ kind: 'measure', value: 148_000_000, unit: '吨', printed: '1.48亿吨' }, 'en'), '148 million t');
    assert.equal(formatNormalizedValue({ kind: 'date', value: Date.UTC(2024, 11, 26), unit: '' }, 'en'), 'Dec 26');
  });
});

describe('formatPeriod', () => {
  it('period only, cumulative only, both, neither', () => {
    assert.equal(formatPeriod({ period: '1-11月' }, 'zh-CN'), '1-11月');
    assert.equal(formatPeriod({ period: '1-11月' }, 'en'), 'Jan–Nov');
    assert.equal(formatPeriod({ cumulative: true }, 'zh-CN'), '累计');
    assert.equal(formatPeriod({ cumulative: true }, 'en'), 'cumulative');
    assert.equal(formatPeriod({ period: '1-11月', cumulative: true }, 'zh-CN'), '1-11月累计');
    assert.equal(formatPeriod({ period: '1-11月', cumulative: true }, 'en'), 'Jan–Nov, cumulative');
    assert.equal(formatPeriod({}, 'zh-CN'), '');
    assert.equal(formatPeriod({}, 'en'), '');
    assert.equal(formatPeriod({ period: '', cumulative: false }, 'en'), '');
    assert.equal(formatPeriod({ period: '上半年', cumulative: false }, 'en'), 'first half');
  });
});

describe('describeMetric', () => {
  const village = { kind: 'count' as const, value: 7, unit: '个', label: '省级特色村', labelEn: 'Provincial featured villages' };
  it('cumulative', () => {
    assert.equal(describeMetric({ ...village, cumulative: true }, 'zh-CN'), '省级特色村（累计）：7个');
    assert.equal(describeMetric({ ...village, cumulative: true }, 'en'), 'Provincial featured villages (cumulative): 7');
  });
  it('period and cumulative', () => {
    assert.equal(describeMetric({ ...village, period: '1-11月', cumulative: true }, 'zh-CN'), '省级特色村（1-11月累计）：7个');
    assert.equal(describeMetric({ ...village, period: '1-11月', cumulative: true }, 'en'), 'Provincial featured villages (Jan–Nov, cumulative): 7');
  });
  it('period only', () => {
    assert.equal(describeMetric({ ...village, period: '前三季度' }, 'zh-CN'), '省级特色村（前三季度）：7个');
    assert.equal(describeMetric({ ...village, period: '前三季度' }, 'en'), 'Provincial featured villages (first three quarters): 7');
  });
  it('neither, and the Chinese label when there is no English one', () => {
    assert.equal(describeMetric(village, 'zh-CN'), '省级特色村：7个');
    assert.equal(describeMetric(village, 'en'), 'Provincial featured villages: 7');
    const training = { kind: 'count' as const, value: 2600, unit: '人次', qualifier: '多' as const, printed: '2600多人次', label: '红色领航培训' };
    assert.equal(describeMetric(training, 'zh-CN'), '红色领航培训：2600多人次');
    assert.equal(describeMetric(training, 'en'), '红色领航培训: over 2,600 person-times');
  });
});

describe('englishPeriod', () => {
  const cases: [string, string][] = [
    ['1-11月', 'Jan–Nov'],
    ['1—6月', 'Jan–Jun'],
    ['1至9月', 'Jan–Sep'],
    ['6月', 'Jun'],
    ['12月份', 'Dec'],
    ['前三季度', 'first three quarters'],
    ['前两个季度', '前两个季度'],
    ['前二个季度', 'first two quarters'],
    ['前一季度', 'first quarter'],
    ['前四季度', 'first four quarters'],
    ['三季度', 'Q3'],
    ['第一季度', 'Q1'],
    ['四季度', 'Q4'],
    ['上半年', 'first half'],
    ['下半年', 'second half'],
    ['全年', 'full year'],
    ['1~6月', 'Jan–Jun'],
    ['1～6月', 'Jan–Jun'],
    ['十四五期间', '十四五期间'],
    ['2024年1-11月', '2024年1-11月'],
    ['1-11月底', '1-11月底'],
    ['6月底', '6月底'],
    ['2024年6月', '2024年6月'],
    ['今年前三季度', '今年前三季度'],
    ['前三季度末', '前三季度末'],
    ['第三季度末', '第三季度末'],
    ['今年上半年', '今年上半年'],
    ['上半年度', '上半年度'],
    ['全年度', '全年度'],
    ['123月', '123月'],
    ['', ''],
  ];
  for (const [zh, en] of cases) {
    it(`${JSON.stringify(zh)} → ${en}`, () => assert.equal(englishPeriod(zh), en));
  }
});

describe('formatHonor and describeHonor', () => {
  // [rank, zh visible, zh spoken, en visible, en spoken]
  const cases: [string, FormattableRank, string, string, string, string][] = [
    ['position nation', { kind: 'position', scope: 'nation', position: 3 }, '全国第3', '全国第3名', 'No. 3 nationwide', 'ranked 3rd nationwide'],
    ['position province', { kind: 'position', scope: 'province', position: 1 }, '全省第1', '全省第1名', 'No. 1 in the province', 'ranked 1st in the province'],
    ['position city', { kind: 'position', scope: 'city', position: 2 }, '全市第2', '全市第2名', 'No. 2 in the city', 'ranked 2nd in the city'],
    ['position county', { kind: 'position', scope: 'county', position: 4 }, '全县第4', '全县第4名', 'No. 4 in the county', 'ranked 4th in the county'],
    [
      'position group with English',
      { kind: 'position', scope: 'group', scopeText: '全国中等城市', scopeTextEn: 'medium-sized cities', position: 1 },
      '全国中等城市第1',
      '全国中等城市第1名',
      'No. 1 among medium-sized cities',
      'ranked 1st among medium-sized cities',
    ],
    [
      'position group without English',
      { kind: 'position', scope: 'group', scopeText: '长三角城市', position: 5 },
      '长三角城市第5',
      '长三角城市第5名',
      'No. 5 among 长三角城市',
      'ranked 5th among 长三角城市',
    ],
    ['position group without a name', { kind: 'position', scope: 'group', position: 2 }, '第2', '第2名', 'No. 2', 'ranked 2nd'],
    ['position without scope', { kind: 'position', position: 6 }, '第6', '第6名', 'No. 6', 'ranked 6th'],
    ['position without a number', { kind: 'position', scope: 'city' }, '全市第', '全市第名', 'No. ? in the city', 'ranked 0th in the city'],
    [
      'scopeText overrides the Chinese scope only',
      { kind: 'position', scope: 'province', scopeText: '全省山区县', position: 1 },
      '全省山区县第1',
      '全省山区县第1名',
      'No. 1 in the province',
      'ranked 1st in the province',
    ],
    ['first nation', { kind: 'first', scope: 'nation' }, '全国首个', '全国首个', 'First nationwide', 'first nationwide'],
    ['first province', { kind: 'first', scope: 'province' }, '全省首个', '全省首个', 'First in the province', 'first in the province'],
    ['first without scope', { kind: 'first' }, '首个', '首个', 'First', 'first'],
    ['only city', { kind: 'only', scope: 'city' }, '全市唯一', '全市唯一', 'The only one in the city', 'the only one in the city'],
    ['only county', { kind: 'only', scope: 'county' }, '全县唯一', '全县唯一', 'The only one in the county', 'the only one in the county'],
    ['streak 连增', { kind: 'streak', streak: 8, streakUnit: '连增' }, '8连增', '8连增', '8 consecutive increases', '8 consecutive increases'],
    ['streak 连冠 with position', { kind: 'streak', streak: 9, streakUnit: '连冠', position: 1, scope: 'province' }, '9连冠', '9连冠', '9 consecutive titles in the province', '9 consecutive titles in the province'],
    ['streak 连升', { kind: 'streak', streak: 3, streakUnit: '连升' }, '3连升', '3连升', '3 consecutive rises', '3 consecutive rises'],
    ['streak 年 with position', { kind: 'streak', streak: 3, streakUnit: '年', position: 1, scope: 'province' }, '连续3年全省第1', '连续3年全省第1名', '3 years running, No. 1 in the province', '3 years running, No. 1 in the province'],
    ['streak 季度', { kind: 'streak', streak: 10, streakUnit: '季度', position: 1, scope: 'group', scopeText: '全国中等城市', scopeTextEn: 'medium-sized cities' }, '连续10个季度全国中等城市第1', '连续10个季度全国中等城市第1名', '10 quarters running, No. 1 among medium-sized cities', '10 quarters running, No. 1 among medium-sized cities'],
    ['streak 月', { kind: 'streak', streak: 5, streakUnit: '月' }, '连续5个月', '连续5个月', '5 months running', '5 months running'],
    ['streak 周', { kind: 'streak', streak: 4, streakUnit: '周', scope: 'city' }, '连续4周', '连续4周', '4 weeks running in the city', '4 weeks running in the city'],
    ['streak 届', { kind: 'streak', streak: 6, streakUnit: '届' }, '连续6届', '连续6届', '6 times running', '6 times running'],
    ['streak 次', { kind: 'streak', streak: 2, streakUnit: '次' }, '连续2次', '连续2次', '2 times running', '2 times running'],
    ['streak 期', { kind: 'streak', streak: 2, streakUnit: '期' }, '连续2期', '连续2期', '2 times running', '2 times running'],
    ['streak without a unit', { kind: 'streak', streak: 7 }, '连续7次', '连续7次', '7 times running', '7 times running'],
    ['streak of an unknown unit', { kind: 'streak', streak: 7, streakUnit: '轮' }, '连续7轮', '连续7轮', '7 times running', '7 times running'],
    ['蝉联 without a count', { kind: 'streak', scope: 'nation', position: 1 }, '蝉联全国第1', '蝉联全国第1名', 'Won again, No. 1 nationwide', 'won again, No. 1 nationwide'],
    ['蝉联 without place', { kind: 'streak' }, '蝉联', '蝉联', 'Won again', 'won again'],
    ['top with topN', { kind: 'top', topN: 10, scope: 'nation' }, '全国10强', '全国10强', 'Top 10 nationwide', 'top 10 nationwide'],
    ['top without topN', { kind: 'top', scope: 'province' }, '全省领先', '全省领先', 'Top in the province', 'top in the province'],
    ['top without anything', { kind: 'top' }, '领先', '领先', 'Top', 'top'],
    ['record', { kind: 'record', scope: 'city' }, '历史最佳', '历史最佳', 'Best on record', 'best on record'],
  ];
  for (const [name, rank, zhVisible, zhSpoken, enVisible, enSpoken] of cases) {
    it(name, () => {
      assert.equal(formatHonor(rank, 'zh-CN'), zhVisible, 'zh visible');
      assert.equal(describeHonor(rank, 'zh-CN'), zhSpoken, 'zh spoken');
      assert.equal(formatHonor(rank, 'en'), enVisible, 'en visible');
      assert.equal(describeHonor(rank, 'en'), enSpoken, 'en spoken');
    });
  }
  it('printed text wins in zh-CN visible text only', () => {
    const rank: FormattableRank = { kind: 'position', scope: 'province', position: 1, printed: '居全省第1' };
    assert.equal(formatHonor(rank, 'zh-CN'), '居全省第1');
    assert.equal(describeHonor(rank, 'zh-CN'), '全省第1名');
    assert.equal(formatHonor(rank, 'en'), 'No. 1 in the province');
    assert.equal(describeHonor(rank, 'en'), 'ranked 1st in the province');
    const streak: FormattableRank = { kind: 'streak', streak: 9, streakUnit: '连冠', printed: '九连冠' };
    assert.equal(formatHonor(streak, 'zh-CN'), '九连冠');
    assert.equal(describeHonor(streak, 'zh-CN'), '9连冠');
    const first: FormattableRank = { kind: 'first', scope: 'nation', printed: '全国首个' };
    assert.equal(formatHonor(first, 'zh-CN'), '全国首个');
    assert.equal(describeHonor(first, 'zh-CN'), '全国首个');
  });
  it('连冠 never repeats the position', () => {
    const rank: FormattableRank = { kind: 'streak', streak: 9, streakUnit: '连冠', position: 1, scope: 'nation' };
    assert.equal(formatHonor(rank, 'zh-CN'), '9连冠');
    assert.equal(describeHonor(rank, 'zh-CN'), '9连冠');
    assert.equal(formatHonor(rank, 'en'), '9 consecutive titles nationwide');
    assert.equal(describeHonor(rank, 'en'), '9 consecutive titles nationwide');
  });
  it('English ordinals', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [10, '10th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [14, '14th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
      [113, '113th'],
      [121, '121st'],
    ];
    for (const [n, text] of cases) assert.equal(describeHonor({ kind: 'position', scope: 'nation', position: n }, 'en'), `ranked ${text} nationwide`);
  });
});

describe('medalTier', () => {
  it('gold, silver, bronze, none', () => {
    assert.equal(medalTier({ kind: 'first' }), 'gold');
    assert.equal(medalTier({ kind: 'only' }), 'gold');
    assert.equal(medalTier({ kind: 'only', position: 5 }), 'gold');
    assert.equal(medalTier({ kind: 'position', position: 1 }), 'gold');
    assert.equal(medalTier({ kind: 'position', position: 2 }), 'silver');
    assert.equal(medalTier({ kind: 'position', position: 3 }), 'bronze');
    assert.equal(medalTier({ kind: 'position', position: 4 }), undefined);
    assert.equal(medalTier({ kind: 'position' }), undefined);
    assert.equal(medalTier({ kind: 'streak', streak: 3, position: 1 }), 'gold');
    assert.equal(medalTier({ kind: 'top', topN: 10 }), undefined);
    assert.equal(medalTier({ kind: 'record' }), undefined);
  });
});

describe('resolveLocale', () => {
  const cases: [string | null | undefined, Locale][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    [' en ', 'en'],
    ['english', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
    ['fr', 'zh-CN'],
    ['fr-en', 'zh-CN'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => assert.equal(resolveLocale(tag), locale));
  }
});
