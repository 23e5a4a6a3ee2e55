import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Report, ReportInput } from '../../packages/schema/src/index.js';
import {
  completeTerm,
  crossCheckReport,
  defaultTerms,
  describeValue,
  englishPlural,
  figureFromFields,
  figureSchema,
  findJsonSyntaxError,
  fixOffsets,
  formatPath,
  nearestOccurrence,
  normalizeInitiative,
  normalizeReport,
  parseJsonText,
  parseReport,
  prefixProblem,
  problem,
  problemFromIssue,
  rankFromText,
  reportSchema,
  summarizeReport,
} from '../../packages/schema/src/index.js';
import type { ReportFile } from '../fixtures/reports.js';
import { minimalReport } from '../fixtures/reports.js';

function problemsOf(input: unknown): string[] {
  const result = parseReport(input);
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.problems.map((p) => p.message);
}

function accepted(input: unknown): Report {
  const result = parseReport(input);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** The minimal report, changed in one place. Loosely typed: the point is to break it. */
function broken(change: (report: any) => void): ReportFile {
  const report = minimalReport();
  change(report);
  return report;
}

const metricPath = 'departments[0].initiatives[0].metrics[0]';
const honorPath = 'departments[0].initiatives[0].honors[0]';

/** The problems zod reports for a value, in this library's words. */
function schemaProblems(value: unknown): string[] {
  const parsed = reportSchema.safeParse(value, { reportInput: true });
  assert.equal(parsed.success, false);
  return parsed.success ? [] : parsed.error.issues.map((issue) => problemFromIssue(issue).message);
}

describe('cross-checks: each rule broken once', () => {
  it('accepts the minimal report as it is', () => {
    assert.deepEqual(crossCheckReport(accepted(minimalReport())), []);
  });

  it('duplicate group ids', () => {
    const report = broken((r) => r.groups.push({ id: 'economy', name: '经济二' }));
    assert.deepEqual(problemsOf(report), ['groups[1].id: duplicate id "economy", first used at groups[0]']);
  });

  it('duplicate ids across levels', () => {
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].id = 'economy'))), [
      'departments[0].id: duplicate id "economy", first used at groups[0]',
    ]);
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].initiatives[0].id = 'dept'))), [
      'departments[0].initiatives[0].id: duplicate id "dept", first used at departments[0]',
    ]);
    const twoDepartments = broken((r) => r.departments.push({ id: 'dept', name: '市另一局', group: 'economy', initiatives: [] }));
    assert.deepEqual(problemsOf(twoDepartments), ['departments[1].id: duplicate id "dept", first used at departments[0]']);
    const honorAsMetric = broken((r) => {
      r.departments[0].initiatives[0].honors[0].id = 'dept.invest.amount';
      r.departments[0].initiatives[0].metrics[0].honor = 'dept.invest.amount';
    });
    assert.deepEqual(problemsOf(honorAsMetric), [`${honorPath}.id: duplicate id "dept.invest.amount", first used at ${metricPath}`]);
  });

  it('unknown group', () => {
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].group = 'culture'))), [
      'departments[0].group: unknown group "culture"; report.groups has "economy"',
    ]);
    assert.deepEqual(
      problemsOf(
        broken((r) => {
          r.groups = [];
          r.departments[0].group = 'culture';
        }),
      ),
      ['departments[0].group: unknown group "culture"; report.groups has none'],
    );
  });

  it('missing group when the report has groups, and not when it has none', () => {
    const missing = broken((r) => {
      r.groups.push({ id: 'culture', name: '文化' });
      delete r.departments[0].group;
    });
    assert.deepEqual(problemsOf(missing), ['departments[0].group: required when the report has groups: one of "economy", "culture"']);
    const noGroups = broken((r) => {
      delete r.groups;
      delete r.departments[0].group;
    });
    assert.deepEqual(accepted(noGroups).groups, []);
  });

  it('a metric honor that does not resolve', () => {
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].initiatives[0].metrics[0].honor = 'dept.invest.nope'))), [
      `${metricPath}.honor: unknown honor "dept.invest.nope"`,
    ]);
  });

  it('money without a currency, only where the unit does not give one', () => {
    const noUnit = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      metric.unit = '';
      delete metric.currency;
    });
    assert.deepEqual(problemsOf(noUnit), [`${metricPath}.currency: required for a money figure: "CNY" or "USD"`]);
    const yuan = broken((r) => delete r.departments[0].initiatives[0].metrics[0].currency);
    assert.equal(accepted(yuan).departments[0]!.initiatives[0]!.metrics[0]!.currency, 'CNY');
    const dollars = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      metric.unit = '美元';
      delete metric.currency;
    });
    assert.equal(accepted(dollars).departments[0]!.initiatives[0]!.metrics[0]!.currency, 'USD');
    // A count needs no currency.
    const count = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      metric.kind = 'count';
      metric.unit = '';
      delete metric.currency;
    });
    assert.equal(accepted(count).departments[0]!.initiatives[0]!.metrics[0]!.currency, undefined);
  });

  it('valueMax below value; equal is fine; negative ranges compare sizes', () => {
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].initiatives[0].metrics[0].valueMax = 5))), [
      `${metricPath}.valueMax: a range must end above its start (10910000000), received 5`,
    ]);
    accepted(broken((r) => (r.departments[0].initiatives[0].metrics[0].valueMax = 10_910_000_000)));
    accepted(broken((r) => (r.departments[0].initiatives[0].metrics[0].valueMax = 20_000_000_000)));
    const falling = (value: number, valueMax: number) =>
      broken((r) => Object.assign(r.departments[0].initiatives[0].metrics[0], { kind: 'change', unit: '%', value, valueMax }));
    assert.deepEqual(problemsOf(falling(-5, -3)), [`${metricPath}.valueMax: a range must end above its start (-5), received -3`]);
    accepted(falling(-3, -5));
  });

  it('a position honor without a position', () => {
    assert.deepEqual(problemsOf(broken((r) => delete r.departments[0].initiatives[0].honors[0].position)), [
      `${honorPath}.position: required for a "position" honor`,
    ]);
    // Another kind needs none.
    accepted(
      broken((r) => {
        const honor = r.departments[0].initiatives[0].honors[0];
        honor.kind = 'top';
        delete honor.position;
      }),
    );
  });

  it('an honor whose printed words cannot be read and that has no kind', () => {
    const report = broken((r) => {
      const honor = r.departments[0].initiatives[0].honors[0];
      delete honor.kind;
      honor.printed = '优秀单位';
    });
    assert.deepEqual(problemsOf(report), [
      `${honorPath}.kind: required: "优秀单位" is not an honor hz-viz can read; give kind, one of "position", "first", "only", "streak", "top", "record"`,
    ]);
  });

  it('a quote that is not at its offsets says where it is', () => {
    const report = broken((r) => Object.assign(r.departments[0].initiatives[0].metrics[0], { start: 5, end: 12 }));
    assert.deepEqual(problemsOf(report), [
      `${metricPath}.quote: "109.1亿元" is not the text at 5–12, which reads "资109.1亿"; the quote is at 6–13 (hz-viz-validate --fix corrects it)`,
    ]);
    const honor = broken((r) => Object.assign(r.departments[0].initiatives[0].honors[0], { start: 13, end: 18 }));
    assert.deepEqual(problemsOf(honor), [
      `${honorPath}.quote: "居全省第1" is not the text at 13–18, which reads "，居全省第"; the quote is at 14–19 (hz-viz-validate --fix corrects it)`,
    ]);
  });

  it('a misplaced quote is pointed to its nearest occurrence', () => {
    const report = broken((r) => {
      r.departments[0].initiatives[0].text = '居全省第1，全年完成投资109.1亿元，居全省第1。';
      Object.assign(r.departments[0].initiatives[0].metrics[0], { start: 12, end: 19 });
      Object.assign(r.departments[0].initiatives[0].honors[0], { start: 18, end: 23 });
    });
    assert.deepEqual(problemsOf(report), [
      `${honorPath}.quote: "居全省第1" is not the text at 18–23, which reads "元，居全省"; the quote is at 20–25 (hz-viz-validate --fix corrects it)`,
    ]);
  });

  it('a quote that does not occur', () => {
    const atOffsets = broken((r) => (r.departments[0].initiatives[0].metrics[0].quote = '999亿元'));
    assert.deepEqual(problemsOf(atOffsets), [
      `${metricPath}.quote: "999亿元" is not the text at 6–13, which reads "109.1亿元"; the quote does not occur in the text`,
    ]);
    const withoutOffsets = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      metric.quote = '999亿元';
      delete metric.start;
      delete metric.end;
    });
    assert.deepEqual(problemsOf(withoutOffsets), [`${metricPath}.quote: "999亿元" does not occur in the initiative text`]);
  });

  it('offsets outside the text', () => {
    assert.deepEqual(problemsOf(broken((r) => (r.departments[0].initiatives[0].metrics[0].end = 500))), [
      `${metricPath}.end: offsets 6–500 are outside the initiative text (length 20); the quote is at 6–13 (hz-viz-validate --fix corrects it)`,
    ]);
    // The end may be the text's length.
    const atEnd = broken((r) => Object.assign(r.departments[0].initiatives[0].honors[0], { quote: '居全省第1。', start: 14, end: 20 }));
    accepted(atEnd);
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r.departments[0].initiatives[0].honors[0], { quote: '居全省第1。', start: 14, end: 21 }))), [
      `${honorPath}.end: offsets 14–21 are outside the initiative text (length 20); the quote is at 14–20 (hz-viz-validate --fix corrects it)`,
    ]);
    // An empty or reversed span is no place for a quote.
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r.departments[0].initiatives[0].metrics[0], { start: 13, end: 13 }))), [
      `${metricPath}.end: offsets 13–13 hold no text: end must be after start; the quote is at 6–13 (hz-viz-validate --fix corrects it)`,
    ]);
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r.departments[0].initiatives[0].metrics[0], { start: 13, end: 6 }))), [
      `${metricPath}.end: offsets 13–6 hold no text: end must be after start; the quote is at 6–13 (hz-viz-validate --fix corrects it)`,
    ]);
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r.departments[0].initiatives[0].metrics[0], { quote: 'XYZ', start: 6, end: 50 }))), [
      `${metricPath}.end: offsets 6–50 are outside the initiative text (length 20); the quote does not occur in the text`,
    ]);
  });

  it('offsets without a quote', () => {
    const message = `${metricPath}.quote: required with start and end: the text the offsets point at`;
    assert.deepEqual(problemsOf(broken((r) => delete r.departments[0].initiatives[0].metrics[0].quote)), [message]);
    const startOnly = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      delete metric.quote;
      delete metric.end;
    });
    assert.deepEqual(problemsOf(startOnly), [message]);
    const endOnly = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      delete metric.quote;
      delete metric.start;
    });
    assert.deepEqual(problemsOf(endOnly), [message]);
    // Neither a quote nor offsets is fine.
    accepted(
      broken((r) => {
        const metric = r.departments[0].initiatives[0].metrics[0];
        delete metric.quote;
        delete metric.start;
        delete metric.end;
      }),
    );
  });

  it('only one offset given', () => {
    assert.deepEqual(problemsOf(broken((r) => delete r.departments[0].initiatives[0].metrics[0].end)), [
      `${metricPath}.end: required with the other offset; or leave both out to place the quote where it first occurs`,
    ]);
    assert.deepEqual(problemsOf(broken((r) => delete r.departments[0].initiatives[0].metrics[0].start)), [
      `${metricPath}.start: required with the other offset; or leave both out to place the quote where it first occurs`,
    ]);
  });

  it('a quote with no initiative text', () => {
    assert.deepEqual(problemsOf(broken((r) => delete r.departments[0].initiatives[0].text)), [
      `${metricPath}.quote: "109.1亿元" needs the initiative's text to sit in, but the initiative has no text`,
      `${honorPath}.quote: "居全省第1" needs the initiative's text to sit in, but the initiative has no text`,
    ]);
    // Without text and without quotes there is nothing to check.
    accepted(
      broken((r) => {
        const initiative = r.departments[0].initiatives[0];
        delete initiative.text;
        for (const item of [...initiative.metrics, ...initiative.honors]) {
          delete item.quote;
          delete item.start;
          delete item.end;
        }
      }),
    );
  });

  it('lists problems of several items with their own paths', () => {
    const report = broken((r) => {
      const initiative = r.departments[0].initiatives[0];
      initiative.metrics.push({ ...initiative.metrics[0], id: 'dept.invest.second', honor: 'nope', valueMax: 1 });
    });
    assert.deepEqual(problemsOf(report), [
      'departments[0].initiatives[0].metrics[1].honor: unknown honor "nope"',
      'departments[0].initiatives[0].metrics[1].valueMax: a range must end above its start (10910000000), received 1',
    ]);
  });
});

