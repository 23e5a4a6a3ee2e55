import { ContextConsumer } from '@lit/context';
import type { Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { PropertyValues, TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { attachContextRoot } from './context-root.js';
import { HzBase } from './hz-base.js';
import type { ReportState } from './report-context.js';
import { reportContext } from './report-context.js';
import type { ReportIndex } from './report-index.js';

/** What an element resolved its inputs to: something to render, or why it cannot. */
export type Resolved<T> =
  | { readonly view: T }
  | { readonly problems: readonly Problem[] }
  /** Waiting for its report: a quiet placeholder the size of the drawn element. */
  | { readonly pending: true }
  /** Its report failed: the report shows why, once; the element only says it has nothing. */
  | { readonly unavailable: true }
  /** Valid input with nothing in it: said calmly, not as an error. */
  | { readonly empty: true };

/**
 * What every hz-viz element that draws shares, on top of HzBase: the report from the nearest
 * <hz-report>, and the states before a view. Subclasses turn their inputs into a view in
 * `resolve()` (called from `willUpdate`, never from `render`) and draw it in `renderView()`.
 */
export abstract class HzElement<View> extends HzBase {
  /** The report provided by the nearest `<hz-report>`, if any. */
  @state() protected reportState?: ReportState;

  private reportConsumer?: ContextConsumer<typeof reportContext, this>;

  /**
   * Whether the element reads the surrounding report with its current inputs. Every element does
   * unless it says otherwise; a card given its figure by attributes does not, and so does not ask
   * (one composed event up the page per card).
   */
  protected wantsReport(): boolean {
    return true;
  }

  /** Asks the nearest <hz-report> for its report, once the element wants it, and follows it. */
  private askForReport(): void {
    if (this.reportConsumer || !this.wantsReport()) return;
    // Before the request: a report defined later (a lazily loaded file) must still receive it.
    attachContextRoot();
    this.reportConsumer = new ContextConsumer(this, { context: reportContext, subscribe: true, callback: (state) => (this.reportState = state) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.askForReport();
  }

  @state() protected resolved: Resolved<View> = { pending: true };

  /** Turns the current inputs into a view, or problems. Pure apart from reading `this`. */
  protected abstract resolve(): Resolved<View>;

  protected abstract renderView(view: View): TemplateResult | typeof nothing;

  protected override currentProblems(): readonly Problem[] {
    return 'problems' in this.resolved ? this.resolved.problems : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // An input set after connecting (metric="…" added later) may want the report now.
    if (this.isConnected) this.askForReport();
    try {
      this.resolved = this.resolve();
    } catch (error) {
      // A bug or a hostile value must not escape the element: show it like any other problem.
      this.resolved = { problems: [problem('', error instanceof Error ? error.message : String(error))] };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const resolved = this.resolved;
    if ('problems' in resolved) return this.renderProblems(resolved.problems);
    // One live region per report announces loading (<hz-report>'s); placeholders stay quiet.
    if ('pending' in resolved) return html`<div class="status pending" part="status">${this.messages.loading}</div>`;
    if ('unavailable' in resolved) return html`<div class="status unavailable" part="status">${this.messages.unavailable}</div>`;
    if ('empty' in resolved) return html`<div class="status" role="status" part="status">${this.messages.empty}</div>`;
    return this.renderView(resolved.view);
  }

  /**
   * Looks up an id in the surrounding report. Pending while the report loads (or while a
   * `<hz-report>` that may still provide one is not defined yet); a problem when there is none.
   */
  protected fromReport<T>(attribute: string, id: string, pick: (index: ReportIndex) => T | undefined, what: string): Resolved<T> {
    const state = this.reportState;
    if (!state) {
      if (!customElements.get('hz-report') && this.closest('hz-report')) return { pending: true };
      return { problems: [problem(attribute, this.messages.needsReport(attribute, id))] };
    }
    if (state.status === 'loading') return { pending: true };
    if (state.status === 'error') return { unavailable: true };
    const found = pick(state.index);
    return found === undefined ? { problems: [problem(attribute, this.messages.notFound(what, id))] } : { view: found };
  }
}
