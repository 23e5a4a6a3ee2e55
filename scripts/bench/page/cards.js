import { painted, stage } from './frames.js';

/**
 * 1,000 metric cards against plain DOM. Both sit in the same container, laid out by the same page
 * rule: `narrow` makes every card an inline block 160 px wide (so hz-viz's container query for
 * narrow cards applies; the plain page gets the same look from a plain class rule), `default`
 * leaves every card a full-width block. The plain cards update in place, writing only text that
 * changed.
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

/**
 * `count` cards at `width`: first render, then an update of every card's value. `keep` leaves
 * them on the page (the memory measurement reads the heap with them there).
 */
export async function cardsRun(lib, count, width, keep = false) {
  const host = stage(0, 0, `cards-${width}`);
  const times = {};
  let start = performance.now();
  const fragment = document.createDocumentFragment();
  const cards = [];
  for (let i = 0; i < count; i++) {
    const args = cardArgs(i, 0);
    let el;
    if (lib === 'hz-viz') {
      el = document.createElement('hz-metric-card');
      for (const [k, v] of Object.entries(args)) el.setAttribute(k, v);
    } else el = plainCard(args);
    cards.push(el);
    fragment.append(el);
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
  if (!keep) document.body.replaceChildren();
  return { times };
}
