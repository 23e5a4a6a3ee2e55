import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, it } from 'node:test';

interface PackFile {
  readonly path: string;
}

function packedFiles(workspace: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', workspace], { encoding: 'utf8' });
  const [pack] = JSON.parse(output) as { files: PackFile[] }[];
  return pack!.files.map((file) => file.path);
}

/** Every file an exports map, bin or field names, conditions resolved. */
function namedFiles(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([condition, v]) => condition !== 'source' && collect(v));
  };
  collect(manifest.exports);
  collect(manifest.bin);
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements']) collect(manifest[field]);
  return [...new Set(targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !t.includes('*')))];
}

for (const [workspace, folder] of [['@hz-viz/schema', 'packages/schema'], ['@hz-viz/extract', 'packages/extract'], ['hz-viz', 'packages/hz-viz'], ['@hz-viz/ssr', 'packages/ssr']] as const) {
  describe(`npm pack ${workspace}`, () => {
    const manifest = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8')) as Record<string, unknown>;
    const files = packedFiles(workspace);

    it('holds every file its exports map, bin and fields name', () => {
      for (const target of namedFiles(manifest)) assert.ok(files.includes(target), `${target} is named but not packed`);
    });

    it('holds the build, its sources and the documents; no tests or stories', () => {
      for (const file of files) {
        assert.doesNotMatch(file, /(^|\/)(test|tests|stories|__tests__)\//, file);
        assert.doesNotMatch(file, /\.(test|stories)\.[jt]sx?$/, file);
        const allowed = ['package.json', 'README.md', 'LICENSE', 'report.schema.json', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json'];
        assert.ok(allowed.includes(file) || file.startsWith('dist/') || file.startsWith('src/'), `${file} should not be packed`);
      }
    });

    it('ships the sources its source maps name, so a debugger finds them', () => {
      const maps = files.filter((file) => file.endsWith('.js.map') && !file.includes('/cdn/'));
      assert.ok(maps.length > 0);
      for (const map of maps) {
        const { sources, sourcesContent } = JSON.parse(readFileSync(`${folder}/${map}`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
        sources.forEach((source, i) => {
          const resolved = posix.normalize(posix.join(posix.dirname(map), source));
          assert.ok(files.includes(resolved) || typeof sourcesContent?.[i] === 'string', `${map}: ${source} is neither shipped nor inlined`);
        });
      }
    });

    it('ships type declarations for every JavaScript entry point', () => {
      for (const target of namedFiles(manifest).filter((t) => t.endsWith('.js') && !t.includes('cdn/') && !t.includes('cli/'))) {
        assert.ok(files.includes(target.replace(/\.js$/, '.d.ts')), `${target} has no .d.ts`);
      }
    });
  });
}

describe('the packed schema CLI', () => {
  it('runs from the built package, with its shebang', () => {
    const result = spawnSync(process.execPath, ['packages/schema/dist/cli/validate.js', 'data/huzhou-2024.json'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /valid — 14 departments, 70 initiatives/);
    assert.match(readFileSync('packages/schema/dist/cli/validate.js', 'utf8'), /^#!\/usr\/bin\/env node/);
  });
});

describe('the packed draft CLI', () => {
  it('runs from the built package, with its shebang, on invented sample text', () => {
    const result = spawnSync(process.execPath, ['packages/extract/dist/cli/draft.js', 'test/extract/samples/districts/source.txt'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(JSON.parse(result.stdout).source.note, /示例数据/);
    assert.match(readFileSync('packages/extract/dist/cli/draft.js', 'utf8'), /^#!\/usr\/bin\/env node/);
  });
});

describe('the drop-in bundles', () => {
  const cdn = readFileSync('packages/hz-viz/dist/cdn/hz-viz.min.js', 'utf8');
  const withHuzhou = readFileSync('packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js', 'utf8');
  const lazyNames = readdirSync('packages/hz-viz/dist/cdn/lazy').filter((f) => f.endsWith('.js'));
  const lazy = new Map(lazyNames.map((name) => [name, readFileSync(`packages/hz-viz/dist/cdn/lazy/${name}`, 'utf8')]));
  /** The lazy files a first file names (decision 0013: they sit in lazy/ beside it). */
  const named = (file: string) => [...new Set([...file.matchAll(/lazy\/([\w.-]+\.js)/g)].map((m) => m[1]!))];
  it('are classic scripts with their loader: no import or export statement, no import()', () => {
    for (const file of [cdn, withHuzhou]) {
      assert.doesNotMatch(file, /\bimport\s*\(|\bfrom\s*["']|^import\s|^export\s/m);
      assert.match(file, /^!function\(\w+,\w+\)\{"use strict";/);
      assert.ok(file.includes('hz-viz/define'), 'the chunk loader');
    }
  });
  it('name only lazy files that exist, and every lazy file is one the loader can run', () => {
    for (const file of [cdn, withHuzhou]) for (const name of named(file)) assert.ok(lazy.has(name), `lazy/${name}`);
    for (const [name, code] of lazy) assert.match(code, /^hzVizDefine\(/, name);
  });
  it('keep the Huzhou dataset out of both first files: a lazy file only hz-viz-huzhou.min.js fetches at once', () => {
    assert.ok(!cdn.includes('湖州市2024年度部门工作成效') && !withHuzhou.includes('湖州市2024年度部门工作成效'));
    const datasets = [...lazy].filter(([, code]) => code.includes('湖州市2024年度部门工作成效')).map(([name]) => name);
    assert.equal(datasets.length > 0, true);
    for (const name of datasets) assert.match(name, /^dataset-huzhou-2024-[\w-]+\.js$/);
    // Decision 0017: one build, the same first file but for its last line, which says what to fetch at once.
    const atOnce = (file: string) => JSON.parse(/,(\[[^\]]*\])\);\n\/\/# sourceMappingURL=[\w.-]+\n?$/.exec(file)?.[1] ?? 'null') as string[] | null;
    assert.deepEqual(atOnce(withHuzhou), datasets.map((name) => `lazy/${name}`));
    assert.deepEqual(atOnce(cdn), []);
  });
  it('are production builds of Lit', () => assert.ok(!cdn.includes('Lit is in dev mode') && !withHuzhou.includes('Lit is in dev mode')));
});

describe('the npm modules', () => {
  it('pull the Huzhou data only through hz-viz/datasets/huzhou-2024.js', () => {
    const files = readdirSync('packages/hz-viz/dist', { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('cdn'));
    const importers = files.filter((f) => /(from|import)\s*\(?\s*["'][./]*data\/huzhou-2024\.js["']/.test(readFileSync(`packages/hz-viz/dist/${f}`, 'utf8')));
    assert.deepEqual(importers, ['datasets/huzhou-2024.js']);
  });
});

describe('custom-elements.json', () => {
  it('is committed as the build generates it (npm run build)', () => {
    const committed = spawnSync('git', ['show', 'HEAD:packages/hz-viz/custom-elements.json'], { encoding: 'utf8' });
    if (committed.status !== 0) return; // not committed yet: the first commit adds it
    assert.equal(readFileSync('packages/hz-viz/custom-elements.json', 'utf8'), committed.stdout);
  });
  it('documents every element with its tag, attributes, events and parts', () => {
    const manifest = JSON.parse(readFileSync('packages/hz-viz/custom-elements.json', 'utf8'));
    const elements = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
    assert.deepEqual(elements.map((e: { tagName: string }) => e.tagName).sort(), ['hz-achievement-card', 'hz-bar-list', 'hz-department-treemap', 'hz-metric-bar', 'hz-metric-card', 'hz-metric-grid', 'hz-rank-badge', 'hz-report']);
    for (const element of elements) {
      assert.ok(element.attributes?.length > 0, `${element.tagName} attributes`);
      assert.ok(element.events?.some((e: { name: string }) => e.name === 'hz-error'), `${element.tagName} hz-error`);
      assert.ok(element.cssParts?.length > 0, `${element.tagName} parts`);
    }
  });
});

describe('the packed render CLI', () => {
  it('runs from the built package, with its shebang, and writes nothing for an invalid report', () => {
    const out = 'tmp/packed-render';
    rmSync(out, { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['packages/ssr/dist/cli/render.js', 'data/huzhou-2024.json', '--out', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(`${out}/index.html`, 'utf8'), /^<!doctype html>/);
    assert.match(readFileSync('packages/ssr/dist/cli/render.js', 'utf8'), /^#!\/usr\/bin\/env node/);
    rmSync(out, { recursive: true, force: true });
    const invalid = spawnSync(process.execPath, ['packages/ssr/dist/cli/render.js', 'packages/hz-viz/package.json', '--out', out], { encoding: 'utf8' });
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /nothing written/);
    assert.equal(existsSync(out), false);
  });
});
