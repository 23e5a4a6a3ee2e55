import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureMatch } from '../../packages/schema/src/index.js';
import { parseFigure } from '../../packages/schema/src/index.js';
import {
  columnMeaning,
  columnOf,
  csvColumns,
  draftLabel,
  draftTitle,
  figureLikePatterns,
  figureLikeSpans,
  requiredColumns,
  slugOf,
  slugOfEnglish,
  termsForKind,
  termsForNames,
  uniqueIds,
} from '../../packages/extract/src/index.js';
// Not re-exported by the package index.
import { guessPolarity } from '../../packages/extract/src/draft/polarity.js';

/** The label drafted for the `nth` (0-based) occurrence of `quote` in `text`. */
function label(text: string, quote: string, preferAfter = false, nth = 0): { label: string; unsure: boolean } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  assert.notEqual(start, -1, `${quote} in ${text}`);
  return draftLabel(text, start, start + quote.length, preferAfter);
}

describe('draftLabel', () => {
  const sure: [text: string, quote: string, expected: string][] = [
    // The cases in label.ts's own comments.
    ['全年规模以上工业增加值增长7.3%。', '增长7.3%', '规模以上工业增加值'],
    ['全年规模以上工业增加值增长7.3%。', '7.3%', '规模以上工业增加值'],
    ['新增企业126家。', '126家', '新增企业'],
    // Nothing before: the words after.
    ['126家企业入驻。', '126家', '企业入驻'],
    ['东湖区发展良好，126家企业入驻。', '126家', '企业入驻'],
    ['26家的企业入驻。', '26家', '企业入驻'],
    // Leading fillers.
    ['其中新增企业126家。', '126家', '新增企业'],
    ['全市新增企业126家。', '126家', '新增企业'],
    ['累计建成基站126个。', '126个', '建成基站'],
    ['1-11月完成投资12亿元。', '12亿元', '完成投资'],
    ['前三季度完成投资12亿元。', '12亿元', '完成投资'],
    ['上半年完成投资12亿元。', '12亿元', '完成投资'],
    ['①新建学校3所。', '3所', '新建学校'],
    ['这一年，我们新建学校3所。', '3所', '新建学校'],
    ['全年 其中新增企业126家。', '126家', '新增企业'],
    ['同时并且共计新建学校3所。', '3所', '新建学校'],
    // Trailing verbs.
    ['研发投入达到12亿元。', '12亿元', '研发投入'],
    ['研发投入为12亿元。', '12亿元', '研发投入'],
    ['研发投入增长12%。', '12%', '研发投入'],
    ['能耗控制在12万吨标煤。', '12万吨标煤', '能耗'],
    ['全年规模以上工业增加值同比增长7.3%。', '7.3%', '规模以上工业增加值'],
    ['办理时间缩短至15分钟。', '15分钟', '办理时间'],
    ['粮食产量较上年增加到12万吨。', '12万吨', '粮食产量'],
    // A clause break stops the clause: （ ） 、 ： ；
    ['东湖区：新增企业126家。', '126家', '新增企业'],
    ['市场主体（新增企业126家）', '126家', '新增企业'],
    ['新建学校3所；新增企业126家。', '126家', '新增企业'],
  ];
  for (const [text, quote, expected] of sure) {
    it(`${text} [${quote}] → ${expected}`, () => assert.deepEqual(label(text, quote), { label: expected, unsure: false }));
  }
  it('every leading filler', () => {
    const fillers = ['①', '⑳', '这一年，我们', '这一年我们', '我们', '是去年同期的', '为上年的', '是上一年的', '其中', '全年', '今年', '当年', '全市', '全区', '全县', '本市', '同时', '此外', '另外', '并且', '并', '且', '共计', '共', '合计', '累计', '已', '再', '又', '均', '还', '进一步', '1-11月', '1—6月', '1至9月份', '前一季度', '前三季度', '上半年', '下半年'];
    for (const filler of fillers) assert.deepEqual(label(`${filler}新建学校3所。`, '3所'), { label: '新建学校', unsure: false }, filler);
  });
  it('every trailing verb', () => {
    const verbs = ['同比', '较上年', '比上年', '较去年', '比去年', '较', '比', '同期', '分别', '共计', '累计', '合计', '总计', '达到', '达', '为', '是', '至', '到', '突破', '超过', '超', '近', '约', '逾', '实现', '完成', '稳定在', '保持在', '提高到', '提升到', '下降到', '降至', '降低到', '压缩到', '压缩至', '缩短到', '缩短至', '增加到', '增至', '年均', '平均', '保持', '稳定', '控制在', '控制到', '增长', '提高', '提升', '下降', '降低', '减少', '缩短', '增加'];
    for (const verb of verbs) assert.deepEqual(label(`研发投入${verb}12亿元。`, '12亿元'), { label: '研发投入', unsure: false }, verb);
    assert.deepEqual(label('研发投入同比增长达到12亿元。', '12亿元'), { label: '研发投入', unsure: false });
  });
  it('every clause break', () => {
    for (const mark of ['，', '。', '；', '：', '、', '（', '）', '(', ')', '！', '？', ',', ';', ':', '!', '?', '\n', '“', '”', '"', '「', '」']) {
      assert.deepEqual(label(`东湖区${mark}新增企业126家。`, '126家'), { label: '新增企业', unsure: false }, JSON.stringify(mark));
    }
  });
  it('a long clause keeps its last 18 characters', () => {
    assert.deepEqual(label('东湖区深入推进产业链招商引资和重大项目建设工作取得明显成效累计签约项目126个。', '126个'), {
      label: '项目建设工作取得明显成效累计签约项目',
      unsure: false,
    });
    assert.equal('项目建设工作取得明显成效累计签约项目'.length, 18);
    assert.deepEqual(label('一二三四五六七八九十甲乙丙丁戊己庚辛5个。', '5个'), { label: '一二三四五六七八九十甲乙丙丁戊己庚辛', unsure: false });
    assert.deepEqual(label('一二三四五六七八九十甲乙丙丁戊己庚辛壬5个。', '5个'), { label: '二三四五六七八九十甲乙丙丁戊己庚辛壬', unsure: false });
  });
  it('words after are cut to 18 characters, keeping the last (the head noun)', () => {
    assert.deepEqual(label('5个一二三四五六七八九十甲乙丙丁戊己庚辛壬。', '5个'), { label: '二三四五六七八九十甲乙丙丁戊己庚辛壬', unsure: false });
  });
  it('from the previous clause, unsure: ……1.48亿吨，增长3.2%', () => {
    assert.deepEqual(label('港口货物吞吐量1.48亿吨，增长3.2%。', '增长3.2%'), { label: '港口货物吞吐量', unsure: true });
    assert.deepEqual(label('港口货物吞吐量达到1.48亿吨，增长3.2%。', '增长3.2%'), { label: '港口货物吞吐量', unsure: true });
    assert.deepEqual(label('投资12亿元、20万标箱。', '20万标箱'), { label: '投资', unsure: true });
    assert.deepEqual(label('吞吐量1.48亿吨，，增长3.2%。', '增长3.2%'), { label: '吞吐量', unsure: true });
  });
  it('nothing to go by: the clause words, or the figure itself, unsure', () => {
    assert.deepEqual(label('12亿元。', '12亿元'), { label: '12亿元', unsure: true });
    assert.deepEqual(label('同比增长7.3%。', '增长7.3%'), { label: '增长7.3%', unsure: true });
    assert.deepEqual(label('是去年同期的3倍。', '3倍'), { label: '3倍', unsure: true });
    assert.deepEqual(label('新增，投3个。', '3个'), { label: '新增', unsure: true });
    assert.deepEqual(label('投3个。', '3个'), { label: '投', unsure: true });
    assert.deepEqual(label('3个。', '3个'), { label: '3个', unsure: true });
    assert.deepEqual(label('3个乙。', '3个'), { label: '乙', unsure: true });
    assert.deepEqual(label('甲，3个乙。', '3个'), { label: '乙', unsure: true });
  });
  it('preferAfter: a first names what it is first in', () => {
    assert.deepEqual(label('建成全国首个县域数字孪生创新中心。', '全国首个', true), { label: '县域数字孪生创新中心', unsure: false });
    assert.deepEqual(label('建成全国首个县域数字孪生创新中心。', '全国首个', false), { label: '建成', unsure: false });
    assert.deepEqual(label('建成全国首个的数字孪生中心。', '全国首个', true), { label: '数字孪生中心', unsure: false });
    assert.deepEqual(label('建成全国首个之数字孪生中心。', '全国首个', true), { label: '数字孪生中心', unsure: false });
    assert.deepEqual(label('建成全国首个一二三四五六七八九十甲乙丙丁戊己庚辛壬。', '全国首个', true), { label: '二三四五六七八九十甲乙丙丁戊己庚辛壬', unsure: false });
    assert.deepEqual(label('数字孪生中心全国首个。', '全国首个', true), { label: '数字孪生中心', unsure: false });
    assert.deepEqual(label('全国首个。', '全国首个', true), { label: '全国首个', unsure: true });
  });
});

