import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureMatch, Lexicon, RankMatch } from '../../packages/schema/src/index.js';
import {
  canonicalUnit,
  chineseNumeralChars,
  findPeriods,
  genericScopes,
  isCumulativeAt,
  magnitudeExponents,
  mergeLexicons,
  parseChineseInteger,
  parseFigure,
  parseNumberText,
  parseRank,
  periodAt,
  readFigures,
  scaleDecimal,
  scanFigures,
  scanRanks,
  significantDigits,
  skipReasons,
  toHalfWidthDigits,
  unitInfo,
  units,
  unitWordsLongestFirst,
} from '../../packages/schema/src/index.js';

/** A figure that is the whole text: start 0, end at its length, quote the whole text. */
function whole(quote: string, printed: string, rest: Omit<FigureMatch, 'start' | 'end' | 'quote' | 'printed'>): FigureMatch {
  return { start: 0, end: quote.length, quote, printed, ...rest };
}

/** An honor that is the whole text. */
function wholeRank(printed: string, rest: Omit<RankMatch, 'start' | 'end' | 'quote' | 'printed'>): RankMatch {
  return { start: 0, end: printed.length, quote: printed, printed, ...rest };
}

describe('scanRanks: order and overlaps', () => {
  it('returns every honor in text order, not in pattern order', () => {
    assert.deepEqual(scanRanks('居全省第1，实现八连增'), [
      { kind: 'position', start: 0, end: 5, quote: '居全省第1', printed: '居全省第1', scope: 'province', scopeText: '全省', position: 1 },
      { kind: 'streak', start: 8, end: 11, quote: '八连增', printed: '八连增', streak: 8, streakUnit: '连增' },
    ]);
  });

  it('keeps the longest reading at one start, whichever pattern found it first', () => {
    // The streak pattern finds 全省八连增 (0–5) before the position pattern finds 全省八连增第一 (0–7).
    assert.deepEqual(scanRanks('全省八连增第一').map((r) => [r.kind, r.start, r.end]), [['position', 0, 7]]);
    // Two readings of one pattern kind at one start: 全省第一 (0–4) and 全省第一首位 (0–6).
    assert.deepEqual(scanRanks('全省第一首位').map((r) => [r.kind, r.quote]), [['position', '全省第一首位']]);
  });

  it('drops a reading that starts inside the one chosen before it', () => {
    // 连续8个月全省第一 contains 全省第一 (5–9): only the streak is kept.
    assert.deepEqual(scanRanks('连续8个月全省第一').map((r) => r.quote), ['连续8个月全省第一']);
    // 连续三年蝉联 contains 蝉联 (4–6).
    assert.deepEqual(scanRanks('连续三年蝉联').map((r) => r.quote), ['连续三年蝉联']);
    // 全国首次率先: 全国首次 (0–4) and 率先 (4–6) touch but do not overlap: both kept.
    assert.deepEqual(scanRanks('全国首次率先').map((r) => [r.quote, r.start, r.end]), [['全国首次', 0, 4], ['率先', 4, 6]]);
  });

  it('finds nothing in a text without an honor', () => {
    assert.deepEqual(scanRanks(''), []);
    assert.deepEqual(scanRanks('优秀单位'), []);
  });
});

describe('scanRanks reads each kind of honor exactly', () => {
  const cases: [string, Omit<RankMatch, 'start' | 'end' | 'quote' | 'printed'>][] = [
    ['连续8个月全省第一', { kind: 'streak', scope: 'province', scopeText: '全省', position: 1, streak: 8, streakUnit: '月' }],
    ['全省九连冠', { kind: 'streak', scope: 'province', scopeText: '全省', position: 1, streak: 9, streakUnit: '连冠' }],
    ['八连增', { kind: 'streak', streak: 8, streakUnit: '连增' }],
    ['三连升', { kind: 'streak', streak: 3, streakUnit: '连升' }],
    ['连续三年蝉联', { kind: 'streak', streak: 3, streakUnit: '年' }],
    ['蝉联', { kind: 'streak' }],
    ['连续3年居全省首位', { kind: 'streak', scope: 'province', scopeText: '全省', position: 1, streak: 3, streakUnit: '年' }],
    ['连续十个季度全国第一', { kind: 'streak', scope: 'nation', scopeText: '全国', position: 1, streak: 10, streakUnit: '季度' }],
    ['连续2年全市第3', { kind: 'streak', scope: 'city', scopeText: '全市', position: 3, streak: 2, streakUnit: '年' }],
    ['全国十大', { kind: 'top', scope: 'nation', scopeText: '全国', topN: 10 }],
    ['全国前十', { kind: 'top', scope: 'nation', scopeText: '全国', topN: 10 }],
    ['全省前3名', { kind: 'top', scope: 'province', scopeText: '全省', topN: 3 }],
    ['全县百强', { kind: 'top', scope: 'county', scopeText: '全县', topN: 100 }],
    ['连续5年入选全国百强', { kind: 'streak', scope: 'nation', scopeText: '全国', streak: 5, streakUnit: '年', topN: 100 }],
    ['创历史新高', { kind: 'record' }],
    ['创新高', { kind: 'record' }],
    ['创我市历史最佳', { kind: 'record' }],
    ['领跑全省', { kind: 'top', scope: 'province', scopeText: '全省' }],
    ['全区最多', { kind: 'top', scope: 'county', scopeText: '全区' }],
    ['全省最高', { kind: 'top', scope: 'province', scopeText: '全省' }],
    ['全省唯一', { kind: 'only', scope: 'province', scopeText: '全省' }],
    ['唯一', { kind: 'only' }],
    ['在全省率先', { kind: 'first', scope: 'province', scopeText: '全省', position: 1 }],
    ['率先在全国', { kind: 'first', scope: 'nation', scopeText: '全国', position: 1 }],
    ['全国首家', { kind: 'first', scope: 'nation', scopeText: '全国', position: 1 }],
    ['首批', { kind: 'first', position: 1 }],
    ['居全省首位', { kind: 'position', scope: 'province', scopeText: '全省', position: 1 }],
    ['位居全国首位', { kind: 'position', scope: 'nation', scopeText: '全国', position: 1 }],
    ['居全省第1', { kind: 'position', scope: 'province', scopeText: '全省', position: 1 }],
    ['位居全市第二', { kind: 'position', scope: 'city', scopeText: '全市', position: 2 }],
    ['第１２', { kind: 'position', position: 12 }],
    ['全国中等城市第一', { kind: 'position', scope: 'group', scopeText: '全国中等城市', position: 1 }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(scanRanks(text), [wholeRank(text, expected)]));
  }

  for (const text of ['第三届', '第二批', '第3轮', '第一等次', '第四期', '第5次', '第一个', '第二季度', '第3名', '第一课堂']) {
    it(`${text} is an edition or a grade, not an honor`, () => assert.deepEqual(scanRanks(text), []));
  }

  it('keeps the place after an edition', () => {
    assert.deepEqual(scanRanks('第十四届全国美展中位居全省第二').map((r) => [r.quote, r.position]), [['位居全省第二', 2]]);
  });

  it('a streak of 连增 is not a first place, a streak of 连冠 is', () => {
    assert.equal(scanRanks('全省八连增')[0]?.position, undefined);
    assert.equal(scanRanks('全省八连冠')[0]?.position, 1);
  });
});

