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
