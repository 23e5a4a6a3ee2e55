import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { elements, shadowRootOf, textOf } from '../support/html-tree.js';

/**
 * The integration examples of packages/ssr/examples, built as a user would build them (from the
 * built packages, not the sources): each page holds a metric card and the treemap of the Huzhou
 * report in declarative shadow DOM, drawn, with the card's figure in it.
 */
function checkPage(html: string) {
  const tree = parse(html);
  const card = shadowRootOf(tree, 'hz-metric-card');
  const treemap = shadowRootOf(tree, 'hz-department-treemap');
  assert.ok(card && treemap, 'both elements in declarative shadow DOM');
  assert.match(textOf(card.content), /单位GDP能耗下降率/);
  assert.match(textOf(card.content), /12\.7/);
  const svg = [...elements(treemap.content)].find((el) => el.tagName === 'svg');
  assert.equal(svg?.attrs.find((a) => a.name === 'viewBox')?.value, '0 0 960 480');
  assert.match(textOf(treemap.content), /市自然资源和规划局/);
}

// Plain node, no `source` condition: the examples import the built packages.
const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('the server-rendering examples', () => {
  it('a plain Node script', () => {
    const out = 'tmp/example-figures.html';
    rmSync(out, { force: true });
    const run = node(['packages/ssr/examples/node/render-figures.mjs', out]);
    assert.equal(run.status, 0, run.stderr);
    checkPage(readFileSync(out, 'utf8'));
  });

  it('an Eleventy site', () => {
    const out = 'tmp/example-eleventy';
    rmSync(out, { recursive: true, force: true });
    const run = node(['node_modules/@11ty/eleventy/cmd.cjs', '--config=packages/ssr/examples/eleventy/eleventy.config.mjs', '--input=packages/ssr/examples/eleventy', `--output=${out}`, '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    checkPage(readFileSync(`${out}/index.html`, 'utf8'));
  });
});