describe('scanRanks with a lexicon', () => {
  it('names a dataset scope and its English', () => {
    const lexicon: Lexicon = { scopes: { 全省内河: 'group' }, scopesEn: { 全省内河: "the province's inland ports" } };
    assert.deepEqual(scanRanks('吞吐量居全省内河第一', { lexicon }), [
      {
        kind: 'position',
        start: 3,
        end: 10,
        quote: '居全省内河第一',
        printed: '居全省内河第一',
        scope: 'group',
        scopeText: '全省内河',
        scopeTextEn: "the province's inland ports",
        position: 1,
      },
    ]);
    // Without the lexicon the peer group is still read, but has no English.
    assert.equal(scanRanks('吞吐量居全省内河第一')[0]?.scopeTextEn, undefined);
    assert.equal(scanRanks('吞吐量居全省内河第一')[0]?.scopeText, '全省内河');
  });

  it('reads a scope word only the lexicon knows, with the scope the lexicon gives it', () => {
    const lexicon: Lexicon = { scopes: { 长三角: 'nation' } };
    assert.deepEqual(scanRanks('居长三角第一', { lexicon }), [wholeRank('居长三角第一', { kind: 'position', scope: 'nation', scopeText: '长三角', position: 1 })]);
    // The same lexicon object a second time (its patterns are cached) gives the same answer.
    assert.deepEqual(scanRanks('居长三角第一', { lexicon }).map((r) => r.quote), ['居长三角第一']);
    // Without it, or with an empty scope list, only 第一 is an honor.
    assert.deepEqual(scanRanks('居长三角第一').map((r) => [r.quote, r.start, r.scope]), [['第一', 4, undefined]]);
    assert.deepEqual(scanRanks('居长三角第一', { lexicon: { scopes: {} } }).map((r) => r.quote), ['第一']);
  });

  it('a lexicon scope overrides the generic scope of the same word', () => {
    assert.equal(scanRanks('全省第一')[0]?.scope, 'province');
    assert.equal(scanRanks('全省第一', { lexicon: { scopes: { 全省: 'group' } } })[0]?.scope, 'group');
  });

  it('an honor word inside a lexicon name is part of the name', () => {
    const text = '市第一人民医院获评全省唯一';
    assert.deepEqual(scanRanks(text, { lexicon: { names: ['第一人民医院'] } }), [
      { kind: 'only', start: 9, end: 13, quote: '全省唯一', printed: '全省唯一', scope: 'province', scopeText: '全省' },
    ]);
    assert.deepEqual(scanRanks(text).map((r) => r.quote), ['第一', '全省唯一']);
    // A name that does not occur hides nothing.
    assert.deepEqual(scanRanks(text, { lexicon: { names: ['第二医院'] } }).map((r) => r.quote), ['第一', '全省唯一']);
    // An honor that ends where the name starts is kept.
    assert.deepEqual(scanRanks('全省唯一第一医院', { lexicon: { names: ['第一医院'] } }).map((r) => r.quote), ['全省唯一']);
    // Every occurrence of the name is hidden, and an honor right after the name is kept.
    assert.deepEqual(scanRanks('第一医院、第一医院全省第一', { lexicon: { names: ['第一医院'] } }).map((r) => [r.quote, r.start]), [['全省第一', 9]]);
  });
});

