import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { minimalReport } from '../fixtures/reports.js';

const cli = fileURLToPath(new URL('../../packages/schema/src/cli/validate.ts', import.meta.url));
const dataset = fileURLToPath(new URL('../../data/huzhou-2024.json', import.meta.url));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hz-viz-validate', () => {
  it('prints a one-line summary of a valid file and exits 0', () => {
    const { code, stdout } = run([dataset]);
    assert.equal(code, 0);
    assert.match(stdout, /^.*huzhou-2024\.json: valid — 14 departments, 70 initiatives, \d+ metrics, \d+ honors\n$/);
  });

  it('reads standard input with -', () => {
    const { code, stdout } = run(['-'], JSON.stringify(minimalReport()));
    assert.equal(code, 0);
    assert.equal(stdout, '<stdin>: valid — 1 department, 1 initiative, 1 metric, 1 honor\n');
  });

  it('prints every problem with its path and exits 1', () => {
    const report = minimalReport();
    (report.departments[0]!.initiatives[0]!.metrics[0] as { value: unknown }).value = '12万';
    const { code, stderr } = run(['-'], JSON.stringify(report));
    assert.equal(code, 1);
    assert.equal(stderr, '<stdin>: 1 problem\n<stdin>: departments[0].initiatives[0].metrics[0].value: expected a number, received "12万"\n');
  });

  it('gives line and column for a JSON syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-viz-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "id": "x",\n  oops\n}');
    const { code, stderr } = run([file]);
    assert.equal(code, 1);
    assert.match(stderr, /broken\.json: invalid JSON at line 3, column 3/);
  });

  it('says when the file cannot be read, and how to call it', () => {
    assert.match(run(['/no/such/file.json']).stderr, /file\.json: cannot read: no such file/);
    const usage = run([]);
    assert.equal(usage.code, 1);
    assert.match(usage.stderr, /^usage: hz-viz-validate \[--fix\] FILE\.\.\. \| -/);
  });

  it('validates several files, and counts in the singular and in the report\'s own words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-viz-'));
    const minimal = join(dir, 'minimal.json');
    writeFileSync(minimal, readFileSync(new URL('../fixtures/minimal-report.json', import.meta.url)));
    const districts = join(dir, 'districts.json');
    writeFileSync(districts, JSON.stringify({ ...JSON.parse(readFileSync(minimal, 'utf8')), terms: { department: { zh: '区县' } } }));
    const { code, stdout } = run([dataset, minimal, districts]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /huzhou-2024\.json: valid — 14 departments, 70 initiatives/);
    assert.match(lines[1]!, /minimal\.json: valid — 1 department, 1 initiative, 1 metric, 0 honors$/);
    assert.match(lines[2]!, /districts\.json: valid — 1 district, 1 initiative, 1 metric, 0 honors$/);
  });

  it('exits 1 when any one file of several is invalid, and still reports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-viz-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"title": "x"}');
    const { code, stdout, stderr } = run([broken, dataset]);
    assert.equal(code, 1);
    assert.match(stderr, /broken\.json: 2 problems/);
    assert.match(stdout, /huzhou-2024\.json: valid/);
  });

  it('accepts $schema, as the docs suggest for editor validation', () => {
    const report = { $schema: '../node_modules/@hz-viz/schema/report.schema.json', ...minimalReport() };
    assert.equal(run(['-'], JSON.stringify(report)).code, 0);
  });

  it('--fix moves a misplaced quote to where it is, rewrites only that, and then validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-viz-'));
    const file = join(dir, 'report.json');
    const report = minimalReport();
    const metric = report.departments[0]!.initiatives[0]!.metrics[0]!;
    metric.start = 5; // the text is 全年完成投资109.1亿元…: the quote really sits at 6–13
    metric.end = 12;
    writeFileSync(file, `${JSON.stringify(report, null, 4)}\n`);
    const before = run([file]);
    assert.equal(before.code, 1);
    assert.match(before.stderr, /"109\.1亿元" is not the text at 5–12, which reads "资109\.1亿"; the quote is at 6–13/);
    const fixed = run(['--fix', file]);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.match(fixed.stdout, /report\.json: fixed the offsets of 1 quote\n.*report\.json: valid/);
    const rewritten = readFileSync(file, 'utf8');
    metric.start = 6;
    metric.end = 13;
    assert.equal(rewritten, `${JSON.stringify(report, null, 4)}\n`, 'only the offsets change; indentation and the final newline are kept');
  });

  it('--fix leaves a quote that is nowhere in the text for a person to fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-viz-'));
    const file = join(dir, 'report.json');
    const report = minimalReport();
    report.departments[0]!.initiatives[0]!.metrics[0]!.quote = '999亿元';
    writeFileSync(file, JSON.stringify(report));
    const result = run(['--fix', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /the quote does not occur in the text/);
    assert.equal(readFileSync(file, 'utf8'), JSON.stringify(report));
  });
});

