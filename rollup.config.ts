import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import type { Plugin, RollupLog, RollupOptions } from 'rollup';

/**
 * hz-viz builds two ways:
 * - per-module ESM with types for bundlers and npm users (dependencies stay external, so an
 *   app's bundler dedupes Lit and tree-shakes what it does not import);
 * - two minified drop-in files, Lit and d3 inlined: hz-viz.min.js (the elements) and
 *   hz-viz-huzhou.min.js (the same with the Huzhou 2024 report as the default report), each with
 *   the files it loads later in dist/cdn/lazy/ (decision 0013).
 */
const root = 'packages/hz-viz';

export const entryPoints = {
  index: `${root}/src/index.ts`,
  report: `${root}/src/report.ts`,
  'metric-card': `${root}/src/metric-card.ts`,
  'metric-grid': `${root}/src/metric-grid.ts`,
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

/** The chunk loader the first file of a drop-in is wrapped in (src/cdn/chunk-loader.js). */
const chunkLoader = readFileSync(`${root}/src/cdn/chunk-loader.js`, 'utf8');

/**
 * The first file must hold everything a first paint needs: a static import from it would be one
 * more file to wait for, and the loader runs it at once, before its dependencies could arrive.
 */
const firstFileStandsAlone: Plugin = {
  name: 'first-file-stands-alone',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.isEntry && file.imports.length > 0) this.error(`${file.fileName} imports ${file.imports.join(', ')}: the first file of the drop-in must stand alone`);
    }
  },
};

/**
 * What @hz-viz/schema (`"sideEffects": false`) and zod (every module but compile.js) declare in
 * their package.json, said to rollup directly: resolved through the TypeScript sources it is not
 * applied, and rollup then keeps every zod schema a lazy file uses in the first file, because the
 * first file imports the schema package's index, which re-exports them.
 */
function declaredSideEffects(id: string): boolean {
  if (/[\\/]packages[\\/]schema[\\/]src[\\/]/.test(id)) return false;
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return /[\\/]compile\.[cm]?[jt]s$/.test(id);
  return true;
}

/**
 * A drop-in: one classic script a page adds (`<script src=".../hz-viz.min.js">`; it also runs as
 * a module and from a page opened as a file) with all a first paint needs, and the files it loads
 * itself when they are needed, after the first paint or beside it, in lazy/: the full report
 * validation, the Chinese wording of report problems, the dataset of the Huzhou drop-in, and
 * whatever else the elements import dynamically. rollup's `amd` format is the one that splits
 * into classic scripts; the loader wrapped around the first file runs them (decision 0013).
 */
function dropIn(name: string, input: string): RollupOptions {
  const wrapped = (chunk: { isEntry: boolean; fileName: string }) => chunk.isEntry;
  return {
    input: { [name]: input },
    // The first file may export what the lazy files import from it; the page sees only `HzViz`.
    preserveEntrySignatures: false,
    treeshake: { moduleSideEffects: declaredSideEffects },
    output: {
      dir: `${root}/dist/cdn`,
      format: 'amd',
      amd: { define: 'hzVizDefine', forceJsExtensionForImports: true },
      entryFileNames: '[name].js',
      // A dataset's file is named so: the first file fetches it at once (see the banner).
      chunkFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]src[\\/]datasets[\\/]/.test(chunk.facadeModuleId) ? 'lazy/dataset-[name]-[hash].js' : 'lazy/[name]-[hash].js'),
      minifyInternalExports: true,
      banner: (chunk) =>
        wrapped(chunk)
          ? `(function () {\n${chunkLoader
              .replace('__HZ_VIZ_ENTRY_FILE__', chunk.fileName)
              .replace('__HZ_VIZ_FETCH_AT_ONCE__', JSON.stringify(chunk.dynamicImports.filter((file) => file.startsWith('lazy/dataset-'))))}\n`
          : '',
      footer: (chunk) => (wrapped(chunk) ? '})();' : ''),
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'import', 'default'] }),
      typescript({ tsconfig: `${root}/tsconfig.bundle.json`, outputToFilesystem: true }),
      // Lit's html`` and css`` templates keep their indentation through terser: minify them.
      minifyTemplates(),
      // wrap_func_args keeps each file's factory in parentheses, which V8 takes as a hint to
      // compile it at once (while the file streams in, off the main thread) rather than to
      // pre-parse it and compile it again when it is called.
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, wrap_func_args: true } }),
      firstFileStandsAlone,
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
