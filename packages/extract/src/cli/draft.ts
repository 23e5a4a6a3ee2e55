#!/usr/bin/env node
/**
 * hz-viz-draft — any report text or CSV to a draft hz-viz report and a review.
 *
 *   hz-viz-draft report.txt -o report.json [--config c.json] [--review review.html]
 *   hz-viz-draft figures.csv --title "东湖区2024年主要指标" --year 2024 -o report.json
 *   cat report.txt | hz-viz-draft > report.json
 *
 * Exit 0 with the report written; 1 when the input cannot become a valid report (every problem
 * printed, nothing written); 2 for a usage mistake.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseReport, problemLines, unreadableFile } from '@hz-viz/schema';
import { writeAtomically } from '@hz-viz/schema/node.js';
import type { Problem, ReportInput } from '@hz-viz/schema';
import { emptyOverlay } from '../annotations/overlay.js';
import type { Overlay } from '../annotations/overlay.js';
import { readOverlay } from '../annotations/read-overlay.js';
import type { DraftConfig } from '../config.js';
import { readConfig } from '../config.js';
import { draftFromCsv } from '../csv/draft-csv.js';
import { draftReport } from '../draft/report.js';
import { decodeReportText, defaultMaxBytes } from '../input/decode.js';
import type { DraftReview } from '../review/model.js';
import { reviewPage } from '../review/page.js';
import { reviewAsText } from '../review/text.js';

export const usage = `usage: hz-viz-draft [FILE|-] [-o report.json] [--config config.json] [--review review.html|.json|.txt]
                    [--year 2024] [--title "…"] [--csv] [--max-size 10MB]
  Reads a report's text (UTF-8, GB18030/GBK, UTF-16) or a CSV of figures, and writes a draft
  hz-viz report (to standard output without -o) and, with --review, what it found and skipped.`;

export interface DraftIo {
  readonly readFile: (path: string) => Uint8Array;
  readonly readStdin: () => Uint8Array;
  readonly writeFile: (path: string, text: string) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** hz-viz's drop-in bundle for the review page, or undefined when it cannot be found. */
  readonly bundle: () => string | undefined;
}

interface Args {
  input?: string;
  output?: string;
  config?: string;
  review?: string;
  year?: number;
  title?: string;
  csv: boolean;
  maxBytes: number;
}

