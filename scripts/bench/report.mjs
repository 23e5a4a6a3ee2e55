/**
 * Turns bench results into issue 12's budget verdicts and docs/benchmarks.md. All of the file's
 * wording lives here; the markdown is regenerated whole (`node scripts/bench/run-bench.mjs
 * --render` re-renders it from bench-results.json without measuring).
 */
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const timed = (s) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const times = (x) => `${x.toFixed(2)}×`;

const opNames = { first: 'first paint', update: 'data update', resizeHost: 'resize by host size', resizeProperty: 'resize by --hz-treemap-height', drill: 'drill-down' };
const libNames = {
  'hz-svg': 'hz-viz, renderer="svg"',
  'hz-canvas': 'hz-viz, renderer="canvas"',
  'svg-floor': 'bare-d3 SVG floor (keyed, in place)',
  'canvas-floor': 'bare-d3 canvas floor',
  'echarts-svg': 'ECharts 6, SVG',
  'echarts-canvas': 'ECharts 6, canvas',
  'hz-viz': 'hz-viz',
  'hz-grid': 'hz-viz, one `<hz-metric-grid>`, cards off screen skipped (content-visibility: auto, its default; information)',
  'hz-grid-all': 'hz-viz, one `<hz-metric-grid>`, every card laid out at once',
  'hz-cards': 'hz-viz, 1,000 `<hz-metric-card>` elements (information)',
  'plain-dom': 'plain DOM (in place)',
};

/** The middle of `xs` (the mean of the two middle values for an even count). */
export const median = (xs) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `a` ÷ `b`, two libraries' times of one operation: the median of each round's own ratio when
 * the run kept its samples, else (results from before they were kept) the ratio of the medians.
 * The runs of a round follow one another, so a slow spell of this shared machine (both
 * libraries about 1.6× slower for a minute) slows both; the medians of two libraries whose runs
 * fell differently across such spells can differ by that much between sessions on the same code
 * (decision 0028).
 */
export function relative(a, b) {
  const rounds = Math.min(a.samples?.length ?? 0, b.samples?.length ?? 0);
  if (rounds === 0) return { ratio: a.median / b.median, rounds: 0 };
  return { ratio: median(Array.from({ length: rounds }, (_, i) => a.samples[i] / b.samples[i])), rounds };
}

/** How a section's ratios were taken, for the line that lists them. */
const ratioKind = (a, b) => (relative(a, b).rounds ? 'each the median of its rounds\' ratios' : 'ratios of the medians');

/** A ratio budget: `lib` ÷ `reference` in the same run, by round (`relative`). */
function ratioRow(budget, limit, a, b, note) {
  if (!a || !b) return { budget, limit, unit: '×', actual: undefined };
  const { ratio, rounds } = relative(a, b);
  const measured = rounds ? `the median of ${rounds} rounds' ratios; medians ${timed(a)} ÷ ${timed(b)} = ${times(a.median / b.median)}` : `${timed(a)} ÷ ${timed(b)}`;
  return { budget, limit, unit: '×', actual: ratio, measured, ...(note && { note }) };
}

