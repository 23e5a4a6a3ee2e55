import type { Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import { HzBase } from './hz-base.js';
import { LazyPart } from './lazy-part.js';
import type { ReportState } from './report-context.js';
import type { ReportIndex } from './report-index.js';
import type * as ReportLinkModule from './report-link.js';

/** The report-bound code (report-link.ts): following a report and looking ids up in it. */
export type ReportLink = typeof ReportLinkModule;

/**
 * The context consumer (@lit/context): loaded when an element that links lazily first wants a report.
 * Exported for tests.
 * @internal
 */
export const reportLinkPart = new LazyPart(() => import('./report-link.js'));

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
  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    reportState: { state: true, attribute: false },
    resolved: { state: true, attribute: false },
  };

  /** The report provided by the nearest `<hz-report>`, if any. */
  protected reportState?: ReportState;

  /** Whether this element follows the nearest <hz-report> (it does once it wants its report). */
  private linked = false;

  /**
   * Whether the element reads the surrounding report with its current inputs. Every element does
   * unless it says otherwise; a card given its figure by attributes does not, and so does not ask
   * (one composed event up the page per card).
   */
  protected wantsReport(): boolean {
    return true;
  }

  /**
   * The code that follows a report, or undefined while it loads (or when it failed to load). By
   * default it is loaded the first time the element wants a report: an element that reads one only
   * for some inputs (a card given a `metric` id, which waits for its report anyway) then does not
   * carry it. Elements that read a report whenever they are inside one (trees, lists, initiatives,
   * honors) return `linkReport` imported statically, so inside a ready report they draw at once.
   */
  protected reportLink(): ReportLink | undefined {
    return this.need(reportLinkPart);
  }

  /**
   * What an element shows while a part an input needs (`need()` gave nothing) is away: the quiet
   * placeholder while it loads, or a problem at `at` once it could not load ("could not load the
   * rank badge: …", worded in Chinese on a zh page).
   */
  protected partMissing(part: LazyPart<unknown>, at: string, what: string): { pending: true } | { problems: readonly Problem[] } {
    return part.failure ? { problems: [problem(at, `could not load ${what}: ${String(part.failure)}`)] } : { pending: true };
  }

  /** Asks the nearest <hz-report> for its report, once the element wants it, and follows it. */
  private askForReport(): void {
    if (this.linked || !this.wantsReport()) return;
    const link = this.reportLink();
    if (!link) return; // asked again in the update its arrival requests
    this.linked = true;
    link.linkReport(this, (state) => (this.reportState = state));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.askForReport();
  }

  protected resolved: Resolved<View> = { pending: true };

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
   * Looks up an id in the surrounding report (report-link.ts `lookUp`). Pending while the report
   * loads, or while the code that follows it does; a problem when there is none.
   */
  protected fromReport<T>(attribute: string, id: string, pick: (index: ReportIndex) => T | undefined, what: string): Resolved<T> {
    const link = this.reportLink();
    // The report link's code is loading (pending), or could not load (a visible problem).
    if (!link) return this.partMissing(reportLinkPart, attribute, 'the report link');
    return link.lookUp(this, this.reportState, { attribute, id, what, pick }, this.messages);
  }

}
