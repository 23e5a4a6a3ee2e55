import type { Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import { HzBase } from './hz-base.js';
import type { LazyPart } from './lazy-part.js';

/** What an element resolved its inputs to: something to render, or why it cannot. */
export type Resolved<T> =
  | { readonly view: T }
  | { readonly problems: readonly Problem[] }
  /** Waiting for its report or a part: a quiet placeholder the size of the drawn element. */
  | { readonly pending: true }
  /** Its report failed: the report shows why, once; the element only says it has nothing (these words, from the report code). */
  | { readonly unavailable: string }
  /** Valid input with nothing in it: said calmly, not as an error (these words: empty-messages.ts). */
  | { readonly empty: string };

/**
 * What every hz-viz element that draws shares, on top of HzBase: the states before a view.
 * Subclasses turn their inputs into a view in `resolve()` (called from `willUpdate`, never from
 * `render`) and draw it in `renderView()`. Reading a surrounding report is not here: elements that
 * read one whenever they are inside one extend HzReportReader; figure elements, which read one
 * only for an id, load that code when they get one (HzFigureElement), so a card given attributes
 * carries none of it (decision 0020).
 */
export abstract class HzElement<View> extends HzBase {
  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    resolved: { state: true, attribute: false },
  };

  /**
   * What an element shows while a part an input needs (`need()` gave nothing) is away: the quiet
   * placeholder while it loads, or a problem at `at` once it could not load ("could not load the
   * rank badge: …", worded in Chinese on a zh page).
   */
  protected partMissing(part: LazyPart<unknown>, at: string, what: string): { pending: true } | { problems: readonly Problem[] } {
    return part.failure ? { problems: [problem(at, `could not load ${what}: ${String(part.failure)}`)] } : { pending: true };
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
    if ('pending' in resolved) return this.renderPending();
    if ('unavailable' in resolved) return html`<div class="status unavailable" part="status">${resolved.unavailable}</div>`;
    if ('empty' in resolved) return html`<div class="status" role="status" part="status">${resolved.empty}</div>`;
    return this.renderView(resolved.view);
  }
}
