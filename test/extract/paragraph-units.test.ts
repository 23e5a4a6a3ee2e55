import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DraftedParagraph, InitiativeOverlay, ParagraphContext } from '../../packages/extract/src/index.js';
import { commonLexicon, draftParagraph, exclusionSpans } from '../../packages/extract/src/index.js';

const where = 'dh.gy (source line 3)';
const context = (over: Partial<ParagraphContext> = {}): ParagraphContext => ({
  initiativeId: 'dh.gy',
  year: 2024,
  defaultPeriod: '全年',
  lexicon: commonLexicon,
  strict: false,
  where,
  ...over,
});
// Drafts are made inside each test (\`const d = () => draft(…)\`), never while tests are defined:
// the mutation run reruns the loaded tests against every mutant (docs/testing.md).
const draft = (text: string, over: Partial<ParagraphContext> = {}) => draftParagraph(text, context(over));

const foundOf = (d: DraftedParagraph) => d.found.map((f) => [f.type, f.id, f.quote, f.label, f.from]);
const skippedOf = (d: DraftedParagraph) => d.skipped.map((s) => [s.text, s.reason, s.note ?? null]);
const unsureOf = (d: DraftedParagraph) => d.unsure.map((u) => [u.quote, u.reason, u.detail ?? null, u.id ?? null]);

/** An invented paragraph with a rank in brackets, a change read from the clause before, a period, a plan and a name. */
const text = '全区新增企业126家，研发投入1600万元（全省首位）。港口货物吞吐量1.48亿吨，增长3.2%。1-11月能耗下降3.5%。计划新建学校3所，打造“五类英才”。';