describe('parseRank: the whole text or nothing', () => {
  it('reads the honor that is the whole text', () => {
    assert.deepEqual(parseRank('居全省第1'), wholeRank('居全省第1', { kind: 'position', scope: 'province', scopeText: '全省', position: 1 }));
    assert.deepEqual(parseRank('  全省唯一  '), wholeRank('全省唯一', { kind: 'only', scope: 'province', scopeText: '全省' }));
  });

  it('strips a leading verb', () => {
    assert.deepEqual(parseRank('获评全国首个'), wholeRank('全国首个', { kind: 'first', scope: 'nation', scopeText: '全国', position: 1 }));
    for (const verb of ['获评', '获得', '荣获', '实现', '为', '是']) {
      assert.equal(parseRank(`${verb}全省唯一`)?.quote, '全省唯一', verb);
    }
    assert.deepEqual(parseRank('实现八连增'), wholeRank('八连增', { kind: 'streak', streak: 8, streakUnit: '连增' }));
  });

  it('rejects text that holds more than the honor, or two honors', () => {
    assert.equal(parseRank('重点站全省第一'), undefined);
    assert.equal(parseRank('全省第一。'), undefined);
    assert.equal(parseRank('全省第一全国首个'), undefined);
    assert.equal(parseRank(''), undefined);
    assert.equal(parseRank('第三届'), undefined);
  });

  it('passes its lexicon on', () => {
    const lexicon: Lexicon = { scopes: { 长三角: 'group' }, scopesEn: { 长三角: 'the Yangtze River Delta' } };
    assert.deepEqual(
      parseRank('长三角第一', { lexicon }),
      wholeRank('长三角第一', { kind: 'position', scope: 'group', scopeText: '长三角', scopeTextEn: 'the Yangtze River Delta', position: 1 }),
    );
    assert.equal(parseRank('长三角第一'), undefined);
  });
});

describe('scanFigures: the figures of a paragraph', () => {
  it('keeps a figure that comes before a period, and never reads the period', () => {
    assert.deepEqual(scanFigures('新增744人，1-11月增长5%'), [
      { start: 2, end: 6, quote: '744人', printed: '744人', kind: 'count', value: 744, unit: '人' },
      { start: 12, end: 16, quote: '增长5%', printed: '5%', kind: 'change', value: 5, unit: '%', changeWord: '增长' },
    ]);
    assert.deepEqual(readFigures('1-11月').figures, []);
    assert.deepEqual(readFigures('1-11月').skipped, []);
  });

  it('reads a figure right after a period', () => {
    assert.deepEqual(scanFigures('1-11月3个'), [{ start: 5, end: 7, quote: '3个', printed: '3个', kind: 'count', value: 3, unit: '个' }]);
  });

  it('a doubling inside the quote of another figure is not read again', () => {
    assert.deepEqual(scanFigures('占翻番企业的5%'), [whole('占翻番企业的5%', '5%', { kind: 'share', value: 5, unit: '%' })]);
  });

  it('a qualifier after the number wins over one before it', () => {
    assert.deepEqual(scanFigures('约2600多人次'), [
      { start: 1, end: 8, quote: '2600多人次', printed: '2600多人次', kind: 'count', value: 2600, unit: '人次', qualifier: '多' },
    ]);
  });

  it('reads two figures that touch', () => {
    assert.deepEqual(scanFigures('3个4个').map((f) => [f.quote, f.start, f.end, f.value]), [['3个', 0, 2, 3], ['4个', 2, 4, 4]]);
    assert.deepEqual(scanFigures('三个五个').map((f) => f.value), [3, 5]);
  });

  it('reads a range once, not its upper end again', () => {
    assert.deepEqual(scanFigures('新建3-5个').map((f) => f.quote), ['3-5个']);
  });

  it('sorts a doubling among the other figures by its place', () => {
    assert.deepEqual(scanFigures('实现翻番，新增3个').map((f) => [f.quote, f.value, f.unit]), [['翻番', 2, '倍'], ['3个', 3, '个']]);
    assert.deepEqual(scanFigures('新增3个，实现翻番').map((f) => [f.quote, f.start]), [['3个', 2], ['翻番', 7]]);
  });

  it('never yields NaN for a run of numerals that is not a number', () => {
    const figures = scanFigures('三五个');
    assert.equal(figures.some((f) => Number.isNaN(f.value)), false);
    assert.deepEqual(figures, []);
    assert.equal(parseFigure('三五个'), undefined);
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(readFigures(''), { figures: [], skipped: [] });
  });
});

