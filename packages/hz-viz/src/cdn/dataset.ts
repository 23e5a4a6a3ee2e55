/**
 * The Huzhou drop-in announces its dataset file, which it fetches at once, before `<hz-report>`'s
 * own file has run: written on the global state `internal/default-report.ts` keeps, which follows
 * it when it runs (reports then wait for the dataset instead of saying they have none). Not an
 * import of default-report.ts: that module belongs to the report's file, and the first file
 * shares no module with the lazy files (so both drop-ins share one lazy/ folder).
 */
export function announceDataset(arrival: Promise<unknown>): void {
  const store = globalThis as unknown as Record<symbol, { report: unknown; waiting: Set<() => void>; arrival?: Promise<unknown>; follow?: (arrival: Promise<unknown>) => void } | undefined>;
  const key = Symbol.for('hz-viz/default-report');
  const state = (store[key] ??= { report: undefined, waiting: new Set() });
  // default-report.ts already running (an npm build on the page): it follows the arrival now.
  if (state.follow) state.follow(arrival);
  else state.arrival = arrival;
  // A failure is shown by the reports waiting for it; here it must not count as unhandled.
  arrival.catch(() => undefined);
}
