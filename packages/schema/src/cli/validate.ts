#!/usr/bin/env node
/**
 * hz-viz-validate [--fix] FILE... | -
 *
 * Validates report files (or standard input) and prints a one-line summary of each, or every
 * problem with its path. With --fix, quotes whose offsets point elsewhere are moved to where the
 * quote really is, and the file is rewritten. Exit code 0 when every file is valid, 1 otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixOffsets } from '../offsets.js';
import { parseJsonText } from '../json-text.js';
import { parseReport } from '../parse-report.js';
import { problemLines, unreadableFile } from '../problems.js';
import type { Report } from '../model/report.js';
import { summarizeReport } from '../summary.js';

const usage = `usage: hz-viz-validate [--fix] FILE... | -
  Validates hz-viz report JSON files (or standard input with -).
  --fix   move each quote whose offsets point elsewhere to where the quote is, and rewrite the file`;

export interface ValidateIo {
  readonly read: (name: string) => string;
  readonly write: (name: string, text: string) => void;
}

export interface ValidateOutcome {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** 1 department, 2 departments; in the report's own words (6 districts). */
function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function describeValid(report: Report): string {
  const s = summarizeReport(report);
  const unit = report.terms.department;
  return [
    counted(s.departments, unit.en, unit.enPlural),
    counted(s.initiatives, report.terms.initiative.en, report.terms.initiative.enPlural),
    counted(s.metrics, 'metric', 'metrics'),
    counted(s.honors, 'honor', 'honors'),
  ].join(', ');
}

/** Keeps the file's own indentation and final newline when --fix rewrites it. */
function reserialize(original: string, value: unknown): string {
  const indent = /^\{\s*\n([ \t]+)"/.exec(original)?.[1] ?? '  ';
  return JSON.stringify(value, null, indent) + (original.endsWith('\n') ? '\n' : '');
}

function validateOne(name: string, fix: boolean, io: ValidateIo, outcome: { out: string[]; err: string[] }): boolean {
  const label = name === '-' ? '<stdin>' : name;
  let text: string;
  try {
    text = io.read(name);
  } catch (error) {
    outcome.err.push(`${label}: ${unreadableFile(error).message}`);
    return false;
  }
  if (fix && name !== '-') {
    const json = parseJsonText(text);
    if (json.ok) {
      const fixed = fixOffsets(json.value);
      if (fixed > 0) {
        text = reserialize(text, json.value);
        io.write(name, text);
        outcome.out.push(`${label}: fixed the offsets of ${counted(fixed, 'quote', 'quotes')}`);
      }
    }
  }
  const result = parseReport(text);
  if (!result.ok) {
    outcome.err.push(...problemLines(label, result.problems));
    return false;
  }
  outcome.out.push(`${label}: valid — ${describeValid(result.value)}`);
  return true;
}

export function validate(args: readonly string[], io: ValidateIo): ValidateOutcome {
  if (args.includes('--help') || args.includes('-h')) return { code: 0, out: [usage], err: [] };
  const fix = args.includes('--fix');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--fix');
  const names = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0) return { code: 1, out: [], err: [`unknown option ${unknown.join(', ')}`, usage] };
  if (names.length === 0) return { code: 1, out: [], err: [usage] };
  if (fix && names.includes('-')) return { code: 1, out: [], err: ['--fix rewrites files; it cannot rewrite standard input', usage] };
  const outcome = { out: [] as string[], err: [] as string[] };
  let allValid = true;
  for (const name of names) allValid = validateOne(name, fix, io, outcome) && allValid;
  return { code: allValid ? 0 : 1, ...outcome };
}

function main(): void {
  const result = validate(process.argv.slice(2), {
    read: (name) => readFileSync(name === '-' ? 0 : name, 'utf8'),
    write: (name, text) => writeFileSync(name, text),
  });
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}

main();
