import { echarts } from '/tmp/bench/echarts-treemap.js';
import { makeTree } from './data.js';
import { renderFloor } from './floor.js';

/**
 * The measured operations, run inside one page. Every timing runs from the start of the work to
 * the next painted frame (a requestAnimationFrame followed by a task), so it includes style,
 * layout and paint, not just script.
 */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
async function until(check) {
  for (let i = 0; i < 600 && !check(); i++) await painted();
}
const W = 900;
const H = 600;
const W2 = 700;

function stage() {
  const div = document.createElement('div');
  div.style.width = `${W}px`;
  div.style.height = `${H}px`;
  document.body.replaceChildren(div);
  return div;
}

function echartsData(node) {
  return node.children ? { id: node.id, name: node.name, children: node.children.map(echartsData) } : { id: node.id, name: node.name, value: node.value };
}

function echartsOption(tree) {
  return {
    animation: false,
    tooltip: {},
    series: [
      {
        type: 'treemap',
        data: tree.children.map(echartsData),
        left: 0,
        top: 0,
        right: 0,
        bottom: 0,
        roam: false,
        nodeClick: 'zoomToNode',
        breadcrumb: { show: false },
        label: { show: true, fontSize: 12 },
        upperLabel: { show: true, height: 20 },
        itemStyle: { gapWidth: 2, borderWidth: 2 },
      },
    ],
  };
}

/** Prepares a treemap for `lib` and returns its operations. */
async function setupTreemap(lib, leaves) {
  const tree = makeTree(leaves, 1);
  const updated = makeTree(leaves, 2);
  const host = stage();
  if (lib === 'hz-viz') {
    const el = document.createElement('hz-department-treemap');
    el.setAttribute('depth', '3');
    el.style.setProperty('--hz-treemap-height', `${H}px`);
    el.style.width = `${W}px`;
    const cells = () => el.shadowRoot?.querySelectorAll('.cell').length ?? 0;
    const svgWidth = () => Number(el.shadowRoot?.querySelector('svg')?.getAttribute('width') ?? 0);
    return {
      first: async () => {
        el.data = tree;
        host.append(el);
        await until(() => cells() > 0);
      },
      update: async () => {
        el.data = updated;
        await el.updateComplete;
      },
      resize: async () => {
        el.style.width = `${W2}px`;
        await until(() => svgWidth() > 0 && svgWidth() <= W2);
      },
      drill: async () => {
        el.path = ['g0'];
        await el.updateComplete;
      },
    };
  }
  if (lib === 'echarts-svg' || lib === 'echarts-canvas') {
    let chart;
    return {
      first: async () => {
        chart = echarts.init(host, null, { renderer: lib === 'echarts-svg' ? 'svg' : 'canvas', width: W, height: H });
        chart.setOption(echartsOption(tree));
      },
      update: async () => chart.setOption(echartsOption(updated)),
      resize: async () => chart.resize({ width: W2, height: H }),
      drill: async () => chart.dispatchAction({ type: 'treemapZoomToNode', seriesIndex: 0, targetNodeId: 'g0' }),
      dispose: () => chart?.dispose(),
    };
  }
  let width = W;
  return {
    first: async () => renderFloor(host, tree, width, H),
    update: async () => renderFloor(host, updated, width, H),
    resize: async () => {
      width = W2;
      renderFloor(host, updated, width, H);
    },
    drill: async () => renderFloor(host, updated, width, H, 'g0'),
  };
}

/** One run of every treemap operation, in order; returns the ms of each. */
export async function treemapRun(lib, leaves) {
  const ops = await setupTreemap(lib, leaves);
  await painted();
  const times = {};
  for (const op of ['first', 'update', 'resize', 'drill']) {
    const start = performance.now();
    await ops[op]();
    await painted();
    times[op] = performance.now() - start;
  }
  ops.dispose?.();
  document.body.replaceChildren();
  return times;
}

const cardArgs = (i, round) => ({ label: `指标 ${i + 1}`, value: `${(i * 7 + round) % 1000}.${i % 10}`, unit: i % 3 ? '万元' : '%', change: `${((i % 9) - 4) / 2}` });

function plainCard({ label, value, unit, change }) {
  const card = document.createElement('article');
  card.className = 'card';
  card.innerHTML = '<p class="label"></p><p class="value"><span class="number"></span><span class="unit"></span></p><p class="change"><span class="arrow"></span><span class="words"></span></p>';
  fillPlainCard(card, { label, value, unit, change });
  return card;
}
function fillPlainCard(card, { label, value, unit, change }) {
  const [labelEl, valueEl, changeEl] = card.children;
  labelEl.textContent = label;
  valueEl.children[0].textContent = value;
  valueEl.children[1].textContent = unit;
  changeEl.children[0].textContent = Number(change) >= 0 ? '▲' : '▼';
  changeEl.children[1].textContent = `${Number(change) >= 0 ? '增长' : '下降'} ${Math.abs(Number(change))}%`;
}