describe('draftParagraph without annotations', () => {
  const d = () => draft(text);
  it('reads every metric, typed, with quote and offsets', () => {
    assert.deepEqual(d().metrics, [
      { id: 'dh.gy.xinzengqiye', label: '新增企业', kind: 'count', value: 126, unit: '家', printed: '126家', polarity: 'higher-is-better', quote: '126家', start: 6, end: 10 },
      {
        id: 'dh.gy.yanfatouru',
        label: '研发投入',
        kind: 'money',
        value: 16_000_000,
        unit: '元',
        printed: '1600万元',
        magnitude: '万',
        currency: 'CNY',
        polarity: 'higher-is-better',
        quote: '1600万元',
        start: 15,
        end: 21,
        honor: 'dh.gy.yanfatouru-position',
      },
      { id: 'dh.gy.gangkouhuowu', label: '港口货物吞吐量', kind: 'measure', value: 148_000_000, unit: '吨', printed: '1.48亿吨', magnitude: '亿', polarity: 'higher-is-better', quote: '1.48亿吨', start: 35, end: 41 },
      { id: 'dh.gy.gangkouhuowu-2', label: '港口货物吞吐量', kind: 'change', value: 3.2, unit: '%', printed: '3.2%', changeWord: '增长', polarity: 'higher-is-better', quote: '增长3.2%', start: 42, end: 48 },
      { id: 'dh.gy.nenghao', label: '能耗', kind: 'change', value: -3.5, unit: '%', printed: '3.5%', changeWord: '下降', period: '1-11月', polarity: 'lower-is-better', quote: '下降3.5%', start: 56, end: 62 },
      { id: 'dh.gy.jihuaxinjian', label: '计划新建学校', kind: 'count', value: 3, unit: '所', printed: '3所', polarity: 'higher-is-better', quote: '3所', start: 69, end: 71 },
    ]);
  });
  it('reads the honor and links it to the figure before it', () => {
    assert.deepEqual(d().honors, [
      { id: 'dh.gy.yanfatouru-position', label: '研发投入', kind: 'position', scope: 'province', scopeText: '全省', position: 1, printed: '全省首位', quote: '全省首位', start: 22, end: 26 },
    ]);
  });
  it('lists what it found: honors first, each labelled by the draft', () => {
    assert.deepEqual(foundOf(d()), [
      ['honor', 'dh.gy.yanfatouru-position', '全省首位', '研发投入', 'draft'],
      ['metric', 'dh.gy.xinzengqiye', '126家', '新增企业', 'draft'],
      ['metric', 'dh.gy.yanfatouru', '1600万元', '研发投入', 'draft'],
      ['metric', 'dh.gy.gangkouhuowu', '1.48亿吨', '港口货物吞吐量', 'draft'],
      ['metric', 'dh.gy.gangkouhuowu-2', '增长3.2%', '港口货物吞吐量', 'draft'],
      ['metric', 'dh.gy.nenghao', '下降3.5%', '能耗', 'draft'],
      ['metric', 'dh.gy.jihuaxinjian', '3所', '计划新建学校', 'draft'],
    ]);
    assert.deepEqual(
      d().found.map((f) => f.reading),
      ['全省第1名', 'count · 新增企业：126家', 'money · 研发投入：1600万元', 'measure · 港口货物吞吐量：1.48亿吨', 'change · 港口货物吞吐量：增长3.2%', 'change · 能耗（1-11月）：下降3.5%', 'count · 计划新建学校：3所'],
    );
    assert.deepEqual(
      d().found.map((f) => [f.start, f.end]),
      [
        [22, 26],
        [6, 10],
        [15, 21],
        [35, 41],
        [42, 48],
        [56, 62],
        [69, 71],
      ],
    );
  });
  it('says what to check and why', () => {
    assert.deepEqual(unsureOf(d()), [
      ['全省首位', 'label-from-clause-before', '研发投入', 'dh.gy.yanfatouru-position'],
      ['增长3.2%', 'label-from-clause-before', '港口货物吞吐量', null],
      ['下降3.5%', 'period-from-sentence', '1-11月', null],
      ['3所', 'plan', null, null],
      ['五', 'unread', null, null],
    ]);
    assert.deepEqual(
      d().unsure.map((u) => [u.start, u.end]),
      [
        [22, 26],
        [42, 48],
        [56, 62],
        [69, 71],
        [75, 76],
      ],
    );
    assert.deepEqual(d().skipped, []);
    assert.deepEqual(d().problems, []);
  });
});