describe('change words, in both directions', () => {
  const rising = ['增长', '增幅', '增速', '提高', '提升'] as const;
  const falling = ['下降', '降低', '缩短', '减少'] as const;
  for (const word of rising) {
    it(`${word} is a rise`, () => {
      const quote = `${word}3.2%`;
      assert.deepEqual(parseFigure(quote), whole(quote, '3.2%', { kind: 'change', value: 3.2, unit: '%', changeWord: word }));
    });
  }
  for (const word of falling) {
    it(`${word} is a fall`, () => {
      const quote = `${word}3.2%`;
      assert.deepEqual(parseFigure(quote), whole(quote, '3.2%', { kind: 'change', value: -3.2, unit: '%', changeWord: word }));
    });
  }

  it('reads percentage points, days and cue endings', () => {
    assert.deepEqual(parseFigure('提高2.5个百分点'), whole('提高2.5个百分点', '2.5个百分点', { kind: 'change', value: 2.5, unit: '个百分点', changeWord: '提高' }));
    assert.deepEqual(parseFigure('缩短3天'), whole('缩短3天', '3天', { kind: 'change', value: -3, unit: '天', changeWord: '缩短' }));
    assert.deepEqual(parseFigure('增长率达5%'), whole('增长率达5%', '5%', { kind: 'change', value: 5, unit: '%', changeWord: '增长' }));
    assert.deepEqual(parseFigure('降低率6.6%'), whole('降低率6.6%', '6.6%', { kind: 'change', value: -6.6, unit: '%', changeWord: '降低' }));
    assert.deepEqual(parseFigure('提升达到8%'), whole('提升达到8%', '8%', { kind: 'change', value: 8, unit: '%', changeWord: '提升' }));
    assert.deepEqual(parseFigure('下降3-5%'), whole('下降3-5%', '3-5%', { kind: 'change', value: -3, valueMax: -5, unit: '%', changeWord: '下降' }));
  });

  it('reads a comparison with the province', () => {
    assert.deepEqual(
      parseFigure('高于全省平均1.2个百分点'),
      whole('高于全省平均1.2个百分点', '1.2个百分点', { kind: 'change', value: 1.2, unit: '个百分点', changeWord: '高于' }),
    );
    assert.deepEqual(parseFigure('快于省均2%'), whole('快于省均2%', '2%', { kind: 'change', value: 2, unit: '%', changeWord: '快于' }));
    assert.deepEqual(parseFigure('高于2%'), whole('高于2%', '2%', { kind: 'change', value: 2, unit: '%', changeWord: '高于' }));
  });

  it('quotes only the change word, not the words before it', () => {
    assert.deepEqual(scanFigures('同比增长5%'), [{ start: 2, end: 6, quote: '增长5%', printed: '5%', kind: 'change', value: 5, unit: '%', changeWord: '增长' }]);
  });

  it('reads an explicit sign as a change', () => {
    assert.deepEqual(parseFigure('+2.6%'), whole('+2.6%', '2.6%', { kind: 'change', value: 2.6, unit: '%' }));
    assert.deepEqual(parseFigure('＋2.6％'), whole('＋2.6％', '2.6％', { kind: 'change', value: 2.6, unit: '%' }));
    assert.deepEqual(parseFigure('－1.5%'), whole('－1.5%', '1.5%', { kind: 'change', value: -1.5, unit: '%' }));
    assert.deepEqual(parseFigure('−1.5%'), whole('−1.5%', '1.5%', { kind: 'change', value: -1.5, unit: '%' }));
    assert.deepEqual(parseFigure('-1.5%'), whole('-1.5%', '1.5%', { kind: 'change', value: -1.5, unit: '%' }));
    assert.deepEqual(scanFigures('人口+2人').map((f) => [f.quote, f.kind, f.value]), [['+2人', 'change', 2]]);
  });

  it('a dash between two numbers is a range, not a minus sign', () => {
    // The dash after a Chinese numeral (五-六个, 三-5个) was once read as a minus: a change of −6 / −5.
    for (const text of ['五-六个', '三-5个']) {
      const figures = scanFigures(text);
      assert.deepEqual(figures.filter((f) => f.kind === 'change' || f.value < 0), [], text);
    }
  });

  it('a plus inside a name (1+8+X) is not a sign, and the name is no figure', () => {
    assert.deepEqual(scanFigures('构建1+8+X体系'), []);
    assert.deepEqual(readFigures('构建1+8+X体系').skipped, [{ start: 2, end: 7, text: '1+8+X', reason: 'name' }]);
    assert.deepEqual(scanFigures('增长+2.6%').map((f) => [f.quote, f.kind, f.value]), [['+2.6%', 'change', 2.6]]);
  });

  it('a cue word outranks a sign, and a change outranks a share or a completion', () => {
    assert.equal(parseFigure('提高5.5‰')?.kind, 'change');
    assert.equal(parseFigure('提高5.5‰')?.changeWord, '提高');
  });
});

describe('months, dates and years', () => {
  it('a month is not a figure', () => {
    assert.deepEqual(readFigures('计划6月完工'), { figures: [], skipped: [{ start: 2, end: 4, text: '6月', reason: 'month' }] });
    assert.deepEqual(readFigures('十二月').skipped, [{ start: 0, end: 3, text: '十二月', reason: 'month' }]);
    assert.equal(parseFigure('6月'), undefined);
  });

  it('a month and day without a year is skipped as a date', () => {
    assert.deepEqual(readFigures('12月26日开幕'), { figures: [], skipped: [{ start: 0, end: 6, text: '12月26日', reason: 'date' }] });
  });

  it('a month and day with a year is a date figure', () => {
    assert.deepEqual(readFigures('12月26日开幕', { year: 2024 }), {
      figures: [{ start: 0, end: 6, quote: '12月26日', printed: '12月26日', kind: 'date', value: Date.UTC(2024, 11, 26), unit: '' }],
      skipped: [],
    });
    assert.equal(parseFigure('1月5日', { year: 2023 })?.value, Date.UTC(2023, 0, 5));
  });

  it('a year is skipped, with its 度 and a range of years', () => {
    assert.deepEqual(readFigures('2024年').skipped, [{ start: 0, end: 5, text: '2024年', reason: 'year' }]);
    assert.deepEqual(readFigures('2024年度').skipped, [{ start: 0, end: 6, text: '2024年度', reason: 'year' }]);
    assert.deepEqual(readFigures('2024—2030年').skipped, [{ start: 0, end: 10, text: '2024—2030年', reason: 'year' }]);
    assert.deepEqual(readFigures('2024年12月26日').skipped.map((s) => [s.text, s.reason]), [['2024年', 'year'], ['12月26日', 'date']]);
  });

  it('a month in Chinese numerals is a month, and the day after it a date, not a count', () => {
    assert.deepEqual(readFigures('十二月26日').skipped, [
      { start: 0, end: 3, text: '十二月', reason: 'month' },
      { start: 3, end: 6, text: '26日', reason: 'date' },
    ]);
    assert.deepEqual(readFigures('十二月26日', { year: 2024 }).figures, []);
  });

  it('a four-digit number outside 1900–2099, or without 年, is a figure', () => {
    assert.deepEqual(scanFigures('1899年').map((f) => [f.value, f.unit, f.kind]), [[1899, '年', 'duration']]);
    assert.deepEqual(scanFigures('2100年').map((f) => [f.value, f.unit]), [[2100, '年']]);
    assert.deepEqual(scanFigures('建成2024个').map((f) => [f.value, f.unit]), [[2024, '个']]);
  });
});

