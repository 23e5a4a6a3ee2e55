import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../packages/schema/src/index.js';
import { minimalReport } from '../fixtures/reports.js';

/** Inputs far larger than a report: seconds each, so kept apart from the mutation suites. */
describe('parseReport on very large input', () => {
  it('handles a 20 MB file: one clear answer, problems capped', () => {
    const report = minimalReport();
    const initiative = report.departments[0]!.initiatives[0]!;
    const metric = initiative.metrics[0]!;
    initiative.metrics = Array.from({ length: 90_000 }, (_, i) => ({ ...metric, id: `dept.invest.m${i}`, value: 'bad' as unknown as number }));
    const text = JSON.stringify(report);
    assert.ok(text.length > 20_000_000, `fixture is ${text.length} characters`);
    const result = parseReport(text);
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems.map((p) => p.message);
    assert.equal(problems.length, 101);
    assert.match(problems.at(-1)!, /^… and 89900 more problems$/);
  });
});
