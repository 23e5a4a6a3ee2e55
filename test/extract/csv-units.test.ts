import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CsvDraftOptions } from '../../packages/extract/src/index.js';
import { draftFromCsv } from '../../packages/extract/src/index.js';
import type { ReportInput } from '../../packages/schema/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';

const options: CsvDraftOptions = { title: '云溪市区县数据', year: 2024 };

function report(text: string, o: CsvDraftOptions = options): ReportInput {
  const result = draftFromCsv(text, o);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

function problems(text: string, o: CsvDraftOptions = options): [path: string, message: string][] {
  const result = draftFromCsv(text, o);
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems.map((p) => [p.path, p.message]);
}

const metricsOf = (r: ReportInput) => r.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics ?? []));

describe('draftFromCsv: a good sheet', () => {
  const text = [
    '# 示例数据：虚构的表格',
    'section,item,label,value,unit,change,period,rank,polarity,labelEn,note,id,kind',
    '东湖区,科技创新,高新技术企业,218,家,12.4%,,全省第2,,High-tech firms,含新认定,,',
    '东湖区,科技创新,研发投入,3.1,%,提高0.2个百分点,1-11月,,,,,,percent',
    '# 一行注释',
    '',
    '西岭区,生态,能耗,1.2,万吨标煤,下降1.5%,,,lower-is-better,,,,',
    '西岭区,生态,造林,2600多,亩,,,,,,,forest,',
  ].join('\n');
  const r = () => report(text, { ...options, name: 'data/figures.csv' });
  it('the report fields', () => {
    assert.deepEqual(
      { ...r(), departments: undefined },
      {
        schemaVersion: '1.1',
        id: 'yunxishiqu-2024',
        title: '云溪市区县数据',
        year: 2024,
        terms: { department: { zh: '区县', en: 'district' } },
        source: { title: '云溪市区县数据', file: 'data/figures.csv' },
        departments: undefined,
      },
    );
    assert.equal(parseReport(r()).ok, true);
  });
  it('sections, items, metrics, honors and changes', () => {
    assert.deepEqual(r().departments, [
      {
        id: 'donghuqu',
        name: '东湖区',
        initiatives: [
          {
            id: 'donghuqu.kejichuangxin',
            title: '科技创新',
            metrics: [
              {
                id: 'donghuqu.kejichuangxin.gaoxinjishu',
                kind: 'count',
                value: 218,
                unit: '家',
                label: '高新技术企业',
                polarity: 'higher-is-better',
                labelEn: 'High-tech firms',
                note: '含新认定',
                honor: 'donghuqu.kejichuangxin.gaoxinjishu-position',
              },
              {
                id: 'donghuqu.kejichuangxin.gaoxinjishu-change',
                label: '高新技术企业同比',
                labelEn: 'High-tech firms, change',
                kind: 'change',
                value: 12.4,
                unit: '%',
                printed: '12.4%',
                polarity: 'higher-is-better',
              },
              { id: 'donghuqu.kejichuangxin.yanfatouru', kind: 'percent', value: 3.1, unit: '%', label: '研发投入', polarity: 'higher-is-better', period: '1-11月' },
              {
                id: 'donghuqu.kejichuangxin.yanfatouru-change',
                label: '研发投入同比',
                kind: 'change',
                value: 0.2,
                unit: '个百分点',
                changeWord: '提高',
                printed: '0.2个百分点',
                period: '1-11月',
                polarity: 'higher-is-better',
              },
            ],
            honors: [
              {
                id: 'donghuqu.kejichuangxin.gaoxinjishu-position',
                label: '高新技术企业',
                labelEn: 'High-tech firms',
                kind: 'position',
                printed: '全省第2',
                scope: 'province',
                scopeText: '全省',
                position: 2,
              },
            ],
          },
        ],
      },
      {
        id: 'xilingqu',
        name: '西岭区',
        initiatives: [
          {
            id: 'xilingqu.shengtai',
            title: '生态',
            metrics: [
              { id: 'xilingqu.shengtai.nenghao', kind: 'measure', value: 12000, unit: '吨标煤', magnitude: '万', label: '能耗', polarity: 'lower-is-better', printed: '1.2万吨标煤' },
              { id: 'xilingqu.shengtai.nenghao-change', label: '能耗同比', kind: 'change', value: -1.5, unit: '%', changeWord: '下降', printed: '1.5%', polarity: 'lower-is-better' },
              { id: 'xilingqu.shengtai.forest', kind: 'measure', value: 2600, unit: '亩', qualifier: '多', label: '造林', polarity: 'higher-is-better', printed: '2600多亩' },
            ],
            honors: [],
          },
        ],
      },
    ]);
  });
});

