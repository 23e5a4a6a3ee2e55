import type { Figure, FormattableRank, Locale, Problem } from '@hz-viz/schema';
import { describeValue, prefixProblem, problem } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html } from 'lit';
import type { FigureMessages } from '../../internal/figure-messages.js';
import { figureMessages } from '../../internal/figure-messages.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { MetricGridMessages } from './metric-grid-messages.js';
import { metricGridMessages } from './metric-grid-messages.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { emptyMessages } from '../../internal/empty-messages.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzFigureElement, reportLinkPart } from '../../internal/hz-figure-element.js';
import type { ReportState } from '../../internal/report-context.js';
import type { ReportIndex } from '../../internal/report-index.js';
import type { MetricCardSize } from '../metric-card/hz-metric-card.element.js';
import type { ChangeRead } from '../metric-card/metric-card-inputs.js';
import { rankPart, readChange } from '../metric-card/metric-card-inputs.js';
import { metricCardLines } from '../metric-card/metric-card-template.js';
import type { MetricCardView } from '../metric-card/metric-card-view.js';
import { metricCardView } from '../metric-card/metric-card-view.js';
import type { MetricGridItem } from './metric-grid-items.js';
import type { FieldTexts } from './metric-grid-items.js';
import { fieldTexts, itemKeys, itemSource } from './metric-grid-items.js';
import { metricGridStyles } from './hz-metric-grid.styles.js';

const messages = messageSet(figureMessages, metricGridMessages);

/** One item as drawn: a card's view, or why it has none (problems, waiting, no report). */
export interface MetricGridItemView {
  readonly key: string;
  readonly resolved: Resolved<MetricCardView>;
}

export interface MetricGridView {
  readonly items: readonly MetricGridItemView[];
  /** Every item's problems, under its path (metrics[3].value): what `problems` and `hz-error` report. */
  readonly problems: readonly Problem[];
}

/** What an item was read from last time, so an unchanged item is neither read nor formatted again. */
interface Memo {
  readonly item: unknown;
  readonly signature?: string;
  readonly locale: Locale;
  readonly report: ReportState | undefined;
  readonly resolved: Resolved<MetricCardView>;
  readonly change?: { readonly text: string; readonly unit: string; readonly read: ChangeRead };
}

/**
 * @summary Many metric cards in one element: the same cards as `<hz-metric-card>` — label, value
 * exactly as printed, period, change, rank, department — drawn in one shadow root with one shared
 * stylesheet, as a list a screen reader counts. For pages of tens to thousands of figures.
 *
 * Items keep their elements across updates (keyed by id), and an item whose input did not change
 * is not read, formatted or re-rendered again. One bad item shows its problem in its own place;
 * the others still draw. Cards are not focusable (they hold no controls): readers move through
 * them as list items.
 *
 * @csspart list - The list around the cards.
 * @csspart item - Each list item. Off-screen items are drawn when scrolled near (`content-visibility: auto`); `::part(item) { content-visibility: visible }` draws them all at once.
 * @csspart base - Each card (the list item itself, when it draws a card).
 * @csspart label - Each card's label.
 * @csspart value - Each card's value line; `number` and `unit` inside it.
 * @csspart number - The number with its magnitude (4.51万).
 * @csspart unit - The unit and trailing qualifier (人次, %以上).
 * @csspart period - The period, when not the whole year (1-11月).
 * @csspart change - The change: arrow and words.
 * @csspart caption - The department or caption.
 * @csspart error - An item's (or the whole input's) error state.
 *
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An item is invalid or names an unknown metric. `detail: { problems }`, each under its item (metrics[3].value).
 *
 * @cssproperty --hz-metric-grid-min-width - The narrowest a column may be (default 14rem); columns fill the row. `100%` gives one card per row.
 * @cssproperty --hz-metric-grid-gap - The space between cards (default --hz-space).
 * @cssproperty --hz-color-good - Good news (a rise where higher is better).
 * @cssproperty --hz-color-bad - Bad news.
 * @cssproperty --hz-font-size - Base text size; `text-size="large"` uses --hz-font-size-large.
 */
export class HzMetricGridElement extends HzFigureElement<MetricGridView> {
  static override styles = metricGridStyles;

