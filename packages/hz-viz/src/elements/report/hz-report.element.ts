import { ContextProvider } from '@lit/context';
import type { Problem, Report, Result } from '@hz-viz/schema';
import { failure, parseReport, problem, success } from '@hz-viz/schema';
import type { PropertyValues } from 'lit';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../internal/events.js';
import { HzBase } from '../../internal/hz-base.js';
import type { ReportState } from '../../internal/report-context.js';
import { reportContext } from '../../internal/report-context.js';
import { indexReport } from '../../internal/report-index.js';
import { awaitDefaultReport, defaultReport } from '../../internal/default-report.js';
import { reportStyles } from './hz-report.styles.js';

/**
 * The report's own problems, worded in English like the schema's (decision 0011): `problems`,
 * `hz-error` and `loaded` carry them as they are; the error box says them in the page's language
 * (internal/problem-text.ts).
 */
const english = {
  noReport: 'no report: give <hz-report> src="report.json" or .report, or load the dataset hz-viz/datasets/huzhou-2024.js',
  httpError: (status: number, src: string) => `could not load ${src}: the server answered HTTP ${status}`,
  fetchFailed: (src: string, reason: string) => `could not load ${src}: a network error, or the browser blocked it (${reason})`,
  needsServer: (src: string) => `could not load ${src}: a page opened as a file (file://) cannot read a report; open it through a web server (for example, run npx serve in its folder)`,
} as const;

/**
 * @summary Loads, validates and provides a report to every hz-viz element inside it.
 *
 * @slot - Elements that read the report: `<hz-metric-card metric="…">`, `<hz-department-treemap>` …
 *
 * @csspart status - The loading message, for screen readers only: the elements inside keep their places.
 * @csspart error - The error state, with every problem and where it is.
 *
 * @fires {CustomEvent<HzLoadDetail>} hz-load - The report is valid and provided. `detail: { reportId }`.
 * @fires {CustomEvent<HzErrorDetail>} hz-error - Loading or validation failed. `detail: { problems }`.
 *
 * @cssproperty --hz-color-text - Text colour; every `--hz-*` token is inherited by the elements inside.
 */
export class HzReportElement extends HzBase {
  static override styles = reportStyles;

  /** URL of a report JSON file. Fetched when set; an earlier request is aborted. */
  @property() src?: string;

  /** A report object (validated like a fetched one). Takes precedence over `src`. */
  @property({ attribute: false }) report?: unknown;

  /** What descendants see: loading, the indexed report, or the problems. */
  @state() private reportState: ReportState = { status: 'loading' };

  private readonly provider = new ContextProvider(this, { context: reportContext, initialValue: this.reportState });
  private loadId = 0;
  private controller?: AbortController;
  private loadedFor?: { src?: string; report?: unknown };
  private stopWaiting?: () => void;
  private settled?: { promise: Promise<Result<Report>>; resolve?: (result: Result<Report>) => void };

  /**
   * The outcome of the current load: the valid report, or every problem with where. Waits while
   * it loads, so a framework or a listener added late still gets it (`hz-load` may have fired).
   */
  get loaded(): Promise<Result<Report>> {
    this.settled ??= withResolver<Result<Report>>();
    return this.settled.promise;
  }

  protected override currentProblems(): readonly Problem[] {
    return this.reportState.status === 'error' ? this.reportState.problems : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal aborted its load: load again.
    if (this.hasUpdated && this.reportState.status === 'loading') this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
    this.stopWaiting?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('report') || !this.loadedFor) this.load();
  }

  /** Starts loading for the current inputs; a newer call makes every older one stale. */
  private load(): void {
    const id = ++this.loadId;
    this.stopWaiting?.();
    this.stopWaiting = undefined;
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
      // Fetch, then settle outside the fetch's catch: a failure in validating is not a network error.
      fetch(src, { signal: controller.signal })
        .then(async (response): Promise<{ problems: readonly Problem[] } | { value: unknown }> =>
          response.ok ? { value: await response.text() } : { problems: [problem('src', english.httpError(response.status, JSON.stringify(src)))] },
        )
        .catch((error: unknown) => {
          // A page opened from a file cannot fetch: say so, it is the first thing people try.
          const fromFile = globalThis.location?.protocol === 'file:';
          const reason = error instanceof Error ? error.message : String(error);
          return { problems: [problem('src', fromFile ? english.needsServer(JSON.stringify(src)) : english.fetchFailed(JSON.stringify(src), reason))] };
        })
        .then((outcome) => {
          if (!controller.signal.aborted) settle(outcome);
        });
      return;
    }
    const fallback = defaultReport();
    if (fallback !== undefined) return settle({ value: fallback });
    settle({ problems: [problem('src', english.noReport)] });
    // A dataset module loaded later (a lazy chunk) still reaches this report.
    this.stopWaiting = awaitDefaultReport(() => {
      if (id === this.loadId) this.load();
    });
  }

  private settle(next: ReportState): void {
    this.reportState = next;
    this.provider.setValue(next);
    if (next.status === 'loading') {
      if (!this.settled || !this.settled.resolve) this.settled = withResolver();
      return;
    }
    const result: Result<Report> = next.status === 'ready' ? success(next.index.report) : failure(next.problems);
    const settled = this.settled ?? withResolver<Result<Report>>();
    settled.resolve?.(result);
    this.settled = { promise: Promise.resolve(result) };
    if (next.status === 'ready') emit(this, 'hz-load', { reportId: next.index.report.id });
  }

  protected override render() {
    const state = this.reportState;
    // Loading is announced once, here, for every element inside; it takes no room, so nothing
    // moves when the report arrives (the elements keep placeholders their own size).
    // The live region is always there and only its text changes: a region inserted with its text
    // in it is often not read, and the end of loading is worth saying too.
    const said = state.status === 'loading' ? this.messages.loading : state.status === 'ready' ? this.messages.loaded : '';
    return html`<div class="sr-only" role="status" part="status">${said}</div>
      ${state.status === 'error' ? this.renderProblems(state.problems, `<hz-report${this.src ? ` src="${this.src}"` : ''}>`) : nothing}
      <slot></slot>`;
  }
}

function withResolver<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