describe('parseFigure: exactly one figure', () => {
  it('rejects a figure with words around it', () => {
    assert.equal(parseFigure('共12个'), undefined);
    assert.equal(parseFigure('12个项目'), undefined);
    assert.equal(parseFigure('3个和4个'), undefined);
  });
  it('reads a bare figure', () => {
    assert.deepEqual(parseFigure('12个'), whole('12个', '12个', { kind: 'count', value: 12, unit: '个' }));
    assert.deepEqual(parseFigure('  12个 '), whole('12个', '12个', { kind: 'count', value: 12, unit: '个' }));
    assert.deepEqual(parseFigure('1234'), whole('1234', '1234', { kind: 'count', value: 1234, unit: '' }));
  });
});

describe('qualifiers, ranges, magnitudes, currencies', () => {
  const cases: [string, Omit<FigureMatch, 'start' | 'end' | 'quote' | 'printed'>][] = [
    ['2600多人次', { kind: 'count', value: 2600, unit: '人次', qualifier: '多' }],
    ['3600余人次', { kind: 'count', value: 3600, unit: '人次', qualifier: '余' }],
    ['2.6万余人次', { kind: 'count', value: 26000, unit: '人次', magnitude: '万', qualifier: '余' }],
    ['超3500亿元', { kind: 'money', value: 350_000_000_000, unit: '元', magnitude: '亿', qualifier: '超', currency: 'CNY' }],
    ['超过11亿元', { kind: 'money', value: 1_100_000_000, unit: '元', magnitude: '亿', qualifier: '超过', currency: 'CNY' }],
    ['逾百家', { kind: 'count', value: 100, unit: '家', qualifier: '逾' }],
    ['近300家', { kind: 'count', value: 300, unit: '家', qualifier: '近' }],
    ['约2000人', { kind: 'count', value: 2000, unit: '人', qualifier: '约' }],
    ['95%以上', { kind: 'percent', value: 95, unit: '%', qualifier: '以上' }],
    ['1000人左右', { kind: 'count', value: 1000, unit: '人', qualifier: '左右' }],
    ['5万以上', { kind: 'count', value: 50000, unit: '', magnitude: '万', qualifier: '以上' }],
    ['3-5个', { kind: 'count', value: 3, valueMax: 5, unit: '个' }],
    ['3—5个', { kind: 'count', value: 3, valueMax: 5, unit: '个' }],
    ['3~5万元', { kind: 'money', value: 30000, valueMax: 50000, unit: '元', magnitude: '万', currency: 'CNY' }],
    ['3万人', { kind: 'count', value: 30000, unit: '人', magnitude: '万' }],
    ['2亿元', { kind: 'money', value: 200_000_000, unit: '元', magnitude: '亿', currency: 'CNY' }],
    ['1.2万亿元', { kind: 'money', value: 1_200_000_000_000, unit: '元', magnitude: '万亿', currency: 'CNY' }],
    ['4.51万人次', { kind: 'count', value: 45100, unit: '人次', magnitude: '万' }],
    ['265.8亿元', { kind: 'money', value: 26_580_000_000, unit: '元', magnitude: '亿', currency: 'CNY' }],
    ['1691万美元', { kind: 'money', value: 16_910_000, unit: '美元', magnitude: '万', currency: 'USD' }],
    ['50％', { kind: 'percent', value: 50, unit: '%' }],
    ['三家', { kind: 'count', value: 3, unit: '家' }],
    ['百万人次', { kind: 'count', value: 1_000_000, unit: '人次', magnitude: '万' }],
    ['１２．５万吨', { kind: 'measure', value: 125000, unit: '吨', magnitude: '万' }],
  ];
  for (const [quote, expected] of cases) {
    it(quote, () => assert.deepEqual(parseFigure(quote), whole(quote, quote, expected)));
  }
});

describe('kinds from cue words and units', () => {
  const cases: [string, string, Omit<FigureMatch, 'start' | 'end' | 'quote' | 'printed'>][] = [
    ['完成率190%', '190%', { kind: 'completion', value: 190, unit: '%' }],
    ['完成率达到190%', '190%', { kind: 'completion', value: 190, unit: '%' }],
    ['完成年度目标的136.4%', '136.4%', { kind: 'completion', value: 136.4, unit: '%' }],
    ['完成任务的120%', '120%', { kind: 'completion', value: 120, unit: '%' }],
    ['年度任务的105%', '105%', { kind: 'completion', value: 105, unit: '%' }],
    ['占比达36.7%', '36.7%', { kind: 'share', value: 36.7, unit: '%' }],
    ['比重90%以上', '90%以上', { kind: 'share', value: 90, unit: '%', qualifier: '以上' }],
    ['占全市比重90%以上', '90%以上', { kind: 'share', value: 90, unit: '%', qualifier: '以上' }],
    ['比例为30%', '30%', { kind: 'share', value: 30, unit: '%' }],
    ['占比5.5‰', '5.5‰', { kind: 'permille', value: 5.5, unit: '‰' }],
    ['5.5‰', '5.5‰', { kind: 'permille', value: 5.5, unit: '‰' }],
    ['93.8%', '93.8%', { kind: 'percent', value: 93.8, unit: '%' }],
    ['3倍', '3倍', { kind: 'ratio', value: 3, unit: '倍' }],
    ['15分钟', '15分钟', { kind: 'duration', value: 15, unit: '分钟' }],
    ['十个季度', '十个季度', { kind: 'duration', value: 10, unit: '个季度' }],
    ['1.48亿吨', '1.48亿吨', { kind: 'measure', value: 148_000_000, unit: '吨', magnitude: '亿' }],
    ['13676.4平方米', '13676.4平方米', { kind: 'measure', value: 13676.4, unit: '平方米' }],
  ];
  for (const [quote, printed, expected] of cases) {
    it(quote, () => assert.deepEqual(parseFigure(quote), whole(quote, printed, expected)));
  }

  it('doubling in words', () => {
    assert.deepEqual(readFigures('实现翻番').figures, [{ start: 2, end: 4, quote: '翻番', printed: '翻番', kind: 'ratio', value: 2, unit: '倍' }]);
    assert.deepEqual(scanFigures('翻两番'), [{ start: 0, end: 3, quote: '翻两番', printed: '翻两番', kind: 'ratio', value: 4, unit: '倍' }]);
    assert.equal(scanFigures('翻二番')[0]?.value, 4);
    assert.equal(scanFigures('翻一番')[0]?.value, 2);
    assert.deepEqual(scanFigures('翻了一番').map((f) => [f.quote, f.value]), [['翻了一番', 2]]);
  });

  it('a ratio printed without 倍', () => {
    assert.deepEqual(scanFigures('城乡居民收入比缩小至1.68'), [{ start: 10, end: 14, quote: '1.68', printed: '1.68', kind: 'ratio', value: 1.68, unit: '' }]);
    // With a unit it is not a bare ratio.
    assert.equal(scanFigures('比值为3个')[0]?.kind, 'count');
  });
});