/** Issue 12's budgets, exactly: `{ budget, limit, unit, actual, met, measured, note }`. */
export function budgets(r) {
  const rows = [];
  const size = (name) => r.sizes?.budgets?.find((b) => b.name === name);
  for (const [name, wording] of [
    ['drop-in first load', 'drop-in first load ≤ 30 KB min+gzip'],
    ['hz-viz/metric-card.js', '`hz-viz/metric-card.js` with its dependencies ≤ 14 KB min+gzip'],
    ['hz-viz/department-treemap.js', '`hz-viz/department-treemap.js` with its dependencies ≤ 24 KB min+gzip'],
  ]) {
    const b = size(name);
    rows.push({ budget: wording, limit: b?.limitKB, unit: 'KB', actual: b?.actualKB, strict: false });
  }

  for (const [width, words] of [
    ['narrow', 'at 160 px'],
    ['default', 'at the default width'],
  ]) {
    const c = r.cards?.[width];
    // Like with like: the plain page lays out every card, so the budget reads the grid that does too.
    rows.push(ratioRow(`1,000 metric cards in one \`<hz-metric-grid>\`, every card laid out, ${words}: render ≤ 1.5× plain DOM`, 1.5, c?.['hz-grid-all']?.first, c?.['plain-dom']?.first));
    rows.push(ratioRow(`1,000 metric cards in one \`<hz-metric-grid>\`, every card laid out, ${words}: update ≤ 1.2× plain DOM`, 1.2, c?.['hz-grid-all']?.update, c?.['plain-dom']?.update));
  }
  const lists = r.barLists;
  rows.push(ratioRow('50 bar lists × 20 rows: render ≤ 1.4× plain DOM', 1.4, lists?.['hz-viz']?.first, lists?.['plain-dom']?.first));
  rows.push(ratioRow('50 bar lists × 20 rows: update ≤ 1.4× plain DOM', 1.4, lists?.['hz-viz']?.update, lists?.['plain-dom']?.update));

  const t = r.treemap?.[10000];
  const svgLimits = { first: 1.3, update: 1.2, resizeHost: 1.2, resizeProperty: 1.2 };
  for (const [op, limit] of Object.entries(svgLimits)) {
    rows.push(ratioRow(`treemap 10k, SVG: ${opNames[op]} ≤ ${limit}× SVG floor`, limit, t?.libs['hz-svg']?.[op], t?.libs['svg-floor']?.[op], drewOtherwise(t, 'hz-svg', 'svg')));
  }
  for (const op of ['first', 'update', 'resizeHost', 'resizeProperty']) {
    const hz = t?.libs['hz-canvas']?.[op];
    const note = drewOtherwise(t, 'hz-canvas', 'canvas');
    rows.push(ratioRow(`treemap 10k, canvas: ${opNames[op]} ≤ 0.2× ECharts canvas`, 0.2, hz, t?.libs['echarts-canvas']?.[op], note));
    rows.push(ratioRow(`treemap 10k, canvas: ${opNames[op]} ≤ 1.5× canvas floor`, 1.5, hz, t?.libs['canvas-floor']?.[op], note));
  }

  const big = r.bigTreemap;
  const bigHz = big?.libs['hz-canvas'];
  const bigNote = drewOtherwise(big, 'hz-canvas', 'canvas');
  rows.push({ budget: 'treemap 100k, canvas: first paint < 1 s', limit: 1000, unit: 'ms', strict: true, actual: bigHz?.first.median, measured: bigHz && timed(bigHz.first), ...(bigNote && { note: bigNote }) });
  rows.push({ budget: 'treemap 100k, canvas: no long task > 200 ms in the 2 s after first paint', limit: 200, unit: 'ms', actual: bigHz?.longestTaskAfter.max, measured: bigHz && `longest of ${bigHz.longestTaskAfter.runs} runs; medians ${timed(bigHz.longestTaskAfter)}`, ...(bigNote && { note: bigNote }) });

  const cold = r.coldLoad;
  rows.push(ratioRow('cold load to a painted report treemap ≤ 0.5× the ECharts page', 0.5, cold?.['hz-viz']?.paintedTreemap, cold?.echarts?.paintedTreemap));
  rows.push(ratioRow('server-rendered page (issue 13): first contentful paint ≤ 0.5× the client page to a painted treemap', 0.5, cold?.['hz-viz-server']?.firstContentfulPaint, cold?.['hz-viz']?.paintedTreemap));

  return rows.map((row) => ({ ...row, met: row.actual === undefined ? undefined : row.strict ? row.actual < row.limit : row.actual <= row.limit }));
}

/** Says so when hz-viz drew with another renderer than the one asked for. */
function drewOtherwise(section, lib, asked) {
  const drew = section?.drawn?.[lib]?.drawnWith;
  return drew && drew !== asked ? `drew ${drew.toUpperCase()}: renderer="${asked}" is not implemented in this build` : undefined;
}

const boxText = (b) => `${Math.round(b.width)}×${Math.round(b.height)}`;
const boxesText = (boxes) => (boxes ? `${boxText(boxes.first)} at first paint, ${boxText(boxes.byHost)} after the host resize, ${boxText(boxes.byProperty)} after the custom-property resize` : 'not recorded');

/** What a library drew at first paint: renderer, box, cells laid out and how many have any area (the floors), and SVG elements. */
function drawnText(drawn) {
  if (!drawn) return '';
  return [
    drawn.drawnWith,
    drawn.box && `${drawn.box[0]}×${drawn.box[1]}`,
    drawn.cells && `${drawn.cells.toLocaleString('en')} cells${drawn.filled !== undefined ? ` (${drawn.filled.toLocaleString('en')} with any area)` : ''}`,
    drawn.svgElements && `${drawn.svgElements.toLocaleString('en')} SVG elements`,
  ]
    .filter(Boolean)
    .join(', ');
}

