/**
 * Two steps, one version for the three packages (docs/release.md):
 *
 *   npm run release -- <patch|minor|major|x.y.z> [--dry-run]
 *     bumps hz-viz, @hz-viz/schema, @hz-viz/extract and @hz-viz/ssr, their ranges on each other and the version
 *     the elements carry (packages/hz-viz/src/internal/define.ts); adds a CHANGELOG.md section from
 *     the commit subjects since the last v* tag; commits "Release x.y.z" and tags vx.y.z. The new
 *     version must be above the current one. --dry-run prints what it would do and changes nothing.
 *
 *   npm run release -- --publish [--dry-run]
 *     on the tagged release commit (in CI, with registry rights and an OIDC token for provenance):
 *     checks that HEAD is tagged with the packages' version, builds, and publishes each package
 *     with provenance, skipping any already on the registry, so a failed run can be run again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const dryRun = args.includes('--dry-run');
const publish = args.includes('--publish');
const step = args.find((a) => !a.startsWith('--'));
const packages = ['packages/schema', 'packages/extract', 'packages/hz-viz', 'packages/ssr'];
const names = ['@hz-viz/schema', '@hz-viz/extract', 'hz-viz', '@hz-viz/ssr'];

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

export function nextVersion(current, bump) {
  if (/^\d+\.\d+\.\d+$/.test(bump)) return bump;
  const [major, minor, patch] = current.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return undefined;
}

const current = JSON.parse(readFileSync('packages/hz-viz/package.json', 'utf8')).version;

export function isAbove(next, than) {
  const [a, b] = [next, than].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

if (publish) {
  if (step) fail('bump and publish are two steps: release, push the tag, then publish from the tagged commit');
  const tags = git('tag', '--points-at', 'HEAD').split('\n');
  if (!tags.includes(`v${current}`)) fail(`HEAD is not tagged v${current}: publish from the release commit`);
  for (const dir of packages) {
    const { version } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    if (version !== current) fail(`${dir} is at ${version}, not ${current}`);
  }
  console.log(`publish ${current}: ${names.join(', ')}`);
  if (dryRun) process.exit(0);
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  for (const name of names) {
    const published = spawnSync('npm', ['view', `${name}@${current}`, 'version'], { encoding: 'utf8' }).stdout.trim() === current;
    if (published) console.log(`  ${name}@${current} is already published: skipped`);
    else execFileSync('npm', ['publish', '-w', name, '--provenance', '--access', 'public'], { stdio: 'inherit' });
  }
  process.exit(0);
}

const version = nextVersion(current, step ?? '');
if (!version) fail('say patch, minor, major or a version such as 1.2.3');
if (!isAbove(version, current)) fail(`${version} is not above ${current}`);
if (!dryRun && git('status', '--porcelain') !== '') fail('the working tree has changes: commit or stash them first');

const lastTag = (() => {
  try {
    return execFileSync('git', ['describe', '--tags', '--abbrev=0', '--match', 'v*'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
})();
const subjects = git('log', '--pretty=format:%s', ...(lastTag ? [`${lastTag}..HEAD`] : [])).split('\n').filter(Boolean);
const section = `## ${version} (${new Date().toISOString().slice(0, 10)})\n\n${subjects.map((s) => `- ${s}`).join('\n')}\n`;

const edits = [];
for (const dir of packages) {
  const file = `${dir}/package.json`;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.version = version;
  for (const deps of [pkg.dependencies, pkg.peerDependencies]) for (const name of names) if (deps?.[name]) deps[name] = `^${version}`;
  edits.push([file, `${JSON.stringify(pkg, null, 2)}\n`]);
}
const define = 'packages/hz-viz/src/internal/define.ts';
edits.push([define, readFileSync(define, 'utf8').replace(/hzVizVersion = '[^']+'/, `hzVizVersion = '${version}'`)]);
const changelog = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n';
edits.push(['CHANGELOG.md', changelog.replace(/^# Changelog\n/, `# Changelog\n\n${section}`)]);

console.log(`release ${current} → ${version} (${subjects.length} commits since ${lastTag ?? 'the first commit'})`);
for (const [file] of edits) console.log(`  writes ${file}`);
if (dryRun) {
  console.log(`  commits "Release ${version}", tags v${version}`);
  process.exit(0);
}
for (const [file, text] of edits) writeFileSync(file, text);
execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts'], { stdio: 'inherit' });
git('add', ...edits.map(([file]) => file), 'package-lock.json');
git('commit', '-m', `Release ${version}`);
git('tag', '-a', `v${version}`, '-m', `hz-viz ${version}`);
console.log(`done: git push --follow-tags, then publish from the tagged commit (npm run release -- --publish, docs/release.md)`);
