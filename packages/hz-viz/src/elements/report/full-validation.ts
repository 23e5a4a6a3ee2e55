import type { Report, Result } from '@hz-viz/schema';

/** What the full validation said, or why it could not run (its chunk did not load). */
export type FullValidation = { readonly result: Result<Report> } | { readonly unavailable: string };

/** Waits until the browser is idle (the first paint is done), or `timeout` ms at most. */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

function run(input: unknown): Promise<FullValidation> {
  return import('./report-validator.js').then(
    ({ validateReport }) => ({ result: validateReport(input) }),
    (error: unknown) => ({ unavailable: error instanceof Error ? error.message : String(error) }),
  );
}

/** The full validation of a report already painted: in idle time, so it never delays a first paint. */
export async function validateWhenIdle(input: unknown): Promise<FullValidation> {
  await idle(2000);
  return run(input);
}

/** The full validation of input the cheap check turned down: nothing is painted, so at once. */
export function validateNow(input: unknown): Promise<FullValidation> {
  return run(input);
}
