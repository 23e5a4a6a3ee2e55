import { createContext } from '@lit/context';
import type { Problem } from '@hz-viz/schema';
import type { ReportIndex } from './report-index.js';

/** What <hz-report> provides to its descendants. */
export type ReportState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly problems: readonly Problem[] }
  | { readonly status: 'ready'; readonly index: ReportIndex };

/** Keyed by a global symbol, so two copies of hz-viz on a page still find each other's reports. */
export const reportContext = createContext<ReportState | undefined>(Symbol.for('hz-viz/report'));