describe('draftTitle', () => {
  const cases: [string, string][] = [
    ['这一年，我们聚焦产业升级，完成投资12亿元。', '聚焦产业升级'],
    ['坚持科创引领、产城融合，全区实现增长7.3%。', '坚持科创引领'],
    ['全县粮食总产量达到12万吨，增长3%。', '粮食总产量'],
    ['全市新增企业126家。', '新增企业'],
    ['全区完成投资12亿元', '完成投资'],
    ['一年来持续深化数字化改革推动高质量发展取得新成效，全年完成投资12亿元。', '持续深化数字化改革推动高质量发展…'],
    ['12亿元。', '12亿元'],
    ['新增三家企业，增长3%。', '新增三家企业'],
    ['全年我们', '我们'],
    ['今年建成5G基站1200个。', '建成'],
    ['我们新建学校3所。', '新建学校'],
    ['全市实现同比增长3%。', '全市实现同比增长3%'],
    ['东湖区全区粮食产量达到12万吨。', '东湖区全区粮食产量'],
    ['全区粮食产量达到12万吨。', '粮食产量'],
    ['今年的3个项目。', '的3个项目'],
    ['新建学校3所；坚持民生优先。', '新建学校'],
    ['开展活动，新建学校3所。', '开展活动'],
    ['开展，新建学校3所。', '开展'],
    ['全年新建三个项目。', '新建三个项目'],
    ['全年新建3个项目。', '新建'],
    ['一二三四五六七八九十甲乙丙丁。', '一二三四五六七八九十甲乙丙丁'],
    ['一二三四五六七八九十甲乙丙丁戊己庚。', '一二三四五六七八九十甲乙丙丁戊己…'],
    ['一二三四五六七八九十甲乙丙丁戊己。', '一二三四五六七八九十甲乙丙丁戊己'],
  ];
  for (const [text, title] of cases) {
    it(`${text} → ${title}`, () => assert.equal(draftTitle(text), title));
  }
});

