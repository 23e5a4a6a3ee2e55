import type { Figure, FormattableRank, MetricKind, Polarity, Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type { PropertyDeclarations } from 'lit';
import { html } from 'lit';
import type { Resolved } from '../../internal/hz-element.js';
import { HzFigureElement } from '../../internal/hz-figure-element.js';
import type { ChangeRead } from './metric-card-inputs.js';
import { rankPart, readChange } from './metric-card-inputs.js';
import { metricCardLines } from './metric-card-template.js';
import type { MetricCardInputs, MetricCardView } from './metric-card-view.js';
import { metricCardView } from './metric-card-view.js';
import { metricCardStyles } from './hz-metric-card.styles.js';

export const metricCardSizes = ['full', 'compact'] as const;
export type MetricCardSize = (typeof metricCardSizes)[number];

/**
 * @summary A KPI card: the label, the value big and exactly as printed (4.51万人次), its period,
 * a change with arrow and words coloured by polarity, a rank badge and the department.
 *
 * @slot icon - An icon before the label.
 * @slot footer - Anything below the card's content (a link, a note).
 *
 * @csspart base - The card.
 * @csspart label - The label's line, with the `icon` slot at its start.
 * @csspart value - The value line; `number` and `unit` inside it.
 * @csspart number - The number with its magnitude (4.51万).
 * @csspart unit - The unit and trailing qualifier (人次, %以上).
 * @csspart period - The period, when not the whole year (1-11月).
 * @csspart change - The change: arrow and words.
 * @csspart caption - The department or caption.
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An input is invalid or the metric id is unknown. `detail: { problems }`.
 *
 * @cssproperty --hz-color-good - Good news (a rise where higher is better).
 * @cssproperty --hz-color-bad - Bad news.
 * @cssproperty --hz-font-size - Base text size; `text-size="large"` uses --hz-font-size-large.
 */
export class HzMetricCardElement extends HzFigureElement<MetricCardView> {
  static override styles = metricCardStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    metric: {},
    label: {},
    value: {},
    unit: {},
    kind: {},
    period: {},
    polarity: {},
    change: {},
    changeUnit: { attribute: 'change-unit' },
    rank: {},
    caption: {},
    size: { reflect: true },
  };

  /**
   * The metric: as an attribute, the id of a metric in the surrounding `<hz-report>`; as a
   * property, a metric object (a schema Metric, or any object with a figure's fields).
   */
  metric?: string | object;

  /** What the figure measures: 规上工业增加值. */
  label?: string;

  /** The value as written: 7.3, 4.51万, 148000000, 2600多. */
  value?: string;

  /** The unit: %, 人次, 亿元, 吨. A magnitude in the unit (亿吨) is applied once. */
  unit?: string;

  /** Override the kind the value and unit imply: count, money, change, completion … */
  kind?: MetricKind;

  /** The period the figure covers: 1-11月. */
  period?: string;

  /** `higher-is-better` (default), `lower-is-better` or `neutral`: colours the change. */
  polarity?: Polarity;

  /** A change to show beside the value: 2.6, -1.47, 下降1.47. */
  change?: string;

  /** The unit of `change`; % by default. */
  changeUnit?: string;

  /** An honor as free text, shown as a rank badge: 居全省第1. */
  rank?: string;

  /** A caption under the card; the department when the metric comes from a report. */
  caption?: string;

  /** `full` (default) or `compact`. */
  size: MetricCardSize = 'full';

  protected override resolve(): Resolved<MetricCardView> {
    const inputs = this.resolveInputs();
    if (!('view' in inputs)) return inputs;
    return { view: metricCardView(inputs.view, this.locale) };
  }

  private resolveInputs(): Resolved<MetricCardInputs> {
    const problems: Problem[] = [];
    let figure: Figure | undefined;
    let rank: FormattableRank | undefined;
    let caption = this.caption;
    const resolved = this.resolveMetric(this.metric, { label: this.label, value: this.value, unit: this.unit, kind: this.kind, period: this.period, polarity: this.polarity });
    if ('view' in resolved) {
      // A metric of a report brings its department as the caption and its honor as the rank.
      ({ figure, rank } = resolved.view);
      caption ??= resolved.view.caption;
    } else if ('problems' in resolved && typeof this.metric !== 'string' && typeof this.metric !== 'object') {
      problems.push(...resolved.problems); // attribute problems are listed with the change and rank ones
    } else return resolved;

    let change: Figure | undefined;
    if (this.change !== undefined) {
      const read = this.readChange(this.change, this.changeUnit ?? '%');
      if ('pending' in read) return read; // a change in Chinese numerals waits for their reader
      if ('problems' in read) problems.push(...read.problems);
      else change = read.figure;
    }
    if (this.rank !== undefined || rank) {
      // A card with a rank waits (as a placeholder of its size) for the honor reader and the badge.
      const ranks = this.need(rankPart);
      if (!ranks) return this.partMissing(rankPart, 'rank', 'the rank badge');
      if (this.rank !== undefined) {
        const read = ranks.rankFromText(this.rank);
        if (read.ok) rank = read.value;
        else problems.push(...read.problems.map((p) => problem('rank', p.detail)));
      }
    }
    if (problems.length > 0 || !figure) return { problems };
    return { view: { figure, ...(change && { change }), ...(rank && { rank }), ...(caption && { caption }) } };
  }

  private lastChange?: { text: string; unit: string; read: ChangeRead };

  /** The change, read again only when its text or unit changed (an update of the value keeps it). */
  private readChange(text: string, unit: string): ChangeRead {
    const last = this.lastChange;
    if (last && last.text === text && last.unit === unit) return last.read;
    const read = readChange(text, unit, 'change', (fields, at) => this.figureFromAttributes(fields, at));
    if (!('pending' in read)) this.lastChange = { text, unit, read };
    return read;
  }

  protected override renderView(view: MetricCardView) {
    return html`<article part="base" class="card">${metricCardLines(view, this.locale, 'card')}</article>`;
  }
}