describe('normalizeReport fills in the defaults', () => {
  const input = {
    title: '示例',
    year: 2024,
    departments: [
      {
        name: '市示例局',
        initiatives: [
          {
            title: '扩大投资',
            text: '新增3家，投资5亿元，占比20%，新增3家。',
            metrics: [
              { label: 'a', value: 3, unit: '家', quote: '3家' },
              { label: 'b', value: 500_000_000, unit: '元' },
              { label: 'c', value: 20, unit: '%' },
              { label: 'd', value: 1 },
              { label: 'e', value: 1, kind: 'date' },
              { label: 'f', value: 1, unit: '元', currency: 'USD' },
              { label: 'g', value: 1, kind: 'count', unit: '元' },
              { label: 'h', value: 1, polarity: 'lower-is-better' },
              { label: 'i', value: 1, quote: '不存在' },
              { label: 'j', value: 3, quote: '3家', start: 2 },
            ],
            honors: [
              { label: 'h1', printed: '居全省第1' },
              { label: 'h2', printed: '优秀' },
              { label: 'h3', printed: '全国首个', kind: 'only' },
              { label: 'h4', printed: '全省唯一', id: 'own.id', scope: 'city' },
            ],
          },
        ],
      },
      { name: '第二局', id: 'second', initiatives: [{ title: 't' }, { title: 'u', id: 'own' }] },
    ],
  } as ReportInput;

  it('ids, kinds, units, currencies, polarities and quotes', () => {
    assert.deepEqual(normalizeReport(input), {
      schemaVersion: '1.1',
      id: 'report',
      title: '示例',
      year: 2024,
      period: '全年',
      terms: defaultTerms,
      groups: [],
      departments: [
        {
          name: '市示例局',
          id: 'd1',
          initiatives: [
            {
              title: '扩大投资',
              text: '新增3家，投资5亿元，占比20%，新增3家。',
              id: 'd1.i1',
              metrics: [
                { label: 'a', value: 3, unit: '家', quote: '3家', id: 'd1.i1.m1', kind: 'count', polarity: 'higher-is-better', start: 2, end: 4 },
                { label: 'b', value: 500_000_000, unit: '元', id: 'd1.i1.m2', kind: 'money', currency: 'CNY', polarity: 'higher-is-better' },
                { label: 'c', value: 20, unit: '%', id: 'd1.i1.m3', kind: 'percent', polarity: 'higher-is-better' },
                { label: 'd', value: 1, id: 'd1.i1.m4', kind: 'count', unit: '', polarity: 'higher-is-better' },
                { label: 'e', value: 1, kind: 'date', id: 'd1.i1.m5', unit: '', polarity: 'neutral' },
                { label: 'f', value: 1, unit: '元', currency: 'USD', id: 'd1.i1.m6', kind: 'money', polarity: 'higher-is-better' },
                { label: 'g', value: 1, kind: 'count', unit: '元', id: 'd1.i1.m7', polarity: 'higher-is-better' },
                { label: 'h', value: 1, polarity: 'lower-is-better', id: 'd1.i1.m8', kind: 'count', unit: '' },
                { label: 'i', value: 1, quote: '不存在', id: 'd1.i1.m9', kind: 'count', unit: '', polarity: 'higher-is-better' },
                { label: 'j', value: 3, quote: '3家', start: 2, id: 'd1.i1.m10', kind: 'count', unit: '', polarity: 'higher-is-better' },
              ],
              honors: [
                { kind: 'position', scope: 'province', scopeText: '全省', position: 1, label: 'h1', printed: '居全省第1', id: 'd1.i1.h1' },
                { label: 'h2', printed: '优秀', id: 'd1.i1.h2' },
                { label: 'h3', printed: '全国首个', kind: 'only', id: 'd1.i1.h3' },
                { kind: 'only', scope: 'city', scopeText: '全省', label: 'h4', printed: '全省唯一', id: 'own.id' },
              ],
            },
          ],
        },
        {
          name: '第二局',
          id: 'second',
          initiatives: [
            { title: 't', id: 'second.i1', metrics: [], honors: [] },
            { title: 'u', id: 'own', metrics: [], honors: [] },
          ],
        },
      ],
    });
  });

  it('keeps what is given: schema version 1.0, id, period, groups; drops $schema', () => {
    const normalized = normalizeReport({
      $schema: './report.schema.json',
      schemaVersion: '1.0',
      id: 'x',
      period: '1-11月',
      title: 't',
      year: 2024,
      groups: [{ id: 'g', name: 'G' }],
      departments: [],
    });
    assert.deepEqual(normalized, {
      schemaVersion: '1.0',
      id: 'x',
      title: 't',
      year: 2024,
      period: '1-11月',
      terms: defaultTerms,
      groups: [{ id: 'g', name: 'G' }],
      departments: [],
    });
    assert.equal('$schema' in normalized, false);
  });

  it('completes terms from their Chinese', () => {
    const { terms } = normalizeReport({
      title: 't',
      year: 2024,
      departments: [],
      terms: { department: { zh: '区县' }, group: { zh: '县' }, initiative: { zh: '亮点' } },
    });
    assert.deepEqual(terms, {
      group: { zh: '县', en: 'county', enPlural: 'counties' },
      department: { zh: '区县', en: 'district', enPlural: 'districts' },
      initiative: { zh: '亮点', en: '亮点', enPlural: '亮点' },
    });
    const given = normalizeReport({ title: 't', year: 2024, departments: [], terms: { department: { zh: '区县', en: 'borough', enPlural: 'boroughz' } } }).terms;
    assert.deepEqual(given, { ...defaultTerms, department: { zh: '区县', en: 'borough', enPlural: 'boroughz' } });
    assert.deepEqual(defaultTerms, {
      group: { zh: '类别', en: 'group', enPlural: 'groups' },
      department: { zh: '部门', en: 'department', enPlural: 'departments' },
      initiative: { zh: '举措', en: 'initiative', enPlural: 'initiatives' },
    });
  });

  it('completeTerm and englishPlural', () => {
    assert.equal(completeTerm(undefined, defaultTerms.group), defaultTerms.group);
    assert.deepEqual(completeTerm({ zh: '乡镇' }, defaultTerms.group), { zh: '乡镇', en: 'township', enPlural: 'townships' });
    assert.deepEqual(completeTerm({ zh: '片区', enPlural: '片区们' }, defaultTerms.group), { zh: '片区', en: '片区', enPlural: '片区们' });
    assert.deepEqual(completeTerm({ zh: '街道', en: 'box' }, defaultTerms.group), { zh: '街道', en: 'box', enPlural: 'boxes' });
    const plurals: [string, string][] = [
      ['county', 'counties'], ['day', 'days'], ['box', 'boxes'], ['bus', 'buses'], ['church', 'churches'],
      ['dish', 'dishes'], ['quiz', 'quizes'], ['district', 'districts'], ['KEY', 'KEYs'], ['CITY', 'CITies'],
    ];
    for (const [word, plural] of plurals) assert.equal(englishPlural(word), plural, word);
  });

  it('parseReport returns the normalized report', () => {
    const report = accepted({ title: 't', year: 2024, departments: [{ name: 'a', initiatives: [{ title: 'x', metrics: [{ label: 'm', value: 218, unit: '家' }] }] }] });
    assert.deepEqual(report.departments[0]!.initiatives[0]!.metrics[0], {
      label: 'm',
      value: 218,
      unit: '家',
      id: 'd1.i1.m1',
      kind: 'count',
      polarity: 'higher-is-better',
    });
    assert.equal(report.schemaVersion, '1.1');
    assert.equal(accepted(minimalReport()).schemaVersion, '1.0');
  });

  it('places a quote without offsets at its first occurrence', () => {
    const report = broken((r) => {
      const metric = r.departments[0].initiatives[0].metrics[0];
      delete metric.start;
      delete metric.end;
    });
    const metric = accepted(report).departments[0]!.initiatives[0]!.metrics[0]!;
    assert.deepEqual([metric.start, metric.end], [6, 13]);
  });

  it('an honor given only as printed words takes its rank from them', () => {
    const report = broken((r) => {
      r.departments[0].initiatives[0].honors[0] = { label: '完成投资', printed: '居全省第1', quote: '居全省第1' };
      delete r.departments[0].initiatives[0].metrics[0].honor;
    });
    assert.deepEqual(accepted(report).departments[0]!.initiatives[0]!.honors[0], {
      kind: 'position',
      scope: 'province',
      scopeText: '全省',
      position: 1,
      label: '完成投资',
      printed: '居全省第1',
      quote: '居全省第1',
      id: 'dept.invest.h1',
      start: 14,
      end: 19,
    });
  });

  it('normalizeInitiative uses its fallback id only when the initiative has none', () => {
    assert.deepEqual(normalizeInitiative({ title: 't', metrics: [{ label: 'm', value: 1 }] }, 'x.i9'), {
      title: 't',
      id: 'x.i9',
      metrics: [{ label: 'm', value: 1, id: 'x.i9.m1', kind: 'count', unit: '', polarity: 'higher-is-better' }],
      honors: [],
    });
    assert.equal(normalizeInitiative({ title: 't', id: 'own' }, 'x.i9').id, 'own');
  });
});

