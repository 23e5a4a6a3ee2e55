/**
 * npm run bench — hz-viz against ECharts 6 (SVG and canvas) and the bare-d3 floor, and against
 * plain DOM, in one headless Chromium session: interleaved runs, 2 warm-ups and 7 measured runs
 * each, medians with min–max, ratios from the same run. Writes bench-results.json and
 * docs/benchmarks.md. Not part of npm test. `--render` rewrites the markdown from the last
 * bench-results.json without measuring again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { sizeReport } from '../size/size-report.mjs';
import { budgets, renderMarkdown } from './report.mjs';

if (process.argv.includes('--render')) {
  // Re-render docs/benchmarks.md from bench-results.json (after editing the report's wording).
  const results = JSON.parse(readFileSync('bench-results.json', 'utf8'));
  results.budgets = budgets(results);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('docs/benchmarks.md', renderMarkdown(results));
  process.exit(0);
}

const warmups = 2;
const measured = Number(process.env.BENCH_RUNS ?? 7);
const treemapSizes = (process.env.BENCH_LEAVES ?? '100,1000,10000').split(',').map(Number);
const treemapLibs = ['hz-viz', 'd3-floor', 'echarts-svg', 'echarts-canvas'];
const started = Date.now();

if (!existsSync('packages/hz-viz/dist/cdn/hz-viz.min.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/bench/build-bench.mjs'], { stdio: 'inherit' });

const server = await startDevServer({ config: { rootDir: process.cwd(), port: 0, hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--js-flags=--expose-gc'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summarize = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

/** Runs `fn(lib)` for every lib, interleaved and rotated, collecting each op's times. */
async function interleaved(libs, fn, label) {
  const samples = Object.fromEntries(libs.map((lib) => [lib, {}]));
  for (let run = 0; run < warmups + measured; run++) {
    const order = libs.map((_, i) => libs[(i + run) % libs.length]);
    for (const lib of order) {
      const times = await fn(lib);
      if (run < warmups) continue;
      for (const [op, ms] of Object.entries(times)) (samples[lib][op] ??= []).push(ms);
    }
    process.stdout.write(`\r${label}: run ${run + 1}/${warmups + measured}   `);
  }
  process.stdout.write('\n');
  return Object.fromEntries(Object.entries(samples).map(([lib, ops]) => [lib, Object.fromEntries(Object.entries(ops).map(([op, xs]) => [op, summarize(xs)]))]));
}

const results = { treemap: {}, cards: {}, barLists: {}, coldLoad: {}, load: [], sizes: {} };
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/scripts/bench/page/bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const call = (name, ...args) => page.evaluate(async ([n, a]) => {
    globalThis.gc?.();
    return window.bench[n](...a);
  }, [name, args]);

  for (const leaves of treemapSizes) {
    results.treemap[leaves] = await interleaved(treemapLibs, (lib) => call('treemapRun', lib, leaves), `treemap ${leaves} leaves`);
  }
  results.cards = await interleaved(['hz-viz', 'plain-dom'], (lib) => call('cardsRun', lib, 1000), '1,000 metric cards');
  results.barLists = await interleaved(['hz-viz', 'plain-dom'], (lib) => call('barListsRun', lib, 50), '50 bar lists × 20 rows');
  for (let run = 0; run < 3; run++) results.load.push(await call('loadRun'));
  await page.close();

  // Cold loads: a fresh context per run, so nothing is cached.
  results.coldLoad = await interleaved(['hz-viz', 'echarts'], async (lib) => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${origin}/scripts/bench/page/cold-${lib === 'hz-viz' ? 'hz' : 'echarts'}.html`);
    const ms = await tab.evaluate(() => window.coldDone);
    await context.close();
    return { paintedTreemap: ms };
  }, 'cold page load');

  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  results.sizes = { entries: await sizeReport(), echartsTreemapSvg: gz('tmp/bench/echarts-treemap-svg.js') };
  results.machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    chromium: browser.version(),
  };
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  results.versions = { 'hz-viz': version('hz-viz'), lit: version('lit'), echarts: version('echarts'), 'd3-hierarchy': version('d3-hierarchy'), zod: version('zod') };
  results.command = 'npm run bench';
  results.date = new Date().toISOString();
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.budgets = budgets(results);
} finally {
  await browser.close();
  await server.stop();
}

writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync('docs/benchmarks.md', markdown);
console.log(markdown);
