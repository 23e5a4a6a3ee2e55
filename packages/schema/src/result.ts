import type { Problem } from './problems.js';

/**
 * The one answer every parse and validate function of hz-viz gives: the value, or every problem
 * found, each with its path. Nothing that reads outside input throws.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(problems: readonly Problem[]): Result<T> {
  return { ok: false, problems };
}