describe('parseReport: input it rejects or accepts', () => {
  it('accepts $schema', () => {
    const report = accepted(broken((r) => (r.$schema = 'https://example.org/report.schema.json')));
    assert.equal('$schema' in report, false);
  });

  it('rejects unknown fields with their names', () => {
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r, { foo: 1 }))), ['unknown field "foo"']);
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r, { foo: 1, bar: 2 }))), ['unknown fields "foo", "bar"']);
    assert.deepEqual(problemsOf(broken((r) => Object.assign(r.groups[0], { colour: 'red' }))), ['groups[0]: unknown field "colour"']);
  });

  it('caps the problems at 100', () => {
    const withBadValues = (count: number) =>
      broken((r) => {
        const initiative = r.departments[0].initiatives[0];
        const metric = initiative.metrics[0];
        initiative.metrics = Array.from({ length: count }, (_, i) => ({ ...metric, id: `dept.invest.m${i}`, value: 'bad' }));
      });
    const hundred = problemsOf(withBadValues(100));
    assert.equal(hundred.length, 100);
    assert.equal(hundred.at(-1), 'departments[0].initiatives[0].metrics[99].value: expected a number, received "bad"');
    const more = problemsOf(withBadValues(103));
    assert.equal(more.length, 101);
    assert.equal(more[99], 'departments[0].initiatives[0].metrics[99].value: expected a number, received "bad"');
    assert.equal(more[100], '… and 3 more problems');
  });

  it('caps the cross-check problems at 100 too', () => {
    const report = broken((r) => {
      r.groups = Array.from({ length: 102 }, () => ({ id: 'economy', name: '经济' }));
    });
    const problems = problemsOf(report);
    assert.equal(problems.length, 101);
    assert.equal(problems[0], 'groups[1].id: duplicate id "economy", first used at groups[0]');
    assert.equal(problems[100], '… and 1 more problem');
  });

  it('gives the line and column of invalid JSON', () => {
    assert.deepEqual(problemsOf('{\n  "id": "demo",\n  "title": }'), ['invalid JSON at line 3, column 12: expected a value, found "}"']);
    assert.deepEqual(problemsOf('{"a": 1,}'), ['invalid JSON at line 1, column 9: expected a property name in double quotes, found "}"']);
    assert.deepEqual(problemsOf(''), ['invalid JSON at line 1, column 1: expected a value, found the end of the text']);
  });

  it('a throwing getter gives a problem, not an exception', () => {
    const throwing = Object.defineProperty({}, 'title', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    assert.deepEqual(problemsOf(throwing), ['could not read the report: boom']);
    const throwsText = Object.defineProperty({}, 'title', {
      get: () => {
        throw 'plain text';
      },
      enumerable: true,
    });
    assert.deepEqual(problemsOf(throwsText), ['could not read the report: plain text']);
  });

  it('says what it received for input that is not a report', () => {
    assert.deepEqual(problemsOf(null), ['expected an object, received null']);
    assert.deepEqual(problemsOf(undefined), ['required: expected an object, but it is missing']);
    assert.deepEqual(problemsOf('null'), ['expected an object, received null']);
    assert.deepEqual(problemsOf(5), ['expected an object, received 5']);
    assert.deepEqual(problemsOf([]), ['expected an object, received an array of 0']);
  });

  it('parseReport answers the problem as path, detail and message', () => {
    const result = parseReport(broken((r) => (r.departments[0].group = 'culture')));
    assert.deepEqual(result, {
      ok: false,
      problems: [
        {
          path: 'departments[0].group',
          detail: 'unknown group "culture"; report.groups has "economy"',
          message: 'departments[0].group: unknown group "culture"; report.groups has "economy"',
        },
      ],
    });
  });
});

