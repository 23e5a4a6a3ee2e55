import type * as z from 'zod/mini';

/** One thing wrong with an input, and where: `departments[3].initiatives[2].metrics[0].value`. */
export interface Problem {
  /** Dotted path into the input; '' for the input as a whole. */
  readonly path: string;
  /** What is wrong, without the path: expected a number, received "12万". */
  readonly detail: string;
  /** `path: detail`, ready to show. */
  readonly message: string;
}

export function problem(path: string, detail: string): Problem {
  return { path, detail, message: path ? `${path}: ${detail}` : detail };
}

/** departments[3].initiatives[2] — the way a person would write the path in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const maxShownLength = 60;

/** A short, safe rendering of a received value: never throws, even for cycles or symbols. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

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

/** The same problem seen from one level up: `value` under `metric` becomes `metric.value`. */
export function prefixProblem(prefix: string, inner: Problem): Problem {
  const path = inner.path === '' ? prefix : inner.path.startsWith('[') ? `${prefix}${inner.path}` : `${prefix}.${inner.path}`;
  return problem(path, inner.detail);
}
