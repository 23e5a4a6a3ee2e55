/**
 * npm run bench — hz-viz against the bare-d3 floors (SVG, kept and updated in place by id; and
 * canvas), ECharts 6 (SVG and canvas) and plain DOM, in one headless Chromium session:
 * libraries interleaved and rotated run by run, warm-ups first, medians with min–max, ratios
 * from the same run. Writes bench-results.json and docs/benchmarks.md (wording in report.mjs).
 * Not part of npm test.
 *
 * `--render` rewrites the markdown from the last bench-results.json without measuring again.
 * For quick looks while working (written to tmp/bench/, never over the committed files): BENCH_RUNS (measured runs,
 * default 7), BENCH_WARMUPS (2), BENCH_LEAVES (treemap sizes, "100,1000,10000"), BENCH_BIG_RUNS
 * (measured runs at 100,000 leaves, default 3, after 1 warm-up), BENCH_DOM_RUNS (measured runs of the
 * card and bar-list pages, default three times BENCH_RUNS), BENCH_ONLY (sections, e.g.
 * "treemap,memory"; all by default).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { quietChromium, withoutOmniboxPopup } from '../chromium-args.mjs';
import { chromium } from 'playwright-core';
import { sizeReport } from '../size/size-report.mjs';
import { budgets, median, renderMarkdown } from './report.mjs';

if (process.argv.includes('--render')) {
  // Re-render docs/benchmarks.md from bench-results.json (after editing the report's wording).
  const results = JSON.parse(readFileSync('bench-results.json', 'utf8'));
  results.budgets = budgets(results);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('docs/benchmarks.md', renderMarkdown(results));
  process.exit(0);
}

const warmups = Number(process.env.BENCH_WARMUPS ?? 2);
const measured = Number(process.env.BENCH_RUNS ?? 7);
const bigRuns = Number(process.env.BENCH_BIG_RUNS ?? 3);
/**
 * The card and bar-list pages take well under a second a run, and on these shared machines one
 * run of plain DOM alone varies by 1.7× (112–191 ms for the same 50 lists): three times the runs,
 * still interleaved, keep their medians from swinging between sessions on identical code.
 */
const domRuns = Number(process.env.BENCH_DOM_RUNS ?? 3 * measured);
const treemapSizes = (process.env.BENCH_LEAVES ?? '100,1000,10000').split(',').map(Number);
const bigLeaves = 100_000;
const cardCount = 1000;
const barListCount = 50;
const sections = new Set((process.env.BENCH_ONLY ?? 'treemap,big,cards,barLists,memory,load,cold').split(','));
const treemapLibs = ['hz-svg', 'hz-canvas', 'svg-floor', 'canvas-floor', 'echarts-svg', 'echarts-canvas'];
/**
 * The treemap's budgets read hz-viz against the floors, whose 10,000-leaf canvas resize takes about
 * 30 ms a run and whose median moved from 25 to 32 ms between sessions on identical code: those
 * four take three times the measured runs, like the card pages. ECharts' canvas renderer (a budget
 * reference too, where hz-viz sits at a tenth of the 0.2× budget) takes seconds a run and keeps the
 * measured runs; its SVG renderer is a reference only (no budget reads it) and its 10,000-leaf
 * update takes seconds, so it runs in 3. That keeps the whole bench near 12 minutes.
 */
const treemapRuns = 3 * measured;
const referenceRuns = { 'echarts-svg': Math.min(3, measured), 'echarts-canvas': measured };
const bigTreemapLibs = ['hz-canvas', 'canvas-floor', 'echarts-canvas'];
/** Memory: what each chart keeps, at 10k and 100k leaves, and 1,000 cards. */
const memoryScenarios = [
  ...['hz-canvas', 'hz-svg', 'svg-floor', 'canvas-floor', 'echarts-canvas'].map((lib) => ({ kind: 'treemap', lib, leaves: 10_000 })),
  ...['hz-canvas', 'canvas-floor', 'echarts-canvas'].map((lib) => ({ kind: 'treemap', lib, leaves: bigLeaves })),
  ...['hz-grid', 'hz-cards', 'plain-dom'].map((lib) => ({ kind: 'cards', lib, count: cardCount })),
];
const memoryRuns = 3;
const started = Date.now();
/** The machine's 1-minute load average at the start, so a reader can tell a quiet run from a busy one. */
const loadAtStart = loadavg()[0];

if (!existsSync('packages/hz-viz/dist/cdn/hz-viz.min.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/bench/build-bench.mjs'], { stdio: 'inherit' });