describe('JSON syntax', () => {
  it('parseJsonText', () => {
    assert.deepEqual(parseJsonText('[1]'), { ok: true, value: [1] });
    assert.deepEqual(parseJsonText('[1,]'), {
      ok: false,
      problems: [problem('', 'invalid JSON at line 1, column 4: expected a value, found "]"')],
    });
  });

  it('findJsonSyntaxError finds the place and the reason', () => {
    const cases: [string, [number, number, number, string] | undefined][] = [
      ['{"a":1}', undefined],
      ['[true, false, null, -1.5e3, "\\u00e9\\n", {}, []]', undefined],
      ['  {"a" : [ 1 , 2 ] }  ', undefined],
      ['{"a":1} x', [8, 1, 9, 'unexpected "x" after the end of the JSON value']],
      ['{"a":tru}', [5, 1, 6, 'unexpected "t"']],
      ['{"a":"\\x"}', [6, 1, 7, 'bad escape in a string']],
      ['{"a":"\\u12G4"}', [6, 1, 7, 'bad \\u escape in a string']],
      ['{"a":"abc', [9, 1, 10, 'unterminated string']],
      ['{"a" 1}', [5, 1, 6, 'expected ":" after a property name, found "1"']],
      ['{"a":1 "b":2}', [7, 1, 8, 'expected "," or "}" in an object, found "\\""']],
      ['[1 2]', [3, 1, 4, 'expected "," or "]" in an array, found "2"']],
      ['{"a":"x\ny"}', [7, 1, 8, 'unescaped control character in a string']],
      ['-', [0, 1, 1, 'unexpected "-"']],
      ['[01]', [2, 1, 3, 'expected "," or "]" in an array, found "1"']],
      ['{\n  "a": 1,\n  "b": ?\n}', [19, 3, 8, 'expected a value, found "?"']],
      ['{\n  "a": [1, 2\n', [15, 3, 1, 'expected "," or "]" in an array, found the end of the text']],
    ];
    for (const [text, expected] of cases) {
      const found = findJsonSyntaxError(text);
      assert.deepEqual(found, expected && { offset: expected[0], line: expected[1], column: expected[2], reason: expected[3] }, text);
    }
  });

  it('deeply nested broken JSON is a problem, not an exception', () => {
    // The scanner guards its depth at 10,000 ("nested too deeply"); parsing must still answer.
    const text = '['.repeat(12_000);
    let result: ReturnType<typeof parseJsonText> | undefined;
    assert.doesNotThrow(() => {
      result = parseJsonText(text);
    });
    assert.equal(result?.ok, false);
    if (result && !result.ok) assert.match(result.problems[0]!.message, /^invalid JSON at line 1, column \d+: /);
  });
});

