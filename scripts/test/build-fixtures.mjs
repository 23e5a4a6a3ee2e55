/**
 * Fixtures the browser tests load that must be built first: the React 19 page (React ships
 * CommonJS). Built with esbuild into tmp/fixtures/. Run after `npm run build`.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['test/pages/react-page.tsx'],
  bundle: true,
  format: 'esm',
  outfile: 'tmp/fixtures/react-page.js',
  jsx: 'automatic',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

/**
 * The server renderer's output for every element in its main states (test/dist/server-render.test.ts
 * loads each with JavaScript off and compares its text with the same element drawn in a browser),
 * and the static report page of the Huzhou report as hz-viz-render writes it. From the built
 * packages (dist), as a user's server would run them.
 */
const { renderElement } = await import('@hz-viz/ssr');
const { runRender } = await import('@hz-viz/ssr/cli');
const { parseReport } = await import('@hz-viz/schema');
const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
const huzhou = parseReport(JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
if (!huzhou.ok) throw new Error('data/huzhou-2024.json must be valid');
// The chart's box inside a 640 × 400 treemap (its breadcrumb, legend and switch take the rest) in
// the test's font: the test checks the browser draws its chart at this size before comparing labels.
const treemapBox = { width: 640, height: 288 };
const completion = [
  { label: '残疾人就业完成率', kind: 'completion', value: 120, unit: '%', polarity: 'higher-is-better' },
  { label: '示例数据：培训完成率', kind: 'completion', value: 87.5, unit: '%', polarity: 'higher-is-better' },
];
const cases = [
  { name: 'card from attributes', tag: 'hz-metric-card', attributes: { label: '示例数据：地区生产总值', value: '4015.4', unit: '亿元', change: '5.8', period: '全年' } },
  { name: 'card by id', tag: 'hz-metric-card', attributes: { metric: 'kexie.zhixing.red-leadership-training' }, report: true },
  { name: 'card with a rank', tag: 'hz-metric-card', attributes: { label: '示例数据：粮食产量', value: '10.9亿', unit: '斤', rank: '全省第一' } },
  { name: 'card, invalid value', tag: 'hz-metric-card', attributes: { label: '示例数据', value: '很多', unit: '个' } },
  { name: 'card, unknown id', tag: 'hz-metric-card', attributes: { metric: 'no-such-metric' }, report: true },
  { name: 'grid', tag: 'hz-metric-grid', properties: { metrics: [{ id: 'a', label: '示例数据：甲', value: '12', unit: '个' }, { id: 'b', label: '示例数据：乙', value: '3.5', unit: '%', change: '-1.2' }] } },
  { name: 'bar by id', tag: 'hz-metric-bar', attributes: { metric: 'canlian.employment.disabled-employment-completion-rate' }, report: true },
  { name: 'bar list of a kind', tag: 'hz-bar-list', attributes: { kind: 'completion', sort: 'value-desc' }, report: true },
  { name: 'bar list from properties', tag: 'hz-bar-list', properties: { metrics: completion } },
  { name: 'rank badge', tag: 'hz-rank-badge', attributes: { honor: 'wenlian.rural-arts.art-led-rural-development-top' }, report: true },
  { name: 'rank badge, unknown honor', tag: 'hz-rank-badge', attributes: { honor: 'no-such-honor' }, report: true },
  { name: 'achievement card', tag: 'hz-achievement-card', attributes: { initiative: 'kexie.zhixing' }, report: true },
  { name: 'treemap', tag: 'hz-department-treemap', attributes: { style: `width: ${treemapBox.width}px; --hz-treemap-height: 400px` }, report: true, box: treemapBox },
  { name: 'treemap as a table', tag: 'hz-department-treemap', attributes: { view: 'table' }, report: true, box: treemapBox },
];
const rendered = [];
for (const lang of ['zh-CN', 'en']) {
  for (const c of cases) {
    const server = await renderElement(c.tag, { attributes: c.attributes ?? {}, properties: c.properties ?? {} }, { lang, ...(c.report && { report: huzhou.value }), ...(c.box ?? treemapBox) });
    rendered.push({ ...c, lang, server });
  }
}
mkdirSync('tmp/fixtures/ssr', { recursive: true });
writeFileSync('tmp/fixtures/ssr/cases.json', JSON.stringify(rendered));
const quiet = { readFile: (path) => readFileSync(path, 'utf8'), writeFile: (path, text) => writeFileSync(path, text), stdout: () => {}, stderr: () => {} };
// The page as a reader with JavaScript off gets it (no script), and as one with it on: the page
// with its copy of the drop-in, whose elements hydrate (test/dist/hydration.test.ts).
for (const [site, ...options] of [['site', '--static'], ['hydrated-site'], ['hydrated-site-en', '--lang', 'en']]) {
  if ((await runRender(['data/huzhou-2024.json', '--out', `tmp/fixtures/ssr/${site}`, ...options], quiet)) !== 0) throw new Error(`hz-viz-render ${options.join(' ')} failed on the Huzhou report`);
}

/**
 * The share images of the Huzhou report as `hz-viz-render --svg` writes them (decision 0023):
 * test/dist/share-images.test.ts opens them in Chromium and reads their printed text.
 */
if ((await runRender(['data/huzhou-2024.json', '--out', 'tmp/fixtures/ssr/share-site', '--svg'], quiet)) !== 0) throw new Error('hz-viz-render --svg failed on the Huzhou report');
