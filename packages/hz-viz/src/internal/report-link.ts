import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { attachContextRoot } from './context-root.js';
import type { ReportState } from './report-context.js';
import { reportContext } from './report-context.js';

/**
 * Follows the report of the nearest `<hz-report>` (the context protocol): `follow` is called with
 * its state now, if there is a provider, and again whenever it changes. Its own module, so an
 * element that only reads a report for some inputs (a card given a `metric` id) loads the context
 * code when it gets one (HzElement.reportLink), and a card given its figure by attributes never does.
 */
export function linkReport(host: ReactiveControllerHost & HTMLElement, follow: (state: ReportState | undefined) => void): void {
  // Before the request: a report defined later (a lazily loaded file) must still receive it.
  attachContextRoot();
  new ContextConsumer(host, { context: reportContext, subscribe: true, callback: follow });
}

export type LinkReport = typeof linkReport;