describe('draftParagraph: doubts and skips', () => {
  it('no-unit, polarity-guessed, rate-or-share, plan, unread', () => {
    const d = draft('指数达到85.6。居民收入下降2%。结案率93.8%。力争新建学校3所。打造“五类英才”。');
    assert.deepEqual(unsureOf(d), [
      ['85.6', 'no-unit', null, null],
      ['下降2%', 'polarity-guessed', 'lower-is-better', null],
      ['93.8%', 'rate-or-share', null, null],
      ['3所', 'plan', null, null],
      ['五', 'unread', null, null],
    ]);
    assert.deepEqual(
      d.metrics.map((m) => [m.id, m.kind, m.unit, m.polarity]),
      [
        ['dh.gy.zhishu', 'count', '', 'higher-is-better'],
        ['dh.gy.juminshouru', 'change', '%', 'lower-is-better'],
        ['dh.gy.jieanlv', 'percent', '%', 'higher-is-better'],
        ['dh.gy.lizhengxinjian', 'count', '所', 'higher-is-better'],
      ],
    );
  });
  it('each plan word, only within 20 characters before and in the same clause', () => {
    for (const word of ['计划', '力争', '预计', '目标', '拟', '将于', '争取', '预期']) {
      assert.deepEqual(unsureOf(draft(`${word}新建学校3所。`)), [['3所', 'plan', null, null]], word);
    }
    assert.deepEqual(unsureOf(draft('计划已完成，新建学校3所。')), []);
    assert.deepEqual(unsureOf(draft('计划一二三四五六七八九十甲乙丙丁戊己庚辛新建学校3所。')), []);
  });
  it('a date needs no unit and is neutral', () => {
    const d = draft('新馆于12月26日开通。');
    assert.deepEqual(d.metrics, [{ id: 'dh.gy.xinguanyu', label: '新馆于', kind: 'date', value: Date.UTC(2024, 11, 26), unit: '', printed: '12月26日', polarity: 'neutral', quote: '12月26日', start: 3, end: 9 }]);
    assert.deepEqual(d.unsure, []);
  });
  it('the report period is not repeated on a figure, nor doubted', () => {
    const d = draft('1-11月新增企业126家。', { defaultPeriod: '1-11月' });
    assert.equal(d.metrics[0]!.period, undefined);
    assert.deepEqual(d.unsure, []);
    assert.equal(draft('全年新增企业126家。').metrics[0]!.period, undefined);
  });
  it('累计 makes a running total unless a period opens its clause', () => {
    const d = draft('累计建成5G基站1200个，全年累计受理16件。');
    assert.deepEqual(
      d.metrics.map((m) => [m.id, m.label, m.cumulative ?? false]),
      [
        ['dh.gy.jiancheng-5g-jizhan', '建成5G基站', true],
        ['dh.gy.shouli', '受理', false],
      ],
    );
    assert.deepEqual(skippedOf(d), [['5G', 'name', null]]);
  });
  it('skips years, editions and names with their reasons; an ordinal becomes an honor', () => {
    const d = draft('2024年举办第三届博览会，排名第十二，十四五期间新建8所。');
    assert.deepEqual(skippedOf(d), [
      ['2024年', 'year', null],
      ['第三届', 'edition', null],
      ['十四五', 'name', null],
    ]);
    assert.deepEqual(foundOf(d), [
      ['honor', 'dh.gy.paimingdishi-position', '排名第十二', '排名第十二', 'draft'],
      ['metric', 'dh.gy.shisiwuqi', '8所', '十四五期间新建', 'draft'],
    ]);
    assert.deepEqual(unsureOf(d), [['排名第十二', 'label-from-clause-before', '排名第十二', 'dh.gy.paimingdishi-position']]);
  });
  it('honors: a first is labelled by the words after it, repeated honors get -2 ids', () => {
    const d = draft('新增企业126家，居全省第一；研发投入增长12%，居全省第一，全国首个县域数字孪生创新中心落地。');
    assert.deepEqual(
      d.honors.map((h) => [h.id, h.label, h.kind, h.quote, h.start]),
      [
        ['dh.gy.xinzengqiye-position', '新增企业', 'position', '居全省第一', 9],
        ['dh.gy.yanfatouru-position', '研发投入', 'position', '居全省第一', 25],
        ['dh.gy.xianyushuzi-first', '县域数字孪生创新中心落地', 'first', '全国首个', 31],
      ],
    );
    assert.deepEqual(
      d.metrics.map((m) => [m.id, m.honor]),
      [
        ['dh.gy.xinzengqiye', 'dh.gy.xinzengqiye-position'],
        ['dh.gy.yanfatouru', 'dh.gy.yanfatouru-position'],
      ],
    );
  });
  it('an honor far from the figure is not linked to it', () => {
    const d = draft('新增企业126家，其中高新技术企业占多数，居全省第一。');
    assert.equal(d.metrics[0]!.honor, undefined);
    const same = draft('新增企业126家、居全省第一。');
    assert.equal(same.metrics[0]!.honor, 'dh.gy.xinzengqiye-position');
  });
  it('an honor printed before the figure is not its honor', () => {
    const d = draft('居全省第一的新增企业126家。');
    assert.equal(d.honors.length, 1);
    assert.equal(d.metrics[0]!.honor, undefined);
  });
  it('a figure inside an honor belongs to the honor', () => {
    const d = draft('连续3年全省第一。');
    assert.deepEqual(d.metrics, []);
    assert.deepEqual(foundOf(d), [['honor', 'dh.gy.lianxu-3-nianquan-streak', '连续3年全省第一', '连续3年全省第一', 'draft']]);
    assert.deepEqual(d.found[0]!.reading, '连续3年全省第1名');
    assert.deepEqual(unsureOf(d), [['连续3年全省第一', 'label-from-clause-before', '连续3年全省第一', 'dh.gy.lianxu-3-nianquan-streak']]);
  });
  it('qualifiers and ranges are kept', () => {
    const d = draft('培训2600多人次，新建3-5个。');
    assert.deepEqual(d.metrics, [
      { id: 'dh.gy.peixun', label: '培训', kind: 'count', value: 2600, unit: '人次', printed: '2600多人次', qualifier: '多', polarity: 'higher-is-better', quote: '2600多人次', start: 2, end: 9 },
      { id: 'dh.gy.xinjian', label: '新建', kind: 'count', value: 3, valueMax: 5, unit: '个', printed: '3-5个', polarity: 'higher-is-better', quote: '3-5个', start: 12, end: 16 },
    ]);
    assert.deepEqual(d.unsure, []);
  });
  it('duplicate quotes get ids in order', () => {
    const d = draft('新增企业12家，其中东片12家、西片12家。');
    assert.deepEqual(
      d.metrics.map((m) => [m.id, m.label, m.start]),
      [
        ['dh.gy.xinzengqiye', '新增企业', 4],
        ['dh.gy.dongpian', '东片', 12],
        ['dh.gy.xipian', '西片', 18],
      ],
    );
  });
});

