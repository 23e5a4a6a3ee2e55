import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { RollupLog, RollupOptions } from 'rollup';

/**
 * hz-viz builds two ways:
 * - per-module ESM with types for bundlers and npm users (dependencies stay external, so an
 *   app's bundler dedupes Lit and tree-shakes what it does not import);
 * - two minified drop-in files, Lit and d3 inlined: hz-viz.min.js (the elements) and
 *   hz-viz-huzhou.min.js (the same with the Huzhou 2024 report as the default report).
 */
const root = 'packages/hz-viz';

export const entryPoints = {
  index: `${root}/src/index.ts`,
  report: `${root}/src/report.ts`,
  'metric-card': `${root}/src/metric-card.ts`,
  'metric-bar': `${root}/src/metric-bar.ts`,
  'bar-list': `${root}/src/bar-list.ts`,
  'rank-badge': `${root}/src/rank-badge.ts`,
  'achievement-card': `${root}/src/achievement-card.ts`,
  'department-treemap': `${root}/src/department-treemap.ts`,
  'datasets/huzhou-2024': `${root}/src/datasets/huzhou-2024.ts`,
};

/** zod's own annotation comments and an import cycle inside it are known and harmless. */
function onwarn(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  const inDependency = warning.id?.includes('node_modules') || warning.ids?.some((id) => id.includes('node_modules'));
  if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

const modules: RollupOptions = {
  input: entryPoints,
  external: (id) => /^(lit|@lit\/|d3-|@hz-viz\/|tslib)/.test(id),
  output: {
    dir: `${root}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `${root}/src`,
    sourcemap: true,
  },
  plugins: [typescript({ tsconfig: `${root}/tsconfig.build.json`, outputToFilesystem: true }), minifyTemplates()],
  onwarn,
};

/**
 * A drop-in file: everything in one classic script (an IIFE exposing `HzViz`), so it works
 * self-hosted on its own, in `<script src>` or `<script type="module">`, and from a page opened as
 * a file. No chunks to find next to it.
 */
function dropIn(name: string, input: string): RollupOptions {
  return {
    input: { [name]: input },
    output: {
      dir: `${root}/dist/cdn`,
      format: 'iife',
      name: 'HzViz',
      entryFileNames: '[name].js',
      // One file: lazily imported modules (the treemap's table) are inlined into it.
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'import', 'default'] }),
      typescript({ tsconfig: `${root}/tsconfig.bundle.json`, outputToFilesystem: true }),
      // Lit's html`` and css`` templates keep their indentation through terser: minify them.
      minifyTemplates(),
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn,
  };
}

export default [
  modules,
  // The elements alone: <hz-report src="…"> shows your report.
  dropIn('hz-viz.min', `${root}/src/cdn.ts`),
  // The elements and the Huzhou 2024 report, which <hz-report> without src shows.
  dropIn('hz-viz-huzhou.min', `${root}/src/cdn-huzhou.ts`),
];
