#!/usr/bin/env node
/**
 * hz-viz-render — a report to a static report page that works with JavaScript off.
 *
 *   hz-viz-render report.json --out site/ [--lang en] [--heading "…"] [--badge 示例数据] [--script URL | --static] [--svg] [--png]
 *
 * Writes site/index.html (every figure server-rendered, print styles inline), site/report.json
 * (the validated report, which the page's <hz-report> reads once a script runs) and site/hz-viz/,
 * the drop-in bundle the page loads to hydrate its elements (or the page links --script's URL
 * instead, or, --static, has no script at all); with --svg also
 * site/share/*.svg, the share images (decision 0023), and with --png each of them as a PNG at 2×.
 * Exit 0 with all written; 1 when the report is invalid (every problem printed with its path,
 * nothing written); 2 for a usage mistake.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonText, parseReport, problemLines, unreadableFile } from '@hz-viz/schema';
import type { Problem } from '@hz-viz/schema';
import { writeAtomically } from '@hz-viz/schema/node.js';
import { renderReportPage } from '../page-document.js';
import { svgToPng } from '../share/rasterize.js';
import { shareImages } from '../share/share-images.js';

export const usage = `usage: hz-viz-render REPORT.json --out DIR [--lang zh-CN|en] [--heading "…"] [--badge "…"] [--script URL | --static] [--svg] [--png]
  Writes DIR/index.html, the report page with every figure rendered on the server (complete with
  JavaScript off, ready to print), DIR/report.json, and DIR/hz-viz/, the drop-in bundle that
  makes the page interactive when scripts run (its elements hydrate: nothing is drawn again).
  --script URL  link the drop-in (hz-viz.min.js) at URL instead of copying it
  --static      no script: the page stays as the server drew it
  --svg  also DIR/share/*.svg: a picture of each headline card, each department's honors and the treemap
  --png  the same pictures as PNG at 2× too (implies --svg)`;

export interface RenderIo {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

class UsageError extends Error {}

function readArgs(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        heading: { type: 'string' },
        badge: { type: 'string' },
        script: { type: 'string' },
        static: { type: 'boolean' },
        svg: { type: 'boolean' },
        png: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'which report? give its JSON file' : `one report at a time, received ${positionals.length}`);
  if (!values.out) throw new UsageError('--out: the folder to write the page to');
  if (values.script !== undefined && values.static) throw new UsageError('--script and --static: a page links the drop-in, or has no script');
  if (values.script === '') throw new UsageError('--script: the URL of hz-viz.min.js');
  if (values.lang !== undefined && !/^(zh(-CN|-Hans)?|en(-[A-Z]{2})?)$/.test(values.lang)) throw new UsageError(`--lang: zh-CN or en, received "${values.lang}"`);
  return { help: false as const, input: positionals[0]!, out: values.out, lang: values.lang, heading: values.heading, badge: values.badge, script: values.script, static: Boolean(values.static), svg: Boolean(values.svg || values.png), png: Boolean(values.png) };
}

/** Where the page's copy of the drop-in goes, in the output folder. */
const dropInFolder = 'hz-viz';

/**
 * The drop-in bundle (hz-viz.min.js and the files it loads from lazy/), from the hz-viz package
 * this renderer draws with: the page's script draws with the very templates the server used,
 * which hydration requires (their digests must match). Source maps stay behind.
 */
function copyDropIn(to: string, io: RenderIo): void {
  const from = fileURLToPath(new URL('./', import.meta.resolve('hz-viz/cdn/hz-viz.min.js')));
  mkdirSync(join(to, 'lazy'), { recursive: true });
  const files = ['hz-viz.min.js', ...readdirSync(join(from, 'lazy')).filter((file) => file.endsWith('.js')).map((file) => `lazy/${file}`)];
  for (const file of files) writeAtomically(join(to, file), io.readFile(join(from, file)), io.writeFile);
}

/** The whole command, with its inputs and outputs passed in so tests can run it in-process. */
export async function runRender(argv: readonly string[], io: RenderIo): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`hz-viz-render: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const name = args.input;
  const fail = (problems: readonly Problem[]) => {
    io.stderr(`${problemLines(name, problems).join('\n')}\nhz-viz-render: nothing written.\n`);
    return 1;
  };
  let text: string;
  try {
    text = io.readFile(name);
  } catch (error) {
    return fail([unreadableFile(error)]);
  }
  const json = parseJsonText(text);
  if (!json.ok) return fail(json.problems);
  const report = parseReport(json.value);
  if (!report.ok) return fail(report.problems);
  const page = await renderReportPage(report.value, {
    ...(args.lang && { lang: args.lang }),
    ...(args.heading && { heading: args.heading }),
    ...(args.badge && { badge: args.badge }),
    ...(!args.static && { script: args.script ?? `${dropInFolder}/hz-viz.min.js` }),
  });
  if (!page.ok) return fail(page.problems);
  // Everything is drawn before anything is written: a failure leaves the folder as it was.
  const images = args.svg ? await shareImages(report.value, { ...(args.lang && { lang: args.lang }), ...(args.badge && { badge: args.badge }) }) : undefined;
  if (images && !images.ok) return fail(images.problems);
  const pngs = args.png && images ? await Promise.all(images.value.map((image) => svgToPng(image.svg))) : [];
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  writeAtomically(join(out, 'report.json'), `${JSON.stringify(json.value, null, 2)}\n`, io.writeFile);
  if (!args.static && args.script === undefined) copyDropIn(join(out, dropInFolder), io);
  writeAtomically(join(out, 'index.html'), page.value, io.writeFile);
  io.stderr(`${name}: ${report.value.departments.length} sections → ${join(args.out, 'index.html')} (${Math.round(page.value.length / 1024)} KB)\n`);
  if (images) {
    const share = join(out, 'share');
    mkdirSync(share, { recursive: true });
    images.value.forEach((image, i) => {
      writeAtomically(join(share, image.file), image.svg, io.writeFile);
      const png = pngs[i];
      if (png) writeAtomically(join(share, image.file.replace(/\.svg$/, '.png')), png.bytes, io.writeFile);
    });
    io.stderr(`${name}: ${images.value.length} share images → ${join(args.out, 'share')}${args.png ? ' (SVG and PNG)' : ''}\n`);
  }
  return 0;
}


const nodeIo: RenderIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, data) => writeFileSync(path, data),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

if (process.argv[1] && /hz-viz-render|cli[\\/]render\.[jt]s$/.test(process.argv[1])) {
  try {
    process.exitCode = await runRender(process.argv.slice(2), nodeIo);
  } catch (error) {
    // Not a stack trace for a user: one line, and how to get the rest.
    process.stderr.write(`hz-viz-render: unexpected error: ${error instanceof Error ? error.message : String(error)} (HZ_VIZ_DEBUG=1 shows more)\n`);
    if (process.env.HZ_VIZ_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
