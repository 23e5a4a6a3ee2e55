import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutlineOptions, SourceDocument } from '../../packages/extract/src/index.js';
import { markerAt, markerKinds, readOutline, readPdfTable, unitKindOf, unitKinds } from '../../packages/extract/src/index.js';

describe('markerAt', () => {
  const cases: [string, ReturnType<typeof markerAt>][] = [
    ['三、经济', { kind: '一、', number: 3, length: 2 }],
    ['十一、民生', { kind: '一、', number: 11, length: 3 }],
    ['二十三、x', { kind: '一、', number: 23, length: 4 }],
    ['（十二）工业', { kind: '（一）', number: 12, length: 4 }],
    ['(三)农业', { kind: '（一）', number: 3, length: 3 }],
    ['1.东湖区', { kind: '1.', number: 1, length: 2 }],
    ['12、西岭区', { kind: '1.', number: 12, length: 3 }],
    ['3．北山县', { kind: '1.', number: 3, length: 2 }],
    ['（3）招商', { kind: '（1）', number: 3, length: 3 }],
    ['(12)招商', { kind: '（1）', number: 12, length: 4 }],
    ['①新建', { kind: '①', number: 1, length: 1 }],
    ['⑩新建', { kind: '①', number: 10, length: 1 }],
    ['⑳新建', { kind: '①', number: 20, length: 1 }],
    ['这一年，我们聚焦产业升级', { kind: '这一年', number: 0, length: 0 }],
    ['这一年,我们坚持', { kind: '这一年', number: 0, length: 0 }],
    ['一、', { kind: '一、', number: 1, length: 2 }],
  ];
  for (const [text, marker] of cases) {
    it(`${text} → ${JSON.stringify(marker)}`, () => assert.deepEqual(markerAt(text), marker));
  }
  for (const text of ['1.5亿元', '1.5', '1.５亿', '1．5亿', '1、5个', '2024.', '2024年', '123.x', '这一年我们', '一二三四、', '（一百）', '经济三、', '', ' 1.东湖区', '1５亿', '（1', '(一']) {
    it(`${JSON.stringify(text)} is not a marker`, () => assert.equal(markerAt(text), undefined));
  }
  it('lists its kinds in order', () => {
    assert.deepEqual([...markerKinds], ['一、', '（一）', '1.', '（1）', '①', '这一年']);
  });
});

