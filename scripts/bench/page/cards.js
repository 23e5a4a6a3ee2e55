import { painted, stage } from './frames.js';

/**
 * 1,000 metric cards against plain DOM, drawn two ways by hz-viz: `hz-grid` is one
 * `<hz-metric-grid>` given the cards as an array (the budget rows), `hz-cards` is 1,000
 * standalone `<hz-metric-card>` elements set up by attributes (for information). All sit in the
 * same container: `narrow` makes every card 160 px wide (plain cards and `<hz-metric-card>`s as
 * inline blocks by a page rule, so the card's narrow rule applies; the grid by its
 * `--hz-metric-grid-min-width: 160px` and `size="compact"`, as its docs advise for columns under
 * 12rem), `default` gives every card the container's full width.
 * `hz-grid-all` is the grid with `::part(item) { content-visibility: visible }`: every card laid
 * out at once, as the other two do (the grid itself lays out only cards near the screen).
 * The plain cards update in place, writing only text that changed; the grid is given a new array
 * of new objects (what a page that fetched its data again has); each card element gets a new
 * `value` attribute.
 */
export const cardWidths = ['narrow', 'default'];

export const cardArgs = (i, round) => ({ label: `指标 ${i + 1}`, value: `${(i * 7 + round) % 1000}.${i % 10}`, unit: i % 3 ? '万元' : '%', change: `${((i % 9) - 4) / 2}` });

function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

function plainCard(args) {
  const card = document.createElement('article');
  card.className = 'card';
  card.innerHTML = '<p class="label"></p><p class="value"><span class="number"></span><span class="unit"></span></p><p class="change"><span class="arrow"></span><span class="words"></span></p>';
  fillPlainCard(card, args);
  return card;
}

function fillPlainCard(card, { label, value, unit, change }) {
  const [labelEl, valueEl, changeEl] = card.children;
  const rise = Number(change) >= 0;
  setText(labelEl, label);
  setText(valueEl.children[0], value);
  setText(valueEl.children[1], unit);
  setText(changeEl.children[0], rise ? '▲' : '▼');
  setText(changeEl.children[1], `${rise ? '增长' : '下降'} ${Math.abs(Number(change))}%`);
}

/** The grid's items: the same fields as the cards' attributes, keyed by id. */
const gridItems = (count, round) => Array.from({ length: count }, (_, i) => ({ id: `m${i}`, ...cardArgs(i, round) }));

/**
 * `count` cards at `width`: first render, then an update of every card's value. `keep` leaves
 * them on the page (the memory measurement reads the heap with them there).
 */
export async function cardsRun(lib, count, width, keep = false) {
  const host = stage(0, 0, `cards-${width}`);
  const times = {};
  if (lib === 'hz-grid' || lib === 'hz-grid-all') {
    // hz-grid-all: every card laid out at once (its items' content-visibility set to visible).
    if (lib === 'hz-grid-all') host.classList.add('grid-all');
    let start = performance.now();
    const grid = document.createElement('hz-metric-grid');
    // What the grid's docs say for columns under 12rem (its cards have no narrow query of their own).
    if (width === 'narrow') grid.setAttribute('size', 'compact');
    grid.metrics = gridItems(count, 0);
    host.append(grid);
    await grid.updateComplete;
    await painted();
    times.first = performance.now() - start;
    start = performance.now();
    grid.metrics = gridItems(count, 1);
    await grid.updateComplete;
    await painted();
    times.update = performance.now() - start;
    if (!keep) document.body.replaceChildren();
    return { times };
  }
  let start = performance.now();
  const fragment = document.createDocumentFragment();
  const cards = [];
  for (let i = 0; i < count; i++) {
    const args = cardArgs(i, 0);
    let el;
    if (lib === 'hz-cards') {
      el = document.createElement('hz-metric-card');
      for (const [k, v] of Object.entries(args)) el.setAttribute(k, v);
    } else el = plainCard(args);
    cards.push(el);
    fragment.append(el);
  }
  host.append(fragment);
  if (lib === 'hz-cards') await Promise.all(cards.map((c) => c.updateComplete));
  await painted();
  times.first = performance.now() - start;
  start = performance.now();
  cards.forEach((el, i) => {
    const args = cardArgs(i, 1);
    if (lib === 'hz-cards') el.setAttribute('value', args.value);
    else fillPlainCard(el, args);
  });
  if (lib === 'hz-cards') await Promise.all(cards.map((c) => c.updateComplete));
  await painted();
  times.update = performance.now() - start;
  if (!keep) document.body.replaceChildren();
  return { times };
}