class UsageError extends Error {}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb|b)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-size: expected a size such as 10MB, received "${text}"`);
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Number(match[1]) * factor;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { csv: false, maxBytes: defaultMaxBytes };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '-o' || arg === '--out' || arg === '--output') args.output = value();
    else if (arg === '--config') args.config = value();
    else if (arg === '--review') args.review = value();
    else if (arg === '--title') args.title = value();
    else if (arg === '--csv') args.csv = true;
    else if (arg === '--max-size') args.maxBytes = parseSize(value());
    else if (arg === '--year') {
      const year = Number(value());
      if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new UsageError(`--year: expected a year such as 2024, received "${argv[i]}"`);
      args.year = year;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (args.input === undefined) args.input = arg;
    else throw new UsageError(`one input at a time: received "${args.input}" and "${arg}"`);
  }
  return args;
}



/** The whole command, with its inputs and outputs passed in so tests can run it in-process. */
export function runDraft(argv: readonly string[], io: DraftIo): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`hz-viz-draft: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const name = args.input === undefined || args.input === '-' ? '<stdin>' : args.input;
  const fail = (problems: readonly Problem[]) => {
    io.stderr(`${problemLines(name, problems).join('\n')}\nhz-viz-draft: nothing written.\n`);
    return 1;
  };

  let config: DraftConfig = {};
  if (args.config) {
    const read = readConfig(args.config);
    if (!read.ok) return fail(read.problems);
    config = read.value;
  }
  let overlay: Overlay = emptyOverlay;
  if (config.annotationsPath) {
    const read = readOverlay(config.annotationsPath);
    if (!read.ok) return fail(read.problems);
    overlay = read.value;
  }

  let bytes: Uint8Array;
  try {
    bytes = name === '<stdin>' ? io.readStdin() : io.readFile(args.input!);
  } catch (error) {
    return fail([unreadableFile(error)]);
  }
  const decoded = decodeReportText(bytes, { name, maxBytes: args.maxBytes });
  if (!decoded.ok) return fail(decoded.problems);

  let report: ReportInput;
  let review: DraftReview | undefined;
  const year = args.year ?? config.year;
  if (args.csv || /\.csv$/i.test(name)) {
    const drafted = draftFromCsv(decoded.value.text, { name, overlay, ...(args.title && { title: args.title }), ...(year !== undefined && { year }) });
    if (!drafted.ok) return fail(drafted.problems);
    report = drafted.value;
  } else {
    const drafted = draftReport(
      { text: decoded.value.text, ...(name !== '<stdin>' && { name: args.input! }), encoding: decoded.value.encoding },
      { config: { ...config, ...(year !== undefined && { year }) }, overlay: args.title ? { ...overlay, report: { ...overlay.report, title: args.title } } : overlay },
    );
    if (!drafted.ok) return fail(drafted.problems);
    ({ report, review } = drafted.value);
  }

  // The draft must be a report the library accepts; a draft that is not is a bug, said plainly.
  const checked = parseReport(report);
  if (!checked.ok) return fail(checked.problems.map((p) => ({ ...p, message: `the draft does not validate (please report this): ${p.message}` })));

  let reviewText: string | undefined;
  if (args.review) {
    if (!review) return fail([{ path: '--review', detail: 'a CSV has no text to review', message: '--review: a CSV has no text to review; its problems, if any, are printed here' }]);
    if (/\.html?$/i.test(args.review)) {
      const bundle = io.bundle();
      if (bundle === undefined) return fail([{ path: '--review', detail: 'hz-viz\'s drop-in bundle is missing', message: "--review: the review page needs hz-viz's drop-in bundle (hz-viz/dist/cdn/hz-viz.min.js): install hz-viz, or build it with npm run build" }]);
      reviewText = reviewPage({ report, review, bundle });
    } else if (/\.json$/i.test(args.review)) reviewText = `${JSON.stringify(review, null, 2)}\n`;
    else reviewText = reviewAsText(review);
  }

  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (args.output) writeAtomically(resolve(args.output), json, io.writeFile);
  else io.stdout(json);
  if (args.review && reviewText !== undefined) writeAtomically(resolve(args.review), reviewText, io.writeFile);

  const s = review?.summary;
  const summary = s
    ? `${s.units} units, ${s.paragraphs} paragraphs: ${s.metrics} metrics, ${s.honors} honors; ${s.skipped} runs skipped, ${s.unsure} to check`
    : `${checked.value.departments.length} sections, ${checked.value.departments.reduce((n, d) => n + d.initiatives.reduce((m, i) => m + i.metrics.length, 0), 0)} metrics`;
  io.stderr(`${name} (${decoded.value.encoding}): ${summary}${args.output ? ` → ${args.output}` : ''}${args.review ? `; review → ${args.review}` : ''}\n`);
  return 0;
}

function findBundle(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const packageJson = require.resolve('hz-viz/package.json');
    return readFileSync(join(dirname(packageJson), 'dist', 'cdn', 'hz-viz.min.js'), 'utf8');
  } catch {
    return undefined;
  }
}

const nodeIo: DraftIo = {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  bundle: findBundle,
};

if (process.argv[1] && /hz-viz-draft|cli[\\/]draft\.[jt]s$/.test(process.argv[1])) {
  try {
    process.exitCode = runDraft(process.argv.slice(2), nodeIo);
  } catch (error) {
    // Not a stack trace for a user: one line, and how to get the rest.
    process.stderr.write(`hz-viz-draft: unexpected error: ${error instanceof Error ? error.message : String(error)} (HZ_VIZ_DEBUG=1 shows more)\n`);
    if (process.env.HZ_VIZ_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
