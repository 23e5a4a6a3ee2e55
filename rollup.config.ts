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
  locale: `${root}/src/locale.ts`,
  server: `${root}/src/server.ts`,
  hydrate: `${root}/src/hydrate.ts`,
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

/** The release the drop-in's `HzViz.version` says: the one every element class carries. */
const version = /hzVizVersion = '([^']+)'/.exec(readFileSync(`${root}/src/internal/define.ts`, 'utf8'))![1]!;
const versionOfTheFirstFile: Plugin = {
  name: 'version-of-the-first-file',
  transform: (code, id) => (id.includes('/src/cdn') && code.includes('__HZ_VIZ_VERSION__') ? { code: code.replaceAll('__HZ_VIZ_VERSION__', JSON.stringify(version)), map: null } : null),
};

/**
 * The first file must hold everything a first paint needs: a static import from it would be one
 * more file to wait for, and the loader runs it at once, before its dependencies could arrive.
 */
const firstFileStandsAlone: Plugin = {
  name: 'first-file-stands-alone',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      if (file.isEntry && file.imports.length > 0) this.error(`${file.fileName} imports ${file.imports.join(', ')}: the first file of the drop-in must stand alone`);
      // Nor may a lazy file import from the first file: then both drop-ins write the same lazy
      // files (same content, same names) and a page that has one cached has the other's too.
      const first = file.imports.find((name) => !name.startsWith('lazy/'));
      if (!file.isEntry && first) this.error(`${file.fileName} imports ${first}: keep what the lazy files share out of the first file (src/cdn*)`);
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
 * The drop-in: one classic script a page adds (`<script src=".../hz-viz.min.js">`; it also runs
 * as a module and from a page opened as a file), and the files it loads itself, in lazy/: each
 * element's file when its tag appears (decision 0015), with the chunks the elements share, and
 * whatever the elements import dynamically (the full report validation, the Chinese wording of
 * problems, the treemap's table …). rollup's `amd` format is the one that splits into classic
 * scripts; the loader wrapped around the first file runs them (decision 0013).
 *
 * hz-viz-huzhou.min.js is the same first file told to fetch the Huzhou dataset's file at once
 * (the last line differs): both share one lazy/ folder, and a page that has one cached has
 * the other's lazy files too.
 */
function dropIn(input: string): RollupOptions {
  const first = 'hz-viz.min.js';
  const huzhou = 'hz-viz-huzhou.min.js';
  const footer = '})(__HZ_VIZ_GRAPH__, __HZ_VIZ_AT_ONCE__);';
  const wrapped = (chunk: { isEntry: boolean; fileName: string }) => chunk.isEntry;
  /**
   * Fills the footer: the loader's `graph` (every lazy file and the lazy files it imports
   * statically, so that loading one starts them all) and the files fetched at once. At the very
   * end of the first file, after every mapped position, so the source map stays right.
   */
  const firstFiles: Plugin = {
    name: 'first-files',
    generateBundle(_options, bundle) {
      const graph: Record<string, string[]> = {};
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && !file.isEntry && file.imports.length > 0) graph[file.fileName] = file.imports;
      const entry = bundle[first];
      if (entry?.type !== 'chunk' || !entry.map) return this.error(`no ${first}`);
      const datasets = entry.dynamicImports.filter((file) => file.startsWith('lazy/dataset-huzhou-2024-'));
      if (datasets.length !== 1) this.error(`${first} should name one Huzhou dataset file, not ${datasets.length}`);
      const at = entry.code.lastIndexOf('__HZ_VIZ_GRAPH__');
      const tail = entry.code.slice(at);
      if (at < 0 || entry.code.indexOf('__HZ_VIZ_GRAPH__') !== at || !/^__HZ_VIZ_GRAPH__,__HZ_VIZ_AT_ONCE__\)\)?;?\n\/\/# sourceMappingURL=hz-viz\.min\.js\.map\n?$/.test(tail)) this.error(`${first} does not end with the loader's footer: ${tail.slice(0, 80)}`);
      const body = entry.code.slice(0, at);
      const end = tail.slice('__HZ_VIZ_GRAPH__,__HZ_VIZ_AT_ONCE__'.length);
      const lastLine = (atOnce: string[]) => `${JSON.stringify(graph)},${JSON.stringify(atOnce)}${end}`;
      entry.code = body + lastLine([]);
      const map = { ...JSON.parse(entry.map.toString()), file: huzhou };
      this.emitFile({ type: 'asset', fileName: huzhou, source: `${body}${lastLine(datasets).replace(`${first}.map`, `${huzhou}.map`)}` });
      this.emitFile({ type: 'asset', fileName: `${huzhou}.map`, source: JSON.stringify(map) });
      // Which lazy file defines which tag (an element's `hz-x.ts` registers `<hz-x>`), for
      // `npm run size`'s "a page with …" figures and anyone who wants to preload a tag's files.
      const tags: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const tag = /[\\/]elements[\\/][\w-]+[\\/](hz-[\w-]+)\.ts$/.exec(id)?.[1];
          if (tag) tags[tag] = file.fileName;
        }
      }
      this.emitFile({ type: 'asset', fileName: 'lazy/elements.json', source: `${JSON.stringify(tags, null, 2)}\n` });
    },
  };
  return {
    input: { 'hz-viz.min': input },
    // The first file may export what the lazy files import from it; the page sees only `HzViz`.
    preserveEntrySignatures: false,
    treeshake: { moduleSideEffects: declaredSideEffects },
    output: {
      dir: `${root}/dist/cdn`,
      format: 'amd',
      amd: { define: 'hzVizDefine', forceJsExtensionForImports: true },
      entryFileNames: '[name].js',
      // A dataset's file is named so: it is data, and the Huzhou drop-in fetches it at once.
      chunkFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]src[\\/]datasets[\\/]/.test(chunk.facadeModuleId) ? 'lazy/dataset-[name]-[hash].js' : 'lazy/[name]-[hash].js'),
      minifyInternalExports: true,
      banner: (chunk) => (wrapped(chunk) ? `(function (graph, atOnce) {\n${chunkLoader.replace('__HZ_VIZ_ENTRY_FILE__', chunk.fileName)}\n` : ''),
      footer: (chunk) => (wrapped(chunk) ? footer : ''),
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production', 'browser', 'import', 'default'] }),
      typescript({ tsconfig: `${root}/tsconfig.bundle.json`, outputToFilesystem: true }),
      versionOfTheFirstFile,
      // Lit's html`` and css`` templates keep their indentation through terser: minify them.
      minifyTemplates(),
      // wrap_func_args keeps each file's factory in parentheses, which V8 takes as a hint to
      // compile it at once (while the file streams in, off the main thread) rather than to
      // pre-parse it and compile it again when it is called.
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, wrap_func_args: true } }),
      firstFileStandsAlone,
      firstFiles,
    ],
    onwarn,
  };
}

export default [
  modules,
  // hz-viz.min.js (the elements: <hz-report src="…"> shows your report) and hz-viz-huzhou.min.js
  // (the same, with the Huzhou 2024 report that <hz-report> without src shows).
  dropIn(`${root}/src/cdn.ts`),
];