describe('problems', () => {
  it('problem joins path and detail', () => {
    assert.deepEqual(problem('a.b', 'bad'), { path: 'a.b', detail: 'bad', message: 'a.b: bad' });
    assert.deepEqual(problem('', 'bad'), { path: '', detail: 'bad', message: 'bad' });
  });

  it('formatPath', () => {
    assert.equal(formatPath([]), '');
    assert.equal(formatPath(['departments', 3, 'initiatives', 2, 'metrics']), 'departments[3].initiatives[2].metrics');
    assert.equal(formatPath([0, 'a']), '[0].a');
    assert.equal(formatPath(['a', 'b']), 'a.b');
    assert.equal(formatPath(['a']), 'a');
    assert.equal(formatPath([Symbol.for('s'), 'x']), 'Symbol(s).x');
  });

  it('describeValue for every type', () => {
    assert.equal(describeValue(undefined), 'nothing');
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue('abc'), '"abc"');
    assert.equal(describeValue('x'.repeat(60)), `"${'x'.repeat(60)}"`);
    assert.equal(describeValue('x'.repeat(61)), `"${'x'.repeat(60)}…"`);
    assert.equal(describeValue('a"b'), '"a\\"b"');
    assert.equal(describeValue(Number.NaN), 'NaN');
    assert.equal(describeValue(1.5), '1.5');
    assert.equal(describeValue(Number.POSITIVE_INFINITY), 'Infinity');
    assert.equal(describeValue(10n), '10n');
    assert.equal(describeValue(true), 'true');
    assert.equal(describeValue(false), 'false');
    assert.equal(describeValue([1, 2]), 'an array of 2');
    assert.equal(describeValue({}), 'an object');
    assert.equal(describeValue(() => 1), 'a function');
    assert.equal(describeValue(Symbol('s')), 'a symbol');
  });

  it('problemFromIssue for each issue reachable through reportSchema', () => {
    const base = { title: 't', year: 2024, departments: [] };
    assert.deepEqual(schemaProblems({ year: 2024, departments: [] }), ['title: required: expected text, but it is missing']);
    assert.deepEqual(schemaProblems({ ...base, year: '2024' }), ['year: expected a number, received "2024"']);
    assert.deepEqual(schemaProblems({ ...base, year: 2024.5 }), ['year: expected an integer, received 2024.5']);
    assert.deepEqual(schemaProblems({ ...base, year: Number.NaN }), ['year: expected a finite number, received NaN']);
    assert.deepEqual(schemaProblems({ ...base, departments: {} }), ['departments: expected an array, received an object']);
    assert.deepEqual(schemaProblems({ ...base, terms: { department: { zh: '区县', en: 5 } } }), ['terms.department.en: expected text, received 5']);
    assert.deepEqual(schemaProblems({ ...base, source: { title: true } }), ['source.title: expected text, received true']);
    assert.deepEqual(schemaProblems({ ...base, schemaVersion: '2.0' }), ['schemaVersion: expected one of "1.0", "1.1", received "2.0"']);
    assert.deepEqual(schemaProblems({ ...base, foo: 1 }), ['unknown field "foo"']);
    assert.deepEqual(schemaProblems({ ...base, groups: [{ id: 'a', name: 'A', x: 1, y: 2 }] }), ['groups[0]: unknown fields "x", "y"']);
    assert.deepEqual(schemaProblems({ ...base, id: 'Bad Id' }), [
      'id: expected a slug id such as "jiaotong.port" (lower-case letters, digits, "-" and "."), received "Bad Id"',
    ]);
    assert.deepEqual(schemaProblems({ ...base, title: '' }), ['title: expected non-empty text, received ""']);
    assert.deepEqual(schemaProblems({ ...base, year: 1948 }), ['year: Invalid input, received 1948']);
    assert.deepEqual(schemaProblems({ ...base, year: 2101 }), ['year: Invalid input, received 2101']);
    const metric = (fields: Record<string, unknown>) => ({ ...base, departments: [{ name: 'a', initiatives: [{ title: 't', metrics: [{ label: 'm', value: 1, ...fields }] }] }] });
    assert.deepEqual(schemaProblems(metric({ value: 10n })), ['departments[0].initiatives[0].metrics[0].value: expected a number, received 10n']);
    assert.deepEqual(schemaProblems(metric({ value: Number.POSITIVE_INFINITY })), [
      'departments[0].initiatives[0].metrics[0].value: expected a finite number, received Infinity',
    ]);
    assert.deepEqual(schemaProblems(metric({ polarity: 'up' })), [
      'departments[0].initiatives[0].metrics[0].polarity: expected one of "higher-is-better", "lower-is-better", "neutral", received "up"',
    ]);
    assert.deepEqual(schemaProblems(metric({ start: 1.5 })), ['departments[0].initiatives[0].metrics[0].start: expected an integer, received 1.5']);
  });

  it('problemFromIssue for a missing enum, a union and other issues', () => {
    const parsed = figureSchema.safeParse({ label: 'x', value: 1, unit: '', polarity: 'neutral' }, { reportInput: true });
    assert.equal(parsed.success, false);
    if (!parsed.success) {
      assert.deepEqual(parsed.error.issues.map((issue) => problemFromIssue(issue).message), [
        'kind: required: expected one of "count", "measure", "money", "percent", "permille", "change", "completion", "share", "ratio", "date", "duration", but it is missing',
      ]);
    }
    type Issue = Parameters<typeof problemFromIssue>[0];
    assert.deepEqual(problemFromIssue({ code: 'invalid_union', path: ['a', 0], input: 5, errors: [], message: 'x' } as unknown as Issue), {
      path: 'a[0]',
      detail: 'does not match any allowed shape, received 5',
      message: 'a[0]: does not match any allowed shape, received 5',
    });
    assert.deepEqual(problemFromIssue({ code: 'custom', path: [], message: 'went wrong' } as unknown as Issue), problem('', 'went wrong'));
    assert.deepEqual(problemFromIssue({ code: 'custom', path: ['x'], input: 'a', message: 'went wrong' } as unknown as Issue), problem('x', 'went wrong, received "a"'));
    assert.deepEqual(
      problemFromIssue({ code: 'invalid_type', expected: 'bigint', path: ['x'], input: 'a', message: 'x' } as unknown as Issue),
      problem('x', 'expected bigint, received "a"'),
    );
    assert.deepEqual(
      problemFromIssue({ code: 'invalid_type', expected: 'boolean', path: ['x'], message: 'x' } as unknown as Issue),
      problem('x', 'required: expected true or false, but it is missing'),
    );
    assert.deepEqual(
      problemFromIssue({ code: 'invalid_type', expected: 'string', path: ['x'], input: 5, message: 'x' } as unknown as Issue),
      problem('x', 'expected text, received 5'),
    );
  });

  it('prefixProblem', () => {
    assert.deepEqual(prefixProblem('metric', problem('', 'bad')), problem('metric', 'bad'));
    assert.deepEqual(prefixProblem('metrics', problem('[0].value', 'bad')), problem('metrics[0].value', 'bad'));
    assert.deepEqual(prefixProblem('metric', problem('a.b', 'bad')), problem('metric.a.b', 'bad'));
    assert.equal(prefixProblem('metric', problem('a.b', 'bad')).message, 'metric.a.b: bad');
  });
});

