import { crossCheckReport } from './cross-checks.js';
import type { Report } from './model/report.js';
import { reportSchema } from './model/report.js';
import type { Problem } from './problems.js';
import { problem, problemFromIssue } from './problems.js';

export type ParseResult<T> = { readonly ok: true; readonly report: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Enough to read and fix; a 20 MB file of one repeated mistake should not print 20 MB. */
const maxProblems = 100;

/** Where a JSON syntax error sits, as line and column (1-based). */
export function jsonErrorLocation(text: string, error: SyntaxError): { line: number; column: number } | undefined {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  return lineColumn ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } : undefined;
}

/** Parses JSON text, or says where its syntax breaks. */
export function parseJsonText(text: string): ParseResult<unknown> {
  try {
    return { ok: true, report: JSON.parse(text) as unknown };
  } catch (error) {
    const syntax = error as SyntaxError;
    const at = jsonErrorLocation(text, syntax);
    const reason = syntax.message.replace(/^JSON\.parse: /, '');
    return { ok: false, problems: [problem('', `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}: ${reason}`)] };
  }
}

function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= maxProblems) return problems;
  return [...problems.slice(0, maxProblems), problem('', `… and ${problems.length - maxProblems} more problems`)];
}

/**
 * Validates a report: a JSON string or an already-parsed value. Returns the typed report, or
 * every problem found, each with its path. Never throws.
 */
export function parseReport(input: unknown): ParseResult<Report> {
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = parseJsonText(input);
      if (!json.ok) return json;
      value = json.report;
    }
    const parsed = reportSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) return { ok: false, problems: capped(parsed.error.issues.map(problemFromIssue)) };
    const problems = crossCheckReport(parsed.data);
    if (problems.length > 0) return { ok: false, problems: capped(problems) };
    return { ok: true, report: parsed.data };
  } catch (error) {
    // A getter that throws or a stack-exhausting structure: still an answer, not an exception.
    return { ok: false, problems: [problem('', `could not read the report: ${error instanceof Error ? error.message : String(error)}`)] };
  }
}