describe('draftTitle: each rule', () => {
  it('every opening formula', () => {
    for (const opening of ['这一年，我们', '这一年,我们', '这一年我们', '我们', '全年', '今年', '一年来']) assert.equal(draftTitle(`${opening}聚焦产业升级，完成投资12亿元。`), '聚焦产业升级', opening);
  });
  it('the first sentence ends at 。！？；', () => {
    for (const end of ['。', '！', '？', '；']) assert.equal(draftTitle(`新建学校3所${end}坚持民生优先。`), '新建学校', end);
  });
  it('clauses split at ，,：:、', () => {
    for (const mark of ['，', ',', '：', ':', '、']) assert.equal(draftTitle(`投资5亿元${mark}坚持民生优先。`), '坚持民生优先', mark);
  });
  it('a clause of words needs 4 characters', () => {
    assert.equal(draftTitle('开展会，新建学校，新增企业3家。'), '新建学校');
    assert.equal(draftTitle('开展会议，新建学校，新增企业3家。'), '开展会议');
  });
  it('the words before the first figure, Chinese numerals and full-width digits included', () => {
    assert.equal(draftTitle('新建三个项目投资5亿元。'), '新建');
    assert.equal(draftTitle('新增企业１２６家。'), '新增企业');
    assert.equal(draftTitle('新5个项目。'), '新5个项目');
    assert.equal(draftTitle('新建5个项目。'), '新建');
    assert.equal(draftTitle('全区新建学校3所。'), '新建学校');
  });
  it('every trailing verb before the figure', () => {
    for (const verb of ['达到', '达', '为', '实现', '完成', '增长', '提高', '下降', '超过', '超', '近', '约', '同比', '较上年']) assert.equal(draftTitle(`粮食产量${verb}12万吨。`), '粮食产量', verb);
  });
});

