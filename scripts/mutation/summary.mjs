/**
 * Reads StrykerJS's reports/mutation/mutation.json and writes reports/mutation/summary.json:
 * the mutation score overall and per folder (parse, format, validation, extractor), and every
 * surviving mutant with its place and replacement. Prints the per-folder scores.
 *
 * Score = detected / (detected + undetected), as Stryker counts it: killed and timed-out mutants
 * are detected; survived and uncovered ones are not; ignored, compile and runtime errors are out.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));

/** Which folder a mutated file belongs to, as the issue and docs/testing.md name them. */
export function folderOf(file) {
  if (file.startsWith('packages/extract/')) return 'extractor';
  if (file.startsWith('packages/schema/src/parse/')) return 'parse';
  if (file.startsWith('packages/schema/src/format/')) return 'format';
  return 'validation';
}

const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);
const folders = {};
const survivors = [];
const total = { detected: 0, undetected: 0, ignored: 0, errors: 0 };
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = (folders[folderOf(file)] ??= { detected: 0, undetected: 0, ignored: 0, errors: 0 });
  for (const mutant of mutants) {
    const bucket = detected.has(mutant.status) ? 'detected' : undetected.has(mutant.status) ? 'undetected' : mutant.status === 'Ignored' ? 'ignored' : 'errors';
    folder[bucket]++;
    total[bucket]++;
    if (undetected.has(mutant.status)) {
      survivors.push({ file, line: mutant.location.start.line, column: mutant.location.start.column, status: mutant.status, mutator: mutant.mutatorName, replacement: mutant.replacement });
    }
  }
}

const score = (counts) => Math.round((10000 * counts.detected) / Math.max(1, counts.detected + counts.undetected)) / 100;
const summary = {
  generated: new Date().toISOString().slice(0, 10),
  score: score(total),
  counts: total,
  folders: Object.fromEntries(Object.entries(folders).sort().map(([name, counts]) => [name, { score: score(counts), ...counts }])),
  survivors: survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
};
writeFileSync('reports/mutation/summary.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(`mutation score ${summary.score}% (${total.detected} detected, ${total.undetected} survived or uncovered, ${total.ignored} ignored)`);
for (const [name, counts] of Object.entries(summary.folders)) {
  console.log(`  ${name.padEnd(11)} ${String(counts.score).padStart(6)}%  (${counts.detected} / ${counts.detected + counts.undetected})`);
}