describe('offsets', () => {
  it('nearestOccurrence picks the nearest, the earlier on a tie', () => {
    assert.deepEqual(nearestOccurrence('ab ab ab', 'ab', 4), { start: 3, end: 5 });
    assert.deepEqual(nearestOccurrence('ab ab ab', 'ab', 7), { start: 6, end: 8 });
    assert.deepEqual(nearestOccurrence('ab ab ab', 'ab', 0), { start: 0, end: 2 });
    assert.deepEqual(nearestOccurrence('abXXab', 'ab', 2), { start: 0, end: 2 });
    assert.deepEqual(nearestOccurrence('abXXab', 'ab', 3), { start: 4, end: 6 });
    assert.deepEqual(nearestOccurrence('aaa', 'aa', 2), { start: 1, end: 3 });
    assert.equal(nearestOccurrence('abcd', 'z', 0), undefined);
  });

  it('fixOffsets moves only misplaced spans, and counts them', () => {
    const report = minimalReport() as unknown as Record<string, unknown>;
    const initiative = (report as unknown as ReportFile).departments[0]!.initiatives[0]!;
    initiative.metrics[0]!.start = 0;
    initiative.metrics[0]!.end = 7;
    assert.equal(fixOffsets(report), 1);
    assert.deepEqual([initiative.metrics[0]!.start, initiative.metrics[0]!.end], [6, 13]);
    assert.deepEqual([initiative.honors[0]!.start, initiative.honors[0]!.end], [14, 19]);
    assert.equal(fixOffsets(report), 0);
    assert.equal(parseReport(report).ok, true);
  });

  it('fixOffsets moves every misplaced span, metrics and honors', () => {
    const report = minimalReport();
    const initiative = report.departments[0]!.initiatives[0]!;
    initiative.text = '居全省第1，全年完成投资109.1亿元，居全省第1。';
    assert.equal(fixOffsets(report), 2);
    assert.deepEqual([initiative.metrics[0]!.start, initiative.metrics[0]!.end], [12, 19]);
    // The honor moves to the occurrence nearest its old start (14), not the first one.
    assert.deepEqual([initiative.honors[0]!.start, initiative.honors[0]!.end], [20, 25]);
  });

  it('fixOffsets leaves a quote that is absent, and what it cannot read', () => {
    const report = minimalReport();
    const initiative = report.departments[0]!.initiatives[0]!;
    initiative.metrics[0]!.quote = '999亿元';
    assert.equal(fixOffsets(report), 0);
    assert.deepEqual([initiative.metrics[0]!.start, initiative.metrics[0]!.end], [6, 13]);
    for (const input of [null, undefined, 42, 'text', [], [minimalReport()], { departments: 'x' }, { departments: [null, { initiatives: [null, { text: 5 }] }] }]) {
      assert.equal(fixOffsets(input), 0);
    }
    // An array is not a department, even with an initiatives property.
    const arrayDepartment = Object.assign([], { initiatives: [{ text: 'abcab', metrics: [{ quote: 'ab', start: 2, end: 4 }] }] });
    assert.equal(fixOffsets({ departments: [arrayDepartment] }), 0);
    assert.deepEqual(arrayDepartment.initiatives[0]!.metrics[0], { quote: 'ab', start: 2, end: 4 });
    // A span without numeric offsets, and an item that is not an object, are skipped.
    const loose = { departments: [{ initiatives: [{ text: 'abcab', metrics: [{ quote: 'ab', start: '3', end: 5 }, 7, null], honors: [{ quote: 'ab', start: 2, end: 4 }] }] }] };
    assert.equal(fixOffsets(loose), 1);
    assert.deepEqual(loose.departments[0]!.initiatives[0]!.honors[0], { quote: 'ab', start: 3, end: 5 });
    assert.deepEqual(loose.departments[0]!.initiatives[0]!.metrics[0], { quote: 'ab', start: '3', end: 5 });
  });
});