describe('slugOf, slugOfEnglish, uniqueIds', () => {
  const cases: [text: string, max: number | undefined, slug: string][] = [
    ['东湖区', undefined, 'donghuqu'],
    ['东湖区', 2, 'donghu'],
    ['5G基站', undefined, '5g-jizhan'],
    ['港口货物吞吐量', undefined, 'gangkouhuowutuntu'],
    ['港口货物吞吐量', 4, 'gangkouhuowu'],
    ['长兴县', undefined, 'changxingxian'],
    ['', undefined, 'item'],
    ['  ', undefined, 'item'],
    ['——', undefined, 'item'],
    ['abc DEF', undefined, 'abc-def'],
    ['一二三四五六七八', undefined, 'yiersansiwuliu'],
    ['PM2.5浓度', undefined, 'pm2-5-nongdu'],
    ['旅游—休闲', undefined, 'lvyou-xiuxian'],
    ['旅游—休闲', 2, 'lvyou'],
    ['绿色', undefined, 'lvse'],
    ['x'.repeat(60), undefined, 'x'.repeat(48)],
    [`${'a'.repeat(47)}-b`, undefined, 'a'.repeat(47)],
  ];
  for (const [text, max, slug] of cases) {
    it(`slugOf(${JSON.stringify(text)}${max === undefined ? '' : `, ${max}`}) → ${slug}`, () => assert.equal(max === undefined ? slugOf(text) : slugOf(text, max), slug));
  }
  it('a space inside Chinese words does not count as a character', () => {
    // pinyin-pro gives the space a reading of its own while the characters are counted without
    // spaces, so readings and characters drift apart: 区 escapes the limit as a separate "-qu".
    assert.equal(slugOf('云溪市 东湖区', 2), 'yunxi');
    assert.ok(['yunxishidonghuqu', 'yunxishi-donghuqu'].includes(slugOf('云溪市 东湖区')), slugOf('云溪市 东湖区'));
  });
  const english: [string, string][] = [
    ['Provincial featured art villages', 'provincial-featured-art-villages'],
    ["China's  medium-sized cities", 'chinas-medium-sized-cities'],
    ['  --Hello, World!-- ', 'hello-world'],
    ['5G base stations', '5g-base-stations'],
    ['Xi’an', 'xian'],
    ['R&D spending', 'r-d-spending'],
    ['', ''],
  ];
  for (const [text, slug] of english) {
    it(`slugOfEnglish(${JSON.stringify(text)}) → ${JSON.stringify(slug)}`, () => assert.equal(slugOfEnglish(text), slug));
  }
  it('uniqueIds gives x, x-2, x-3 per maker', () => {
    const next = uniqueIds();
    assert.deepEqual(
      ['x', 'x', 'y', 'x', 'x-2', 'y'].map((id) => next(id)),
      ['x', 'x-2', 'y', 'x-3', 'x-2', 'y-2'],
    );
    assert.equal(uniqueIds()('x'), 'x');
  });
});

