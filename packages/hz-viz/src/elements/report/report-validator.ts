/**
 * The full validation of a report (zod's schema, the cross-checks, the JSON reader's
 * diagnostics), in a module of its own so that it is a lazy chunk: <hz-report> paints after the
 * cheap check (readReportShape) and loads this in idle time (full-validation.ts).
 */
export { parseReport } from '@hz-viz/schema';
