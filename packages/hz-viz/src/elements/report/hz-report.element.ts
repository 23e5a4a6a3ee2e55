import { ContextProvider } from '@lit/context';
import type { Problem } from '@hz-viz/schema';
import { parseReport, problem } from '@hz-viz/schema';
import type { PropertyValues } from 'lit';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hzVizVersion } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { localeOf } from '../../internal/lang.js';
import { messagesFor } from '../../internal/messages.js';
import type { ReportState } from '../../internal/report-context.js';
import { reportContext } from '../../internal/report-context.js';
import { indexReport } from '../../internal/report-index.js';
import { reportStyles } from './hz-report.styles.js';

/** The bundled Huzhou 2024 report, in its own chunk: only pages that need it download it. */
const loadDefaultReport = () => import('../../data/huzhou-2024.js').then((module) => module.default as unknown);

/**
 * @summary Loads, validates and provides a report to every hz-viz element inside it.
 *
 * @slot - Elements that read the report: `<hz-metric-card metric="…">`, `<hz-department-treemap>` …
 *
 * @csspart status - The loading message.
 * @csspart error - The error state, with every problem and where it is.
 *
 * @event hz-load - The report is valid and provided. `detail: { reportId }`.
 * @event hz-error - Loading or validation failed. `detail: { problems }`.
 *
 * @cssproperty --hz-color-text - Text colour; every `--hz-*` token is inherited by the elements inside.
 */
export class HzReportElement extends LitElement {
  static readonly hzVersion: string = hzVizVersion;
  static override styles = reportStyles;

  /** URL of a report JSON file. Fetched when set; an earlier request is aborted. */
  @property() src?: string;

  /** A report object (validated like a fetched one). Takes precedence over `src`. */
  @property({ attribute: false }) report?: unknown;

  @property({ reflect: true }) theme?: 'light' | 'dark';
  @property({ attribute: 'text-size', reflect: true }) textSize?: 'normal' | 'large';

  /** What descendants see: loading, the indexed report, or the problems. */
  @state() reportState: ReportState = { status: 'loading' };

  private readonly provider = new ContextProvider(this, { context: reportContext, initialValue: this.reportState });
  private loadId = 0;
  private controller?: AbortController;
  private loadedFor?: { src?: string; report?: unknown };

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal aborted its load: load again.
    if (this.hasUpdated && this.reportState.status === 'loading') this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('report') || !this.loadedFor) this.load();
  }

  /** Starts loading for the current inputs; a newer call makes every older one stale. */
  private load(): void {
    const id = ++this.loadId;
    this.controller?.abort();
    this.controller = undefined;
    this.loadedFor = { src: this.src, report: this.report };
    const settle = (outcome: { problems: readonly Problem[] } | { value: unknown }) => {
      if (id !== this.loadId) return; // a stale answer never wins
      this.controller = undefined;
      if ('problems' in outcome) return this.settle({ status: 'error', problems: outcome.problems });
      const parsed = parseReport(outcome.value);
      this.settle(parsed.ok ? { status: 'ready', index: indexReport(parsed.value) } : { status: 'error', problems: parsed.problems });
    };

    if (this.report !== undefined) return settle({ value: this.report });
    this.settle({ status: 'loading' });
    if (this.src) {
      const controller = new AbortController();
      this.controller = controller;
      const src = this.src;
      fetch(src, { signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) return settle({ problems: [problem('src', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${JSON.stringify(src)}`)] });
          settle({ value: await response.text() });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          settle({ problems: [problem('src', `could not load ${JSON.stringify(src)}: ${error instanceof Error ? error.message : String(error)}`)] });
        });
      return;
    }
    loadDefaultReport().then(
      (value) => settle({ value }),
      (error: unknown) => settle({ problems: [problem('', `could not load the bundled report: ${String(error)}`)] }),
    );
  }

  private settle(next: ReportState): void {
    this.reportState = next;
    this.provider.setValue(next);
    if (next.status === 'error') emit(this, 'hz-error', { problems: next.problems });
    if (next.status === 'ready') emit(this, 'hz-load', { reportId: next.index.report.id });
  }

  protected override render() {
    const state = this.reportState;
    const messages = messagesFor(localeOf(this));
    return html`${state.status === 'loading' ? html`<div class="status" role="status" part="status">${messages.loading}</div>` : nothing}
      ${state.status === 'error'
        ? html`<div class="problems" role="alert" part="error">
            <strong>${messages.invalid}</strong> <code>${`<hz-report${this.src ? ` src="${this.src}"` : ''}>`}</code>
            <ul>
              ${state.problems.slice(0, 5).map((p) => html`<li><code>${p.message}</code></li>`)}
              ${state.problems.length > 5 ? html`<li>${messages.more(state.problems.length - 5)}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
      <slot></slot>`;
  }
}