describe('draftParagraph with annotations', () => {
  const overlay: InitiativeOverlay = {
    title: '工业',
    figures: {
      '126家': { label: '新增市场主体', labelEn: 'New market entities', unitEn: 'entities', id: 'new-entities', note: '含个体户' },
      '1600万元': { honor: null },
      '1.48亿吨': { kind: 'measure', label: '港口吞吐', labelEn: 'Port cargo throughput', cumulative: true },
      '下降3.5%': { polarity: 'lower-is-better', period: null },
      '3所': { exclude: '计划数' },
      五类: { exclude: '人才品牌名' },
      '99个': { label: '不在文中' },
    },
    honors: { 全省首位: { label: '研发投入排名', labelEn: 'R&D spending rank', note: '省统计局' } },
  };
  const d = () => draft(text, { overlay });
  it('labels, ids, unitEn, cumulative, period null, honor null and notes from the annotation', () => {
    assert.deepEqual(d().metrics, [
      {
        id: 'dh.gy.new-entities',
        label: '新增市场主体',
        labelEn: 'New market entities',
        kind: 'count',
        value: 126,
        unit: '家',
        unitEn: 'entities',
        printed: '126家',
        polarity: 'higher-is-better',
        quote: '126家',
        start: 6,
        end: 10,
        note: '含个体户',
      },
      { id: 'dh.gy.yanfatouru', label: '研发投入', kind: 'money', value: 16_000_000, unit: '元', printed: '1600万元', magnitude: '万', currency: 'CNY', polarity: 'higher-is-better', quote: '1600万元', start: 15, end: 21 },
      {
        id: 'dh.gy.port-cargo-throughput',
        label: '港口吞吐',
        labelEn: 'Port cargo throughput',
        kind: 'measure',
        value: 148_000_000,
        unit: '吨',
        printed: '1.48亿吨',
        magnitude: '亿',
        cumulative: true,
        polarity: 'higher-is-better',
        quote: '1.48亿吨',
        start: 35,
        end: 41,
      },
      { id: 'dh.gy.gangkouhuowu', label: '港口货物吞吐量', kind: 'change', value: 3.2, unit: '%', printed: '3.2%', changeWord: '增长', polarity: 'higher-is-better', quote: '增长3.2%', start: 42, end: 48 },
      { id: 'dh.gy.nenghao', label: '能耗', kind: 'change', value: -3.5, unit: '%', printed: '3.5%', changeWord: '下降', polarity: 'lower-is-better', quote: '下降3.5%', start: 56, end: 62 },
    ]);
  });
  it('the honor takes its label, labelEn, id and note from the annotation', () => {
    assert.deepEqual(d().honors, [
      {
        id: 'dh.gy.r-d-spending-rank-position',
        label: '研发投入排名',
        labelEn: 'R&D spending rank',
        kind: 'position',
        scope: 'province',
        scopeText: '全省',
        position: 1,
        printed: '全省首位',
        quote: '全省首位',
        start: 22,
        end: 26,
        note: '省统计局',
      },
    ]);
  });
  it('marks what came from an annotation, skips the exclusions with their notes', () => {
    assert.deepEqual(foundOf(d()), [
      ['honor', 'dh.gy.r-d-spending-rank-position', '全省首位', '研发投入排名', 'annotation'],
      ['metric', 'dh.gy.new-entities', '126家', '新增市场主体', 'annotation'],
      ['metric', 'dh.gy.yanfatouru', '1600万元', '研发投入', 'draft'],
      ['metric', 'dh.gy.port-cargo-throughput', '1.48亿吨', '港口吞吐', 'annotation'],
      ['metric', 'dh.gy.gangkouhuowu', '增长3.2%', '港口货物吞吐量', 'draft'],
      ['metric', 'dh.gy.nenghao', '下降3.5%', '能耗', 'draft'],
    ]);
    assert.equal(d().found[3]!.reading, 'measure · 港口吞吐（累计）：1.48亿吨');
    assert.deepEqual(skippedOf(d()), [
      ['3所', 'excluded', '计划数'],
      ['五类', 'excluded', '人才品牌名'],
    ]);
    assert.deepEqual(
      d().skipped.map((s) => [s.start, s.end]),
      [
        [69, 71],
        [75, 77],
      ],
    );
    assert.deepEqual(unsureOf(d()), [['增长3.2%', 'label-from-clause-before', '港口货物吞吐量', null]]);
    assert.deepEqual(d().problems, []);
  });
  it('an honor annotation overrides kind, scope and position', () => {
    const o = draft('新增企业126家，排名第十二。', { overlay: { title: 'x', honors: { 排名第十二: { label: '新增企业排名', kind: 'top', scope: 'city', position: 2, id: 'firms' } } } });
    assert.deepEqual(o.honors, [{ id: 'dh.gy.firms', label: '新增企业排名', kind: 'top', position: 2, printed: '排名第十二', quote: '排名第十二', start: 9, end: 14, scope: 'city' }]);
    assert.deepEqual(foundOf(o), [
      ['honor', 'dh.gy.firms', '排名第十二', '新增企业排名', 'annotation'],
      ['metric', 'dh.gy.xinzengqiye', '126家', '新增企业', 'draft'],
    ]);
    assert.equal(o.found[0]!.reading, '全市领先');
    assert.equal(o.metrics[0]!.honor, 'dh.gy.firms');
  });
  it('a figure names the honor it earned by its key, including #2', () => {
    const o = draft('新增企业126家，居全省第一；研发投入增长12%，居全省第一。', {
      overlay: {
        title: 'x',
        honors: { '居全省第一#2': { label: '研发投入增幅', labelEn: 'R&D growth' }, 居全省第一: { labelEn: 'Firms rank' } },
        figures: { '增长12%': { honor: '居全省第一#2' }, '126家': { cumulative: true, period: '1-11月' } },
      },
    });
    assert.deepEqual(
      o.honors.map((h) => [h.id, h.label, h.labelEn]),
      [
        ['dh.gy.firms-rank-position', '新增企业', 'Firms rank'],
        ['dh.gy.r-d-growth-position', '研发投入增幅', 'R&D growth'],
      ],
    );
    assert.deepEqual(
      o.metrics.map((m) => [m.id, m.honor, m.period, m.cumulative]),
      [
        ['dh.gy.xinzengqiye', 'dh.gy.firms-rank-position', '1-11月', true],
        ['dh.gy.yanfatouru', 'dh.gy.r-d-growth-position', undefined, undefined],
      ],
    );
    assert.deepEqual(
      o.found.map((f) => f.from),
      ['draft', 'annotation', 'draft', 'draft'],
    );
    assert.equal(o.found[2]!.reading, 'count · 新增企业（1-11月累计）：126家');
  });
  it('a correction is kept with the figure', () => {
    const o = draft('港口货物吞吐量1.48亿吨。', { overlay: { title: 'x', figures: { '1.48亿吨': { correction: { text: '1.49亿吨', note: '统计公报更正' } } } } });
    assert.deepEqual(o.metrics[0]!.correction, { text: '1.49亿吨', note: '统计公报更正' });
    assert.equal(o.found[0]!.from, 'draft');
  });
  it('an annotated honor label shorter than 2 characters is doubted', () => {
    const o = draft('新增企业126家，居全省第一。', { overlay: { title: 'x', honors: { 居全省第一: { label: '榜' } } } });
    assert.deepEqual(unsureOf(o), [['居全省第一', 'label-from-clause-before', '榜', 'dh.gy.bang-position']]);
    assert.equal(o.found[0]!.from, 'annotation');
  });
  it('skipped runs are listed in text order', () => {
    const o = draft('计划新建学校3所，2024年完成。', { overlay: { title: 'x', figures: { '3所': { exclude: '计划数' } } } });
    assert.deepEqual(o.skipped, [
      { start: 6, end: 8, text: '3所', reason: 'excluded', note: '计划数' },
      { start: 9, end: 14, text: '2024年', reason: 'year' },
    ]);
    assert.deepEqual(o.unsure, []);
  });
  it('cumulative false overrides 累计', () => {
    const o = draft('累计建成基站1200个。', { overlay: { title: 'x', figures: { '1200个': { cumulative: false } } } });
    assert.equal(o.metrics[0]!.cumulative, undefined);
  });
  it('an honor exclusion skips the honor; a figure naming it is a problem', () => {
    const o = draft(text, { overlay: { title: 'x', honors: { 全省首位: { exclude: '非荣誉' } }, figures: { '1600万元': { honor: '全省首位' } } } });
    assert.deepEqual(o.honors, []);
    assert.deepEqual(skippedOf(o), [['全省首位', 'excluded', '非荣誉']]);
    assert.equal(o.metrics[1]!.honor, undefined);
    assert.deepEqual(o.problems, [`${where}: "1600万元" names honor "全省首位", which is not an annotated honor here`]);
  });
  it('an exclusion that is not in the text is a problem even when not strict; a stale label is not', () => {
    const o = draft(text, { overlay: { title: 'x', figures: { 不在文中: { exclude: 'y' }, '1600万元': { honor: '全国第一' }, '99个': { label: 'z' } }, honors: { 全国第一: { label: 'w' } } } });
    assert.deepEqual(o.problems, [`${where}: exclusion "不在文中" is not in the text`, `${where}: "1600万元" names honor "全国第一", which is not an annotated honor here`]);
  });
  it('an annotation for the second of two equal quotes is keyed quote#2', () => {
    const o = draft('新增企业12家，其中东片12家、西片12家。', { overlay: { title: 'x', figures: { '12家#2': { label: '东片新增企业', labelEn: 'New firms, east' } } } });
    assert.deepEqual(
      o.metrics.map((m) => [m.id, m.label, m.labelEn, m.start]),
      [
        ['dh.gy.xinzengqiye', '新增企业', undefined, 4],
        ['dh.gy.new-firms-east', '东片新增企业', 'New firms, east', 12],
        ['dh.gy.xipian', '西片', undefined, 18],
      ],
    );
  });
  it('excluding quote#3 excludes only the third printing', () => {
    // The #3 is dropped before the text is searched, so every 12家 is excluded, including the
    // second one, which has its own label.
    const o = draft('新增企业12家，其中东片12家、西片12家。', {
      overlay: { title: 'x', figures: { '12家#2': { label: '东片新增企业', labelEn: 'New firms, east' }, '12家#3': { exclude: '重复计数' } } },
    });
    assert.deepEqual(
      o.metrics.map((m) => [m.id, m.start]),
      [
        ['dh.gy.xinzengqiye', 4],
        ['dh.gy.new-firms-east', 12],
      ],
    );
    assert.deepEqual(skippedOf(o), [['12家', 'excluded', '重复计数']]);
  });
  it('a title-only overlay changes nothing', () => {
    assert.deepEqual(draft(text, { overlay: { title: '工业' } }), draft(text));
  });
});

