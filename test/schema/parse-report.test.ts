import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportFile } from '../fixtures/reports.js';
import { parseReport } from '../../packages/schema/src/index.js';
import { minimalReport } from '../fixtures/reports.js';

function problemsOf(input: unknown): string[] {
  const result = parseReport(input);
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.problems.map((p) => p.message);
}

function broken(change: (report: ReportFile) => void): ReportFile {
  const report = minimalReport();
  change(report);
  return report;
}

describe('parseReport', () => {
  it('accepts a valid report, as an object or as JSON text', () => {
    assert.equal(parseReport(minimalReport()).ok, true);
    assert.equal(parseReport(JSON.stringify(minimalReport())).ok, true);
  });

  it('names the path, what it expected and what it received', () => {
    const report = broken((r) => {
      (r.departments[0]!.initiatives[0]!.metrics[0] as { value: unknown }).value = '12万';
    });
    assert.deepEqual(problemsOf(report), ['departments[0].initiatives[0].metrics[0].value: expected a number, received "12万"']);
  });

  it('lists every problem, not just the first', () => {
    const report = broken((r) => {
      (r as { year: unknown }).year = 'last year';
      (r.departments[0] as { name: unknown }).name = 42;
      (r.departments[0]!.initiatives[0]!.honors[0] as { scope: unknown }).scope = 'planet';
    });
    const problems = problemsOf(report);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.includes('year: expected an integer, received "last year"') || problems.some((p) => p.startsWith('year: ')));
    assert.ok(problems.includes('departments[0].name: expected text, received 42'));
    assert.ok(problems.some((p) => p.startsWith('departments[0].initiatives[0].honors[0].scope: expected one of "nation", "province"')));
  });

  it('says a required field is missing', () => {
    const report = broken((r) => {
      delete (r.departments[0] as { name?: string }).name;
    });
    assert.deepEqual(problemsOf(report), ['departments[0].name: required: expected text, but it is missing']);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    const report = broken((r) => Object.assign(r.departments[0]!, { colour: 'red' }));
    assert.deepEqual(problemsOf(report), ['departments[0]: unknown field "colour"']);
  });

  it('rejects NaN and Infinity', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const report = broken((r) => {
        r.departments[0]!.initiatives[0]!.metrics[0]!.value = value;
      });
      assert.match(problemsOf(report)[0]!, /^departments\[0\]\.initiatives\[0\]\.metrics\[0\]\.value: expected a finite number/);
    }
  });

  it('gives the line and column of a JSON syntax error', () => {
    const [message] = problemsOf('{\n  "id": "demo",\n  "title": }');
    assert.match(message!, /^invalid JSON at line 3, column 12/);
  });

  it('finds duplicate ids across the report', () => {
    const report = broken((r) => {
      r.departments[0]!.initiatives[0]!.honors[0]!.id = 'dept.invest.amount';
      r.departments[0]!.initiatives[0]!.metrics[0]!.honor = 'dept.invest.amount';
    });
    assert.deepEqual(problemsOf(report), [
      'departments[0].initiatives[0].honors[0].id: duplicate id "dept.invest.amount", first used at departments[0].initiatives[0].metrics[0]',
    ]);
  });

  it('finds offsets outside the text and quotes that are not at their offsets', () => {
    const outside = broken((r) => {
      r.departments[0]!.initiatives[0]!.metrics[0]!.end = 500;
    });
    assert.match(problemsOf(outside)[0]!, /^departments\[0\]\.initiatives\[0\]\.metrics\[0\]\.end: offsets 6–500 are outside the initiative text/);
    const shifted = broken((r) => {
      r.departments[0]!.initiatives[0]!.metrics[0]!.start = 5;
      r.departments[0]!.initiatives[0]!.metrics[0]!.end = 12;
    });
    assert.deepEqual(problemsOf(shifted), [
      'departments[0].initiatives[0].metrics[0].quote: "109.1亿元" is not the text at 5–12, which reads "资109.1亿"; the quote is at 6–13 (hz-viz-validate --fix corrects it)',
    ]);
  });

  it('finds references that do not resolve', () => {
    const report = broken((r) => {
      r.departments[0]!.group = 'culture';
      r.departments[0]!.initiatives[0]!.metrics[0]!.honor = 'dept.invest.nope';
    });
    const problems = problemsOf(report);
    assert.ok(problems.includes('departments[0].group: unknown group "culture"; report.groups has "economy"'), problems.join('\n'));
    assert.ok(problems.includes('departments[0].initiatives[0].metrics[0].honor: unknown honor "dept.invest.nope"'));
  });

  it('answers any input without throwing', () => {
    const cyclic: Record<string, unknown> = { ...minimalReport() };
    cyclic.departments = [cyclic];
    const throwing = Object.defineProperty({}, 'id', { get: () => { throw new Error('boom'); }, enumerable: true });
    for (const input of [null, undefined, 42, 'null', '', [], {}, cyclic, throwing, Symbol('x'), () => 1]) {
      const result = parseReport(input);
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.problems.length > 0 && result.problems.every((p) => typeof p.message === 'string'));
    }
  });

});
