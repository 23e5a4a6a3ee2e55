/**
 * A plain Node script that server-renders two hz-viz elements from the Huzhou report into a page
 * that shows them with JavaScript off: a metric card read by id, and the department treemap.
 *
 *   node packages/ssr/examples/node/render-figures.mjs [out.html]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseReport } from '@hz-viz/schema';
import { renderElement } from '@hz-viz/ssr';

const json = JSON.parse(readFileSync(new URL('../../../../data/huzhou-2024.json', import.meta.url), 'utf8'));
const parsed = parseReport(json);
if (!parsed.ok) {
  for (const p of parsed.problems) console.error(`huzhou-2024.json: ${p.message}`);
  process.exit(1);
}
const report = parsed.value;

// Ids are read from the report, as inside <hz-report>; the treemap draws its chart at 960 × 480.
const card = await renderElement('hz-metric-card', { attributes: { metric: 'fagaiwei.energy.energy-use-per-unit-of-gdp' } }, { report });
const treemap = await renderElement('hz-department-treemap', { attributes: { 'size-by': 'figures' } }, { report, width: 960, height: 480 });

const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>hz-viz on the server</title></head>
<body style="max-width: 960px; margin: 24px auto; font-family: 'Noto Sans CJK SC', sans-serif">
<h1>${report.title.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])}</h1>
<div style="max-width: 320px">${card}</div>
${treemap}
</body>
</html>
`;
const out = process.argv[2] ?? 'figures.html';
writeFileSync(out, page);
console.log(`wrote ${out}`);