const figure = (text: string): FigureMatch => {
  const found = parseFigure(text, { year: 2024 });
  assert.ok(found, text);
  return found;
};

describe('guessPolarity', () => {
  const cases: [quote: string, label: string, before: string, polarity: string, unsure: boolean][] = [
    ['12月26日', '开通', '于', 'neutral', false],
    ['12月26日', '事故', '缩短至', 'neutral', false],
    ['15分钟', '办理', '缩短至', 'lower-is-better', false],
    ['15分钟', '办理', '全程压缩到', 'lower-is-better', false],
    ['15分钟', '通勤', '降至', 'lower-is-better', false],
    ['15分钟', '通勤', '减到', 'lower-is-better', false],
    ['15分钟', '通勤', '缩小至', 'lower-is-better', false],
    ['15分钟', '通勤', '缩短至了', 'higher-is-better', false],
    ['下降3%', '能耗', '', 'lower-is-better', false],
    ['下降3%', '收入', '', 'lower-is-better', true],
    ['增长3%', '事故', '', 'lower-is-better', true],
    ['增长3%', '收入', '', 'higher-is-better', false],
    ['3件', '安全事故', '发生', 'lower-is-better', true],
    ['15分钟', '平均时长', '用时', 'lower-is-better', true],
    ['减少3%', 'PM2.5浓度', '', 'lower-is-better', false],
    ['126家', '新增企业', '新增', 'higher-is-better', false],
    ['15分钟', '通勤', '降低到', 'lower-is-better', false],
    ['15分钟', '通勤', '下降到', 'lower-is-better', false],
    ['15分钟', '通勤', '减少至', 'lower-is-better', false],
    ['15分钟', '通勤', '缩短', 'higher-is-better', false],
    ['下降3%', '能耗', '缩短至', 'lower-is-better', false],
    ['0个', '新增企业', '', 'higher-is-better', false],
  ];
  for (const [quote, lbl, before, polarity, unsure] of cases) {
    it(`${before}${quote} (${lbl}) → ${polarity}${unsure ? ', unsure' : ''}`, () => {
      assert.deepEqual(guessPolarity(figure(quote), lbl, before), { polarity, unsure });
    });
  }
  it('every lower-is-better word', () => {
    const words = ['能耗', '排放', '污染', '浓度', '事故', '死亡', '伤亡', '发案', '发生率', '投诉', '亏损', '负债', '债务', '成本', '费用', '时间', '时长', '用时', '耗时', '天数', '工作日', '距离', '库存', '欠薪', '拖欠', '空置', '失业', '贫困', '差距', 'PM', '撂荒', '隐患', '收入比'];
    for (const word of words) assert.deepEqual(guessPolarity(figure('增长3%'), `全市${word}`, ''), { polarity: 'lower-is-better', unsure: true }, word);
  });
});

describe('figureLikeSpans', () => {
  const cases: [string, [number, number][]][] = [
    ['完成投资12亿元，居全省第一，连续三年首个。', [[4, 6], [12, 14], [17, 18], [19, 21]]],
    ['全国唯一领跑，新增１２家', [[9, 11], [2, 4], [4, 6]]],
    ['第十二届', [[0, 3]]],
    ['三个季度', [[0, 1]]],
    ['七成', [[0, 1]]],
    ['二〇二四年', [[2, 4]]],
    ['首批首单首发首家首次首位率先最多最高最佳蝉联连增连冠', [[0, 2], [2, 4], [4, 6], [6, 8], [8, 10], [10, 12], [12, 14], [14, 16], [16, 18], [18, 20], [20, 22], [22, 24], [24, 26]]],
    ['经济稳中有进', []],
  ];
  for (const [text, spans] of cases) {
    it(`${text} → ${JSON.stringify(spans)}`, () => assert.deepEqual(figureLikeSpans(text), spans));
  }
  it('every counter word after a Chinese numeral', () => {
    const counters = ['个', '家', '次', '项', '年', '名', '位', '场', '批', '届', '轮', '类', '级', '连', '季度', '例', '户', '座', '条', '大', '期', '等次', '倍', '成', '万', '亿', '人'];
    for (const counter of counters) assert.deepEqual(figureLikeSpans(`建${'三'}${counter}`), [[1, 2]], counter);
    assert.deepEqual(figureLikeSpans('三好'), []);
    assert.deepEqual(figureLikeSpans('两百千个'), [[0, 3]]);
  });
  it('has three patterns', () => assert.equal(figureLikePatterns.length, 3));
});

