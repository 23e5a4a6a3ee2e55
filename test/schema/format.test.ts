import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '../../packages/schema/src/index.js';
import { describeHonor, figureFromFields, formatHonor, formatMetric, formatNormalizedValue, parseFigure, parseRank } from '../../packages/schema/src/index.js';

const printed = (text: string) => {
  const figure = parseFigure(text, { year: 2024 });
  assert.ok(figure, text);
  return figure;
};

describe('formatMetric of a printed figure', () => {
  const cases: [string, string, string][] = [
    ['4.51万人次', '4.51万人次', '45,100 person-times'],
    ['1.48亿吨', '1.48亿吨', '148 million t'],
    ['265.8亿元', '265.8亿元', '26.58 billion yuan'],
    ['55.5‰', '55.5‰', '55.5‰'],
    ['2600多人次', '2600多人次', 'over 2,600 person-times'],
    ['超3500亿元', '超3500亿元', 'over 350 billion yuan'],
    ['55.5‰以上', '55.5‰以上', '55.5‰ or more'],
    ['增长2.6%', '增长2.6%', '+2.6%'],
    ['下降1.47%', '下降1.47%', '−1.47%'],
    ['提高2.5个百分点', '提高2.5个百分点', '+2.5 percentage points'],
    ['完成率190%', '190%', '190%'],
    ['1691万美元', '1691万美元', '16.91 million US dollars'],
    ['13676.4平方米', '13676.4平方米', '13,676.4 m²'],
    ['1.756万套（间）', '1.756万套（间）', '17,560 units'],
    ['三家', '三家', '3'],
    ['12月26日', '12月26日', 'Dec 26'],
    ['快于省均2个百分点左右', '快于2个百分点左右', 'about +2 percentage points'],
  ];
  for (const [source, zh, en] of cases) {
    it(`${source} → ${zh} / ${en}`, () => {
      assert.equal(formatMetric(printed(source), 'zh-CN'), zh);
      assert.equal(formatMetric(printed(source), 'en'), en);
    });
  }
});

describe('formatMetric of a value given as attributes', () => {
  const cases: [value: string, unit: string, zh: string, en: string][] = [
    ['148000000', '吨', '1.48亿吨', '148 million t'],
    ['1.48', '亿吨', '1.48亿吨', '148 million t'],
    ['45100', '人次', '4.51万人次', '45,100 person-times'],
    ['7.3', '%', '7.3%', '7.3%'],
    ['0', '个', '0个', '0'],
    ['1234', '人', '1234人', '1,234 people'],
    ['99995000', '元', '9999.5万元', '99.995 million yuan'],
    ['12.5万', '元', '12.5万元', '125,000 yuan'],
    ['125000', '元', '12.5万元', '125,000 yuan'],
    ['1', '人', '1人', '1 person'],
    ['5', 'widgets', '5widgets', '5 widgets'],
  ];
  for (const [value, unit, zh, en] of cases) {
    it(`value=${value} unit=${unit} → ${zh} / ${en}`, () => {
      const result = figureFromFields({ label: 'x', value, unit });
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(formatMetric(result.value, 'zh-CN'), zh);
      assert.equal(formatMetric(result.value, 'en'), en);
    });
  }
  it('never scales a pre-scaled value twice', () => {
    const result = figureFromFields({ label: 'x', value: '1.48', unit: '亿吨' });
    assert.ok(result.ok);
    assert.equal(result.value.value, 148_000_000);
    assert.equal(result.value.unit, '吨');
  });
  for (const value of ['12万x', 'abc', 'NaN', 'Infinity', '']) {
    it(`says what is wrong with value=${JSON.stringify(value)}`, () => {
      const result = figureFromFields({ label: 'x', value, unit: '%' });
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.problems[0]!.message, /^value: /);
    });
  }
  it('rejects non-finite numbers given as properties', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = figureFromFields({ label: 'x', value, unit: '%' });
      assert.equal(result.ok, false);
    }
  });
  it('rejects an unknown kind with the allowed list', () => {
    const result = figureFromFields({ label: 'x', value: '1', kind: 'volume' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems[0]!.message, /^kind: expected one of count, /);
  });
});

describe('formatNormalizedValue', () => {
  it('writes the value in its base unit for tooltips', () => {
    assert.equal(formatNormalizedValue(printed('4.51万人次'), 'zh-CN'), '45,100 人次');
    assert.equal(formatNormalizedValue(printed('265.8亿元'), 'zh-CN'), '26,580,000,000 元');
    assert.equal(formatNormalizedValue(printed('下降1.47%'), 'zh-CN'), '下降1.47%');
  });
});

describe('formatHonor and describeHonor', () => {
  const cases: [string, Locale, string, string][] = [
    ['居全省第1', 'zh-CN', '居全省第1', '全省第1名'],
    ['居全省第1', 'en', 'No. 1 in the province', 'ranked 1st in the province'],
    ['位居全省第二', 'en', 'No. 2 in the province', 'ranked 2nd in the province'],
    ['全国首个', 'zh-CN', '全国首个', '全国首个'],
    ['全国首个', 'en', 'First nationwide', 'first nationwide'],
    ['全省唯一', 'en', 'The only one in the province', 'the only one in the province'],
    ['九连冠', 'zh-CN', '九连冠', '9连冠'],
    ['八连增', 'en', '8 consecutive increases', '8 consecutive increases'],
    ['连续三年蝉联', 'zh-CN', '连续三年蝉联', '连续3年'],
    ['连续十个季度排名全国中等城市第一', 'zh-CN', '连续十个季度排名全国中等城市第一', '连续10个季度全国中等城市第1名'],
    ['连续十个季度排名全国中等城市第一', 'en', "10 quarters running, No. 1 among China's medium-sized cities", "10 quarters running, No. 1 among China's medium-sized cities"],
  ];
  /** A dataset's peer group, as the Huzhou config names it. */
  const lexicon = { scopes: { 全国中等城市: 'group' as const }, scopesEn: { 全国中等城市: "China's medium-sized cities" } };
  for (const [text, locale, visible, spoken] of cases) {
    it(`${text} in ${locale}`, () => {
      const rank = parseRank(text, { lexicon });
      assert.ok(rank);
      assert.equal(formatHonor(rank, locale), visible);
      assert.equal(describeHonor(rank, locale), spoken);
    });
  }
  it('builds the text from parts when nothing was printed', () => {
    assert.equal(formatHonor({ kind: 'position', scope: 'province', position: 1 }, 'zh-CN'), '全省第1');
    assert.equal(describeHonor({ kind: 'position', scope: 'nation', position: 3 }, 'zh-CN'), '全国第3名');
  });
});