describe('draftFromCsv: headers and cells', () => {
  it('Chinese headers with a BOM', () => {
    const r = report('\uFEFF部门,事项,指标,数值,单位,增幅,排名,备注,英文名称,时期\n东湖区,招商,新增企业,126,家,,,新设,New firms,前三季度\n');
    assert.deepEqual(metricsOf(r), [
      { id: 'donghuqu.zhaoshang.xinzengqiye', kind: 'count', value: 126, unit: '家', label: '新增企业', polarity: 'higher-is-better', period: '前三季度', labelEn: 'New firms', note: '新设' },
    ]);
  });
  it('cells are trimmed; a # inside a cell is text, not a comment', () => {
    assert.deepEqual(metricsOf(report('section,item,label,value\n  东湖区 , a , x , 2600多 \n')), [
      { id: 'donghuqu.a.x', kind: 'count', value: 2600, unit: '', qualifier: '多', label: 'x', polarity: 'higher-is-better', printed: '2600多' },
    ]);
    assert.deepEqual(problems('section,item,label,value\n东湖区,a,x,1 # note\n'), [['line 2, value', 'line 2, value: expected a number such as 7.3 or 4.51万, received "1 # note"']]);
  });
  it('a magnitude in the unit is applied once', () => {
    assert.deepEqual(metricsOf(report('section,item,label,value,unit\n东湖区,a,x,1.48,亿吨\n')), [
      { id: 'donghuqu.a.x', kind: 'measure', value: 148_000_000, unit: '吨', magnitude: '亿', label: 'x', polarity: 'higher-is-better', printed: '1.48亿吨' },
    ]);
  });
  it('terms from section names', () => {
    assert.deepEqual(report('section,item,label,value\n经济运行,a,x,1\n').terms, { department: { zh: '领域', en: 'area' } });
    assert.equal(report('section,item,label,value\n市经信局,a,x,1\n').terms, undefined);
  });
});

describe('draftFromCsv: ids', () => {
  it('explicit ids, drafted ids stepping around them, per initiative', () => {
    const r = report('section,item,label,value,id\n东湖区,a,新增企业,1,xinzengqiye\n东湖区,a,新增企业,2,\n东湖区,b,新增企业,5,xinzengqiye\n东湖区,b,新增企业,6,\n西岭区,a,新增企业,7,\n');
    assert.deepEqual(
      r.departments.map((d) => [d.id, d.initiatives.map((i) => [i.id, (i.metrics ?? []).map((m) => m.id)])]),
      [
        [
          'donghuqu',
          [
            ['donghuqu.a', ['donghuqu.a.xinzengqiye', 'donghuqu.a.xinzengqiye-2']],
            ['donghuqu.b', ['donghuqu.b.xinzengqiye', 'donghuqu.b.xinzengqiye-2']],
          ],
        ],
        ['xilingqu', [['xilingqu.a', ['xilingqu.a.xinzengqiye']]]],
      ],
    );
  });
  it('a drafted id steps around an explicit id given later', () => {
    const r = report('section,item,label,value,id\n东湖区,a,新增企业,2,\n东湖区,a,新增企业,3,xinzengqiye-2\n东湖区,a,新增企业,4,\n');
    assert.deepEqual(
      metricsOf(r).map((m) => m.id),
      ['donghuqu.a.xinzengqiye', 'donghuqu.a.xinzengqiye-2', 'donghuqu.a.xinzengqiye-3'],
    );
  });
  it('equal labels in one item get -2', () => {
    assert.deepEqual(
      metricsOf(report('section,item,label,value\n东湖区,a,x,1\n东湖区,a,x,1\n')).map((m) => m.id),
      ['donghuqu.a.x', 'donghuqu.a.x-2'],
    );
  });
  it('a duplicate explicit id names the line it was first used on', () => {
    assert.deepEqual(problems('section,item,label,value,id\n东湖区,a,新增企业,1,xinzengqiye\n东湖区,a,新增企业,2,\n东湖区,a,新增企业,3,xinzengqiye\n'), [
      ['line 4, id', 'line 4, id: duplicate id "xinzengqiye" in 东湖区 / a: first used on line 2'],
    ]);
  });
  it('an explicit id must be a slug', () => {
    for (const id of ['Bad_ID', 'a--b', '-a', 'a-', '新增']) {
      assert.deepEqual(problems(`section,item,label,value,id\n东湖区,a,x,1,${id}\n`), [
        ['line 2, id', `line 2, id: expected a slug such as "port-cargo" (lower-case letters, digits and "-"), received "${id}"`],
      ]);
    }
    assert.equal(metricsOf(report('section,item,label,value,id\n东湖区,a,x,1,a1-b2\n'))[0]!.id, 'donghuqu.a.a1-b2');
  });
});

