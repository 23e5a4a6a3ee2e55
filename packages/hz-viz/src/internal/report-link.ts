import { ContextConsumer } from '@lit/context';
import type { Locale } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import { attachContextRoot } from './context-root.js';
import type { Resolved } from './hz-element.js';
import { linkMessages } from './link-messages.js';
import type { ReportState } from './report-context.js';
import { reportContext } from './report-context.js';
import type { ReportIndex } from './report-index.js';
import { serverContext } from './server-context.js';

/**
 * The report-bound code of an element: following the nearest report and looking ids up in it.
 * Elements that read a report whenever they are inside one (HzReportReader) import it; figure
 * elements, which read one only for an id, load it when they get one (figure-report.ts), so a
 * card given its figure by attributes never carries it (decisions 0015, 0019, 0020).
 */

export type ReportHost = ReactiveControllerHost & HTMLElement;

/** One consumer per element, made the first time it asks: it asks again by itself on each reconnect. */
const followers = new WeakMap<ReportHost, ContextConsumer<typeof reportContext, ReportHost>>();

/**
 * The state of the report of the nearest `<hz-report>` (the context protocol), undefined outside
 * any; from the first call the element follows it and updates whenever it changes.
 */
export function reportOf(host: ReportHost): ReportState | undefined {
  if (isServer) return serverContext()?.report;
  let follower = followers.get(host);
  if (!follower) {
    // Before the request: a report defined later (a lazily loaded file) must still receive it.
    attachContextRoot();
    followers.set(host, (follower = new ContextConsumer(host, { context: reportContext, subscribe: true })));
  }
  return follower.value;
}

/**
 * An id looked up in the report `host` follows: pending while it loads (or while a `<hz-report>`
 * that may still provide one is not defined yet); a problem under `attribute` when there is no
 * report or no such id; unavailable when the report failed (it says why, once).
 */
export function lookUp<T>(
  host: ReportHost,
  { attribute, id, what, pick }: { attribute: string; id: string; what: string; pick: (index: ReportIndex) => T | undefined },
  locale: Locale,
): Resolved<T> {
  const state = reportOf(host);
  const messages = linkMessages[locale];
  if (!state) {
    if (!isServer && !customElements.get('hz-report') && host.closest('hz-report')) return { pending: true };
    return { problems: [problem(attribute, messages.needsReport(attribute, id))] };
  }
  if (state.status === 'loading') return { pending: true };
  if (state.status === 'error') return { unavailable: messages.unavailable };
  const found = pick(state.index);
  return found === undefined ? { problems: [problem(attribute, messages.notFound(what, id))] } : { view: found };
}
