import { ContextProvider } from '@lit/context';
import type { Problem, Report, Result } from '@hz-viz/schema';
import { failure, problem, readReportShape, success } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html, isServer, nothing } from 'lit';
import { englishPart } from '../../internal/english-part.js';
import { emit } from '../../internal/events.js';
import { HzBase } from '../../internal/hz-base.js';
import type { ReportState } from '../../internal/report-context.js';
import { reportContext } from '../../internal/report-context.js';
import { indexReport } from '../../internal/report-index.js';
import { serverContext } from '../../internal/server-context.js';
import { awaitDefaultReport, defaultReport, defaultReportComing, defaultReportFailure } from '../../internal/default-report.js';
import { loadReportProblemWording } from '../../internal/problem-text.js';
import { validateNow, validateWhenIdle } from './full-validation.js';
import { reportStyles } from './hz-report.styles.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { ReportMessages } from './report-messages.js';
import { reportMessages } from './report-messages.js';

const messages = messageSet(reportMessages);

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
  datasetFailed: (reason: string) => `could not load the report bundled with the drop-in (hz-viz-huzhou.min.js loads it from its lazy/ folder): ${reason}`,
  validatorFailed: (reason: string) => `this is not a report, and the validator that says where did not load (the drop-in loads it from its lazy/ folder): ${reason}`,
} as const;

/**
 * @summary Loads, validates and provides a report to every hz-viz element inside it.
 *
 * The elements inside paint as soon as a cheap check (readReportShape: types and vocabularies,
 * no zod) passes; the full validation follows in idle time, and if it finds problems the report
 * replaces what it showed with them. Input the cheap check turns down is never shown.
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
  protected override get messages(): CoreMessages & ReportMessages {
    return messages[this.locale];
  }

  static override styles = reportStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    src: {},
    report: { attribute: false },
    reportState: { state: true, attribute: false },
  };

  /** URL of a report JSON file. Fetched when set; an earlier request is aborted. */
  src?: string;

  /** A report object (validated like a fetched one). Takes precedence over `src`. */
  report?: unknown;

  /** What descendants see: loading, the indexed report, or the problems. */
  private reportState: ReportState = { status: 'loading' };

  private readonly provider = new ContextProvider(this, { context: reportContext, initialValue: this.reportState });
  private loadId = 0;
  private controller?: AbortController;
  private loadedFor?: { src?: string; report?: unknown };
  private stopWaiting?: () => void;
  private settled?: { promise: Promise<Result<Report>>; resolve?: (result: Result<Report>) => void };

  /**
   * The outcome of the current load once fully validated: the valid report, or every problem
   * with where. Waits while it loads, so a framework or a listener added late still gets it
   * (`hz-load` may have fired).
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
    // A server render was handed the report, valid, for every element inside: nothing to load.
    if (isServer) {
      this.reportState = serverContext()?.report ?? { status: 'loading' };
      return;
    }
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
    // `loaded` now waits for this load's outcome.
    if (!this.settled?.resolve) this.settled = withResolver();
    const settle = (outcome: { problems: readonly Problem[] } | { value: unknown }) => {
      if (id !== this.loadId) return; // a stale answer never wins
      this.controller = undefined;
      if ('problems' in outcome) return this.fail(id, outcome.problems);
      this.check(id, outcome.value);
    };

    if (this.report !== undefined) return settle({ value: this.report });
    this.provide({ status: 'loading' });
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
    // A dataset module loaded later (a lazy chunk) still reaches this report.
    this.stopWaiting = awaitDefaultReport(() => {
      if (id === this.loadId) this.load();
    });
    // The drop-in's dataset chunk is on its way: wait quietly, as for a fetch.
    if (defaultReportComing()) return;
    const failed = defaultReportFailure();
    settle({ problems: [problem('src', failed === undefined ? english.noReport : english.datasetFailed(failed))] });
  }

  /**
   * Paints what passes the cheap check at once and validates it fully in idle time; what does
   * not pass stays unpainted (loading) until the full validation says what is wrong.
   */
  private check(id: number, value: unknown): void {
    const report = readReportShape(value);
    if (!report) {
      this.provide({ status: 'loading' });
      void validateNow(value).then((checked) => {
        if (id !== this.loadId) return;
        if ('unavailable' in checked) return this.fail(id, [problem('', english.validatorFailed(checked.unavailable))]);
        if (!checked.result.ok) return this.fail(id, checked.result.problems);
        this.succeed(checked.result.value);
      });
      return;
    }
    this.provide({ status: 'ready', index: indexReport(report) });
    void validateWhenIdle(value).then((checked) => {
      if (id !== this.loadId) return;
      if ('unavailable' in checked) {
        // The report is shown as the cheap check read it: every element can draw it; only the
        // finer checks (unique ids, quotes at their offsets …) were not made.
        console.warn(`hz-viz: <hz-report> is shown after a structural check only; its full validation did not load (${checked.unavailable})`);
        return this.conclude(success(report));
      }
      if (!checked.result.ok) return this.fail(id, checked.result.problems);
      this.conclude(success(report));
    });
  }

  private succeed(report: Report): void {
    this.provide({ status: 'ready', index: indexReport(report) });
    this.conclude(success(report));
  }

  /** Shows the problems, worded for the page first (their Chinese is a lazy chunk), so no English flashes. */
  private fail(id: number, problems: readonly Problem[]): void {
    const shown = this.locale === 'en' ? Promise.resolve() : loadReportProblemWording();
    void shown.then(() => {
      if (id !== this.loadId) return;
      this.provide({ status: 'error', problems });
      this.conclude(failure(problems));
    });
  }

  /** What the elements inside see now. */
  private provide(next: ReportState): void {
    this.reportState = next;
    this.provider.setValue(next);
  }

  /** The final outcome of this load: `loaded` resolves, and `hz-load` fires for a valid report. */
  private conclude(result: Result<Report>): void {
    const settled = this.settled ?? withResolver<Result<Report>>();
    settled.resolve?.(result);
    this.settled = { promise: Promise.resolve(result) };
    if (result.ok) emit(this, 'hz-load', { reportId: result.value.id });
  }

  /** The report loads while the English part does: only its words wait (render). */
  protected override waitsForEnglish(): boolean {
    return false;
  }

  protected override render() {
    // An English page's report may load before the English part: its elements keep their frames
    // and its live region stays empty until it can speak (or says why it cannot).
    if (this.locale === 'en' && !englishPart.module) {
      return html`<div class="sr-only" role="status" part="status"></div>
        ${englishPart.failure ? this.renderWithoutEnglish(englishPart.failure) : nothing}
        <slot></slot>`;
    }
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
