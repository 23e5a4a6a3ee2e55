/**
 * npm run size — min+gzip bytes of every per-element entry point (bundled with its dependencies,
 * as an app would ship it, and with Lit left out to show Lit's share), of the drop-in bundle and
 * of the drop-in files. Reads the build (run `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const dist = 'packages/hz-viz/dist';
const entries = ['index', 'report', 'metric-card', 'metric-bar', 'bar-list', 'rank-badge', 'achievement-card', 'department-treemap'];

const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles one entry as an app's bundler would: minified, production Lit, chunks summed. */
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

export async function sizeReport() {
  const rows = [];
  for (const entry of entries) {
    const withLit = await measureEntry(`${dist}/${entry}.js`);
    const withoutLit = await measureEntry(`${dist}/${entry}.js`, { external: (id) => /^(lit|@lit\/)/.test(id) });
    rows.push({ name: `hz-viz/${entry}.js`, ...withLit, litShare: withLit.gzip - withoutLit.gzip });
  }
  const cdnFiles = readdirSync(`${dist}/cdn`).filter((f) => f.endsWith('.js'));
  for (const file of cdnFiles) {
    const code = readFileSync(`${dist}/cdn/${file}`);
    rows.push({ name: `cdn/${file}${file.includes('huzhou') ? ' (drop-in with the Huzhou report)' : ' (drop-in, the elements)'}`, min: code.length, gzip: gz(code) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await sizeReport();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('| file | min | min+gzip | of which Lit (gzip) |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${row.litShare === undefined ? '' : kb(row.litShare)} |`);
}
