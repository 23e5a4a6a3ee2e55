import type * as z from 'zod/mini';
import type { Problem } from './problems.js';
import { formatPath } from './problem-paths.js';
import { describeValue, problem } from './problems.js';

// zod's issues in this library's words. Apart from problems.ts, so what reads attributes (and
// never sees a zod issue) does not carry it.

const typeNames: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'an integer',
  string: 'text',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

/** zod's issue, said the way this library says things. */
export function problemFromIssue(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const received = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (received === undefined) return problem(path, `required: expected ${expected}, but it is missing`);
      if (issue.expected === 'number' && typeof received === 'number') {
        return problem(path, `expected a finite number, received ${describeValue(received)}`);
      }
      return problem(path, `expected ${expected}, received ${describeValue(received)}`);
    }
    case 'invalid_value': {
      const allowed = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      if (received === undefined) return problem(path, `required: ${allowed}, but it is missing`);
      return problem(path, `${allowed}, received ${describeValue(received)}`);
    }
    case 'unrecognized_keys':
      return problem(path, `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`);
    case 'invalid_union':
      return problem(path, `does not match any allowed shape, received ${describeValue(received)}`);
    default:
      return problem(path, received === undefined ? issue.message : `${issue.message}, received ${describeValue(received)}`);
  }
}
