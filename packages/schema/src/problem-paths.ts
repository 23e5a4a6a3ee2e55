import type { Problem } from './problems.js';
import { problem } from './problems.js';

// Paths of problems, apart from problems.ts: validators and containers use them, a card's first
// load does not.

/** departments[3].initiatives[2] — the way a person would write the path in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** The same problem seen from one level up: `value` under `metric` becomes `metric.value`. */
export function prefixProblem(prefix: string, inner: Problem): Problem {
  const path = inner.path === '' ? prefix : inner.path.startsWith('[') ? `${prefix}${inner.path}` : `${prefix}.${inner.path}`;
  return problem(path, inner.detail);
}
