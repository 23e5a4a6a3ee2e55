import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPeriods, parseFigure, periodAt, scanFigures } from '../../packages/schema/src/index.js';

type Expected = Partial<NonNullable<ReturnType<typeof parseFigure>>>;

describe('parseFigure reads a printed figure', () => {
  const cases: [string, Expected][] = [
    ['4.51万人次', { value: 45100, unit: '人次', magnitude: '万', kind: 'count', printed: '4.51万人次' }],
    ['265.8亿元', { value: 26_580_000_000, unit: '元', magnitude: '亿', kind: 'money', currency: 'CNY' }],
    ['1691万美元', { value: 16_910_000, unit: '美元', kind: 'money', currency: 'USD' }],
    ['2600多人次', { value: 2600, unit: '人次', qualifier: '多', kind: 'count' }],
    ['3600余人次', { value: 3600, qualifier: '余' }],
    ['2.6万余人次', { value: 26000, magnitude: '万', qualifier: '余' }],
    ['超3500亿元', { value: 350_000_000_000, qualifier: '超', printed: '超3500亿元' }],
    ['10场以上', { value: 10, unit: '场', qualifier: '以上' }],
    ['55.5‰以上', { value: 55.5, unit: '‰', kind: 'permille', qualifier: '以上' }],
    ['1.48亿吨', { value: 148_000_000, unit: '吨', kind: 'measure' }],
    ['13676.4平方米', { value: 13676.4, unit: '平方米', kind: 'measure' }],
    ['45.03万吨标煤', { value: 450_300, unit: '吨标煤' }],
    ['增长2.6%', { value: 2.6, unit: '%', kind: 'change', changeWord: '增长', printed: '2.6%' }],
    ['下降1.47%', { value: -1.47, kind: 'change', changeWord: '下降' }],
    ['降低率6.6%', { value: -6.6, kind: 'change', changeWord: '降低' }],
    ['提高2.5个百分点', { value: 2.5, unit: '个百分点', kind: 'change' }],
    ['缩短4.6个工作日', { value: -4.6, unit: '个工作日', kind: 'change', changeWord: '缩短' }],
    ['快于省均2个百分点左右', { value: 2, kind: 'change', changeWord: '快于', qualifier: '左右' }],
    ['完成率190%', { value: 190, kind: 'completion' }],
    ['完成年度目标的136.4%', { value: 136.4, kind: 'completion' }],
    ['占比达36.7%', { value: 36.7, kind: 'share' }],
    ['占全市比重90%以上', { value: 90, kind: 'share', qualifier: '以上' }],
    ['93.8%', { value: 93.8, kind: 'percent' }],
    ['三家', { value: 3, unit: '家', kind: 'count' }],
    ['两次', { value: 2, unit: '次' }],
    ['十个季度', { value: 10, unit: '个季度', kind: 'duration' }],
    ['百万人次', { value: 1_000_000, unit: '人次' }],
    ['超千万', { value: 10_000_000, qualifier: '超', unit: '' }],
    ['0', { value: 0, kind: 'count' }],
    ['1234', { value: 1234 }],
    ['99995000', { value: 99_995_000 }],
    ['12.5万', { value: 125_000 }],
    ['125000', { value: 125_000 }],
    ['3-5个', { value: 3, valueMax: 5, unit: '个' }],
    ['＋2.6％', { value: 2.6, unit: '%', kind: 'change' }],
    ['+2.6%', { value: 2.6, unit: '%', kind: 'change' }],
    ['-1.5%', { value: -1.5, kind: 'change' }],
    ['−1.5%', { value: -1.5, kind: 'change' }],
    ['２６００多人次', { value: 2600, qualifier: '多' }],
  ];
  for (const [text, expected] of cases) {
    it(`${text}`, () => {
      const figure = parseFigure(text);
      assert.ok(figure, `${text} should parse`);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(figure[key as keyof typeof figure], value, `${text}: ${key}`);
    });
  }

  it('reads a month and day as a date in the given year', () => {
    const figure = parseFigure('12月26日', { year: 2024 });
    assert.equal(figure?.kind, 'date');
    assert.equal(figure?.value, Date.UTC(2024, 11, 26));
  });

  for (const text of ['NaN', 'Infinity', '-Infinity', '', 'abc', '一般', '1-11月', '第3', '3个和4个', '12万 12万']) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseFigure(text), undefined));
  }
});

describe('scanFigures', () => {
  it('finds every figure of a sentence with its offsets', () => {
    const text = '开展红色领航培训2600多人次，组织科学家精神“三进”活动48场次惠及4.51万人次。';
    const found = scanFigures(text);
    assert.deepEqual(found.map((f) => f.quote), ['2600多人次', '48场次', '4.51万人次']);
    for (const f of found) assert.equal(text.slice(f.start, f.end), f.quote);
  });
  it('does not read a lexicon name (红十字) or a period as figures', () => {
    const lexicon = { names: ['红十字'] };
    assert.deepEqual(scanFigures('市红十字会1-11月新增志愿者744人', { lexicon }).map((f) => f.quote), ['744人']);
    // Without the name in its lexicon, the generic parser reads 十字 as a count of characters.
    assert.deepEqual(scanFigures('市红十字会1-11月新增志愿者744人').map((f) => f.quote), ['十字', '744人']);
  });
  it('leaves ordinals (第三届, 第2) to the rank parser', () => {
    assert.deepEqual(scanFigures('成功举办第三届大会，全省第2'), []);
  });
});

describe('periodAt', () => {
  it('carries a period to every figure after it in the same sentence, not beyond', () => {
    const text = '1-11月，八大链营收占比达36.7%，同比提高2.5个百分点。3个集群获激励';
    const periods = findPeriods(text);
    assert.equal(periodAt(text, text.indexOf('占比'), periods)?.text, '1-11月');
    assert.equal(periodAt(text, text.indexOf('提高'), periods)?.text, '1-11月');
    assert.equal(periodAt(text, text.indexOf('3个'), periods), undefined);
  });
});
