import { crossCheckReport } from './cross-checks.js';
import type { Report } from './model/report.js';
import { reportSchema } from './model/report.js';
import { parseJsonText } from './json-text.js';
import { normalizeReport } from './normalize.js';
import type { Problem } from './problems.js';
import { problem } from './problems.js';
import { problemFromIssue } from './issue-problem.js';
import type { Result } from './result.js';
import { failure, success } from './result.js';

/** Enough to read and fix; a 20 MB file of one repeated mistake should not print 20 MB. */
const maxProblems = 100;

function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= maxProblems) return problems;
  const more = problems.length - maxProblems;
  return [...problems.slice(0, maxProblems), problem('', `… and ${more} more problem${more === 1 ? '' : 's'}`)];
}

/**
 * Validates a report: a JSON string or an already-parsed value. Returns the complete typed
 * report (defaults filled in, see `normalizeReport`), or every problem found, each with its path.
 * Never throws.
 */
export function parseReport(input: unknown): Result<Report> {
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = parseJsonText(input);
      if (!json.ok) return json;
      value = json.value;
    }
    const parsed = reportSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) return failure(capped(parsed.error.issues.map(problemFromIssue)));
    const report = normalizeReport(parsed.data);
    const problems = crossCheckReport(report);
    if (problems.length > 0) return failure(capped(problems));
    return success(report);
  } catch (error) {
    // A getter that throws or a stack-exhausting structure: still an answer, not an exception.
    return failure([problem('', `could not read the report: ${error instanceof Error ? error.message : String(error)}`)]);
  }
}