function outline(source: string, options?: OutlineOptions): SourceDocument {
  const result = readOutline(source, options);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

describe('readOutline', () => {
  it('reads notes, a title and two levels as units and paragraph titles', () => {
    const doc = outline(
      '\n【示例数据】\n\n【虚构】\n云溪市2024年政府工作报告（摘要）\n\n一、经济运行稳中有进\n（一）工业经济提质增效\n全市规模以上工业增加值增长7.3%。\n（二）项目建设\n完成投资12亿元。\n二、社会事业\n新建学校3所。\n',
    );
    assert.deepEqual(doc, {
      title: '云溪市2024年政府工作报告（摘要）',
      notes: ['示例数据', '虚构'],
      groups: [],
      units: [
        {
          name: '经济运行稳中有进',
          line: 7,
          paragraphs: [
            { title: '工业经济提质增效', text: '全市规模以上工业增加值增长7.3%。', line: 9 },
            { title: '项目建设', text: '完成投资12亿元。', line: 11 },
          ],
        },
        { name: '社会事业', line: 12, paragraphs: [{ text: '新建学校3所。', line: 13 }] },
      ],
      unitKind: 'theme',
      layout: '一、 → units, （一） → paragraphs',
      unused: [],
    });
  });
  it('keeps a title ending with ） but not one ending with 。', () => {
    assert.equal(outline('云溪市2024年工作总结（摘要）\n一、经济\n增长7.3%。').title, '云溪市2024年工作总结（摘要）');
    const sentence = outline('云溪市工作总结。\n一、经济\n增长7.3%。');
    assert.equal(sentence.title, undefined);
    assert.deepEqual(sentence.units[0], { name: '总体情况', line: 1, paragraphs: [{ text: '云溪市工作总结。', line: 1 }] });
  });
  it('a title line must be at most 60 characters and not a marker', () => {
    assert.equal(outline(`${'云'.repeat(60)}\n一、经济\n增长7.3%。`).title, '云'.repeat(60));
    assert.equal(outline(`${'云'.repeat(61)}\n一、经济\n增长7.3%。`).title, undefined);
    assert.equal(outline('一、经济\n增长7.3%。').title, undefined);
    for (const end of ['，', '：', '；', '！', '？']) assert.equal(outline(`云溪市报告${end}\n一、经济\n增长7.3%。`).title, undefined, end);
  });
  it('three levels: groups, units and paragraphs', () => {
    const doc = outline(
      '云溪市2024年报告\n一、城区\n1.东湖区\n（一）工业\n增长7.3%。\n（二）农业\n粮食产量12万吨。\n2.西岭区\n（一）旅游\n接待游客100万人次。\n二、县域\n3.北山县\n（一）生态\n造林3000亩。',
    );
    assert.deepEqual(doc.groups, [
      { name: '城区', line: 2 },
      { name: '县域', line: 11 },
    ]);
    assert.deepEqual(doc.units, [
      {
        name: '东湖区',
        line: 3,
        group: '城区',
        paragraphs: [
          { title: '工业', text: '增长7.3%。', line: 5 },
          { title: '农业', text: '粮食产量12万吨。', line: 7 },
        ],
      },
      { name: '西岭区', line: 8, group: '城区', paragraphs: [{ title: '旅游', text: '接待游客100万人次。', line: 10 }] },
      { name: '北山县', line: 12, group: '县域', paragraphs: [{ title: '生态', text: '造林3000亩。', line: 14 }] },
    ]);
    assert.equal(doc.unitKind, 'district');
    assert.equal(doc.layout, '一、 → groups, 1. → units, （一） → paragraphs');
  });
  it('a group heading with text after a colon keeps that text as a paragraph', () => {
    const doc = outline('云溪市2024年报告\n一、城区：全年增长6%。\n1.东湖区\n（一）工业\n增长7.3%。\n（1）招商\n引进项目5个。');
    assert.deepEqual(doc.groups, [{ name: '城区', line: 2 }]);
    assert.deepEqual(doc.units[0], { name: '总体情况', line: 2, paragraphs: [{ text: '全年增长6%。', line: 2 }] });
  });
  it('splits district lines run together on one line', () => {
    const doc = outline('云溪市2024年区县报告\n1.东湖区：完成投资12亿元。2.西岭区：新增企业126家。3.北山县：造林3000亩。');
    assert.deepEqual(doc.units, [
      { name: '东湖区', line: 2, paragraphs: [{ text: '完成投资12亿元。', line: 2 }] },
      { name: '西岭区', line: 2, paragraphs: [{ text: '新增企业126家。', line: 2 }] },
      { name: '北山县', line: 2, paragraphs: [{ text: '造林3000亩。', line: 2 }] },
    ]);
    assert.equal(doc.unitKind, 'district');
    assert.equal(doc.layout, '1. → units');
  });
  it('does not split at a number that skips the sequence', () => {
    const doc = outline('云溪市2024年区县报告\n1.东湖区：完成投资12亿元。3.西岭区：新增企业126家。');
    assert.deepEqual(doc.units, [{ name: '东湖区', line: 2, paragraphs: [{ text: '完成投资12亿元。3.西岭区：新增企业126家。', line: 2 }] }]);
  });
  it('does not split where no sentence ends before the number', () => {
    const doc = outline('云溪市2024年区县报告\n1.东湖区：完成投资12亿元，2.西岭区：新增企业126家。');
    assert.deepEqual(doc.units, [{ name: '东湖区', line: 2, paragraphs: [{ text: '完成投资12亿元，2.西岭区：新增企业126家。', line: 2 }] }]);
  });
  it('splits theme paragraphs 这一年，我们… on one line and names each by its first clause', () => {
    const doc = outline('云溪市2024年报告\n这一年，我们聚焦产业升级，完成投资12亿元。这一年，我们坚持民生优先，新建学校3所。');
    assert.deepEqual(doc.units, [
      { name: '聚焦产业升级', line: 2, paragraphs: [{ text: '这一年，我们聚焦产业升级，完成投资12亿元。', line: 2 }] },
      { name: '坚持民生优先', line: 2, paragraphs: [{ text: '这一年，我们坚持民生优先，新建学校3所。', line: 2 }] },
    ]);
    assert.equal(doc.unitKind, 'theme');
    assert.equal(doc.layout, '这一年 → units');
  });
  it('a theme name is cut to 16 characters', () => {
    const doc = outline('云溪市2024年报告\n这一年，我们持续深化数字化改革推动高质量发展取得新成效，完成投资12亿元。');
    assert.equal(doc.units[0]!.name, '持续深化数字化改革推动高质量发展');
  });
  it('joins wrapped lines and splits where a sentence ends', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n全市规模以上工业增加值\n增长7.3%，完成投资\n12亿元。\n新段落5个。');
    assert.deepEqual(doc.units, [
      {
        name: '经济',
        line: 2,
        paragraphs: [
          { text: '全市规模以上工业增加值增长7.3%，完成投资12亿元。', line: 3 },
          { text: '新段落5个。', line: 6 },
        ],
      },
    ]);
  });
  it('a blank line ends a paragraph', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n完成投资\n\n12亿元');
    assert.deepEqual(doc.units[0]!.paragraphs, [
      { text: '完成投资', line: 3 },
      { text: '12亿元', line: 5 },
    ]);
  });
  it('a titled paragraph keeps the unnumbered lines that follow it', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n（一）工业：增长7.3%。\n完成投资12亿元。\n（二）农业：产量12万吨。');
    assert.deepEqual(doc.units[0]!.paragraphs, [
      { title: '工业', text: '增长7.3%。完成投资12亿元。', line: 3 },
      { title: '农业', text: '产量12万吨。', line: 5 },
    ]);
  });
  it('a heading sentence before the body on the same line becomes the title', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n（一）工业经济提质增效。全市增长7.3%。');
    assert.deepEqual(doc.units[0]!.paragraphs, [{ title: '工业经济提质增效', text: '全市增长7.3%。', line: 3 }]);
  });
  it('intro text before the first heading becomes a unit named 总体情况', () => {
    const doc = outline('云溪市2024年报告\n全年地区生产总值增长6%。\n一、经济\n增长7.3%。');
    assert.deepEqual(doc.units, [
      { name: '总体情况', line: 2, paragraphs: [{ text: '全年地区生产总值增长6%。', line: 2 }] },
      { name: '经济', line: 3, paragraphs: [{ text: '增长7.3%。', line: 4 }] },
    ]);
  });
  it('lists headings with nothing under them in unused', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n（一）工业\n（二）农业\n产量12万吨。\n二、社会\n三、生态\n造林3000亩。\n（一）林业');
    assert.deepEqual(
      doc.units.map((u) => u.name),
      ['经济', '生态'],
    );
    assert.deepEqual(doc.unused, [
      { line: 3, text: '工业', reason: 'a heading with no text under it' },
      { line: 9, text: '林业', reason: 'a heading with no text under it' },
      { line: 6, text: '社会', reason: 'a heading with no text under it' },
    ]);
  });
  it('a heading is at most 30 characters with no sentence punctuation and no two-digit number', () => {
    const heading = (line: string) => outline(`云溪市2024年报告\n一、经济\n（一）${line}\n增长7%。`).units[0]!.paragraphs;
    assert.deepEqual(heading('工'.repeat(30)), [{ title: '工'.repeat(30), text: '增长7%。', line: 4 }]);
    assert.deepEqual(heading('工'.repeat(31)), [{ text: `${'工'.repeat(31)}增长7%。`, line: 3 }]);
    assert.deepEqual(heading('2024年工作'), [{ text: '2024年工作增长7%。', line: 3 }]);
    assert.deepEqual(heading('第2项工作'), [{ title: '第2项工作', text: '增长7%。', line: 4 }]);
    assert.deepEqual(heading('工业，农业'), [{ text: '工业，农业增长7%。', line: 3 }]);
  });
  it('a line ending in ；, ： or ） ends its paragraph; one ending in ， does not', () => {
    const doc = outline('云溪市2024年报告\n一、经济\n完成投资12亿元；\n新增企业5家。\n结案率93%：\n其中刑事案件3件（全年）\n另有2件，\n在办。');
    assert.deepEqual(doc.units[0]!.paragraphs, [
      { text: '完成投资12亿元；', line: 3 },
      { text: '新增企业5家。', line: 4 },
      { text: '结案率93%：', line: 5 },
      { text: '其中刑事案件3件（全年）', line: 6 },
      { text: '另有2件，在办。', line: 7 },
    ]);
  });
  it('a theme with no words in its first clause is named by its first 8 characters', () => {
    assert.equal(outline('云溪市2024年报告\n这一年，我们，新建学校3所。').units[0]!.name, '这一年，我们，新');
  });
  it('a name before a colon is 2 to 14 characters', () => {
    // A digit in the name keeps the heading-sentence rule out of the way.
    const doc = outline(`云溪市2024年报告\n1.${'东'.repeat(12)}2区：增长7%。\n2.${'西'.repeat(13)}2区：增长7%。\n3.北：增长7%。`);
    assert.deepEqual(
      doc.units.map((u) => [u.name, u.paragraphs[0]!.text]),
      [
        [`${'东'.repeat(12)}2区`, '增长7%。'],
        [`${'西'.repeat(13)}2区`, `${'西'.repeat(13)}2区：增长7%。`],
        ['北', '北：增长7%。'],
      ],
    );
  });
  it('a heading sentence is 2 to 20 characters and needs a numbered line', () => {
    const title = (words: string) => outline(`云溪市2024年报告\n一、经济\n（一）${words}。全市增长7.3%。`).units[0]!.paragraphs[0]!;
    assert.deepEqual(title('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸'), { title: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸', text: '全市增长7.3%。', line: 3 });
    assert.deepEqual(title('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子'), { text: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子。全市增长7.3%。', line: 3 });
    const plain = outline('云溪市2024年报告\n一、经济\n工业经济提质增效。全市增长7.3%。');
    assert.deepEqual(plain.units[0]!.paragraphs, [{ text: '工业经济提质增效。全市增长7.3%。', line: 3 }]);
  });
  it('a heading line ending with a colon', () => {
    assert.deepEqual(outline('云溪市2024年报告\n一、经济：\n增长7%。').units, [{ name: '经济', line: 2, paragraphs: [{ text: '增长7%。', line: 3 }] }]);
  });
  it('总体情况 does not count when telling districts from themes', () => {
    const doc = outline('云溪市2024年报告\n全年增长6%。\n1.东湖区：增长7%。');
    assert.equal(doc.unitKind, 'district');
  });
  it('a group heading that is a sentence is named by its first 16 characters', () => {
    const doc = outline('云溪市2024年报告\n一、全市完成投资12亿元，增长7.3%。\n1.东湖区\n（一）工业\n增长7.3%。\n（二）农业\n增长1%。');
    assert.deepEqual(doc.groups, [{ name: '全市完成投资12亿元，增长7.3', line: 2 }]);
    assert.deepEqual(doc.units, [
      {
        name: '东湖区',
        line: 3,
        group: '全市完成投资12亿元，增长7.3',
        paragraphs: [
          { title: '工业', text: '增长7.3%。', line: 5 },
          { title: '农业', text: '增长1%。', line: 7 },
        ],
      },
    ]);
  });
  it('a new group closes the unit before it', () => {
    const doc = outline('云溪市2024年报告\n一、城区\n1.东湖区\n（一）工业\n增长7.3%。\n二、县域：全县增长5%。\n2.北山县\n（一）生态\n造林3000亩。');
    const byName = new Map(doc.units.map((u) => [u.name, u]));
    assert.deepEqual(byName.get('东湖区')?.paragraphs, [{ title: '工业', text: '增长7.3%。', line: 5 }]);
    assert.deepEqual(byName.get('北山县')?.paragraphs, [{ title: '生态', text: '造林3000亩。', line: 9 }]);
    assert.deepEqual(byName.get('北山县')?.group, '县域');
  });
  it('a heading with numbered items under it keeps them as its text, numbers and all', () => {
    // Four levels: the ① items sit under （一）工业, one paragraph titled 工业, printed verbatim.
    const doc = outline('云溪市2024年报告\n一、城区\n1.东湖区\n（一）工业\n①新增企业5家。\n②增长7.3%。');
    assert.deepEqual(doc.units[0]!.paragraphs, [{ title: '工业', text: '①新增企业5家。②增长7.3%。', line: 5 }]);
    assert.deepEqual(doc.unused, []);
  });
  it('a levels config that never occurs is a problem naming what the text has', () => {
    const result = readOutline('云溪市2024年报告\n一、经济\n（一）工业\n产量12万吨。\n（二）农业\n产量12万吨。', { levels: { unit: '1.' } });
    assert.deepEqual(result, {
      ok: false,
      problems: [
        {
          path: 'config.levels.unit',
          detail: 'the config opens each unit with 「1.」, but the text has none (it has 一、 ×1, （一） ×2)',
          message: 'config.levels.unit: the config opens each unit with 「1.」, but the text has none (it has 一、 ×1, （一） ×2)',
        },
      ],
    });
    const none = readOutline('云溪市2024年报告\n产量12万吨。', { levels: { group: '一、', paragraph: '①' } });
    assert.ok(!none.ok);
    assert.deepEqual(
      none.problems.map((p) => p.message),
      [
        'config.levels.group: the config opens each group with 「一、」, but the text has none (it has no numbered headings at all)',
        'config.levels.paragraph: the config opens each paragraph with 「①」, but the text has none (it has no numbered headings at all)',
      ],
    );
  });
  it('levels from the config override the order of appearance', () => {
    const text = '云溪市2024年报告\n1.总体：增长6%。\n一、经济\n1.工业：增长7.3%。\n2.农业：产量12万吨。';
    const byOrder = outline(text);
    assert.deepEqual(byOrder.units, [
      { name: '总体', line: 2, paragraphs: [{ text: '增长6%。', line: 2 }] },
      { name: '工业', line: 4, paragraphs: [{ text: '增长7.3%。', line: 4 }] },
      { name: '农业', line: 5, paragraphs: [{ text: '产量12万吨。', line: 5 }] },
    ]);
    assert.equal(byOrder.layout, '1. → units, 一、 → paragraphs');
    assert.deepEqual(byOrder.unused, [{ line: 3, text: '经济', reason: 'a heading with no text under it' }]);
    const configured = outline(text, { levels: { unit: '一、', paragraph: '1.' } });
    assert.deepEqual(configured.units, [
      { name: '总体情况', line: 2, paragraphs: [{ title: '总体', text: '增长6%。', line: 2 }] },
      {
        name: '经济',
        line: 3,
        paragraphs: [
          { title: '工业', text: '增长7.3%。', line: 4 },
          { title: '农业', text: '产量12万吨。', line: 5 },
        ],
      },
    ]);
    assert.equal(configured.layout, '一、 → units, 1. → paragraphs');
    assert.deepEqual(configured.unused, []);
  });
  it('a configured unit level alone never makes the same numbering the paragraph level too', () => {
    // With only { unit: '一、' }, the paragraph level falls back to the order of appearance,
    // which here is 一、 again: the layout reads "一、 → units, 一、 → paragraphs" and the
    // 1. headings lose their titles. The next numbering (1.) should open the paragraphs.
    const doc = outline('云溪市2024年报告\n1.总体：增长6%。\n一、经济\n1.工业：增长7.3%。\n2.农业：产量12万吨。', { levels: { unit: '一、' } });
    assert.equal(doc.layout, '一、 → units, 1. → paragraphs');
    assert.deepEqual(doc.units[1]!.paragraphs, [
      { title: '工业', text: '增长7.3%。', line: 4 },
      { title: '农业', text: '产量12万吨。', line: 5 },
    ]);
    // The config's own example, { "unit": "1." }: the （二）社会 heading must not become text of 东湖区.
    const districts = outline('云溪市2024年报告\n（一）经济\n1.东湖区：增长7.3%。\n（二）社会\n2.西岭区：新建学校3所。', { levels: { unit: '1.' } });
    assert.deepEqual(
      districts.units.map((u) => [u.name, u.paragraphs.map((p) => p.text)]),
      [
        ['东湖区', ['增长7.3%。']],
        ['西岭区', ['新建学校3所。']],
      ],
    );
  });
  it('no paragraphs at all is a problem', () => {
    const expected = { ok: false, problems: [{ path: '', detail: 'found no paragraphs of text to read', message: 'found no paragraphs of text to read' }] };
    assert.deepEqual(readOutline('云溪市2024年报告\n一、经济\n二、社会'), expected);
    assert.deepEqual(readOutline(''), expected);
    assert.deepEqual(readOutline('云溪市2024年报告'), expected);
  });
  it('text without numbered headings is one part', () => {
    const doc = outline('云溪市2024年报告\n产量12万吨。\n\n造林3000亩。');
    assert.deepEqual(doc.units, [
      {
        name: '总体情况',
        line: 2,
        paragraphs: [
          { text: '产量12万吨。', line: 2 },
          { text: '造林3000亩。', line: 4 },
        ],
      },
    ]);
    assert.equal(doc.layout, 'no numbered headings: every paragraph read as one part of the report');
    assert.equal(doc.unitKind, 'theme');
  });
  it('one level: the text under each heading is its paragraphs', () => {
    const doc = outline('云溪市2024年报告\n1.东湖区\n产量12万吨。\n造林3000亩。\n2.西岭区\n新增企业126家。');
    assert.deepEqual(doc.units, [
      {
        name: '东湖区',
        line: 2,
        paragraphs: [
          { text: '产量12万吨。', line: 3 },
          { text: '造林3000亩。', line: 4 },
        ],
      },
      { name: '西岭区', line: 5, paragraphs: [{ text: '新增企业126家。', line: 6 }] },
    ]);
    assert.equal(doc.unitKind, 'district');
  });
  it('departments by name', () => {
    const doc = outline('云溪市2024年报告\n1.市经信局：新增企业126家。\n2.市科协：培训100人。\n3.市教育局：新建学校3所。');
    assert.equal(doc.unitKind, 'department');
    assert.deepEqual(
      doc.units.map((u) => u.name),
      ['市经信局', '市科协', '市教育局'],
    );
  });
  it('a unit heading that is a sentence is named by its first clause', () => {
    const doc = outline('云溪市2024年报告\n1.全市完成投资12亿元，增长7.3%。\n2.新建学校3所。');
    assert.deepEqual(
      doc.units.map((u) => [u.name, u.paragraphs[0]!.text]),
      [
        ['全市完成投资12亿元', '全市完成投资12亿元，增长7.3%。'],
        ['新建学校3所', '新建学校3所。'],
      ],
    );
  });
});

describe('unitKindOf', () => {
  const cases: [string[], string][] = [
    [[], 'theme'],
    [['东湖区'], 'district'],
    [['东湖区', '市经信局'], 'theme'],
    [['东湖区', '西岭区', '市经信局'], 'district'],
    [['市经信局', '市科协', '市教育局'], 'department'],
    [['市经信局', '市教育局', '东湖区'], 'department'],
    [['经济', '民生'], 'theme'],
    [['云溪镇', '南山乡', '城东街道', '云溪市', '北山县'], 'district'],
    [['市发改委', '市政府办', '市文联会', '市中医院', '市数据中心', '市交投集团', '市水务公司', '市档案所', '市支队', '市宣传部'], 'department'],
  ];
  for (const [names, kind] of cases) {
    it(`${JSON.stringify(names)} → ${kind}`, () => assert.equal(unitKindOf(names), kind));
  }
  it('lists the kinds', () => assert.deepEqual([...unitKinds], ['department', 'district', 'theme']));
});

describe('readPdfTable', () => {
  const source = [
    ' 市科协',
    '',
    '市发展',
    '改革委',
    '',
    '科普',
    '活动',
    '项目',
    '建设',
    '',
    '开展科普活动126场，',
    '覆盖3万人次。',
    '',
    '新建项目12个。',
    '',
    '完成投资3亿元。',
    ' 东湖区',
    '',
    '工业',
    '招商',
    '',
    '新增企业12家。',
    '另起一段引进项目5个。',
  ].join('\n');
  const departments = [
    { name: '市科协', titles: ['科普活动'] },
    { name: '市发展改革委', titles: ['项目', '建设'] },
    { name: '东湖区', titles: ['工业', '招商'] },
  ];
  const message = (result: ReturnType<typeof readPdfTable>) => {
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1);
    return result.problems[0]!.message;
  };
  it('reads names, titles and paragraphs block by block', () => {
    const result = readPdfTable(source, { departments, paragraphBreaks: ['另起一段'] });
    assert.deepEqual(result, {
      ok: true,
      value: {
        notes: [],
        groups: [],
        units: [
          { name: '市科协', line: 1, paragraphs: [{ title: '科普活动', text: '开展科普活动126场，覆盖3万人次。', line: 11 }] },
          {
            name: '市发展改革委',
            line: 1,
            paragraphs: [
              { title: '项目', text: '新建项目12个。', line: 14 },
              { title: '建设', text: '完成投资3亿元。', line: 16 },
            ],
          },
          {
            name: '东湖区',
            line: 17,
            paragraphs: [
              { title: '工业', text: '新增企业12家。', line: 22 },
              { title: '招商', text: '另起一段引进项目5个。', line: 23 },
            ],
          },
        ],
        unitKind: 'department',
        layout: 'pdf-table: blocks of department names, then their titles, then their paragraphs',
        unused: [],
      },
    });
  });
  it('reads CRLF lines the same', () => {
    const result = readPdfTable(source.replace(/\n/g, '\r\n'), { departments, paragraphBreaks: ['另起一段'] });
    assert.ok(result.ok);
    assert.equal(result.value.units[2]!.paragraphs[1]!.text, '另起一段引进项目5个。');
  });
  it('the first block needs no indent; a title may wrap over a blank line', () => {
    const result = readPdfTable('市科协\n\n科普\n\n活动\n\n开展科普活动126场。', { departments: [{ name: '市科协', titles: ['科普活动'] }] });
    assert.deepEqual(result, {
      ok: true,
      value: {
        notes: [],
        groups: [],
        units: [{ name: '市科协', line: 1, paragraphs: [{ title: '科普活动', text: '开展科普活动126场。', line: 7 }] }],
        unitKind: 'department',
        layout: 'pdf-table: blocks of department names, then their titles, then their paragraphs',
        unused: [],
      },
    });
  });
  it('says when paragraphs do not match the titles', () => {
    assert.equal(message(readPdfTable(source, { departments })), 'lines 21-23: expected 2 paragraphs for 东湖区, found 1');
  });
  it('says which department it expected', () => {
    assert.equal(message(readPdfTable(source, { departments: [{ name: '市科技局', titles: [] }] })), 'line 1: expected department 市科技局, found "市科协"');
    assert.equal(message(readPdfTable(source, { departments: departments.slice(0, 2) })), 'line 17: expected department (none left), found "东湖区"');
  });
  it('says which title it expected', () => {
    assert.equal(
      message(readPdfTable(source, { departments: [{ name: '市科协', titles: ['科普宣传'] }, ...departments.slice(1)] })),
      'line 6: expected title "科普宣传" of 市科协, found "科普活动"',
    );
  });
  it('says when departments or breaks are left over', () => {
    assert.equal(message(readPdfTable(source, { departments: [...departments, { name: '西岭区', titles: [] }], paragraphBreaks: ['另起一段'] })), 'expected 4 departments, the source has 3');
    assert.equal(message(readPdfTable(source, { departments, paragraphBreaks: ['另起一段', '不存在', '也没有'] })), 'paragraph breaks not found in the source: 不存在, 也没有');
  });
});
