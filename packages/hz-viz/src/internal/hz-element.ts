import { consume } from '@lit/context';
import type { Locale, Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { PropertyValues, TemplateResult } from 'lit';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hzVizVersion } from './define.js';
import { emit } from './events.js';
import { localeOf, unwatchLang, watchLang } from './lang.js';
import type { Messages } from './messages.js';
import { messagesFor } from './messages.js';
import type { ReportState } from './report-context.js';
import { reportContext } from './report-context.js';
import type { MetricEntry, ReportIndex } from './report-index.js';
import { figureFromAttributes, figureFromProperty } from './figure-input.js';
import type { Figure, FigureFields } from '@hz-viz/schema';

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = ['normal', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

/** What an element resolved its inputs to: something to render, or why it cannot. */
export type Resolved<T> =
  | { readonly view: T }
  | { readonly problems: readonly Problem[] }
  | { readonly pending: true }
  /** Valid input with nothing in it: said calmly, not as an error. */
  | { readonly empty: true };

/**
 * What every hz-viz element shares: the theme and text-size attributes, the report from the
 * nearest <hz-report>, the page language, and the error state. Subclasses turn their inputs into
 * a view in `resolve()` (called from `willUpdate`, never from `render`) and draw it in `renderView()`.
 */
export abstract class HzElement<View> extends LitElement {
  static readonly hzVersion: string = hzVizVersion;

  /** Force a colour theme; without it the element follows the page (`prefers-color-scheme`). */
  @property({ reflect: true }) theme?: Theme;

  /** `large` is the 适老化 size for older readers. */
  @property({ attribute: 'text-size', reflect: true }) textSize?: TextSize;

  /** The report provided by the nearest `<hz-report>`, if any. */
  @consume({ context: reportContext, subscribe: true })
  @state()
  protected reportState?: ReportState;

  @state() protected resolved: Resolved<View> = { pending: true };

  private lastProblemsKey = '';
  private localeThisUpdate?: Locale;

  /** The page language at this element, read once per update (it walks up the tree). */
  protected get locale(): Locale {
    return this.localeThisUpdate ?? localeOf(this);
  }

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** Turns the current inputs into a view, or problems. Pure apart from reading `this`. */
  protected abstract resolve(): Resolved<View>;

  protected abstract renderView(view: View): TemplateResult | typeof nothing;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeThisUpdate = localeOf(this);
    try {
      this.resolved = this.resolve();
    } catch (error) {
      // A bug or a hostile value must not escape the element: show it like any other problem.
      this.resolved = { problems: [problem('', error instanceof Error ? error.message : String(error))] };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.localeThisUpdate = undefined;
    const problems = 'problems' in this.resolved ? this.resolved.problems : [];
    const key = problems.map((p) => p.message).join('\n');
    if (key !== this.lastProblemsKey) {
      this.lastProblemsKey = key;
      if (problems.length > 0) emit(this, 'hz-error', { problems });
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const resolved = this.resolved;
    if ('problems' in resolved) return this.renderProblems(resolved.problems);
    if ('pending' in resolved) return html`<div class="status" role="status" part="status">${this.messages.loading}</div>`;
    if ('empty' in resolved) return html`<div class="status" role="status" part="status">${this.messages.empty}</div>`;
    return this.renderView(resolved.view);
  }

  protected renderProblems(problems: readonly Problem[]): TemplateResult {
    const shown = problems.slice(0, 5);
    const tag = this.localName;
    return html`<div class="problems" role="alert" part="error">
      <strong>${this.messages.invalid}</strong> <code>&lt;${tag}&gt;</code>
      <ul>
        ${shown.map((p) => html`<li><code>${p.message}</code></li>`)}
        ${problems.length > shown.length ? html`<li>${this.messages.more(problems.length - shown.length)}</li>` : nothing}
      </ul>
    </div>`;
  }

  /**
   * The figure a `metric` input names, the three ways every figure element takes it: an object
   * (property), an id in the surrounding report (attribute), or else the `fields` attributes.
   * A `label` attribute renames a figure that came from an object or a report.
   */
  protected resolveMetric(metric: unknown, fields: FigureFields): Resolved<{ figure: Figure; entry?: MetricEntry }> {
    let resolved: Resolved<{ figure: Figure; entry?: MetricEntry }>;
    if (metric !== undefined && metric !== null && typeof metric === 'object') {
      const read = figureFromProperty('metric', metric);
      resolved = 'problems' in read ? read : { view: { figure: read.figure } };
    } else if (typeof metric === 'string' && metric !== '') {
      const found = this.fromReport('metric', metric, (index) => index.metrics.get(metric), this.messages.metric);
      resolved = 'view' in found ? { view: { figure: found.view.metric, entry: found.view } } : found;
    } else {
      const read = figureFromAttributes(fields);
      return 'problems' in read ? read : { view: { figure: read.figure } };
    }
    if ('view' in resolved && fields.label) resolved = { view: { ...resolved.view, figure: { ...resolved.view.figure, label: fields.label, labelEn: fields.label } } };
    return resolved;
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
    if (state.status === 'error') return { problems: [problem(attribute, this.messages.reportUnavailable)] };
    const found = pick(state.index);
    return found === undefined ? { problems: [problem(attribute, this.messages.notFound(what, id))] } : { view: found };
  }
}
