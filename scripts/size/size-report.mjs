/**
 * npm run size — min+gzip bytes of every per-element entry point (bundled with its dependencies,
 * as an app would ship it, and with Lit left out to show Lit's share) and of the drop-in files,
 * then the three size budgets of issue 12 with verdicts. Reads the build: run `npm run build`
 * first. `--check` exits 1 when a budget is missed.
 *
 * What counts as the drop-in's first load (what a page downloads from the drop-in before its
 * first paint):
 * - every `.js` file directly in dist/cdn/ — the drop-in's entry and any chunk it imports
 *   statically — is first load, each gzipped on its own (each is its own download) and summed;
 * - files under dist/cdn/lazy/ are loaded lazily and are not first load; they are listed with
 *   their sizes. Since decision 0017 the first file defines no element: each tag's file (and the
 *   chunks it imports) is loaded when the tag appears, so a page that shows an element loads
 *   more than the first load. What each tag brings, and a report with its treemap (the cold-load
 *   page), is printed as "a page with …": the first file plus the tag's file and every lazy file
 *   it imports statically, each gzipped on its own and summed (the dataset not included);
 * - the Huzhou drop-in (a dist/cdn/ file with `huzhou` in its name: the elements plus the bundled
 *   report) is reported on its own line and is not part of the elements' first load.
 * So a build that splits the drop-in must put everything it loads lazily under dist/cdn/lazy/.
 *
 * Sizes are gzip level 9 of the minified bytes; 1 KB = 1,024 bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const dist = 'packages/hz-viz/dist';
const cdn = `${dist}/cdn`;
const entries = ['index', 'report', 'metric-card', 'metric-grid', 'metric-bar', 'bar-list', 'rank-badge', 'achievement-card', 'department-treemap'];

/** Issue 12's size budgets, min+gzip. */
export const sizeLimitsKB = {
  'drop-in first load': 30,
  'hz-viz/metric-card.js': 14,
  'hz-viz/department-treemap.js': 24,
};

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => bytes / 1024;

/** Bundles one entry as an app's bundler would: minified, production Lit, static chunks summed (lazy chunks left out). */
export async function measureEntry(input, { external = () => false } = {}) {
  const bundle = await rollup({
    input,
    external,
    plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, ecma: 2020, format: { comments: false } })] });
  await bundle.close();
  // What the entry loads at once: its chunk and the chunks it imports statically, transitively. A
  // chunk reached only through import() (a part loaded when an input needs it) is not counted.
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const firstLoad = new Set();
  const visit = (chunk) => {
    if (firstLoad.has(chunk)) return;
    firstLoad.add(chunk);
    // Externals (Lit left out, to show its share) are no chunks of ours.
    for (const file of chunk.imports) if (chunks.has(file)) visit(chunks.get(file));
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  const code = [...firstLoad].map((c) => c.code).join('\n');
  return { min: Buffer.byteLength(code), gzip: gz(code) };
}

function filesUnder(directory) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The drop-in's files by the rule in this file's header. */
export function dropInFiles() {
  const sized = (path) => {
    const code = readFileSync(path);
    return { file: relative(cdn, path), min: code.length, gzip: gz(code) };
  };
  const top = readdirSync(cdn, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => sized(join(cdn, e.name)));
  const group = (files) => ({ files, min: files.reduce((a, f) => a + f.min, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) });
  return {
    firstLoad: group(top.filter((f) => !f.file.includes('huzhou'))),
    lazy: group(filesUnder(join(cdn, 'lazy')).map(sized)),
    huzhou: top.filter((f) => f.file.includes('huzhou')),
  };
}

/**
 * What a drop-in page with these tags loads before they draw: the first file, each tag's file and
 * the lazy files those import statically (read from each file's `hzVizDefine([...])`), transitively.
 */
export function dropInPage(tags) {
  const lazy = join(cdn, 'lazy');
  if (!existsSync(join(lazy, 'elements.json'))) return undefined;
  // Which lazy file defines which tag: written by the build (rollup.config.ts).
  const defining = JSON.parse(readFileSync(join(lazy, 'elements.json'), 'utf8'));
  const files = new Set(['hz-viz.min.js']);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const deps = /hzVizDefine\(\[([^\]]*)\]/.exec(readFileSync(join(cdn, file), 'utf8'))?.[1] ?? '';
    for (const dep of deps.matchAll(/"\.\/([\w.-]+\.js)"/g)) visit(`lazy/${dep[1]}`);
  };
  for (const tag of tags) {
    if (!defining[tag]) return undefined;
    visit(defining[tag]);
  }
  const gzip = [...files].reduce((sum, file) => sum + gz(readFileSync(join(cdn, file))), 0);
  return { tags, files: files.size, gzip };
}

