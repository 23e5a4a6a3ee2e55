import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Draft, DraftOptions, DraftSource, Overlay } from '../../packages/extract/src/index.js';
import { draftReport } from '../../packages/extract/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';

function drafted(source: DraftSource, options?: DraftOptions): Draft {
  const result = draftReport(source, options);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

function refused(source: DraftSource, options?: DraftOptions): { path: string; message: string }[] {
  const result = draftReport(source, options);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.problems.map((p) => ({ path: p.path, message: p.message }));
}

const threeLevels = '【示例数据】\n云溪市2024年区县工作报告\n一、城区\n1.东湖区\n（一）工业\n新增企业126家，居全省第一。\n2.西岭区\n（一）旅游\n接待游客100万人次。\n二、县域\n3.北山县\n（一）生态\n造林3000亩。';

describe('draftReport', () => {
  it('drafts a three-level report: year, region, id, terms, groups, source', () => {
    const { report, review } = drafted({ text: threeLevels, name: 'samples/yunxi.txt', encoding: 'UTF-8' });
    assert.deepEqual(
      { ...report, departments: undefined },
      {
        schemaVersion: '1.1',
        id: 'yunxishi-2024',
        title: '云溪市2024年区县工作报告',
        region: { name: '云溪市' },
        year: 2024,
        period: '全年',
        terms: { department: { zh: '区县', en: 'district' } },
        source: { title: '云溪市2024年区县工作报告', file: 'samples/yunxi.txt', note: '示例数据' },
        groups: [
          { id: 'chengqu', name: '城区' },
          { id: 'xianyu', name: '县域' },
        ],
        departments: undefined,
      },
    );
    assert.deepEqual(
      report.departments.map((d) => [d.id, d.name, d.group, d.initiatives.map((i) => [i.id, i.title, i.text, i.metrics?.map((m) => m.id), i.honors?.map((h) => h.id)])]),
      [
        ['donghuqu', '东湖区', 'chengqu', [['donghuqu.gongye', '工业', '新增企业126家，居全省第一。', ['donghuqu.gongye.xinzengqiye'], ['donghuqu.gongye.xinzengqiye-position']]]],
        ['xilingqu', '西岭区', 'chengqu', [['xilingqu.lvyou', '旅游', '接待游客100万人次。', ['xilingqu.lvyou.jiedaiyouke'], []]]],
        ['beishanxian', '北山县', 'xianyu', [['beishanxian.shengtai', '生态', '造林3000亩。', ['beishanxian.shengtai.zaolin'], []]]],
      ],
    );
    assert.deepEqual(review.source, { name: 'samples/yunxi.txt', encoding: 'UTF-8', layout: '一、 → groups, 1. → units, （一） → paragraphs', notes: ['示例数据'] });
    assert.deepEqual(review.summary, { units: 3, paragraphs: 3, metrics: 3, honors: 1, skipped: 0, unsure: 1 });
    assert.deepEqual(
      review.paragraphs.map((p) => [p.unit, p.initiativeId, p.title, p.titleDrafted, p.line, p.found.length, p.skipped.length, p.unsure.length]),
      [
        ['东湖区', 'donghuqu.gongye', '工业', false, 6, 2, 0, 1],
        ['西岭区', 'xilingqu.lvyou', '旅游', false, 9, 1, 0, 0],
        ['北山县', 'beishanxian.shengtai', '生态', false, 13, 1, 0, 0],
      ],
    );
    assert.deepEqual(review.unused, []);
    assert.equal(parseReport(report).ok, true);
  });
  it('a theme report: drafted titles, 领域 terms, the year and region from the title', () => {
    const { report, review } = drafted({ text: '东湖区2023年工作总结\n这一年，我们聚焦产业升级，完成投资12亿元。这一年，我们坚持民生优先，新建学校3所。' });
    assert.equal(report.id, 'donghuqu-2023');
    assert.equal(report.year, 2023);
    assert.deepEqual(report.region, { name: '东湖区' });
    assert.deepEqual(report.terms, { department: { zh: '领域', en: 'area' } });
    assert.deepEqual(report.source, { title: '东湖区2023年工作总结' });
    assert.equal(report.groups, undefined);
    assert.deepEqual(
      report.departments.map((d) => [d.id, d.name, d.initiatives.map((i) => i.id)]),
      [
        ['jujiaochanye', '聚焦产业升级', ['jujiaochanye.jujiaochanye']],
        ['jianchiminsheng', '坚持民生优先', ['jianchiminsheng.jianchiminsheng']],
      ],
    );
    assert.deepEqual(review.source, { name: 'input', layout: '这一年 → units', notes: [] });
    assert.deepEqual(
      review.paragraphs.map((p) => [p.title, p.titleDrafted]),
      [
        ['聚焦产业升级', true],
        ['坚持民生优先', true],
      ],
    );
    assert.deepEqual(review.summary, { units: 2, paragraphs: 2, metrics: 2, honors: 0, skipped: 2, unsure: 0 });
  });
  it('a department report has no terms (部门 is the default)', () => {
    const { report } = drafted({ text: '云溪市2024年部门报告\n1.市经信局：新增企业126家。\n2.市科协：培训100人次。\n3.市教育局：新建学校3所。' });
    assert.equal(report.terms, undefined);
    assert.deepEqual(
      report.departments.map((d) => d.id),
      ['shijingxinju', 'shikexie', 'shijiaoyuju'],
    );
  });
  it('the title falls back to the file name; the year to the config', () => {
    const { report } = drafted({ text: '1.东湖区：新增企业126家。\n2.西岭区：新增企业12家。', name: 'dir\\sub/云溪市2024.txt' }, { config: { year: 2024 } });
    assert.equal(report.title, '云溪市2024');
    assert.equal(report.id, 'yunxishi-2024');
    assert.deepEqual(report.region, { name: '云溪市' });
    assert.deepEqual(report.source, { title: '云溪市2024', file: 'dir\\sub/云溪市2024.txt' });
    assert.equal(drafted({ text: '1.东湖区：新增企业126家。' }, { config: { year: 2024 } }).report.title, 'input');
  });
  it('a title without a region: the id comes from the title', () => {
    const { report } = drafted({ text: '2024年工作总结\n1.东湖区：新增企业126家。' });
    assert.equal(report.region, undefined);
    assert.equal(report.id, '2024-niangongzuozong-2024');
  });
  it('the year: overlay before config before title', () => {
    const text = '云溪市2024年报告\n1.东湖区：新增企业126家。';
    assert.equal(drafted({ text }, { config: { year: 2022 } }).report.year, 2022);
    assert.equal(drafted({ text }, { config: { year: 2022 }, overlay: { report: { year: 2021 }, departments: [] } }).report.year, 2021);
    assert.equal(drafted({ text: '云溪市1998年报告\n1.东湖区：新增企业126家。' }).report.year, 1998);
    assert.equal(drafted({ text: '云溪市2024 年报告\n1.东湖区：新增企业126家。' }).report.year, 2024);
  });
  it('without a year: a problem with path year', () => {
    assert.deepEqual(refused({ text: '云溪市区县工作报告\n1.东湖区：新增企业126家。' }), [
      { path: 'year', message: 'year: cannot tell the report\'s year: the title “云溪市区县工作报告” names none. Pass --year 2024, or set "year" in the config.' },
    ]);
    assert.deepEqual(refused({ text: '1.东湖区：新增企业126家。' }), [
      { path: 'year', message: 'year: cannot tell the report\'s year: the title is missing. Pass --year 2024, or set "year" in the config.' },
    ]);
    assert.deepEqual(refused({ text: '云溪市1848年报告\n1.东湖区：新增企业126家。' }).map((p) => p.path), ['year']);
  });
  it('no figures: a problem naming the paragraphs', () => {
    assert.deepEqual(refused({ text: '云溪市2024年报告\n一、经济\n稳中有进。' }), [{ path: '', message: "input: found no figures or honors in its 1 paragraph: nothing to show. Is this the report's text?" }]);
    assert.deepEqual(refused({ text: '云溪市2024年报告\n一、经济\n稳中有进。\n二、社会\n和谐稳定。', name: 'a.txt' }), [
      { path: '', message: "a.txt: found no figures or honors in its 2 paragraphs: nothing to show. Is this the report's text?" },
    ]);
  });
  it('reader problems pass through', () => {
    assert.deepEqual(refused({ text: '云溪市2024年报告\n1.市经信局：新增企业126家。' }, { config: { levels: { unit: '一、' } } }), [
      { path: 'config.levels.unit', message: 'config.levels.unit: the config opens each unit with 「一、」, but the text has none (it has 1. ×1)' },
    ]);
  });
  it('the pdf-table reader without departments in the overlay: a problem with path config.reader', () => {
    assert.deepEqual(refused({ text: 'x' }, { config: { reader: 'pdf-table', year: 2024 } }), [
      {
        path: 'config.reader',
        message: 'config.reader: the pdf-table reader matches the department names and titles listed in the annotations, and the config names none',
      },
    ]);
  });
  it('the pdf-table reader matches overlay departments and initiatives by position', () => {
    const text = [' 市科协', '', '科普', '活动', '', '开展科普活动126场。', ' 东湖区', '', '工业', '招商', '', '新增企业12家。', '另起一段引进项目5个。'].join('\n');
    const overlay: Overlay = {
      report: { year: 2024, title: '云溪市2024年部门报告', paragraphBreaks: [{ lineStartsWith: '另起一段', note: '表格换行' }] },
      departments: [
        { id: 'kexie', name: '市科协', nameEn: 'Association for Science', fullName: '云溪市科学技术协会', initiatives: [{ title: '科普活动', id: 'kexie.kepu', titleEn: 'Science outreach' }] },
        { name: '东湖区', group: 'cheng', initiatives: [{ title: '工业' }, { title: '招商', titleEn: 'Investment' }] },
      ],
    };
    const { report, review } = drafted({ text, name: 'x.txt' }, { config: { reader: 'pdf-table' }, overlay });
    assert.equal(report.title, '云溪市2024年部门报告');
    assert.equal(report.terms, undefined);
    assert.deepEqual(
      report.departments.map((d) => [d.id, d.name, d.nameEn, d.fullName, d.group, d.initiatives.map((i) => [i.id, i.title, i.titleEn, i.metrics?.length])]),
      [
        ['kexie', '市科协', 'Association for Science', '云溪市科学技术协会', undefined, [['kexie.kepu', '科普活动', 'Science outreach', 1]]],
        [
          'donghuqu',
          '东湖区',
          undefined,
          undefined,
          'cheng',
          [
            ['donghuqu.gongye', '工业', undefined, 1],
            ['donghuqu.zhaoshang', '招商', 'Investment', 1],
          ],
        ],
      ],
    );
    assert.equal(review.source.layout, 'pdf-table: blocks of department names, then their titles, then their paragraphs');
  });
  it('overlay report fields win', () => {
    const overlay: Overlay = {
      report: {
        schemaVersion: '1.0',
        id: 'yx-2024',
        title: '云溪市年度报告',
        titleEn: 'Yunxi annual report',
        region: { name: '云溪', nameEn: 'Yunxi' },
        period: '1-11月',
        terms: { department: { zh: '单位', en: 'unit' } },
        source: { title: '原件', publisher: '云溪市政府' },
        groups: [{ id: 'city', name: '城区', nameEn: 'City' }],
      },
      departments: [{ id: 'dh', name: '东湖区', nameEn: 'Donghu', group: 'city', initiatives: [{ title: '新增企业', id: 'dh.firms', titleEn: 'New firms', figures: { '126家': { label: '新增企业数', labelEn: 'New firms' } } }] }],
    };
    const { report } = drafted({ text: '云溪市2024年报告\n1.东湖区：新增企业126家。\n2.西岭区：1-11月新增企业12家。' }, { overlay });
    assert.deepEqual(
      { ...report, departments: undefined },
      {
        schemaVersion: '1.0',
        id: 'yx-2024',
        title: '云溪市年度报告',
        titleEn: 'Yunxi annual report',
        region: { name: '云溪', nameEn: 'Yunxi' },
        year: 2024,
        period: '1-11月',
        terms: { department: { zh: '单位', en: 'unit' } },
        source: { title: '原件', publisher: '云溪市政府' },
        groups: [{ id: 'city', name: '城区', nameEn: 'City' }],
        departments: undefined,
      },
    );
    assert.deepEqual(
      report.departments.map((d) => [d.id, d.nameEn, d.group, d.initiatives.map((i) => [i.id, i.titleEn, i.metrics?.map((m) => [m.id, m.label, m.period])])]),
      [
        ['dh', 'Donghu', 'city', [['dh.firms', 'New firms', [['dh.firms.new-firms', '新增企业数', undefined]]]]],
        ['xilingqu', undefined, undefined, [['xilingqu.1-11-yuexinzengqi-12', undefined, [['xilingqu.1-11-yuexinzengqi-12.xinzengqiye', '新增企业', undefined]]]]],
      ],
    );
  });
  it('strict annotations: problems stop the draft', () => {
    const problems = refused({ text: '云溪市2024年报告\n1.东湖区：新增企业126家。' }, { config: { requireAnnotations: true } });
    assert.deepEqual(problems, [{ path: '', message: 'donghuqu.xinzengqiye (source line 2): figure "126家" (count) has no annotation (label, labelEn or exclude)' }]);
  });
  it('a title exclusion must be in the title', () => {
    const overlay: Overlay = { report: {}, departments: [{ name: '东湖区', initiatives: [{ title: '新增企业', titleExclusions: { '2+8': '平台名' } }] }] };
    assert.deepEqual(refused({ text: '云溪市2024年报告\n1.东湖区：新增企业126家。' }, { overlay }), [
      { path: '', message: 'donghuqu.xinzengqiye (source line 2): title exclusion "2+8" is not in the title' },
    ]);
  });
  it('the config lexicon is used: a named peer group', () => {
    const { report } = drafted(
      { text: '云溪市2024年报告\n1.东湖区：新增企业126家，居全国中等城市第一。' },
      { config: { lexicon: { scopes: { 全国中等城市: 'group' }, names: ['五类英才'] } } },
    );
    const honor = report.departments[0]!.initiatives[0]!.honors![0]!;
    assert.equal(honor.scope, 'group');
    assert.equal(honor.scopeText, '全国中等城市');
  });
  it('several notes are joined; overlay groups keep only id, name and nameEn', () => {
    const overlay: Overlay = { report: { groups: [{ id: 'city', name: '城区', note: '含开发区' }, { id: 'county', name: '县域', nameEn: 'Counties' }] }, departments: [] };
    const { report, review } = drafted({ text: '【示例数据】\n【虚构】\n云溪市2024年报告\n1.东湖区：新增企业126家。' }, { overlay });
    assert.deepEqual(report.source, { title: '云溪市2024年报告', note: '示例数据 虚构' });
    assert.deepEqual(review.source.notes, ['示例数据', '虚构']);
    assert.deepEqual(report.groups, [
      { id: 'city', name: '城区' },
      { id: 'county', name: '县域', nameEn: 'Counties' },
    ]);
  });
  it('group ids are unique', () => {
    const { report } = drafted({ text: '云溪市2024年报告\n一、城区\n1.东湖区\n（一）工业\n增长7.3%。\n二、城区\n2.西岭区\n（一）工业\n增长5%。' });
    assert.deepEqual(report.groups, [
      { id: 'chengqu', name: '城区' },
      { id: 'chengqu-2', name: '城区' },
    ]);
  });
  it('unused headings reach the review', () => {
    const { review } = drafted({ text: '云溪市2024年报告\n一、经济\n（一）工业\n（二）农业\n产量12万吨。' });
    assert.deepEqual(review.unused, [{ line: 3, text: '工业', reason: 'a heading with no text under it' }]);
  });
});
