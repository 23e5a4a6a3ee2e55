/**
 * The report an `<hz-report>` without `src` or `.report` shows. None until a page or an app loads
 * a dataset module (`hz-viz/datasets/huzhou-2024.js`, or the `hz-viz-huzhou.min.js` drop-in), so
 * an app that never shows the Huzhou report never ships it. Kept on a global symbol, like the
 * report context, so a second copy of hz-viz on the page sees the same default.
 */
const key = Symbol.for('hz-viz/default-report');
const store = globalThis as unknown as { [key]?: unknown };

export function provideDefaultReport(report: unknown): void {
  store[key] = report;
}

export function defaultReport(): unknown {
  return store[key];
}
