import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DraftReview, ParagraphReview } from '../../packages/extract/src/index.js';
import { doubtText, doubts, reviewAsText, reviewPage, skipReasonText } from '../../packages/extract/src/index.js';
import type { ReportInput } from '../../packages/schema/src/index.js';

describe('doubtText', () => {
  const cases: [(typeof doubts)[number], string, string][] = [
    ['label-from-clause-before', '标签取自前一分句：“港口货物吞吐量”', 'label taken from the clause before: “港口货物吞吐量”'],
    ['no-unit', '未印单位：计的是什么？', 'no unit printed: what is counted?'],
    ['rate-or-share', '百分数前无“占比”“比重”：是比率，还是占比（share）？', 'a percentage without 占比 or 比重: a rate, or a share of a whole (kind share)?'],
    ['plan', '像是计划或目标，而非成效？', 'a plan or target, not a result?'],
    ['period-from-sentence', '时期“港口货物吞吐量”取自所在句', 'period 港口货物吞吐量 taken from its sentence'],
    ['polarity-guessed', '方向为推测（港口货物吞吐量）：越低越好吗？', 'polarity guessed (港口货物吞吐量): is lower better?'],
    ['unread', '像数字，但未能读出', 'looks like a figure but was not read'],
  ];
  for (const [reason, zh, en] of cases) {
    it(reason, () => {
      assert.equal(doubtText({ reason, detail: '港口货物吞吐量' }, 'zh-CN'), zh);
      assert.equal(doubtText({ reason, detail: '港口货物吞吐量' }, 'en'), en);
    });
  }
  it('covers every doubt', () => assert.deepEqual([...doubts], cases.map(([reason]) => reason)));
  it('without a detail', () => {
    assert.equal(doubtText({ reason: 'label-from-clause-before' }, 'en'), 'label taken from the clause before: “”');
    assert.equal(doubtText({ reason: 'period-from-sentence' }, 'zh-CN'), '时期“”取自所在句');
    assert.equal(doubtText({ reason: 'polarity-guessed' }, 'en'), 'polarity guessed (): is lower better?');
  });
  it('skip reasons in both languages', () => {
    assert.deepEqual(skipReasonText.year, { zh: '年份', en: 'a year' });
    assert.deepEqual(skipReasonText.excluded, { zh: '已审核排除', en: 'excluded by an annotation' });
    assert.deepEqual(skipReasonText.unread, { zh: '像数字但未能读出', en: 'looks like a figure but was not read' });
    assert.deepEqual(Object.keys(skipReasonText), ['year', 'edition', 'ordinal', 'date', 'month', 'threshold', 'span', 'name', 'word', 'excluded', 'unread']);
  });
});

const paragraph: ParagraphReview = {
  unit: '东湖区',
  initiativeId: 'donghuqu.gongye',
  title: '工业',
  titleDrafted: true,
  line: 3,
  text: '2024年新增企业126家，居全省第一，打造“五类英才”。',
  found: [
    { id: 'donghuqu.gongye.xinzengqiye', type: 'metric', quote: '126家', start: 9, end: 13, label: '新增企业', reading: 'count · 新增企业：126家', from: 'draft' },
    { id: 'donghuqu.gongye.h', type: 'honor', quote: '居全省第一', start: 14, end: 19, label: '新增企业', reading: '全省第1名', from: 'annotation' },
  ],
  skipped: [
    { start: 0, end: 5, text: '2024年', reason: 'year' },
    { start: 23, end: 25, text: '五类', reason: 'excluded', note: '人才品牌' },
  ],
  unsure: [{ quote: '126家', start: 9, end: 13, reason: 'plan' }],
};

const review: DraftReview = {
  source: { name: 'yunxi.txt', encoding: 'GB18030', layout: '一、 → units', notes: ['示例数据'] },
  summary: { units: 1, paragraphs: 1, metrics: 1, honors: 1, skipped: 2, unsure: 1 },
  paragraphs: [paragraph],
  unused: [{ line: 5, text: '农业', reason: 'a heading with no text under it' }],
};

