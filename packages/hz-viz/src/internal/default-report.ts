/**
 * The report an `<hz-report>` without `src` or `.report` shows. None until a page or an app loads
 * a dataset module (`hz-viz/datasets/huzhou-2024.js`, or the `hz-viz-huzhou.min.js` drop-in), so
 * an app that never shows the Huzhou report never ships it. Kept on a global symbol, like the
 * report context, so a second copy of hz-viz on the page sees the same default; a dataset loaded
 * after the reports (a lazy chunk) reaches the ones waiting for it.
 */
const key = Symbol.for('hz-viz/default-report');
interface DefaultReportState {
  report: unknown;
  waiting: Set<() => void>;
  /**
   * A dataset file on its way, announced by a drop-in's first file before this module runs (it
   * comes later, with `<hz-report>`'s own file): see `src/cdn/dataset.ts`, which writes it.
   */
  arrival?: Promise<unknown>;
  /** The arrival followed: reports wait for it instead of saying they have nothing. */
  followed?: Promise<unknown>;
  /** How a dataset announced after this module ran is followed (`src/cdn/dataset.ts` calls it). */
  follow?: (arrival: Promise<unknown>) => void;
  /** A dataset chunk is on its way: reports wait for it instead of saying they have nothing. */
  coming?: boolean;
  /** Why the dataset chunk that was on its way did not arrive. */
  failure?: string;
}
const store = globalThis as unknown as { [key]?: DefaultReportState };
const state = (store[key] ??= { report: undefined, waiting: new Set() });
state.follow = expectDefaultReport;
if (state.arrival && state.followed !== state.arrival) expectDefaultReport(state.arrival);

export function provideDefaultReport(report: unknown): void {
  state.report = report;
  if (report !== undefined) wakeAll();
}

export function defaultReport(): unknown {
  return state.report;
}

/**
 * Says a default report is being loaded (the Huzhou drop-in fetches its dataset chunk at once,
 * beside the first paint's work). The chunk provides the report when it runs; if it fails to
 * load, the waiting reports show why.
 */
export function expectDefaultReport(arrival: Promise<unknown>): void {
  state.arrival = state.followed = arrival;
  state.coming = true;
  state.failure = undefined;
  arrival.then(
    () => {
      state.coming = false;
      wakeAll();
    },
    (error: unknown) => {
      state.coming = false;
      state.failure = error instanceof Error ? error.message : String(error);
      wakeAll();
    },
  );
}

export function defaultReportComing(): boolean {
  return state.report === undefined && state.coming === true;
}

export function defaultReportFailure(): string | undefined {
  return state.report === undefined ? state.failure : undefined;
}

/** Calls `wake` when a default report is provided; returns how to stop waiting. */
export function awaitDefaultReport(wake: () => void): () => void {
  state.waiting.add(wake);
  return () => state.waiting.delete(wake);
}

function wakeAll(): void {
  for (const wake of [...state.waiting]) wake();
}
