/**
 * npm test: every test of the repository, then one closing line `N passed, N failed`.
 *   0. The type check, the build (packages, drop-in bundle, manifest) and the bundled test
 *      fixtures the distribution tests use; each that fails counts as a failure.
 *   1. Node's test runner for pure code, data, CLIs and packaging (test/schema, test/extract,
 *      test/data, test/layout, test/ssr, test/scripts).
 *   2. web-test-runner in headless Chromium for everything that touches the DOM (test/browser,
 *      test/dist).
 *   3. Every Storybook story, built and opened in headless Chromium: it must render something
 *      visible, throw nothing, and pass axe-core (one test per story).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const nodeTestDirs = ['test/schema', 'test/extract', 'test/data', 'test/layout', 'test/ssr', 'test/scripts'];
const countsFile = 'tmp/wtr-counts.json';

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((name) => String(name).endsWith('.test.ts'))
    .map((name) => join(dir, String(name)))
    .sort();
}

/** Runs a command, echoing its output, and resolves with the output and exit code. */
function run(command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => {
      // How long each step took, so a suite creeping towards CI's time limit shows where.
      console.log(`[npm test] ${[command, ...args].join(' ').slice(0, 80)}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      resolve({ output, code: code ?? 1 });
    });
  });
}

/**
 * The failed tests of a TAP stream, each as `file > suite > test`. Node's TAP nests a subtest's
 * lines above its parent's line, four spaces deeper; a parent fails with its child, so only the
 * innermost failures are named.
 */
function failedTapTests(output) {
  const names = [];
  const stack = [];
  for (const line of output.split('\n')) {
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) {
      const depth = subtest[1].length / 4;
      stack.length = depth;
      stack[depth] = subtest[2];
      continue;
    }
    const result = /^( *)not ok \d+ - (.*?)(?: # .*)?$/.exec(line);
    if (!result) continue;
    const depth = result[1].length / 4;
    const name = [...stack.slice(0, depth), result[2]].join(' > ');
    if (!names.some((known) => known.startsWith(`${name} > `))) names.push(name);
  }
  return names;
}

let passed = 0;
let failed = 0;
/** What failed, named again just above the closing line: CI keeps only the tail of the output. */
const failures = [];
/** One failure the counts of a step do not hold (a step that broke, or never reported). */
const fail = (what) => {
  failed++;
  failures.push(what);
};

for (const [command, args] of [
  ['npm', ['run', 'typecheck', '--silent']],
  ['npm', ['run', 'build', '--silent']],
  [process.execPath, ['scripts/test/build-fixtures.mjs']],
]) {
  const { code } = await run(command, args);
  if (code !== 0) {
    console.error(`${command} ${args.join(' ')} failed with exit code ${code}`);
    fail(`${command} ${args.join(' ')}: exit code ${code}`);
  }
}

const nodeFiles = nodeTestDirs.flatMap(testFiles);
if (nodeFiles.length > 0) {
  // Two files at a time (Node's default is one fewer than the cores: one, here): many of them
  // wait on a child process or Chromium, and each writes only under its own tmp/ folder.
  const { output, code } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=tap', ...nodeFiles]);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  failures.push(...failedTapTests(output));
  if (code !== 0 && count('fail') + count('cancelled') === 0) fail(`node --test: exit code ${code}`); // the runner itself broke
}

if (testFiles('test/browser').length + testFiles('test/dist').length > 0) {
  rmSync(countsFile, { force: true });
  const { code } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs']);
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...counts.failures);
    if (code !== 0 && counts.failed === 0) fail(`web-test-runner: exit code ${code}`);
  } else fail('web-test-runner: no report'); // the browser never reported: count it, never hide it
}

const storyCounts = 'tmp/story-counts.json';
rmSync(storyCounts, { force: true });
const storybook = await run('npm', ['run', 'build-storybook', '--silent']);
if (storybook.code !== 0) fail(`build-storybook: exit code ${storybook.code}`);
else {
  const { code } = await run(process.execPath, ['scripts/screenshots/stories.mjs', '--report', storyCounts]);
  if (existsSync(storyCounts)) {
    const counts = JSON.parse(readFileSync(storyCounts, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...counts.failures.map((story) => `story ${story}`));
    if (code !== 0 && counts.failed === 0) fail(`stories: exit code ${code}`);
  } else fail('stories: no report'); // the check stopped before its report (a crash midway): count it, never hide it
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure.slice(0, 300)}`).join('\n')}`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