  protected override get messages(): CoreMessages & FigureMessages & MetricGridMessages {
    return messages[this.locale];
  }

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    metrics: {},
    department: {},
    label: {},
    size: { reflect: true },
  };

  /**
   * The metrics: as an attribute, ids of metrics in the surrounding `<hz-report>`, separated by
   * spaces; as a property, an array whose items are each a metric id, a metric object (a schema
   * Metric), or card fields `{ id?, label, value, unit, kind?, period?, polarity?, change?,
   * changeUnit?, rank?, caption? }` read like `<hz-metric-card>`'s attributes.
   */
  metrics?: string | readonly MetricGridItem[];

  /** With a report and no `metrics`: every metric of this department (by id), in the report's order. */
  department?: string;

  /** The list's accessible name; 主要数据 / Key figures by default. */
  label?: string;

  /** `full` (default) or `compact`: every card's size. */
  size: MetricCardSize = 'full';

  private memos = new Map<string, Memo>();

  /** The value the pointer was last over: it carries the grid's one value tooltip. */
  private titledValue?: HTMLElement;

  protected override currentProblems(): readonly Problem[] {
    return 'view' in this.resolved ? this.resolved.view.problems : super.currentProblems();
  }

  protected override resolve(): Resolved<MetricGridView> {
    const metrics = this.metrics;
    let items: readonly unknown[] | undefined = typeof metrics === 'string' ? metrics.split(/\s+/).filter(Boolean) : Array.isArray(metrics) ? Array.from(metrics as unknown[]) : undefined;
    if (metrics === undefined && this.department) {
      const department = this.department;
      const link = this.need(reportLinkPart);
      if (!link) return this.partMissing(reportLinkPart, 'department', 'the report link');
      const pick = (index: ReportIndex) => (index.departments.has(department) ? [...index.metrics.values()].filter((entry) => entry.department.id === department).map((entry) => entry.metric.id) : undefined);
      const found = link.lookUp(this, { attribute: 'department', id: department, what: this.messages.department, pick }, this.locale);
      if (!('view' in found)) return found;
      items = found.view;
    }
    if (!items) {
      return { problems: [problem('metrics', metrics === undefined ? 'expected metric ids or a department (with a report), or an array of metrics' : `expected metric ids or an array of metrics, received ${describeValue(metrics)}`)] };
    }
    if (items.length === 0) return { empty: emptyMessages[this.locale].empty };
    const keys = itemKeys(items);
    const memos = new Map<string, Memo>();
    const locale = this.locale;
    const views = items.map((item, i): MetricGridItemView => {
      const key = keys[i]!;
      const memo = this.readItem(item, i, this.memos.get(key), locale);
      // A pending item is asked again on the next update (its part or report has arrived by then).
      if (!('pending' in memo.resolved)) memos.set(key, memo);
      return { key, resolved: memo.resolved };
    });
    this.memos = memos;
    return { view: { items: views, problems: views.flatMap((v) => ('problems' in v.resolved ? v.resolved.problems : [])) } };
  }

  /** One item's card view, from the memo when its input, the page language and the report are the same. */
  private readItem(item: unknown, i: number, memo: Memo | undefined, locale: Locale): Memo {
    const source = itemSource(item);
    const fields = source === 'fields' ? fieldTexts(item as object) : undefined;
    const signature = fields?.signature;
    // An id's view depends on the report too (its code is loaded by the first id's lookup).
    const report = source === 'id' ? reportLinkPart.module?.reportOf(this) : undefined;
    if (memo && memo.locale === locale && memo.report === report && (memo.item === item || (signature !== undefined && memo.signature === signature))) return memo;
    const at = `metrics[${i}]`;
    if (source === 'invalid') return { item, locale, report, resolved: { problems: [problem(at, `expected a metric id or object, received ${describeValue(item)}`)] } };
    const change = fields?.texts.change;
    const changeUnit = fields?.texts.changeUnit ?? '%';
    const changeRead = change === undefined ? undefined : memo?.change && memo.change.text === change && memo.change.unit === changeUnit ? memo.change : { text: change, unit: changeUnit, read: readChange(change, changeUnit, `${at}.change`, (f, problemAt) => this.figureFromAttributes(f, problemAt)) };
    const resolved = this.itemView(item, fields, at, changeRead?.read, locale);
    return { item, locale, report, resolved, ...(signature !== undefined && { signature }), ...(changeRead && { change: changeRead }) };
  }

  /** An item's card: from its fields when it has them (`fields`), else from the metric id or figure object it is. */
  private itemView(item: unknown, fields: FieldTexts | undefined, at: string, change: ChangeRead | undefined, locale: Locale): Resolved<MetricCardView> {
    const text = fields?.texts ?? {};
    const problems: Problem[] = [];
    let figure: Figure | undefined;
    let rank: FormattableRank | undefined;
    let caption = text.caption;
    // Card fields are read like a card's attributes; an id or a figure object like its `metric`.
    const found = this.resolveMetric(fields ? undefined : item, { label: text.label, value: text.value, unit: text.unit, kind: text.kind, period: text.period, polarity: text.polarity }, at);
    if ('view' in found) {
      // A metric of a report brings its department as the caption and its honor as the rank.
      ({ figure, rank } = found.view);
      caption ??= found.view.caption;
    } else if ('problems' in found) problems.push(...(fields ? found.problems.map((p) => prefixProblem(at, p)) : found.problems));
    else return found;
    if (change && 'pending' in change) return change; // a change in Chinese numerals waits for their reader
    if (change && 'problems' in change) problems.push(...change.problems);
    const rankText = text.rank;
    if (rankText !== undefined || rank) {
      const ranks = this.need(rankPart);
      if (!ranks) return this.partMissing(rankPart, `${at}.rank`, 'the rank badge');
      if (rankText !== undefined) {
        const read = ranks.rankFromText(rankText);
        if (read.ok) rank = read.value;
        else problems.push(...read.problems.map((p) => problem(`${at}.rank`, p.detail)));
      }
    }
    if (problems.length > 0 || !figure) return { problems };
    const changeFigure = change && 'figure' in change ? change.figure : undefined;
    return { view: metricCardView({ figure, ...(changeFigure && { change: changeFigure }), ...(rank && { rank }), ...(caption && { caption }) }, locale) };
  }

  protected override renderView(view: MetricGridView) {
    const locale = this.locale;
    return html`<ul part="list" class="grid" role="list" aria-label=${this.label ?? this.messages.headline} @pointerover=${this.titleHoveredValue}>${repeat(
      view.items,
      (item) => item.key,
      // A drawn item is the card itself (one element fewer per card); a problem or a placeholder sits inside one.
      (item) =>
        'view' in item.resolved
          ? html`<li part="item base" class="item card">${this.renderItem(item.resolved, locale)}</li>`
          : html`<li part="item" class="item">${this.renderItem(item.resolved, locale)}</li>`,
    )}</ul>`;
  }

  private renderItem(resolved: Resolved<MetricCardView>, locale: Locale): unknown {
    // An unchanged item keeps the same view object (the memo): guard skips its template entirely.
    if ('view' in resolved) return guard([resolved.view, locale], () => metricCardLines(resolved.view, locale, 'grid'));
    if ('problems' in resolved) return this.renderProblems(resolved.problems);
    if ('unavailable' in resolved) return html`<div class="status unavailable" part="status">${resolved.unavailable}</div>`;
    return this.renderPending();
  }

  /**
   * A card's value shows its normalized value (45,100 人次) as a tooltip, as a standalone card's
   * does; the grid writes that `title` only on the value the pointer comes over (metricCardLines
   * says why), and again when the value under the pointer changes.
   */
  private readonly titleHoveredValue = (event: Event): void => {
    const value = event.target instanceof Element ? event.target.closest<HTMLElement>('[part=value]') : null;
    if (value) this.titleValue(value);
  };

  private titleValue(value: HTMLElement): void {
    this.titledValue = value;
    const item = value.closest('li');
    const index = item?.parentElement ? Array.prototype.indexOf.call(item.parentElement.children, item) : -1;
    const resolved = 'view' in this.resolved ? this.resolved.view.items[index]?.resolved : undefined;
    if (resolved && 'view' in resolved) {
      if (value.title !== resolved.view.normalized) value.title = resolved.view.normalized;
    } else value.removeAttribute('title');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.titledValue?.isConnected) this.titleValue(this.titledValue);
    else this.titledValue = undefined;
  }
}