function actualText(b) {
  if (b.actual === undefined) return '—';
  if (b.unit === 'KB') return `${b.actual.toFixed(1)} KB`;
  if (b.unit === 'ms') return `${ms(b.actual)} ms`;
  return times(b.actual);
}

function verdictText(b) {
  if (b.met === undefined) return 'not measured';
  if (b.met) return 'met';
  if (b.unit === 'KB') return `missed by ${(b.actual - b.limit).toFixed(1)} KB`;
  if (b.unit === 'ms') return `missed by ${ms(b.actual - b.limit)} ms`;
  return `missed by ${((b.actual / b.limit - 1) * 100).toFixed(0)}%`;
}

export function renderMarkdown(r) {
  const lines = [];
  const push = (...xs) => lines.push(...xs);
  push('# Benchmarks', '', `Generated by \`${r.command}\` on ${r.date} (${r.durationSeconds} s). Do not edit: run the command again.`, '');
  if (!r.complete) push('**A partial run** (fewer runs, sizes or sections than `npm run bench`): a quick look, not a result.', '');
  const load = r.machine.loadAverage;
  push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Linux ${r.machine.kernel}; Node ${r.machine.node}; headless Chromium ${r.machine.chromium}.${load ? ` Load average (1 min) ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end.` : ''}`,
  );
  push(`Versions: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`, '');
  push(
    `Every time runs from the start of the work to the next painted frame (requestAnimationFrame, then a task), so it includes style, layout and paint. Libraries run interleaved and rotated in one browser session: ${r.runs.warmups} warm-ups, then ${r.runs.measured} measured runs (hz-viz and the floors, which the treemap budgets compare, in ${r.runs.treemapRuns ?? r.runs.measured}; ECharts' SVG renderer, a reference no budget reads, in ${r.runs.referenceRuns ?? 3}; at 100,000 leaves 1 warm-up and ${r.runs.bigRuns} measured runs; the card and bar-list pages, under a second a run and the noisiest, ${r.runs.domRuns ?? r.runs.measured} measured runs); the tables show the median with min–max.${r.runs.pagePerSection ? ' Each section (treemaps, 100,000 leaves, cards, bar lists, memory, the busy page) runs in a page of its own, opened fresh, so none runs on the heap an earlier one left (the treemap sections keep their trees, about 21 MB up to 100,000 leaves).' : ''}${r.runs.pairedRatios ? ' The budgets and the ratio lines compare libraries round by round: a round runs each library once, one after the other, and a ratio is the median of the rounds\' own ratios, which a slow spell of the machine (every library about 1.6× slower for a while) cannot tilt as it tilts a ratio of two medians (decision 0028).' : ''} These machines are shared and noisy: compare ratios within this file, not with other runs.`,
    '',
  );

  push('## Budgets (issue 12)', '', '| budget | this run | verdict |', '|---|---:|---|');
  for (const b of r.budgets) push(`| ${b.budget} | ${actualText(b)} | ${verdictText(b)}${b.note ? ` — ${b.note}` : ''} |`);
  const missed = r.budgets.filter((b) => b.met === false);
  push('', `${r.budgets.filter((b) => b.met).length} of ${r.budgets.length} budgets met${missed.length ? `, ${missed.length} missed` : ''}${r.budgets.some((b) => b.met === undefined) ? `, ${r.budgets.filter((b) => b.met === undefined).length} not measured` : ''}.`, '');
  const withMeasures = missed.filter((b) => b.measured);
  if (withMeasures.length > 0) {
    push('Behind the missed ratios (hz-viz ÷ reference):', '');
    for (const b of withMeasures) push(`- ${b.budget}: ${b.measured}.`);
    push('');
  }

  push(
    '## What is measured',
    '',
    '- **Trees.** Seeded and irregular (`scripts/bench/page/data.js`): 22 top-level groups from 1,000 leaves up (8 below) with uneven, log-normal shares of the leaves; some groups hold their leaves directly, some through subgroups, some through subgroups of subgroups (2 to 4 levels below the root); log-normal leaf values. The update is the same ids with every value changed, about 2% of the leaves removed and 2% added. hz-viz is told `depth="4"`, so every library draws every level.',
    '- **The floors.** Hand-written pages on d3-hierarchy with the tiling of hz-viz\'s layout (squarify ratio 1.3, inner and outer padding 2 px, a 20 px header band on parents taller than 40 px; hz-viz also narrows the gaps between very small children, so that far fewer lose their whole area to padding: the floors\' fixed gaps leave the smallest cells no area at all, as their drew column counts, and nothing of them is drawn) and a label where one fits (a header label only inside a reserved band). The SVG floor keeps its `g`/`rect`/`text` elements in a Map by node id and updates them in place, writing only changed attributes, creating and removing only what enters or leaves. The canvas floor repaints with one `fillRect` per cell and a `fillText` per label, on a devicePixelRatio-sharp canvas.',
    "- **Operations.** First paint; a data update; a resize by the host's style width and height; a resize by style width and `--hz-treemap-height`; a drill into one top-level group. hz-viz's host is 900×600, then 700×480, then 800×540: width and height change both times. hz-viz draws its breadcrumb, legend and table toggle inside its host, so the floors and ECharts are drawn at the box hz-viz's chart really gets at each step (measured before the runs and given under each size): every library fills the same area.",
    '- **Cards.** 1,000 cards of label, value, unit and change (`scripts/bench/page/cards.js`), drawn three ways: plain DOM (8 elements per card, one document stylesheet, updated in place by writing only text that changed); one `<hz-metric-grid>` given the cards as an array of objects with ids, updated with a new array of new objects, with `::part(item) { content-visibility: visible }` so that every card is laid out at once, as the plain page lays out every card (the budget rows; by default its items are `content-visibility: auto`, so only the cards near the screen are styled, laid out and painted: that default is measured beside it, for information, and is not compared with a plain page that lacks it); and 1,000 `<hz-metric-card>` elements set up by attributes, updated through their `value` attribute (for information: every card is its own shadow root). At 160 px the plain and standalone cards are inline blocks (a page rule; the standalone card\'s narrow container query applies, and the plain cards get the same look from a class rule) and the grid has `--hz-metric-grid-min-width: 160px` and `size="compact"`, as its docs advise for columns under 12rem; at the default width every card is as wide as the page.',
    '- **Bar lists.** 50 `<hz-bar-list>`s of 20 completion rates sorted by value (`scripts/bench/page/bar-lists.js`), given as metric objects; the update gives every list new values. The plain lists keep their rows by id, write changed widths and values and move rows only when the order changed.',
    '- **Readiness.** hz-viz with `renderer="svg"`: `.cell` elements in its shadow root. With `renderer="canvas"`: `updateComplete`, a frame, and a canvas in its shadow root with a nonzero backing store; after a resize, the drawn surface must have both new dimensions. Every operation ends at the first painted frame that shows its result: the floors and ECharts draw when called, so at the next frame; hz-viz redraws after a resize from its ResizeObserver, inside the next frame (after layout, before paint), so a resize ends at the first frame after which its surface has the new size, not one frame later. If the element draws SVG when asked for canvas, the run says so beside every canvas figure.',
    '',
  );

  for (const [leaves, section] of Object.entries(r.treemap ?? {})) {
    const tree = section.tree.tree;
    push(
      `## Treemap, ${Number(leaves).toLocaleString('en')} leaves`,
      '',
      `${tree.leaves.toLocaleString('en')} leaves, ${tree.parents.toLocaleString('en')} parents, ${tree.groups} groups, up to ${tree.maxDepth} levels; the update has ${section.tree.updated.leaves.toLocaleString('en')} leaves. Chart boxes: ${boxesText(section.chartBoxes)}.`,
      '',
      `| library | ${Object.values(opNames).join(' | ')} | drew |`,
      `|---|${Object.keys(opNames).map(() => '---:').join('|')}|---|`,
    );
    for (const [lib, ops] of Object.entries(section.libs)) {
      const drawn = section.drawn?.[lib];
      push(`| ${libNames[lib] ?? lib} | ${Object.keys(opNames).map((op) => timed(ops[op])).join(' | ')} | ${drawnText(drawn)} |`);
    }
    const l = section.libs;
    const ratios = (a, b) => Object.keys(opNames).map((op) => `${opNames[op]} ${times(relative(l[a][op], l[b][op]).ratio)}`).join(', ');
    push(
      '',
      `Ratios (${ratioKind(l['hz-svg'].first, l['svg-floor'].first)}): hz-viz SVG ÷ SVG floor — ${ratios('hz-svg', 'svg-floor')}. hz-viz canvas ÷ canvas floor — ${ratios('hz-canvas', 'canvas-floor')}. hz-viz canvas ÷ ECharts canvas — ${ratios('hz-canvas', 'echarts-canvas')}.`,
      '',
    );
  }

  const big = r.bigTreemap;
  if (big) {
    push(
      `## Treemap, ${big.leaves.toLocaleString('en')} leaves, canvas only`,
      '',
      `${big.tree.tree.leaves.toLocaleString('en')} leaves, ${big.tree.tree.parents.toLocaleString('en')} parents, up to ${big.tree.tree.maxDepth} levels, in a ${boxText(big.chartBoxes.first)} chart. First paint, then the longest task (PerformanceObserver \`longtask\`, over 50 ms) in the 2 s after it, the page otherwise idle.`,
      '',
      '| library | first paint | longest task in the 2 s after | drew |',
      '|---|---:|---:|---|',
    );
    for (const [lib, ops] of Object.entries(big.libs)) push(`| ${libNames[lib] ?? lib} | ${timed(ops.first)} | ${timed(ops.longestTaskAfter)} | ${drawnText(big.drawn?.[lib])} |`);
    push('');
  }

  for (const [width, title] of [
    ['narrow', '1,000 metric cards, 160 px wide'],
    ['default', '1,000 metric cards, default width (one card per row, full width)'],
  ]) {
    const s = r.cards?.[width];
    if (!s) continue;
    push(`## ${title}`, '', '| implementation | render | update (every value) |', '|---|---:|---:|');
    for (const [lib, ops] of Object.entries(s)) push(`| ${libNames[lib]} | ${timed(ops.first)} | ${timed(ops.update)} |`);
    const ratio = (lib) => (s[lib] ? `render ${times(relative(s[lib].first, s['plain-dom'].first).ratio)}, update ${times(relative(s[lib].update, s['plain-dom'].update).ratio)}` : 'not measured');
    push('', `÷ plain DOM (${ratioKind(s['hz-grid-all'].first, s['plain-dom'].first)}) — \`<hz-metric-grid>\` with every card laid out (the budget rows): ${ratio('hz-grid-all')}; the grid as it comes, cards off screen skipped (information): ${ratio('hz-grid')}; 1,000 \`<hz-metric-card>\` elements (information): ${ratio('hz-cards')}.`, '');
  }

  if (r.barLists) {
    const s = r.barLists;
    push('## 50 bar lists of 20 rows', '', '| implementation | render | update (every list) |', '|---|---:|---:|');
    for (const [lib, ops] of Object.entries(s)) push(`| ${libNames[lib]} | ${timed(ops.first)} | ${timed(ops.update)} |`);
    push('', `hz-viz ÷ plain DOM (${ratioKind(s['hz-viz'].first, s['plain-dom'].first)}): render ${times(relative(s['hz-viz'].first, s['plain-dom'].first).ratio)}, update ${times(relative(s['hz-viz'].update, s['plain-dom'].update).ratio)}. The plain lists keep their rows by id, write changed widths and values and move rows only when the order changed.`, '');
  }

  if (r.memory?.length) {
    push(
      '## Memory',
      '',
      `The heap after a forced full collection (DevTools \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` and \`Memory.getDOMCounters\`), read before the chart is drawn and again with it on the page; medians of ${r.runs.memoryRuns} interleaved runs. "Kept" is the difference: what the chart holds. The JS heap holds scripts' objects; Blink's heap holds DOM nodes and their styles. A canvas's pixels are in neither.`,
      '',
      '| what | drew | JS heap | JS kept | Blink heap kept | DOM nodes kept |',
      '|---|---|---:|---:|---:|---:|',
    );
    for (const m of r.memory) {
      const what = m.kind === 'cards' ? `${m.count.toLocaleString('en')} metric cards, ${libNames[m.lib]}` : `${m.leaves.toLocaleString('en')} leaves, ${libNames[m.lib]}`;
      push(`| ${what} | ${m.drawnWith ?? ''} | ${mb(m.js.median)} | ${mb(m.jsKept.median)} | ${mb(m.embedderKept.median)} | ${Math.round(m.nodesKept.median).toLocaleString('en')} |`);
    }
    push('');
  }

  if (r.coldLoad) {
    push('## Cold page load to a painted treemap of the real report', '', '| page | painted treemap | first contentful paint |', '|---|---:|---:|');
    for (const [lib, ops] of Object.entries(r.coldLoad)) push(`| ${lib} | ${timed(ops.paintedTreemap)} | ${ops.firstContentfulPaint ? timed(ops.firstContentfulPaint) : '—'} |`);
    push('', '`hz-viz-server` is the same treemap rendered by `@hz-viz/ssr` into the HTML (`tmp/bench/cold-static.html`, written by `scripts/bench/build-bench.mjs`) with the same drop-in, deferred, as `hz-viz-render` links it (the treemap hydrates when it has run); its painted-treemap time comes from the same probe, which runs after the HTML. The pages (`scripts/bench/page/cold-hz.html`, `cold-echarts.html`) are served from 127.0.0.1 into a fresh browser context, so nothing is cached; the time is `performance.now()` when the treemap has been painted. The browser runs without its WebUI omnibox popup, which Chromium 156 otherwise loads in a renderer of its own for every new tab, competing with the page for the two cores (see `run-bench.mjs`).', '');
  }

  if (r.load?.length) {
    push('## A busy page: 2,000 cards, 50 bar lists and a 10,000-leaf treemap', '', '| run | first render | longest task after first render | long tasks |', '|---|---:|---:|---:|');
    r.load.forEach((l, i) => push(`| ${i + 1} | ${ms(l.firstRender)} ms | ${ms(l.longestTaskAfterFirstRender)} ms | ${l.longTasks} |`));
    push('', 'After first render the page drills the treemap in and out, updates 200 cards and resizes the treemap; a long task is one over 50 ms. The treemap picks its own renderer here.', '');
  }

  push('Layout shift is not measured here: `test/browser/embedding.test.ts` holds it to ≤ 0.01 in every `npm test`, and `test/dist/autoload.test.ts` likewise for the drop-in while its element files load.', '');

  const sizes = r.sizes;
  if (sizes?.entries) {
    push('## Sizes (min+gzip, `npm run size`)', '', '| entry point, bundled with its dependencies | min | min+gzip | of which Lit |', '|---|---:|---:|---:|');
    for (const e of sizes.entries) push(`| ${e.name} | ${(e.min / 1024).toFixed(1)} KB | ${(e.gzip / 1024).toFixed(1)} KB | ${e.litShare === undefined ? 'see `npm run size`' : `${(e.litShare / 1024).toFixed(1)} KB`} |`);
    push('', '| drop-in file (`dist/cdn/`) | loaded | min | min+gzip |', '|---|---|---:|---:|');
    const file = (f, when) => push(`| ${f.file} | ${when} | ${(f.min / 1024).toFixed(1)} KB | ${(f.gzip / 1024).toFixed(1)} KB |`);
    for (const f of sizes.dropIn.firstLoad.files) file(f, 'first load');
    for (const f of sizes.dropIn.lazy.files) file(f, 'lazily');
    for (const f of sizes.dropIn.huzhou) file(f, 'the Huzhou drop-in (the same first file, fetching the dataset at once)');
    push(
      '',
      `First load is every \`.js\` file directly in \`dist/cdn/\` except the Huzhou drop-in, each gzipped on its own and summed: ${(sizes.dropIn.firstLoad.gzip / 1024).toFixed(1)} KB in ${sizes.dropIn.firstLoad.files.length} file(s). It defines no element: each tag's file and the chunks it imports come from \`dist/cdn/lazy/\` when the tag appears (decision 0017; ${(sizes.dropIn.lazy.gzip / 1024).toFixed(1)} KB in ${sizes.dropIn.lazy.files.length} file(s) in all, the dataset included). For comparison, an ECharts 6 custom build with only the treemap, tooltip and SVG renderer is ${(sizes.echartsTreemapSvg / 1024).toFixed(1)} KB.`,
      '',
    );
    if (sizes.dropIn.pages?.length) {
      push('What a drop-in page with these tags loads before they draw (the first file, their files and every lazy file those import, each gzipped on its own; no dataset):', '', '| tags | files | min+gzip |', '|---|---:|---:|');
      for (const p of sizes.dropIn.pages) push(`| ${p.tags.join(', ')} | ${p.files} | ${(p.gzip / 1024).toFixed(1)} KB |`);
      push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
