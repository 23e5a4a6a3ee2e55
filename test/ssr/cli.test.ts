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
      assert.deepEqual(readdirSync(dir).sort(), ['hz-viz', 'index.html', 'report.json']);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      assert.match(html, /^<!doctype html>/);
      assert.match(html, /<hz-report\s+src="report\.json"/);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
      assert.match(run.err.join(''), /→ .*index\.html/);
      // The page's copy of the drop-in: its first file and every file it loads, as built (no source maps).
      assert.match(html, /<script src="hz-viz\/hz-viz\.min\.js" defer><\/script>/);
      const built = 'packages/hz-viz/dist/cdn';
      assert.equal(readFileSync(join(dir, 'hz-viz/hz-viz.min.js'), 'utf8'), readFileSync(join(built, 'hz-viz.min.js'), 'utf8'));
      const lazy = readdirSync(join(built, 'lazy')).filter((file) => file.endsWith('.js')).sort();
      assert.deepEqual(readdirSync(join(dir, 'hz-viz/lazy')).sort(), lazy);
      assert.ok(lazy.some((file) => file.startsWith('hydrate-')), 'the hydration file is among them');
      // Every element waits for the page to let it hydrate.
      const hosts = html.match(/<hz-[a-z-]+(?=[\s>])[^>]*>/g) ?? [];
      assert.ok(hosts.length > 40);
      assert.deepEqual(hosts.filter((tag) => !/\sdefer-hydration[\s>]/.test(tag)), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('links a hosted drop-in with --script, and writes a page with no script with --static', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-render-'));
    try {
      const hosted = join(dir, 'hosted');
      assert.equal(await runRender(['data/huzhou-2024.json', '--out', hosted, '--script', 'https://cdn.example/hz-viz@0.1.0/hz-viz.min.js?a=1&b="2"'], io().io), 0);
      assert.deepEqual(readdirSync(hosted).sort(), ['index.html', 'report.json']);
      assert.match(readFileSync(join(hosted, 'index.html'), 'utf8'), /<script src="https:\/\/cdn\.example\/hz-viz@0\.1\.0\/hz-viz\.min\.js\?a=1&amp;b=&quot;2&quot;" defer><\/script>/);
      const still = join(dir, 'static');
      assert.equal(await runRender(['data/huzhou-2024.json', '--out', still, '--static'], io().io), 0);
      assert.deepEqual(readdirSync(still).sort(), ['index.html', 'report.json']);
      assert.doesNotMatch(readFileSync(join(still, 'index.html'), 'utf8'), /<script/);
      const both = io();
      assert.equal(await runRender(['data/huzhou-2024.json', '--out', join(dir, 'x'), '--static', '--script', 'a.js'], both.io), 2);
      assert.match(both.err.join(''), /--script and --static/);
      assert.equal(existsSync(join(dir, 'x')), false);
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
