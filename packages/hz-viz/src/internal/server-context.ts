import type { ReportState } from './report-context.js';

/**
 * What a server render tells the elements in place of the page around them: on the server an
 * element has no parent to read a `lang` from, no `<hz-report>` above it to ask, and no box to
 * measure. `@hz-viz/ssr` sets it around one synchronous render (docs/decisions/0022); in a
 * browser it is never set.
 */
export interface ServerContext {
  /** The page language, for elements without a `lang` of their own. */
  readonly lang: string;
  /** The report every element reads ids from, as a surrounding `<hz-report>` would provide it. */
  readonly report?: ReportState;
  /** The box a treemap draws into (its chart area), in CSS pixels. */
  readonly box: { readonly width: number; readonly height: number };
}

let current: ServerContext | undefined;

export function serverContext(): ServerContext | undefined {
  return current;
}

/** Runs `render` with `context` as the server context; for @hz-viz/ssr. */
export function withServerContext<T>(context: ServerContext, render: () => T): T {
  const before = current;
  current = context;
  try {
    return render();
  } finally {
    current = before;
  }
}