describe('termsForKind and termsForNames', () => {
  it('terms by unit kind', () => {
    assert.equal(termsForKind('department'), undefined);
    assert.deepEqual(termsForKind('district'), { department: { zh: '区县', en: 'district' } });
    assert.deepEqual(termsForKind('theme'), { department: { zh: '领域', en: 'area' } });
  });
  it('terms by names', () => {
    assert.deepEqual(termsForNames(['东湖区', '西岭区']), { department: { zh: '区县', en: 'district' } });
    assert.equal(termsForNames(['市经信局', '市科协', '市教育局']), undefined);
    assert.deepEqual(termsForNames(['经济运行']), { department: { zh: '领域', en: 'area' } });
    assert.deepEqual(termsForNames([]), { department: { zh: '领域', en: 'area' } });
  });
});

describe('columnOf', () => {
  const cases: [string, string | undefined][] = [
    ['section', 'section'],
    ['SECTION', 'section'],
    ['Label', 'label'],
    [' labelEn ', 'labelEn'],
    ['labelen', 'labelEn'],
    ['LABELEN', 'labelEn'],
    ['\uFEFFsection', 'section'],
    ['\uFEFF部门', 'section'],
    ['部门', 'section'],
    ['区县', 'section'],
    ['责任单位', 'section'],
    ['领域', 'section'],
    ['板块', 'section'],
    ['分类', 'section'],
    ['事项', 'item'],
    ['举措', 'item'],
    ['工作', 'item'],
    ['项目', 'item'],
    ['任务', 'item'],
    ['指标', 'label'],
    ['指标名称', 'label'],
    ['名称', 'label'],
    ['数值', 'value'],
    ['值', 'value'],
    ['完成值', 'value'],
    ['单位', 'unit'],
    ['计量单位', 'unit'],
    ['增幅', 'change'],
    ['增速', 'change'],
    ['同比', 'change'],
    ['同比增长', 'change'],
    ['增减', 'change'],
    ['时期', 'period'],
    ['期间', 'period'],
    ['统计期', 'period'],
    ['排名', 'rank'],
    ['荣誉', 'rank'],
    ['备注', 'note'],
    ['英文名称', 'labelEn'],
    ['id', 'id'],
    ['ID', 'id'],
    ['Kind', 'kind'],
    ['polarity', 'polarity'],
    ['note', 'note'],
    ['period', 'period'],
    ['rank', 'rank'],
    ['change', 'change'],
    ['unit', 'unit'],
    ['value', 'value'],
    ['item', 'item'],
    ['foo', undefined],
    ['', undefined],
    ['部门 名称', undefined],
  ];
  for (const [header, column] of cases) {
    it(`${JSON.stringify(header)} → ${column}`, () => assert.equal(columnOf(header), column));
  }
  it('lists the columns, the required ones and their meanings', () => {
    assert.deepEqual([...csvColumns], ['section', 'item', 'label', 'value', 'unit', 'change', 'period', 'rank', 'id', 'kind', 'polarity', 'labelEn', 'note']);
    assert.deepEqual([...requiredColumns], ['section', 'item', 'label', 'value']);
    assert.equal(columnMeaning.value, 'the figure: 1.48, 4.51万, 2600多');
    assert.equal(columnMeaning.labelEn, 'the label in English');
  });
});