describe('draftParagraph in strict mode', () => {
  it('every unannotated figure and honor is a problem, and none is kept', () => {
    const d = draft(text, { strict: true });
    assert.deepEqual(d.problems, [
      `${where}: honor "全省首位" has no annotation (label, labelEn or exclude)`,
      `${where}: figure "126家" (count) has no annotation (label, labelEn or exclude)`,
      `${where}: figure "1600万元" (money) has no annotation (label, labelEn or exclude)`,
      `${where}: figure "1.48亿吨" (measure) has no annotation (label, labelEn or exclude)`,
      `${where}: figure "增长3.2%" (change) has no annotation (label, labelEn or exclude)`,
      `${where}: figure "下降3.5%" (change) has no annotation (label, labelEn or exclude)`,
      `${where}: figure "3所" (count) has no annotation (label, labelEn or exclude)`,
    ]);
    assert.deepEqual(d.metrics, []);
    assert.deepEqual(d.honors, []);
    assert.deepEqual(d.found, []);
  });
  it('missing labelEn, a decrease without polarity, annotations that match nothing', () => {
    const d = draft('能耗下降3.5%，新增企业126家，12月26日开通，居全省第一。', {
      strict: true,
      overlay: {
        title: 'x',
        figures: {
          '下降3.5%': { label: '能耗', labelEn: 'Energy use' },
          '126家': { label: '新增企业' },
          '12月26日': { label: '开通', labelEn: 'Opening' },
          '99个': { label: '不在文中', labelEn: 'Not there' },
        },
        honors: { 居全省第一: { label: '排名' }, 全国首个: { label: 'x', labelEn: 'y' } },
      },
    });
    assert.deepEqual(d.problems, [
      `${where}: honor "居全省第一" needs a label and a labelEn`,
      `${where}: "下降3.5%" is a decrease; say whether lower is better (polarity)`,
      `${where}: figure "126家" needs a label and a labelEn`,
      `${where}: annotation for figure "99个" matches no figure in the text`,
      `${where}: annotation for honor "全国首个" matches no honor in the text`,
    ]);
    assert.deepEqual(
      d.metrics.map((m) => [m.id, m.polarity]),
      [
        ['dh.gy.energy-use', 'higher-is-better'],
        ['dh.gy.xinzengqiye', 'higher-is-better'],
        ['dh.gy.opening', 'neutral'],
      ],
    );
    assert.deepEqual(d.unsure, []);
  });
});

describe('exclusionSpans', () => {
  it('finds every occurrence, without overlaps', () => {
    assert.deepEqual(exclusionSpans('五类英才和五类人才', '五类'), [
      [0, 2],
      [5, 7],
    ]);
    assert.deepEqual(exclusionSpans('aaaa', 'aa'), [
      [0, 2],
      [2, 4],
    ]);
    assert.deepEqual(exclusionSpans('云溪', '东湖'), []);
  });
});
