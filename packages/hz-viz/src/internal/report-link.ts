import { ContextConsumer } from '@lit/context';
import { problem } from '@hz-viz/schema';
import type { ReactiveControllerHost } from 'lit';
import { attachContextRoot } from './context-root.js';
import type { Resolved } from './hz-element.js';
import type { CoreMessages } from './messages.js';
import type { ReportState } from './report-context.js';
import { reportContext } from './report-context.js';
import type { ReportIndex } from './report-index.js';

/**
 * The report-bound code of an element (HzElement.reportLink): following the nearest report and
 * looking ids up in it. Its own module, so an element that reads a report only for some inputs
 * (a card given a `metric` id) loads it when it gets one, and a card given its figure by
 * attributes never carries it (decisions 0015, 0019).
 */

/**
 * Follows the report of the nearest `<hz-report>` (the context protocol): `follow` is called with
 * its state now, if there is a provider, and again whenever it changes.
 */
export function linkReport(host: ReactiveControllerHost & HTMLElement, follow: (state: ReportState | undefined) => void): void {
  // Before the request: a report defined later (a lazily loaded file) must still receive it.
  attachContextRoot();
  new ContextConsumer(host, { context: reportContext, subscribe: true, callback: follow });
}

/**
 * An id looked up in the report an element follows (`state`): pending while it loads (or while a
 * `<hz-report>` that may still provide one is not defined yet); a problem under `attribute` when
 * there is no report or no such id; unavailable when the report failed (it says why, once).
 */
export function lookUp<T>(
  element: Element,
  state: ReportState | undefined,
  { attribute, id, what, pick }: { attribute: string; id: string; what: string; pick: (index: ReportIndex) => T | undefined },
  messages: CoreMessages,
): Resolved<T> {
  if (!state) {
    if (!customElements.get('hz-report') && element.closest('hz-report')) return { pending: true };
    return { problems: [problem(attribute, messages.needsReport(attribute, id))] };
  }
  if (state.status === 'loading') return { pending: true };
  if (state.status === 'error') return { unavailable: true };
  const found = pick(state.index);
  return found === undefined ? { problems: [problem(attribute, messages.notFound(what, id))] } : { view: found };
}
