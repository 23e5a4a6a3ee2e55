import type { Report, Result } from '@hz-viz/schema';
import { parseReport } from '@hz-viz/schema';

/**
 * The full validation of a report (zod's schema, the cross-checks, the JSON reader's
 * diagnostics), in a module of its own so that it is a lazy chunk: <hz-report> paints after the
 * cheap check (readReportShape) and loads this in idle time (full-validation.ts). A function of
 * its own, not a re-export: rollup gives a module with no code of its own no chunk of its own.
 */
export function validateReport(input: unknown): Result<Report> {
  return parseReport(input);
}