describe('readFigures: what it passes over, and why', () => {
  const cases: [string, { start: number; end: number; text: string; reason: string }[]][] = [
    ['第三届', [{ start: 0, end: 3, text: '第三届', reason: 'edition' }]],
    ['第二批', [{ start: 0, end: 3, text: '第二批', reason: 'edition' }]],
    ['第3', [{ start: 0, end: 2, text: '第3', reason: 'ordinal' }]],
    ['第3名', [{ start: 0, end: 2, text: '第3', reason: 'ordinal' }]],
    ['超百亿元产业集群', [{ start: 0, end: 4, text: '超百亿元', reason: 'threshold' }]],
    ['千亿级', [{ start: 0, end: 3, text: '千亿级', reason: 'threshold' }]],
    ['10亿级项目', [{ start: 0, end: 4, text: '10亿级', reason: 'threshold' }]],
    ['80万元以上的行政村', [{ start: 0, end: 7, text: '80万元以上的', reason: 'threshold' }]],
    ['超10亿元项目', [{ start: 0, end: 5, text: '超10亿元', reason: 'threshold' }]],
    ['超过10亿元项目', [{ start: 0, end: 6, text: '超过10亿元', reason: 'threshold' }]],
    ['逾10亿元项目', [{ start: 0, end: 5, text: '逾10亿元', reason: 'threshold' }]],
    ['10亿元以上项目', [{ start: 0, end: 6, text: '10亿元以上', reason: 'threshold' }]],
    ['百家企业', [{ start: 0, end: 2, text: '百家', reason: 'threshold' }]],
    ['35年来', [{ start: 0, end: 4, text: '35年来', reason: 'span' }]],
    ['3年以来', [{ start: 0, end: 4, text: '3年以来', reason: 'span' }]],
    ['3年间', [{ start: 0, end: 3, text: '3年间', reason: 'span' }]],
    ['近五年', [{ start: 0, end: 3, text: '近五年', reason: 'span' }]],
    ['过去3年', [{ start: 2, end: 4, text: '3年', reason: 'span' }]],
    ['5G', [{ start: 0, end: 2, text: '5G', reason: 'name' }]],
    ['PM2.5', [{ start: 0, end: 5, text: 'PM2.5', reason: 'name' }]],
    ['建设A1B2项目', [{ start: 2, end: 6, text: 'A1B2', reason: 'name' }]],
    ['滨江快速路二期', [{ start: 5, end: 7, text: '二期', reason: 'edition' }]],
    ['走出了一条新路子', [{ start: 3, end: 5, text: '一条', reason: 'word' }]],
    ['一次办', [{ start: 0, end: 2, text: '一次', reason: 'word' }]],
  ];
  for (const [text, skipped] of cases) {
    it(`${text}: ${skipped.map((s) => s.reason).join(', ')}`, () => assert.deepEqual(readFigures(text), { figures: [], skipped }));
  }

  it('a bound that is followed by a comparison or punctuation stays a figure', () => {
    assert.deepEqual(scanFigures('超10亿元，').map((f) => f.quote), ['超10亿元']);
    assert.deepEqual(scanFigures('超3500亿元，增长5%').map((f) => f.quote), ['超3500亿元', '增长5%']);
    assert.deepEqual(scanFigures('逾百家').map((f) => f.value), [100]);
  });

  it('45期 is a count of issues, 二期 a phase', () => {
    assert.deepEqual(readFigures('45期'), { figures: [whole('45期', '45期', { kind: 'count', value: 45, unit: '期' })], skipped: [] });
  });

  it('一 is a count when a verb or punctuation follows it', () => {
    assert.deepEqual(readFigures('其中一家为境外商会').figures, [{ start: 2, end: 4, quote: '一家', printed: '一家', kind: 'count', value: 1, unit: '家' }]);
    assert.deepEqual(readFigures('提前一年完成').figures, [{ start: 2, end: 4, quote: '一年', printed: '一年', kind: 'duration', value: 1, unit: '年' }]);
    assert.deepEqual(scanFigures('一年').map((f) => f.value), [1]);
  });

  it('skips a lexicon name once, with its place', () => {
    assert.deepEqual(readFigures('市红十字会新增志愿者744人', { lexicon: { names: ['红十字'] } }), {
      figures: [{ start: 10, end: 14, quote: '744人', printed: '744人', kind: 'count', value: 744, unit: '人' }],
      skipped: [{ start: 1, end: 4, text: '红十字', reason: 'name' }],
    });
    // A name holding two numerals is skipped once.
    assert.deepEqual(readFigures('推进三改一拆', { lexicon: { names: ['三改一拆'] } }), {
      figures: [],
      skipped: [{ start: 2, end: 6, text: '三改一拆', reason: 'name' }],
    });
    // Every occurrence of a name.
    assert.deepEqual(readFigures('红十字与红十字', { lexicon: { names: ['红十字'] } }).skipped.map((s) => [s.start, s.end]), [[0, 3], [4, 7]]);
    // A figure right after the name is read.
    assert.deepEqual(readFigures('红十字3个', { lexicon: { names: ['红十字'] } }).figures.map((f) => [f.quote, f.start]), [['3个', 3]]);
    // Of two overlapping names, the one that starts first.
    assert.deepEqual(readFigures('红十字会', { lexicon: { names: ['十字会', '红十字'] } }).skipped, [{ start: 0, end: 3, text: '红十字', reason: 'name' }]);
    // Without the lexicon, 十字 is read.
    assert.deepEqual(scanFigures('市红十字会新增志愿者744人').map((f) => f.quote), ['十字', '744人']);
  });

  it('lists every skip reason', () => {
    assert.deepEqual([...skipReasons], ['year', 'edition', 'ordinal', 'date', 'month', 'threshold', 'span', 'name', 'word']);
  });
});