describe('draftFromCsv: the change column', () => {
  const changes = (cells: string[]) => {
    const r = report(`section,item,label,value,change\n${cells.map((c, i) => `东湖区,x,m${i},1,${c}`).join('\n')}\n`);
    return metricsOf(r)
      .filter((m) => m.kind === 'change')
      .map((m) => [m.value, m.unit, m.changeWord ?? null, m.printed]);
  };
  it('7.3%, -1.5%, 下降1.5%, 提高2.5个百分点, 增长3%, and a bare 7.3', () => {
    assert.deepEqual(changes(['7.3%', '-1.5%', '下降1.5%', '提高2.5个百分点', '增长3%', '7.3']), [
      [7.3, '%', null, '7.3%'],
      [-1.5, '%', null, '1.5%'],
      [-1.5, '%', '下降', '1.5%'],
      [2.5, '个百分点', '提高', '2.5个百分点'],
      [3, '%', '增长', '3%'],
      [7.3, '%', null, '7.3%'],
    ]);
  });
  it('the change metric takes the row period, labelEn and polarity', () => {
    const r = report('section,item,label,value,change,period,polarity,labelEn\n东湖区,x,能耗,1,下降2%,1-11月,lower-is-better,Energy use\n');
    assert.deepEqual(metricsOf(r)[1], {
      id: 'donghuqu.x.nenghao-change',
      label: '能耗同比',
      labelEn: 'Energy use, change',
      kind: 'change',
      value: -2,
      unit: '%',
      changeWord: '下降',
      printed: '2%',
      period: '1-11月',
      polarity: 'lower-is-better',
    });
  });
  it('a signed bare number is a percentage change too', () => {
    // "a bare number is a percentage change": 7.3 reads as 7.3%, but +7.3 and −2 keep no unit.
    assert.deepEqual(changes(['+7.3', '−2']), [
      [7.3, '%', null, '7.3%'],
      [-2, '%', null, '2%'],
    ]);
  });
  it('很多 is not a change', () => {
    assert.deepEqual(problems('section,item,label,value,change\n东湖区,x,a,1,很多\n'), [
      ['line 2, change', 'line 2, change: expected a change such as 7.3%, +7.3, 下降1.5% or 提高2.5个百分点, received "很多"'],
    ]);
  });
});

describe('draftFromCsv: rank', () => {
  it('a streak and a first', () => {
    const r = report('section,item,label,value,rank\n东湖区,a,x,1,九连冠\n东湖区,a,y,1,全国首个\n');
    const initiative = r.departments[0]!.initiatives[0]!;
    assert.deepEqual(initiative.honors, [
      { id: 'donghuqu.a.x-streak', label: 'x', kind: 'streak', printed: '九连冠', position: 1, streak: 9, streakUnit: '连冠' },
      { id: 'donghuqu.a.y-first', label: 'y', kind: 'first', printed: '全国首个', scope: 'nation', scopeText: '全国', position: 1 },
    ]);
    assert.deepEqual(
      initiative.metrics?.map((m) => m.honor),
      ['donghuqu.a.x-streak', 'donghuqu.a.y-first'],
    );
  });
  it('not an honor', () => {
    assert.deepEqual(problems('section,item,label,value,rank\n东湖区,a,y,1,没有\n'), [['line 2, rank', 'line 2, rank: expected an honor such as 居全省第1, 全国首个 or 连续3年全省第一, received "没有"']]);
  });
});

