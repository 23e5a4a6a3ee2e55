/**
 * The report an `<hz-report>` without `src` or `.report` shows. None until a page or an app loads
 * a dataset module (`hz-viz/datasets/huzhou-2024.js`, or the `hz-viz-huzhou.min.js` drop-in), so
 * an app that never shows the Huzhou report never ships it. Kept on a global symbol, like the
 * report context, so a second copy of hz-viz on the page sees the same default; a dataset loaded
 * after the reports (a lazy chunk) reaches the ones waiting for it.
 */
const key = Symbol.for('hz-viz/default-report');
const store = globalThis as unknown as { [key]?: { report: unknown; waiting: Set<() => void> } };
const state = (store[key] ??= { report: undefined, waiting: new Set() });

export function provideDefaultReport(report: unknown): void {
  state.report = report;
  if (report !== undefined) for (const wake of [...state.waiting]) wake();
}

export function defaultReport(): unknown {
  return state.report;
}

/** Calls `wake` when a default report is provided; returns how to stop waiting. */
export function awaitDefaultReport(wake: () => void): () => void {
  state.waiting.add(wake);
  return () => state.waiting.delete(wake);
}