/** 1,000 KPI cards: first render and an update of every value. */
export async function cardsRun(lib, count = 1000) {
  const host = stage();
  host.style.height = 'auto';
  const times = {};
  let start = performance.now();
  const fragment = document.createDocumentFragment();
  const cards = [];
  for (let i = 0; i < count; i++) {
    const args = cardArgs(i, 0);
    if (lib === 'hz-viz') {
      const el = document.createElement('hz-metric-card');
      for (const [k, v] of Object.entries(args)) el.setAttribute(k, v);
      cards.push(el);
      fragment.append(el);
    } else {
      const el = plainCard(args);
      cards.push(el);
      fragment.append(el);
    }
  }
  host.append(fragment);
  if (lib === 'hz-viz') await Promise.all(cards.map((c) => c.updateComplete));
  await painted();
  times.first = performance.now() - start;
  start = performance.now();
  cards.forEach((el, i) => {
    const args = cardArgs(i, 1);
    if (lib === 'hz-viz') el.setAttribute('value', args.value);
    else fillPlainCard(el, args);
  });
  if (lib === 'hz-viz') await Promise.all(cards.map((c) => c.updateComplete));
  await painted();
  times.update = performance.now() - start;
  document.body.replaceChildren();
  return times;
}

const rows = (list, round) => Array.from({ length: 20 }, (_, r) => ({ id: `l${list}r${r}`, label: `第 ${r + 1} 项任务`, kind: 'completion', value: 60 + ((list * 13 + r * 7 + round * 5) % 140), unit: '%', polarity: 'higher-is-better' }));

function plainList(items) {
  const figure = document.createElement('figure');
  figure.innerHTML = '<figcaption>完成率</figcaption><ul></ul>';
  fillPlainList(figure, items);
  return figure;
}
function fillPlainList(figure, items) {
  const max = Math.max(100, ...items.map((i) => i.value));
  const ul = figure.querySelector('ul');
  ul.replaceChildren(
    ...[...items].sort((a, b) => b.value - a.value).map((item) => {
      const li = document.createElement('li');
      li.innerHTML = '<span class="label"></span><span class="track"><span class="bar"></span></span><span class="value"></span>';
      li.children[0].textContent = item.label;
      li.children[1].firstChild.style.width = `${(item.value / max) * 100}%`;
      li.children[2].textContent = `${item.value}%`;
      return li;
    }),
  );
}

/** 50 bar lists of 20 rows: first render and an update of every list's data. */
export async function barListsRun(lib, count = 50) {
  const host = stage();
  host.style.height = 'auto';
  const times = {};
  let start = performance.now();
  const lists = [];
  for (let i = 0; i < count; i++) {
    if (lib === 'hz-viz') {
      const el = document.createElement('hz-bar-list');
      el.setAttribute('sort', 'value-desc');
      el.metrics = rows(i, 0);
      lists.push(el);
    } else lists.push(plainList(rows(i, 0)));
  }
  host.append(...lists);
  if (lib === 'hz-viz') await Promise.all(lists.map((l) => l.updateComplete));
  await painted();
  times.first = performance.now() - start;
  start = performance.now();
  lists.forEach((el, i) => {
    if (lib === 'hz-viz') el.metrics = rows(i, 1);
    else fillPlainList(el, rows(i, 1));
  });
  if (lib === 'hz-viz') await Promise.all(lists.map((l) => l.updateComplete));
  await painted();
  times.update = performance.now() - start;
  document.body.replaceChildren();
  return times;
}

/** A page with 2,000 cards, 50 bar lists and a 10,000-leaf treemap: the longest task after first render. */
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
  map.setAttribute('depth', '3');
  map.style.setProperty('--hz-treemap-height', `${H}px`);
  map.style.width = `${W}px`;
  map.data = makeTree(10_000, 3);
  host.append(map);
  await until(() => (map.shadowRoot?.querySelectorAll('.cell').length ?? 0) > 0);
  await painted();
  const firstRender = performance.now() - start;
  observer.observe({ type: 'longtask' });
  // After first render: interact as a reader would — drill, climb, update, resize.
  map.path = ['g0'];
  await painted();
  map.path = [];
  await painted();
  host.querySelectorAll('hz-metric-card').forEach((c, i) => i % 10 === 0 && c.setAttribute('value', String(i)));
  await painted();
  map.style.width = `${W2}px`;
  await painted();
  await new Promise((resolve) => setTimeout(resolve, 300));
  observer.disconnect();
  document.body.replaceChildren();
  return { firstRender, longestTaskAfterFirstRender: Math.max(0, ...longTasks), longTasks: longTasks.length };
}