describe('numerals', () => {
  const cases: [string, number | undefined][] = [
    ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百零五', 105], ['两', 2], ['千', 1000],
    ['三千五百', 3500], ['一万二千', 12000], ['二十五万', 250_000], ['十万', 100_000], ['万', 10_000], ['亿', 100_000_000],
    ['一亿', 100_000_000], ['千万', 10_000_000], ['零', 0], ['〇', 0], ['零五', 5],
    ['三五', undefined], ['一零五', undefined], ['', undefined], ['abc', undefined], ['三a', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`parseChineseInteger(${JSON.stringify(text)}) is ${expected}`, () => assert.equal(parseChineseInteger(text), expected));
  }

  it('parseNumberText reads Arabic and Chinese, scaled exactly', () => {
    assert.equal(parseNumberText('4.51'), 4.51);
    assert.equal(parseNumberText('4.51', 4), 45100);
    assert.equal(parseNumberText('１２．５'), 12.5);
    assert.equal(parseNumberText('三'), 3);
    assert.equal(parseNumberText('千'), 1000);
    assert.equal(parseNumberText('三', 4), 30000);
    assert.equal(parseNumberText('三', 8), 300_000_000);
    assert.equal(parseNumberText('abc'), undefined);
    assert.equal(parseNumberText(''), undefined);
    assert.equal(parseNumberText('1.2.3'), undefined);
    assert.equal(parseNumberText('三五'), undefined);
  });

  it('scaleDecimal moves the point without float error', () => {
    assert.equal(scaleDecimal('4.51', 4), 45100);
    assert.equal(scaleDecimal('265.8', 8), 26_580_000_000);
    assert.equal(scaleDecimal('1.23456', 2), 123.456);
    assert.equal(scaleDecimal('12', 4), 120_000);
    assert.equal(scaleDecimal('7', 0), 7);
    assert.equal(scaleDecimal('0.05', 0), 0.05);
    assert.equal(scaleDecimal('１２．５', 4), 125_000);
  });

  it('toHalfWidthDigits', () => {
    assert.equal(toHalfWidthDigits('１２．５'), '12.5');
    assert.equal(toHalfWidthDigits('０９'), '09');
    assert.equal(toHalfWidthDigits('a１b'), 'a1b');
  });

  it('significantDigits', () => {
    assert.equal(significantDigits('265.8'), 4);
    assert.equal(significantDigits('148'), 3);
    assert.equal(significantDigits('1600'), 2);
    assert.equal(significantDigits('0.05'), 1);
    assert.equal(significantDigits('1.48'), 3);
    assert.equal(significantDigits('100.0'), 4);
    assert.equal(significantDigits('0'), 1);
    assert.equal(significantDigits('0.0'), 1);
    assert.equal(significantDigits('１６００'), 2);
  });

  it('the numeral characters and magnitudes', () => {
    assert.equal(chineseNumeralChars, '零〇一二两三四五六七八九十百千');
    assert.deepEqual(magnitudeExponents, { 万: 4, 亿: 8, 万亿: 12 });
  });
});

