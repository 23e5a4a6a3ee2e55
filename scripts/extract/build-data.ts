/**
 * Builds data/huzhou-2024.json: one run of hz-viz-draft on the source text with the dataset's
 * config and annotations, exactly as a publisher would run it on theirs, plus the same data as
 * a module for the elements' lazy default report. Also drafts the invented themes sample
 * (示例数据) for its Storybook page, untouched by any editor.
 *
 *   npm run extract             write both, and the Huzhou review to tmp/huzhou-2024.review.txt
 *   npm run extract -- --check  exit 1 if a committed file differs from a rebuild
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { runDraft } from '../../packages/extract/src/cli/draft.js';
import type { DraftIo } from '../../packages/extract/src/cli/draft.js';
import { huzhou2024, storySample } from './paths.js';
import { serializeReportModule } from './serialize.js';

/** Runs the CLI in-process and returns what it printed. */
function runCli(args: readonly string[]): { code: number; json: string; messages: string } {
  let json = '';
  let messages = '';
  const io: DraftIo = {
    readFile: (path) => readFileSync(path),
    readStdin: () => new Uint8Array(),
    writeFile: (path, text) => writeFileSync(path, text),
    stdout: (text) => (json += text),
    stderr: (text) => (messages += text),
    bundle: () => undefined,
  };
  const code = runDraft(args, io);
  return { code, json, messages };
}

export function draftHuzhou(extraArgs: readonly string[] = []) {
  return runCli([relative(process.cwd(), huzhou2024.source), '--config', relative(process.cwd(), huzhou2024.config), ...extraArgs]);
}

export function draftStorySample() {
  return runCli([relative(process.cwd(), storySample.source)]);
}

function main(args: readonly string[]): number {
  mkdirSync('tmp', { recursive: true });
  const { code, json, messages } = draftHuzhou(['--review', 'tmp/huzhou-2024.review.txt']);
  process.stderr.write(messages);
  if (code !== 0) return code;
  const sample = draftStorySample();
  if (sample.code !== 0) {
    process.stderr.write(sample.messages);
    return sample.code;
  }
  if (args.includes('--check')) {
    const stale = readFileSync(huzhou2024.output, 'utf8') !== json || readFileSync(huzhou2024.module, 'utf8') !== serializeReportModule(json);
    const staleSample = readFileSync(storySample.output, 'utf8') !== sample.json;
    console.log(stale ? 'data/huzhou-2024.json is stale: run npm run extract' : 'data/huzhou-2024.json is up to date');
    if (staleSample) console.log(`${relative(process.cwd(), storySample.output)} is stale: run npm run extract`);
    return stale || staleSample ? 1 : 0;
  }
  writeFileSync(huzhou2024.output, json);
  writeFileSync(huzhou2024.module, serializeReportModule(json));
  writeFileSync(storySample.output, sample.json);
  console.log(`wrote data/huzhou-2024.json, packages/hz-viz/src/data/huzhou-2024.ts and ${relative(process.cwd(), storySample.output)}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
