import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runRender } from '../../packages/ssr/src/cli/render.js';
import { recordingIo } from '../support/render-io.js';

const io = recordingIo;

describe('hz-viz-render', () => {
  it('writes the page and the report it reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-render-'));
    try {
      const run = io();
      assert.equal(await runRender(['data/huzhou-2024.json', '--out', dir], run.io), 0);
      assert.deepEqual(readdirSync(dir).sort(), ['index.html', 'report.json']);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      assert.match(html, /^<!doctype html>/);
      assert.match(html, /<hz-report\s+src="report\.json"/);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
      assert.match(run.err.join(''), /→ .*index\.html/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at an invalid report: exit 1, every problem with its path, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-render-'));
    const out = join(dir, 'site');
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ title: 1, year: 2024, departments: [] }));
      const run = io();
      assert.equal(await runRender([bad, '--out', out], run.io), 1);
      assert.match(run.err.join(''), /bad\.json: title: expected text, received 1/);
      assert.match(run.err.join(''), /nothing written/);
      assert.deepEqual(run.written, []);
      assert.equal(existsSync(out), false);
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{"title": "x",');
      const again = io();
      assert.equal(await runRender([broken, '--out', out], again.io), 1);
      assert.match(again.err.join(''), /line 1/);
      assert.equal(existsSync(out), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what is missing from the command (exit 2)', async () => {
    for (const argv of [[], ['data/huzhou-2024.json'], ['data/huzhou-2024.json', '--out', 'x', '--lang', 'fr'], ['a.json', 'b.json', '--out', 'x']]) {
      const run = io();
      assert.equal(await runRender(argv, run.io), 2, argv.join(' '));
      assert.match(run.err.join(''), /usage: hz-viz-render/);
      assert.deepEqual(run.written, []);
    }
    const missing = io();
    assert.equal(await runRender(['no-such.json', '--out', 'x'], missing.io), 1);
    assert.match(missing.err.join(''), /cannot read: no such file/);
  });
});