/** The pages `npm run size` prints: each tag alone, and the report treemap of the cold-load page. */
export const dropInPages = [['hz-metric-card'], ['hz-metric-bar'], ['hz-rank-badge'], ['hz-bar-list'], ['hz-achievement-card'], ['hz-report', 'hz-department-treemap'], ['hz-report', 'hz-metric-card', 'hz-metric-bar', 'hz-bar-list', 'hz-rank-badge', 'hz-achievement-card', 'hz-department-treemap']];

/** The budgets as measured: `{ name, limitKB, actualKB, met }`. */
export function sizeBudgets(report) {
  const entry = (name) => report.entries.find((e) => e.name === name);
  const actual = {
    'drop-in first load': kb(report.dropIn.firstLoad.gzip),
    'hz-viz/metric-card.js': kb(entry('hz-viz/metric-card.js').gzip),
    'hz-viz/department-treemap.js': kb(entry('hz-viz/department-treemap.js').gzip),
  };
  return Object.entries(sizeLimitsKB).map(([name, limitKB]) => ({ name, limitKB, actualKB: actual[name], met: actual[name] <= limitKB }));
}

/** Every entry, the drop-in files and the budgets. `litShare: false` skips the second bundle of each entry (half the time). */
export async function sizeReport({ litShare = true } = {}) {
  const rows = [];
  for (const entry of entries) {
    const withLit = await measureEntry(`${dist}/${entry}.js`);
    const row = { name: `hz-viz/${entry}.js`, ...withLit };
    if (litShare) row.litShare = withLit.gzip - (await measureEntry(`${dist}/${entry}.js`, { external: (id) => /^(lit|@lit\/)/.test(id) })).gzip;
    rows.push(row);
  }
  const report = { entries: rows, dropIn: { ...dropInFiles(), pages: dropInPages.map(dropInPage).filter(Boolean) } };
  return { ...report, budgets: sizeBudgets(report) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await sizeReport();
  const f = (bytes) => `${kb(bytes).toFixed(1)} KB`;
  console.log('Entry points, each bundled with its dependencies (lazy chunks left out):\n');
  console.log('| file | min | min+gzip | of which Lit (gzip) |');
  console.log('|---|---:|---:|---:|');
  for (const row of report.entries) console.log(`| ${row.name} | ${f(row.min)} | ${f(row.gzip)} | ${f(row.litShare)} |`);
  console.log('\nDrop-in files (dist/cdn):\n');
  console.log('| file | loaded | min | min+gzip |');
  console.log('|---|---|---:|---:|');
  for (const file of report.dropIn.firstLoad.files) console.log(`| ${file.file} | first load | ${f(file.min)} | ${f(file.gzip)} |`);
  for (const file of report.dropIn.lazy.files) console.log(`| ${file.file} | lazily | ${f(file.min)} | ${f(file.gzip)} |`);
  for (const file of report.dropIn.huzhou) console.log(`| ${file.file} | the Huzhou drop-in, on its own | ${f(file.min)} | ${f(file.gzip)} |`);
  console.log(`\nDrop-in first load: ${report.dropIn.firstLoad.files.length} file(s), ${f(report.dropIn.firstLoad.gzip)} min+gzip; lazily loaded: ${report.dropIn.lazy.files.length} file(s), ${f(report.dropIn.lazy.gzip)}.`);
  console.log('\nA drop-in page with these tags loads before they draw (first file, their files and what those import; no dataset):\n');
  console.log('| tags | files | min+gzip |');
  console.log('|---|---:|---:|');
  for (const p of report.dropIn.pages) console.log(`| ${p.tags.join(', ')} | ${p.files} | ${f(p.gzip)} |`);
  console.log('\nBudgets (min+gzip):\n');
  console.log('| budget | limit | now | verdict |');
  console.log('|---|---:|---:|---|');
  for (const b of report.budgets) console.log(`| ${b.name} | ≤ ${b.limitKB} KB | ${b.actualKB.toFixed(1)} KB | ${b.met ? 'met' : `missed by ${(b.actualKB - b.limitKB).toFixed(1)} KB`} |`);
  if (process.argv.includes('--check') && report.budgets.some((b) => !b.met)) process.exitCode = 1;
}
