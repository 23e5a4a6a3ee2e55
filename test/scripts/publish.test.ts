import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { before, describe, it } from 'node:test';

/**
 * Each package is ready for `npm publish` (docs/release.md): publint and arethetypeswrong find
 * nothing in what `npm pack` would ship, the dry run passes, and the tarball carries its README,
 * LICENSE and repository. The drop-in scripts are not modules, so attw leaves them out.
 */
const packages = [
  { name: 'hz-viz', dir: 'packages/hz-viz', notModules: ['./cdn/hz-viz.min.js', './cdn/hz-viz-huzhou.min.js'] },
  { name: '@hz-viz/schema', dir: 'packages/schema', notModules: [] },
  { name: '@hz-viz/extract', dir: 'packages/extract', notModules: [] },
  { name: '@hz-viz/ssr', dir: 'packages/ssr', notModules: [] },
];
const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_provenance: 'false' } });
const bin = (name: string) => `${process.cwd()}/node_modules/.bin/${name}`;

// One tarball per package (npm test has built them), linted as published.
const packs = 'tmp/publish-packs';
const tarballs = new Map<string, string>();
before(() => {
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  for (const pkg of packages) {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs, '-w', pkg.name], { encoding: 'utf8' })) as { filename: string }[];
    tarballs.set(pkg.name, `${process.cwd()}/${packs}/${packed!.filename}`);
  }
});

for (const pkg of packages) {
  describe(`${pkg.name} is ready to publish`, () => {
    it('has its README, LICENSE, repository, homepage and keywords', () => {
      const manifest = JSON.parse(readFileSync(`${pkg.dir}/package.json`, 'utf8'));
      for (const file of ['README.md', 'LICENSE']) assert.ok(existsSync(`${pkg.dir}/${file}`), file);
      assert.match(manifest.repository.url, /^git\+https:/);
      assert.equal(manifest.repository.directory, pkg.dir);
      assert.ok(manifest.homepage && manifest.keywords?.length >= 5 && manifest.license === 'MIT');
    });
    it('publint: all good', () => {
      const result = run(bin('publint'), ['--strict', '--pack', 'false'], pkg.dir);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /All good!/);
    });
    it('arethetypeswrong: no problems for ESM consumers', () => {
      const exclude = pkg.notModules.length > 0 ? ['--exclude-entrypoints', ...pkg.notModules] : [];
      const result = run(bin('attw'), [tarballs.get(pkg.name)!, '--profile', 'esm-only', '--format', 'ascii', ...exclude], pkg.dir);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });
    it('npm publish --dry-run passes, with nothing corrected', () => {
      const result = run('npm', ['publish', '--dry-run', '--ignore-scripts'], pkg.dir);
      assert.equal(result.status, 0, result.stderr);
      assert.doesNotMatch(result.stderr, /auto-corrected|invalid/);
      assert.match(result.stderr, /README\.md/);
      assert.match(result.stderr, /LICENSE/);
    });
  });
}

describe('the release command', () => {
  it('plans one version for the four packages, the changelog and the tag, and changes nothing on --dry-run', () => {
    const before = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout;
    const result = spawnSync(process.execPath, ['scripts/release/release.mjs', 'minor', '--dry-run'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const version = JSON.parse(readFileSync('packages/hz-viz/package.json', 'utf8')).version as string;
    const [major, minor] = version.split('.').map(Number);
    assert.match(result.stdout, new RegExp(`^release ${version} → ${major}\\.${minor! + 1}\\.0 `));
    for (const file of ['packages/schema/package.json', 'packages/extract/package.json', 'packages/hz-viz/package.json', 'packages/ssr/package.json', 'packages/hz-viz/src/internal/define.ts', 'CHANGELOG.md']) assert.ok(result.stdout.includes(`writes ${file}`), file);
    assert.equal(spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout, before);
    const refused = (args: string[], reason: RegExp) => {
      const refusal = spawnSync(process.execPath, ['scripts/release/release.mjs', ...args], { encoding: 'utf8' });
      assert.notEqual(refusal.status, 0, args.join(' '));
      assert.match(refusal.stderr, reason);
    };
    refused(['sideways', '--dry-run'], /say patch, minor, major/);
    refused(['0.0.1', '--dry-run'], /is not above/);
    refused(['patch', '--publish'], /two steps/);
    refused(['--publish', '--dry-run'], /is not tagged v/);
  });
});