describe('draftFromCsv: problems', () => {
  it('every documented cell problem, with line and column', () => {
    assert.deepEqual(problems('section,item,label,value,unit,id,kind,polarity,rank\n东湖区,,x,1,,,,,\n东湖区,a,x,abc,,,,,\n东湖区,a,x,1,,Bad_ID,,,\n东湖区,a,x,1,,,volume,,\n东湖区,a,x,1,,,,up,\n东湖区,a,y,1,,,,,没有\n'), [
      ['line 2, item', 'line 2, item: required: the initiative or work item within the section (举措 / 事项), but the cell is empty'],
      ['line 3, value', 'line 3, value: expected a number such as 7.3 or 4.51万, received "abc"'],
      ['line 4, id', 'line 4, id: expected a slug such as "port-cargo" (lower-case letters, digits and "-"), received "Bad_ID"'],
      ['line 5, kind', 'line 5, kind: expected one of count, measure, money, percent, permille, change, completion, share, ratio, date, duration, received "volume"'],
      ['line 6, polarity', 'line 6, polarity: expected one of higher-is-better, lower-is-better, neutral, received "up"'],
      ['line 7, rank', 'line 7, rank: expected an honor such as 居全省第1, 全国首个 or 连续3年全省第一, received "没有"'],
    ]);
  });
  it('every required cell empty', () => {
    assert.deepEqual(problems('section,item,label,value\n,,,\n'), [
      ['line 2, section', 'line 2, section: required: the unit the figure belongs to: a department, district or theme (部门 / 区县 / 领域), but the cell is empty'],
      ['line 2, item', 'line 2, item: required: the initiative or work item within the section (举措 / 事项), but the cell is empty'],
      ['line 2, label', 'line 2, label: required: what is measured (指标): 港口货物吞吐量, but the cell is empty'],
      ['line 2, value', 'line 2, value: required: the figure: 1.48, 4.51万, 2600多, but the cell is empty'],
    ]);
  });
  it('line numbers count comment and blank lines', () => {
    assert.deepEqual(problems('# 注释\nsection,item,label,value\n\n# 注释\n东湖区,a,x,abc\n'), [['line 5, value', 'line 5, value: expected a number such as 7.3 or 4.51万, received "abc"']]);
  });
  it('header problems', () => {
    assert.deepEqual(problems('section,item,label,value,colour\n东湖区,a,x,1,红\n'), [
      ['line 1', 'line 1: unknown column "colour" (column 5); the columns are section, item, label, value, unit, change, period, rank, id, kind, polarity, labelEn, note'],
    ]);
    assert.deepEqual(problems('section,item,值\n东湖区,a,1\n'), [['line 1', 'line 1: missing column "label": what is measured (指标): 港口货物吞吐量 (found: section, item, 值)']]);
    assert.deepEqual(problems('section,item,label,value,部门\n'), [['line 1', 'line 1: column "section" appears twice']]);
    assert.deepEqual(problems('# 说明\nitem,label\n'), [
      ['line 2', 'line 2: missing column "section": the unit the figure belongs to: a department, district or theme (部门 / 区县 / 领域) (found: item, label)'],
      ['line 2', 'line 2: missing column "value": the figure: 1.48, 4.51万, 2600多 (found: item, label)'],
    ]);
  });
  it('empty, header only, unreadable CSV', () => {
    assert.deepEqual(problems(''), [['', 'the CSV is empty: expected a header row and one row per figure']]);
    assert.deepEqual(problems('# 只有注释\n'), [['', 'the CSV is empty: expected a header row and one row per figure']]);
    assert.deepEqual(problems('section,item,label,value\n'), [['line 1', 'line 1: the CSV has a header but no rows of figures']]);
    assert.deepEqual(problems('section,item,label,value\n东湖区,"a,x,1\n'), [['line 2', 'line 2: not readable as CSV: Quote Not Closed: the parsing is finished with an opening quote']]);
    assert.deepEqual(problems('section,item,label,value\n东湖区,a,x,1,extra\n'), [['line 2', 'line 2: not readable as CSV: Invalid Record Length: expect 4, got 5']]);
  });
  it('title and year missing', () => {
    assert.deepEqual(problems('section,item,label,value\n东湖区,a,x,1\n', {}), [
      ['title', 'title: a CSV has no title line: pass --title "…" or set report.title in the annotations'],
      ['year', 'year: a CSV does not say its year: pass --year 2024 or set "year" in the config'],
    ]);
    assert.deepEqual(problems('section,item,label,value\n东湖区,a,x,1\n', { year: 2024 }), [['title', 'title: a CSV has no title line: pass --title "…" or set report.title in the annotations']]);
  });
  it('overlay report fields win over the options', () => {
    const r = report('section,item,label,value\n东湖区,a,x,1\n', {
      title: '不用',
      year: 2020,
      name: 'f.csv',
      overlay: { report: { title: 'T', year: 2023, id: 'my-id', titleEn: 'TE', region: { name: '云溪市' }, terms: { department: { zh: '部门', en: 'dept' } }, source: { title: 'S' } }, departments: [] },
    });
    assert.deepEqual(
      { ...r, departments: undefined },
      { schemaVersion: '1.1', id: 'my-id', title: 'T', titleEn: 'TE', region: { name: '云溪市' }, year: 2023, terms: { department: { zh: '部门', en: 'dept' } }, source: { title: 'S' }, departments: undefined },
    );
    const titled = report('section,item,label,value\n东湖区,a,x,1\n', { overlay: { report: { title: '云溪市区县数据', year: 2022 }, departments: [] } });
    assert.equal(titled.id, 'yunxishiqu-2022');
    assert.deepEqual(titled.source, { title: '云溪市区县数据' });
  });
});