describe('periods', () => {
  it('findPeriods finds every marker, in order', () => {
    assert.deepEqual(findPeriods('1-11月，新增744人；前三季度，增长5%。上半年实现3个，全年累计受理16件'), [
      { start: 0, end: 5, text: '1-11月' },
      { start: 13, end: 17, text: '前三季度' },
      { start: 23, end: 26, text: '上半年' },
      { start: 31, end: 33, text: '全年' },
    ]);
    assert.deepEqual(findPeriods('一季度、二季度、下半年、1—6月、１-２月').map((p) => p.text), ['一季度', '二季度', '下半年', '1—6月', '１-２月']);
    assert.deepEqual(findPeriods('新增3个'), []);
  });

  it('periodAt: the last period before the offset, until the sentence ends', () => {
    const text = '1-11月，八大链营收占比达36.7%，同比提高2.5个百分点。3个集群获激励';
    const periods = findPeriods(text);
    assert.deepEqual(periodAt(text, text.indexOf('占比'), periods), { start: 0, end: 5, text: '1-11月' });
    assert.deepEqual(periodAt(text, text.indexOf('提高'), periods), { start: 0, end: 5, text: '1-11月' });
    assert.equal(periodAt(text, text.indexOf('3个'), periods), undefined);
    const semicolon = '1-11月新增2个；新增3个';
    assert.equal(periodAt(semicolon, semicolon.indexOf('3个'), findPeriods(semicolon)), undefined);
    assert.equal(periodAt(semicolon, semicolon.indexOf('2个'), findPeriods(semicolon))?.text, '1-11月');
  });

  it('periodAt: a period applies from its end, and a later period replaces it', () => {
    const text = '1-11月新增3个';
    const periods = findPeriods(text);
    assert.equal(periodAt(text, 4, periods), undefined);
    assert.equal(periodAt(text, 5, periods)?.text, '1-11月');
    assert.equal(periodAt(text, 0, periods), undefined);
    const two = '上半年新增2个，全年新增5个';
    const twoPeriods = findPeriods(two);
    assert.equal(periodAt(two, two.indexOf('2个'), twoPeriods)?.text, '上半年');
    assert.equal(periodAt(two, two.indexOf('5个'), twoPeriods)?.text, '全年');
    // A new sentence after the first period, with the second period in it.
    const split = '上半年新增2个。全年新增5个';
    assert.equal(periodAt(split, split.indexOf('5个'), findPeriods(split))?.text, '全年');
  });

  it('isCumulativeAt: 累计 before the figure in its clause', () => {
    const cases: [string, string, boolean][] = [
      ['累计建成7个', '7个', true],
      ['全年累计受理16件', '16件', false],
      ['1-11月累计发放33409份', '33409份', false],
      ['1-11月，累计发放33409份', '33409份', true],
      ['新增3个，累计建成7个', '3个', false],
      ['新增3个，累计建成7个', '7个', true],
      ['累计建成7个，新增3个', '3个', false],
      ['建成7个，累计', '7个', false],
      ['建成7个', '7个', false],
      ['累计:建成7个', '7个', false],
    ];
    for (const [text, figure, expected] of cases) {
      assert.equal(isCumulativeAt(text, text.indexOf(figure), findPeriods(text)), expected, `${text} at ${figure}`);
    }
    // 累计 at the figure itself is not before it.
    assert.equal(isCumulativeAt('累计7个', 0, []), false);
    assert.equal(isCumulativeAt('累计7个', 2, []), true);
  });
});

describe('units', () => {
  it('unitInfo for a known unit', () => {
    assert.deepEqual(unitInfo('元'), { kind: 'money', en: 'yuan', currency: 'CNY' });
    assert.deepEqual(unitInfo('美元'), { kind: 'money', en: 'US dollars', currency: 'USD' });
    assert.deepEqual(unitInfo('人次'), { kind: 'count', en: 'person-time', enPlural: 'person-times' });
    assert.deepEqual(unitInfo('%'), { kind: 'percent', en: '%', enSuffix: true });
    assert.deepEqual(unitInfo('年'), { kind: 'duration', en: 'year', enPlural: 'years' });
  });

  it('unitInfo for an unknown unit: a count, named as printed', () => {
    assert.deepEqual(unitInfo('件套'), { kind: 'count', en: '件套' });
    assert.deepEqual(unitInfo(''), { kind: 'count', en: '' });
  });

  it('canonicalUnit', () => {
    assert.equal(canonicalUnit('％'), '%');
    assert.equal(canonicalUnit('%'), '%');
    assert.equal(canonicalUnit('人'), '人');
    assert.equal(canonicalUnit(''), '');
  });

  it('unit words are matched longest first', () => {
    assert.equal(unitWordsLongestFirst.length, Object.keys(units).length);
    for (let i = 1; i < unitWordsLongestFirst.length; i++) {
      assert.ok(unitWordsLongestFirst[i - 1]!.length >= unitWordsLongestFirst[i]!.length, unitWordsLongestFirst.slice(i - 1, i + 1).join(' before '));
    }
    assert.ok(unitWordsLongestFirst.indexOf('平方公里') < unitWordsLongestFirst.indexOf('公里'));
    assert.equal(parseFigure('3平方公里')?.unit, '平方公里');
    assert.equal(parseFigure('3个工作日')?.unit, '个工作日');
    assert.equal(parseFigure('3吨标煤')?.unit, '吨标煤');
  });
});

describe('lexicons', () => {
  it('mergeLexicons: names deduplicated in order, later scopes and English win', () => {
    assert.deepEqual(
      mergeLexicons(
        { names: ['红十字', '三保'], scopes: { 全省内河: 'group', 长三角: 'group' }, scopesEn: { 全省内河: 'inland', 长三角: 'YRD' } },
        undefined,
        { names: ['三保', '十四五'], scopes: { 全省内河: 'province' }, scopesEn: { 全省内河: "the province's inland ports" } },
      ),
      {
        names: ['红十字', '三保', '十四五'],
        scopes: { 全省内河: 'province', 长三角: 'group' },
        scopesEn: { 全省内河: "the province's inland ports", 长三角: 'YRD' },
      },
    );
  });

  it('mergeLexicons of nothing is empty', () => {
    assert.deepEqual(mergeLexicons(), { names: [], scopes: {}, scopesEn: {} });
    assert.deepEqual(mergeLexicons(undefined, {}), { names: [], scopes: {}, scopesEn: {} });
  });

  it('the generic scopes', () => {
    assert.deepEqual(genericScopes, { 全国: 'nation', 全省: 'province', 全市: 'city', 全县: 'county', 全区: 'county' });
  });
});
