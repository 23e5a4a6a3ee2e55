#!/usr/bin/env node
/**
 * hz-viz-validate FILE|-
 *
 * Validates a report file (or standard input) and prints a one-line summary, or every problem
 * with its path. Exit code 0 when valid, 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { parseReport } from '../parse-report.js';
import { summarizeReport } from '../summary.js';

const usage = 'usage: hz-viz-validate FILE|-   (validate a hz-viz report JSON file, or standard input)';

export function validate(args: readonly string[], readInput: (name: string) => string): { code: number; out: string[]; err: string[] } {
  const [name, ...extra] = args;
  if (name === '--help' || name === '-h') return { code: 0, out: [usage], err: [] };
  if (name === undefined || extra.length > 0) return { code: 1, out: [], err: [usage] };
  const label = name === '-' ? '<stdin>' : name;
  let text: string;
  try {
    text = readInput(name);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { code: 1, out: [], err: [`${label}: cannot read: ${reason}`] };
  }
  const result = parseReport(text);
  if (!result.ok) {
    return { code: 1, out: [], err: [`${label}: ${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}`, ...result.problems.map((p) => `${label}: ${p.message}`)] };
  }
  const s = summarizeReport(result.report);
  return {
    code: 0,
    out: [`${label}: valid — ${s.departments} departments, ${s.initiatives} initiatives, ${s.metrics} metrics, ${s.honors} honors`],
    err: [],
  };
}

function main(): void {
  const result = validate(process.argv.slice(2), (name) => readFileSync(name === '-' ? 0 : name, 'utf8'));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}

main();
