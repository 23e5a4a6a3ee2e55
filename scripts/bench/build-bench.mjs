/**
 * Builds what the benchmark pages load, into tmp/bench/:
 * - echarts-treemap.js: a custom ECharts 6 build (treemap + tooltip + SVG and canvas renderers),
 *   and echarts-treemap-svg.js (treemap + tooltip + SVG only) whose size is the comparison figure;
 * - d3-floor.js: d3-hierarchy for the hand-written floor.
 * hz-viz itself is measured from its real build (packages/hz-viz/dist/cdn).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

mkdirSync('tmp/bench/src', { recursive: true });
const sources = {
  'echarts-treemap': `import * as echarts from 'echarts/core';
import { TreemapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer, CanvasRenderer } from 'echarts/renderers';
echarts.use([TreemapChart, TooltipComponent, SVGRenderer, CanvasRenderer]);
export { echarts };`,
  'echarts-treemap-svg': `import * as echarts from 'echarts/core';
import { TreemapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([TreemapChart, TooltipComponent, SVGRenderer]);
export { echarts };`,
  'd3-floor': `export { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';`,
};
/** ECharts reads process.env.NODE_ENV; a browser bundle must say production. */
const production = {
  name: 'production',
  transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null),
};

for (const [name, code] of Object.entries(sources)) {
  writeFileSync(`tmp/bench/src/${name}.js`, code);
  const bundle = await rollup({ input: `tmp/bench/src/${name}.js`, plugins: [nodeResolve(), production], onwarn: () => {} });
  await bundle.write({ file: `tmp/bench/${name}.js`, format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
}

/**
 * The cold-load page of hz-viz, rendered on the server (@hz-viz/ssr, from dist): the same treemap
 * of the Huzhou report in the same 900 × 600 host as cold-hz.html, drawn at the chart box the
 * browser gives it there (900 × 565), with the same probe for a painted frame showing cells; as
 * hz-viz-render writes a page, it links the drop-in, deferred, and its <hz-report> reads the
 * report's JSON file: the treemap hydrates once the drop-in has run.
 */
const { renderToString } = await import('@hz-viz/ssr');
const { parseReport } = await import('@hz-viz/schema');
const { html } = await import('lit');
const { readFileSync } = await import('node:fs');
const huzhou = parseReport(JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
if (!huzhou.ok) throw new Error('data/huzhou-2024.json must be valid');
const treemap = await renderToString(html`<hz-report src="/data/huzhou-2024.json"><hz-department-treemap style="width: 900px; --hz-treemap-height: 600px"></hz-department-treemap></hz-report>`, { report: huzhou.value, width: 900, height: 565 });
const probe = readFileSync('scripts/bench/page/cold-hz.html', 'utf8').match(/<script type="module">[\s\S]*?<\/script>/)[0];
writeFileSync(
  'tmp/bench/cold-static.html',
  `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>cold: hz-viz rendered on the server</title>\n<script src="/packages/hz-viz/dist/cdn/hz-viz.min.js" defer></script>\n</head>\n<body>\n${treemap}\n${probe}\n</body>\n</html>\n`,
);