describe('reviewAsText', () => {
  it('every line of a tiny review', () => {
    assert.equal(
      reviewAsText(review),
      [
        '# Review of yunxi.txt (GB18030)',
        'Note: 示例数据',
        'Layout: 一、 → units',
        '1 units, 1 paragraphs: 1 metrics, 1 honors found; 2 runs skipped; 1 to check.',
        '',
        '## 东湖区 / 工业 (title drafted) — donghuqu.gongye, line 3',
        '  found   126家  →  count · 新增企业：126家  (label drafted)',
        '  found   居全省第一  →  全省第1名',
        '  skipped 2024年  —  a year',
        '  skipped 五类  —  excluded by an annotation: 人才品牌',
        '  check   126家  —  a plan or target, not a result?',
        '',
        '## Not used',
        '  line 5: 农业 — a heading with no text under it',
        '',
      ].join('\n'),
    );
  });
  it('without encoding, notes, paragraphs or unused text', () => {
    assert.equal(
      reviewAsText({ source: { name: 'a.txt', layout: 'L', notes: [] }, summary: { units: 0, paragraphs: 0, metrics: 0, honors: 0, skipped: 0, unsure: 0 }, paragraphs: [], unused: [] }),
      '# Review of a.txt\nLayout: L\n0 units, 0 paragraphs: 0 metrics, 0 honors found; 0 runs skipped; 0 to check.\n',
    );
  });
  it('a printed title', () => {
    const text = reviewAsText({ ...review, paragraphs: [{ ...paragraph, titleDrafted: false, found: [], skipped: [], unsure: [] }], unused: [] });
    assert.match(text, /\n## 东湖区 \/ 工业 — donghuqu\.gongye, line 3\n$/);
  });
});

describe('reviewPage', () => {
  const report: ReportInput = { title: '云溪市<script>alert(1)</script>报告', year: 2024, departments: [] } as unknown as ReportInput;
  const hostile: DraftReview = {
    ...review,
    source: { name: 'a<b>.txt', encoding: 'UTF-8', layout: 'x & y', notes: ['<i>注</i>'] },
    paragraphs: [{ ...paragraph, text: '<script>x</script>新增企业126家', found: [{ ...paragraph.found[0]!, start: 22, end: 26 }], skipped: [], unsure: [] }],
    unused: [{ line: 7, text: '<b>农业</b>', reason: 'a "heading"' }],
  };
  const page = () => reviewPage({ report, review: hostile, bundle: 'console.log("</script><script>alert(2)</script>"); /* </SCRIPT> */' });
  it('escapes the title and the text', () => {
    assert.ok(page().includes('<title>审阅草稿：云溪市&lt;script&gt;alert(1)&lt;/script&gt;报告</title>'));
    assert.ok(page().includes('<h1>审阅草稿：云溪市&lt;script&gt;alert(1)&lt;/script&gt;报告</h1>'));
    assert.ok(page().includes('<p class="text">&lt;script&gt;x&lt;/script&gt;新增企业<mark class="metric"'));
    assert.ok(page().includes('<p class="note">&lt;i&gt;注&lt;/i&gt;</p>'));
    assert.ok(page().includes('来源：<code>a&lt;b&gt;.txt</code>（UTF-8）；版式：<span lang="en">x &amp; y</span>'));
    assert.ok(page().includes('<li>第 7 行 <q>&lt;b&gt;农业&lt;/b&gt;</q>：a &quot;heading&quot;</li>'));
    assert.ok(!page().includes('<script>alert(1)'));
    assert.ok(!page().includes('<script>x</script>'));
    assert.ok(!page().includes('<details open><summary>待核'));
  });
  it('inlines the bundle with </script escaped', () => {
    assert.ok(page().includes('<script type="module">console.log("<\\/script><script>alert(2)<\\/script>"); /* <\\/script> */</script>'));
    assert.equal(page().match(/<\/script>/g)?.length, 3);
  });
  it('embeds the report as JSON that cannot close its script element', () => {
    assert.ok(page().includes('<script type="application/json" id="hz-draft">{"title":"云溪市\\u003cscript>alert(1)\\u003c/script>报告","year":2024,"departments":[]}</script>'));
    const withSeparators = reviewPage({ report: { ...report, title: 'a\u2028b\u2029c' } as ReportInput, review, bundle: '' });
    assert.ok(withSeparators.includes('{"title":"a\\u2028b\\u2029c"'));
  });
  it('marks found, skipped and unsure runs with their classes and notes', () => {
    const plain = reviewPage({ report: { title: '云溪市2024年报告', year: 2024, departments: [] } as unknown as ReportInput, review, bundle: '' });
    assert.ok(
      plain.includes(
        '<p class="text"><mark class="skipped" title="跳过：年份">2024年<span class="visually-hidden">（跳过：年份）</span></mark>新增企业' +
          '<mark class="metric" title="新增企业：count · 新增企业：126家">126家<span class="visually-hidden">（新增企业：count · 新增企业：126家）</span></mark>，' +
          '<mark class="honor" title="新增企业：全省第1名">居全省第一<span class="visually-hidden">（新增企业：全省第1名）</span></mark>，打造“' +
          '<mark class="skipped" title="跳过：已审核排除（人才品牌）">五类<span class="visually-hidden">（跳过：已审核排除（人才品牌））</span></mark>英才”。</p>',
      ),
      plain,
    );
    assert.ok(!plain.includes('<mark class="unsure" title='), 'the doubt on a found figure is not marked over it');
    assert.ok(plain.includes('<li><hz-metric-card metric="donghuqu.gongye.xinzengqiye" size="compact"></hz-metric-card><p class="reading"><q>126家</q> count · 新增企业：126家 · <span class="drafted">标签为草拟</span></p></li>'));
    assert.ok(plain.includes('<li><hz-rank-badge honor="donghuqu.gongye.h"></hz-rank-badge><p class="reading"><q>居全省第一</q> 全省第1名</p></li>'));
    assert.ok(plain.includes('<details><summary>跳过 2 处</summary><ul class="skipped"><li><q>2024年</q> 年份</li><li><q>五类</q> 已审核排除：人才品牌</li></ul></details>'));
    assert.ok(plain.includes('<details open><summary>待核 1 处</summary><ul class="unsure"><li><q>126家</q> 像是计划或目标，而非成效？</li></ul></details>'));
    assert.ok(plain.includes('<h2 id="donghuqu.gongye-title">东湖区 · 工业 <small>（标题为草拟）</small></h2>'));
    assert.ok(plain.includes('<p class="meta"><code>donghuqu.gongye</code> · 源文第 3 行 · 找到 2 · 跳过 2 · 待核 1</p>'));
    assert.ok(plain.includes('<section class="paragraph" id="donghuqu.gongye" aria-labelledby="donghuqu.gongye-title">'));
    assert.ok(
      plain.includes(
        '<dl class="summary"><div><dt>部分</dt><dd>1</dd></div><div><dt>段落</dt><dd>1</dd></div><div><dt>数字</dt><dd>1</dd></div><div><dt>荣誉</dt><dd>1</dd></div><div><dt>跳过</dt><dd>2</dd></div><div><dt>待核</dt><dd>1</dd></div></dl>',
      ),
    );
    assert.ok(plain.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'));
    assert.ok(plain.endsWith('<script type="module"></script>\n</body>\n</html>\n'));
  });
  it('of two marks that start together the longer wins', () => {
    const p: ParagraphReview = {
      ...paragraph,
      titleDrafted: false,
      text: '五类英才。',
      found: [],
      skipped: [{ start: 0, end: 4, text: '五类英才', reason: 'name' }],
      unsure: [{ quote: '五', start: 0, end: 1, reason: 'unread' }],
    };
    const html = reviewPage({ report: { title: 'T', year: 2024, departments: [] } as unknown as ReportInput, review: { ...review, source: { name: 'a.txt', layout: 'L', notes: [] }, paragraphs: [p] }, bundle: '' });
    assert.ok(html.includes('<p class="text"><mark class="skipped" title="跳过：名称、口号">五类英才<span class="visually-hidden">（跳过：名称、口号）</span></mark>。</p>'));
    assert.ok(html.includes('<h2 id="donghuqu.gongye-title">东湖区 · 工业</h2>'));
    assert.ok(html.includes('<p>来源：<code>a.txt</code>；版式：<span lang="en">L</span></p>'));
    assert.ok(html.includes('<details><summary>跳过 1 处</summary><ul class="skipped"><li><q>五类英才</q> 名称、口号</li></ul></details>'));
    assert.ok(!html.includes('<p class="note">'));
  });
  it('an unsure run not covered by a found item is marked unsure', () => {
    const p: ParagraphReview = { ...paragraph, text: '打造“五类英才”。', found: [], skipped: [], unsure: [{ quote: '五', start: 3, end: 4, reason: 'unread' }] };
    const html = reviewPage({ report: { title: 'T', year: 2024, departments: [] } as unknown as ReportInput, review: { ...review, paragraphs: [p], unused: [] }, bundle: '' });
    assert.ok(html.includes('<p class="text">打造“<mark class="unsure" title="待核：像数字，但未能读出">五<span class="visually-hidden">（待核：像数字，但未能读出）</span></mark>类英才”。</p>'));
    assert.ok(!html.includes('<ol class="readings"'));
    assert.ok(!html.includes('<details><summary>跳过'));
    assert.ok(!html.includes('未使用的文字'));
    assert.ok(html.includes('（标题为草拟）'));
  });
});