describe('figureFromFields', () => {
  const ok = (fields: Parameters<typeof figureFromFields>[0]) => {
    const result = figureFromFields(fields);
    assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
    return result.value;
  };
  const problemsFrom = (fields: Parameters<typeof figureFromFields>[0]) => {
    const result = figureFromFields(fields);
    assert.equal(result.ok, false);
    return result.ok ? [] : result.problems;
  };

  it('accepts a number', () => {
    assert.deepEqual(ok({ value: 7.3 }), { kind: 'count', value: 7.3, unit: '', label: '—', polarity: 'higher-is-better' });
    assert.deepEqual(ok({ value: '7.3', unit: '%' }), { kind: 'percent', value: 7.3, unit: '%', label: '—', polarity: 'higher-is-better' });
    assert.deepEqual(ok({ value: 0 }), { kind: 'count', value: 0, unit: '', label: '—', polarity: 'higher-is-better' });
  });

  it('keeps the printed text when it is written the Chinese way', () => {
    assert.deepEqual(ok({ value: '1.50万', unit: '元' }), {
      kind: 'money',
      value: 15000,
      unit: '元',
      magnitude: '万',
      currency: 'CNY',
      printed: '1.50万元',
      label: '—',
      polarity: 'higher-is-better',
    });
    assert.equal(ok({ value: '2600多', unit: '人次' }).printed, '2600多人次');
    assert.equal(ok({ value: '2600多', unit: '人次' }).qualifier, '多');
  });

  it('has no printed text for a plain number', () => {
    assert.deepEqual(ok({ value: 148_000_000, unit: '吨' }), { kind: 'measure', value: 148_000_000, unit: '吨', label: '—', polarity: 'higher-is-better' });
    assert.equal('printed' in ok({ value: '148000000', unit: '吨' }), false);
  });

  it('applies a magnitude in the unit once', () => {
    assert.deepEqual(ok({ value: '1.48', unit: '亿吨' }), {
      kind: 'measure',
      value: 148_000_000,
      unit: '吨',
      magnitude: '亿',
      printed: '1.48亿吨',
      label: '—',
      polarity: 'higher-is-better',
    });
    assert.equal(ok({ value: '4.51万', unit: '人次' }).value, 45100);
  });

  it('keeps a unit the parser does not know', () => {
    assert.deepEqual(ok({ value: '3', unit: '件套' }), { kind: 'count', value: 3, unit: '件套', label: '—', polarity: 'higher-is-better' });
    assert.deepEqual(ok({ value: '3万', unit: 'widgets' }), {
      kind: 'count',
      value: 30000,
      unit: 'widgets',
      magnitude: '万',
      printed: '3万widgets',
      label: '—',
      polarity: 'higher-is-better',
    });
    assert.equal(ok({ value: 1, unit: ' 家 ' }).unit, '家');
  });

  it('a value with its own unit does not take another', () => {
    assert.deepEqual(problemsFrom({ value: '3个', unit: '件套' }), [problem('value', 'expected a number such as 7.3 or 4.51万, received "3个"')]);
  });

  it('trims the label, and writes — when it is empty', () => {
    assert.equal(ok({ label: '  港口 ', value: 1 }).label, '港口');
    assert.equal(ok({ label: '   ', value: 1 }).label, '—');
    assert.equal(ok({ label: null, value: 1 }).label, '—');
  });

  it('kind: an override, or a problem', () => {
    assert.equal(ok({ value: 1, kind: 'money' }).kind, 'money');
    assert.equal(ok({ value: 1, kind: '' }).kind, 'count');
    assert.deepEqual(problemsFrom({ value: 1, kind: 'bogus' }), [
      problem('kind', 'expected one of count, measure, money, percent, permille, change, completion, share, ratio, date, duration, received "bogus"'),
    ]);
  });

  it('period trimmed, and left out when blank', () => {
    assert.equal(ok({ value: 1, period: ' 1-11月 ' }).period, '1-11月');
    assert.equal('period' in ok({ value: 1, period: '  ' }), false);
    assert.equal('period' in ok({ value: 1 }), false);
  });

  it('polarity: given, or a problem', () => {
    assert.equal(ok({ value: 1, polarity: 'neutral' }).polarity, 'neutral');
    assert.equal(ok({ value: 1, polarity: 'lower-is-better' }).polarity, 'lower-is-better');
    assert.deepEqual(problemsFrom({ value: 1, polarity: 'up' }), [
      problem('polarity', 'expected one of higher-is-better, lower-is-better, neutral, received "up"'),
    ]);
  });

  it('value: missing, not finite, not a number', () => {
    const missing = problem('value', 'required: expected a number such as 7.3 or 4.51万, but it is missing');
    assert.deepEqual(problemsFrom({}), [missing]);
    assert.deepEqual(problemsFrom({ value: null }), [missing]);
    assert.deepEqual(problemsFrom({ value: '' }), [missing]);
    assert.deepEqual(problemsFrom({ value: '  ' }), [missing]);
    assert.deepEqual(problemsFrom({ value: Number.NaN }), [problem('value', 'expected a finite number, received NaN')]);
    assert.deepEqual(problemsFrom({ value: Number.POSITIVE_INFINITY }), [problem('value', 'expected a finite number, received Infinity')]);
    assert.deepEqual(problemsFrom({ value: {} as unknown as string }), [problem('value', 'expected a number such as 7.3 or 4.51万, received an object')]);
    assert.deepEqual(problemsFrom({ value: 'abc' }), [problem('value', 'expected a number such as 7.3 or 4.51万, received "abc"')]);
  });

  it('reports every problem at once', () => {
    assert.deepEqual(
      problemsFrom({ value: 'abc', kind: 'bogus', polarity: 'x' }).map((p) => p.path),
      ['value', 'kind', 'polarity'],
    );
  });

  it('rankFromText', () => {
    assert.deepEqual(rankFromText('居全省第1'), {
      ok: true,
      value: { kind: 'position', start: 0, end: 5, quote: '居全省第1', printed: '居全省第1', scope: 'province', scopeText: '全省', position: 1 },
    });
    assert.deepEqual(rankFromText('优秀'), {
      ok: false,
      problems: [problem('text', 'expected an honor such as 居全省第1, 全国首个 or 九连冠, received "优秀"')],
    });
  });
});

describe('summarizeReport', () => {
  it('counts departments, initiatives, metrics and honors', () => {
    assert.deepEqual(summarizeReport(accepted(minimalReport())), { departments: 1, initiatives: 1, metrics: 1, honors: 1 });
    const report = accepted({
      title: 't',
      year: 2024,
      departments: [
        {
          name: 'a',
          initiatives: [
            { title: 'x', metrics: [{ label: 'm', value: 1 }, { label: 'n', value: 2 }], honors: [{ label: 'h', printed: '全省唯一' }] },
            { title: 'y', metrics: [{ label: 'o', value: 3 }, { label: 'p', value: 4 }] },
          ],
        },
        { name: 'b', initiatives: [{ title: 'z', honors: [{ label: 'i', printed: '全国首个' }, { label: 'j', printed: '八连增' }] }] },
        { name: 'c', initiatives: [] },
      ],
    });
    assert.deepEqual(summarizeReport(report), { departments: 3, initiatives: 3, metrics: 4, honors: 3 });
    assert.deepEqual(summarizeReport(accepted({ title: 't', year: 2024, departments: [] })), { departments: 0, initiatives: 0, metrics: 0, honors: 0 });
  });
});
