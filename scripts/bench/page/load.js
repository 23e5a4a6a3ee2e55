import { rows } from './bar-lists.js';
import { HOST_BY_HOST, HOST_FIRST } from './boxes.js';
import { cardArgs } from './cards.js';
import { makeTree } from './data.js';
import { painted, until, wait } from './frames.js';
import { drawnSurface } from './hz-treemap.js';

/**
 * A busy page: 2,000 cards, 50 bar lists and a 10,000-leaf treemap (its renderer left to the
 * element). First render, then a reader's interactions — drill in, climb out, 200 card updates,
 * a resize — and the longest task among them.
 */
export async function loadRun() {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  document.body.replaceChildren();
  const start = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < 2000; i++) {
    const el = document.createElement('hz-metric-card');
    for (const [k, v] of Object.entries(cardArgs(i, 0))) el.setAttribute(k, v);
    host.append(el);
  }
  for (let i = 0; i < 50; i++) {
    const el = document.createElement('hz-bar-list');
    el.metrics = rows(i, 0);
    host.append(el);
  }
  const map = document.createElement('hz-department-treemap');
  map.setAttribute('depth', '4');
  map.style.setProperty('--hz-treemap-height', `${HOST_FIRST.height}px`);
  map.style.width = `${HOST_FIRST.width}px`;
  map.data = makeTree(10_000, 3);
  host.append(map);
  if (!(await until(() => drawnSurface(map).kind !== 'none'))) throw new Error('load page: the treemap was never drawn');
  await painted();
  const firstRender = performance.now() - start;
  observer.observe({ type: 'longtask' });
  map.path = ['g0'];
  await painted();
  map.path = [];
  await painted();
  host.querySelectorAll('hz-metric-card').forEach((c, i) => i % 10 === 0 && c.setAttribute('value', String(i)));
  await painted();
  map.style.width = `${HOST_BY_HOST.width}px`;
  await painted();
  await wait(300);
  observer.disconnect();
  document.body.replaceChildren();
  return { firstRender, longestTaskAfterFirstRender: Math.max(0, ...longTasks), longTasks: longTasks.length };
}
