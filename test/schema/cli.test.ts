import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
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
    assert.equal(stdout, '<stdin>: valid — 1 departments, 1 initiatives, 1 metrics, 1 honors\n');
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
    assert.match(run(['/no/such/file.json']).stderr, /file\.json: cannot read: ENOENT/);
    const usage = run([]);
    assert.equal(usage.code, 1);
    assert.match(usage.stderr, /^usage: hz-viz-validate FILE\|-/);
  });
});