const server = await startDevServer({ config: { rootDir: process.cwd(), port: 0, hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...quietChromium, '--js-flags=--expose-gc', withoutOmniboxPopup],
});

/** Every run's time is kept (`samples`, in run order): budgets compare libraries round by round (report.mjs `relative`). */
const summarize = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length, samples: xs.map((x) => Math.round(x * 10) / 10) });

/**
 * Runs `fn(lib)` for every lib, interleaved and rotated so no lib always runs first, collecting
 * each op's times (`fn` returns `{ times, facts }`); `facts` of the last run are kept. A lib in
 * `fewer` (a reference that budgets do not use) takes part in only that many measured runs.
 */
async function interleaved(libs, fn, label, { warm = warmups, runs = measured, fewer = {} } = {}) {
  const samples = Object.fromEntries(libs.map((lib) => [lib, {}]));
  const facts = {};
  for (let run = 0; run < warm + runs; run++) {
    const order = libs.map((_, i) => libs[(i + run) % libs.length]).filter((lib) => run < warm + (fewer[lib] ?? runs));
    for (const lib of order) {
      const result = await fn(lib);
      if (result.facts) facts[lib] = result.facts;
      if (run < warm) continue;
      for (const [op, ms] of Object.entries(result.times)) (samples[lib][op] ??= []).push(ms);
    }
    process.stdout.write(`\r${label}: run ${run + 1}/${warm + runs}   `);
  }
  process.stdout.write('\n');
  const libsSummary = Object.fromEntries(Object.entries(samples).map(([lib, ops]) => [lib, Object.fromEntries(Object.entries(ops).map(([op, xs]) => [op, summarize(xs)]))]));
  return { libs: libsSummary, facts };
}

/** Seconds each section took, so the whole run can be kept under ~12 minutes. */
const sectionSeconds = {};
async function section(name, work) {
  if (!sections.has(name)) return;
  const start = Date.now();
  await work();
  sectionSeconds[name] = Math.round((Date.now() - start) / 1000);
}

