import { painted, stage } from './frames.js';

/**
 * 50 bar lists of 20 rows against plain DOM. The plain lists keep their rows keyed by id and update
 * them in place: new widths and values written where they changed, rows moved only when the sort
 * order changed — what a hand-written page would do.
 */
export const rows = (list, round) =>
  Array.from({ length: 20 }, (_, r) => ({ id: `l${list}r${r}`, label: `第 ${r + 1} 项任务`, kind: 'completion', value: 60 + ((list * 13 + r * 7 + round * 5) % 140), unit: '%', polarity: 'higher-is-better' }));

function plainList(items) {
  const figure = document.createElement('figure');
  figure.innerHTML = '<figcaption>完成率</figcaption><ul></ul>';
  figure.rows = new Map();
  fillPlainList(figure, items);
  return figure;
}

function fillPlainList(figure, items) {
  const max = Math.max(100, ...items.map((i) => i.value));
  const ul = figure.querySelector('ul');
  const sorted = [...items].sort((a, b) => b.value - a.value);
  sorted.forEach((item, index) => {
    let row = figure.rows.get(item.id);
    if (!row) {
      const li = document.createElement('li');
      li.innerHTML = '<span class="label"></span><span class="track"><span class="bar"></span></span><span class="value"></span>';
      row = { li, label: li.children[0], bar: li.children[1].firstChild, value: li.children[2] };
      figure.rows.set(item.id, row);
    }
    const width = `${(item.value / max) * 100}%`;
    if (row.label.textContent !== item.label) row.label.textContent = item.label;
    if (row.width !== width) row.bar.style.width = row.width = width;
    const valueText = `${item.value}%`;
    if (row.value.textContent !== valueText) row.value.textContent = valueText;
    if (ul.children[index] !== row.li) ul.insertBefore(row.li, ul.children[index] ?? null);
  });
}

/** `count` bar lists: first render, then an update of every list's data. */
export async function barListsRun(lib, count) {
  const host = stage();
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
  return { times };
}
