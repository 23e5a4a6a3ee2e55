import { HOST_FIRST } from './boxes.js';
import { describeTree, makeTree, makeUpdate } from './data.js';
import { echartsTreemap } from './echarts-treemap.js';
import { floorTreemap } from './floor-treemap.js';
import { painted, stage, wait } from './frames.js';
import { drawnSurface, hzTreemap } from './hz-treemap.js';

/** The operations in the order they run; the libraries are named `hz-svg`, `svg-floor`, `echarts-canvas` … */
export const treemapOps = ['first', 'update', 'resizeHost', 'resizeProperty', 'drill'];

/** Trees are built once per size (100,000 leaves take a second or two), outside every timing. */
const trees = new Map();
export function benchTrees(leaves) {
  if (!trees.has(leaves)) {
    const tree = makeTree(leaves, 1);
    const updated = makeUpdate(tree, 2);
    trees.set(leaves, { tree, updated, facts: { tree: describeTree(tree), updated: describeTree(updated) } });
  }
  return trees.get(leaves);
}

/** The chart boxes hz-viz really draws at each step, by tree size (see boxes.js). */
const chartBoxes = new Map();

/**
 * Measures hz-viz's chart box at first paint and after each resize, drawing the tree of this
 * size (100,000 leaves use the 10,000-leaf tree: the same 22 groups, so the same legend and
 * box, for a tenth of the time), and keeps it for the floors and ECharts. Returns the boxes.
 */
export async function calibrate(leaves) {
  if (!chartBoxes.has(leaves)) {
    const ops = setupTreemap('hz-svg', Math.min(leaves, 10_000));
    const box = () => {
      const { width, height } = drawnSurface(ops.element);
      return { width, height };
    };
    await ops.first();
    const first = box();
    await ops.resizeHost();
    const byHost = box();
    await ops.resizeProperty();
    const byProperty = box();
    document.body.replaceChildren();
    chartBoxes.set(leaves, { first, byHost, byProperty });
  }
  return chartBoxes.get(leaves);
}

export function setupTreemap(lib, leaves) {
  const { tree, updated } = benchTrees(leaves);
  const host = stage(HOST_FIRST.width, HOST_FIRST.height);
  const [family, renderer] = lib.split('-');
  if (family === 'hz') return hzTreemap(host, renderer, tree, updated);
  const boxes = chartBoxes.get(leaves);
  if (!boxes) throw new Error(`treemap ${leaves} leaves: calibrate(${leaves}) must run before ${lib} is drawn`);
  if (family === 'echarts') return echartsTreemap(host, renderer, tree, updated, boxes);
  return floorTreemap(host, family, tree, updated, boxes);
}

/** One run of every treemap operation, in order, each to its next painted frame; ms of each. */
export async function treemapRun(lib, leaves) {
  const ops = setupTreemap(lib, leaves);
  await painted();
  const times = {};
  let facts;
  for (const op of treemapOps) {
    const start = performance.now();
    // An operation that already waited for the frame showing its result ends there (see ready()
    // in hz-treemap.js); the others end at the next painted frame.
    if (!(await ops[op]())?.painted) await painted();
    times[op] = performance.now() - start;
    if (op === 'first') facts = ops.facts();
  }
  ops.dispose?.();
  document.body.replaceChildren();
  return { times, facts };
}

/**
 * A very large tree: the first paint, then the longest task (PerformanceObserver 'longtask') in
 * the 2 seconds after it, with nothing else happening — work the chart left for later shows here.
 */
export async function bigTreemapRun(lib, leaves) {
  const ops = setupTreemap(lib, leaves);
  await painted();
  const start = performance.now();
  if (!(await ops.first())?.painted) await painted();
  const paintedAt = performance.now();
  const facts = ops.facts();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().filter((e) => e.startTime >= paintedAt).map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  await wait(2000);
  tasks.push(...observer.takeRecords().filter((e) => e.startTime >= paintedAt).map((e) => e.duration));
  observer.disconnect();
  ops.dispose?.();
  document.body.replaceChildren();
  return { times: { first: paintedAt - start, longestTaskAfter: Math.max(0, ...tasks) }, facts: { ...facts, longTasksAfter: tasks.length } };
}

/** What the trees of a size hold (leaves, parents, groups, depth), for the report. */
export function treeFacts(leaves) {
  return benchTrees(leaves).facts;
}