const results = { runs: { warmups, measured, treemapRuns, domRuns, referenceRuns: referenceRuns['echarts-svg'], bigRuns, memoryRuns, pagePerSection: true, pairedRatios: true }, sectionSeconds, treemap: {}, bigTreemap: undefined, cards: {}, barLists: undefined, memory: [], coldLoad: undefined, load: [], sizes: {} };
try {
  /**
   * Each section runs in a page of its own, the last one closed: a section's libraries share a
   * page (interleaved), but not the heap an earlier section left. The treemap sections keep their
   * trees for the whole page (about 21 MB of objects up to 100,000 leaves, built once per size),
   * and every major collection during the card and bar-list runs marked them again: a cost that
   * falls on whichever library allocates more, and that no real page of cards carries.
   */
  let page;
  const freshPage = async () => {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${origin}/scripts/bench/page/bench.html`);
    await page.waitForFunction(() => window.benchReady === true);
  };
  const call = (name, ...args) =>
    page.evaluate(
      async ([n, a]) => {
        globalThis.gc?.();
        return window.bench[n](...a);
      },
      [name, args],
    );

  await section('treemap', async () => {
    await freshPage();
    for (const leaves of treemapSizes) {
      const tree = await call('treeFacts', leaves);
      const chartBoxes = await call('calibrate', leaves);
      const { libs, facts } = await interleaved(treemapLibs, (lib) => call('treemapRun', lib, leaves), `treemap ${leaves} leaves`, { runs: treemapRuns, fewer: referenceRuns });
      results.treemap[leaves] = { tree, chartBoxes, libs, drawn: facts };
    }
  });
  await section('big', async () => {
    await freshPage();
    const tree = await call('treeFacts', bigLeaves);
    const chartBoxes = await call('calibrate', bigLeaves);
    const { libs, facts } = await interleaved(bigTreemapLibs, (lib) => call('bigTreemapRun', lib, bigLeaves), `treemap ${bigLeaves} leaves, canvas`, { warm: 1, runs: bigRuns });
    results.bigTreemap = { leaves: bigLeaves, tree, chartBoxes, libs, drawn: facts };
  });
  await section('cards', async () => {
    await freshPage();
    for (const width of ['narrow', 'default']) {
      results.cards[width] = (await interleaved(['hz-grid', 'hz-grid-all', 'hz-cards', 'plain-dom'], (lib) => call('cardsRun', lib, cardCount, width), `${cardCount} metric cards, ${width}`, { runs: domRuns })).libs;
    }
  });
  await section('barLists', async () => {
    await freshPage();
    results.barLists = (await interleaved(['hz-viz', 'plain-dom'], (lib) => call('barListsRun', lib, barListCount), `${barListCount} bar lists × 20 rows`, { runs: domRuns })).libs;
  });
  await section('memory', async () => {
    await freshPage();
    // The heap after a forced full collection (DevTools protocol), before and after the chart is
    // drawn, the chart left on the page; scenarios interleaved and rotated like the timings.
    const cdp = await page.context().newCDPSession(page);
    const settledHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? 0, nodes };
    };
    const samples = memoryScenarios.map(() => []);
    for (let run = 0; run < memoryRuns; run++) {
      for (let k = 0; k < memoryScenarios.length; k++) {
        const index = (k + run) % memoryScenarios.length;
        const scenario = memoryScenarios[index];
        await call('memoryUnmount');
        await call('memoryPrepare', scenario);
        const before = await settledHeap();
        const facts = await call('memoryMount', scenario);
        const after = await settledHeap();
        await call('memoryUnmount');
        samples[index].push({ facts, js: after.js, jsKept: after.js - before.js, embedderKept: after.embedder - before.embedder, nodesKept: after.nodes - before.nodes });
        process.stdout.write(`\rmemory: run ${run + 1}/${memoryRuns}, scenario ${k + 1}/${memoryScenarios.length}   `);
      }
    }
    process.stdout.write('\n');
    results.memory = memoryScenarios.map((scenario, i) => ({
      ...scenario,
      drawnWith: samples[i].at(-1).facts.drawnWith,
      js: summarize(samples[i].map((s) => s.js)),
      jsKept: summarize(samples[i].map((s) => s.jsKept)),
      embedderKept: summarize(samples[i].map((s) => s.embedderKept)),
      nodesKept: summarize(samples[i].map((s) => s.nodesKept)),
    }));
  });
  await section('load', async () => {
    await freshPage();
    for (let run = 0; run < 3; run++) results.load.push(await call('loadRun'));
  });
  await page?.close();

  await section('cold', async () => {
    // Cold loads: a fresh context per run, so nothing is cached.
    results.coldLoad = (
      await interleaved(
        ['hz-viz', 'echarts', 'hz-viz-server'],
        async (lib) => {
          const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
          const tab = await context.newPage();
          const url = { 'hz-viz': '/scripts/bench/page/cold-hz.html', echarts: '/scripts/bench/page/cold-echarts.html', 'hz-viz-server': '/tmp/bench/cold-static.html' }[lib];
          await tab.goto(`${origin}${url}`);
          const ms = await tab.evaluate(() => window.coldDone);
          // Paint entries arrive once the frame is presented, which may be after the probe saw it.
          const fcp = await tab.evaluate(
            () =>
              new Promise((resolve) => {
                new PerformanceObserver((list) => {
                  const entry = list.getEntriesByName('first-contentful-paint')[0];
                  if (entry) resolve(entry.startTime);
                }).observe({ type: 'paint', buffered: true });
                setTimeout(() => resolve(undefined), 3000);
              }),
          );
          await context.close();
          return { times: { paintedTreemap: ms, ...(fcp !== undefined && { firstContentfulPaint: fcp }) } };
        },
        'cold page load',
      )
    ).libs;
  });

  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const sizesStart = Date.now();
  // Lit's share of each entry is in `npm run size`; the bench skips its second bundles.
  results.sizes = { ...(await sizeReport({ litShare: false })), echartsTreemapSvg: gz('tmp/bench/echarts-treemap-svg.js') };
  sectionSeconds.sizes = Math.round((Date.now() - sizesStart) / 1000);
  results.machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    chromium: browser.version(),
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
  };
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  results.versions = { 'hz-viz': version('hz-viz'), lit: version('lit'), echarts: version('echarts'), 'd3-hierarchy': version('d3-hierarchy'), zod: version('zod') };
  results.command = 'npm run bench';
  results.complete = sections.size === 7 && measured === 7 && warmups === 2 && bigRuns === 3 && treemapSizes.join() === '100,1000,10000';
  results.date = new Date().toISOString();
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.budgets = budgets(results);
} finally {
  await browser.close();
  await server.stop();
}

// A partial run (BENCH_* settings) is a quick look: it never overwrites the committed results.
const [jsonPath, markdownPath] = results.complete ? ['bench-results.json', 'docs/benchmarks.md'] : ['tmp/bench/bench-results.json', 'tmp/bench/benchmarks.md'];
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(markdownPath, markdown);
console.log(markdown);
console.log(`Wrote ${jsonPath} and ${markdownPath}.`);
