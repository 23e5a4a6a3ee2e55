import type { MetricKind, Polarity } from '@hz-viz/schema';
import { plainNumber, problem } from '@hz-viz/schema';
import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { styleProperties } from '../../internal/style-properties.js';
import { percentOf } from '../../layout/scale.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzFigureElement } from '../../internal/hz-figure-element.js';
import { meterLayout } from '../../layout/meter.js';
import type { MetricBarView } from './metric-bar-view.js';
import { metricBarView } from './metric-bar-view.js';
import { metricBarStyles } from './hz-metric-bar.styles.js';
import type { FigureMessages } from '../../internal/figure-messages.js';
import { figureMessages } from '../../internal/figure-messages.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { MetricBarMessages } from './metric-bar-messages.js';
import { metricBarMessages } from './metric-bar-messages.js';

const messages = messageSet(figureMessages, metricBarMessages);


/**
 * @summary One figure against a scale: a completion rate against its 100% target (完成率190%
 * drawn past the target line), a growth rate diverging from zero, a share of a whole.
 *
 * @csspart base - The whole meter.
 * @csspart label - The label.
 * @csspart value - The formatted value.
 * @csspart track - The track; it carries `role="meter"`.
 * @csspart bar - The filled bar.
 * @csspart marker - The 100% target line or the zero line.
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An input is invalid. `detail: { problems }`.
 *
 * @cssproperty --hz-color-accent - The bar.
 * @cssproperty --hz-color-subtle - The track.
 */
export class HzMetricBarElement extends HzFigureElement<MetricBarView> {
  protected override get messages(): CoreMessages & FigureMessages & MetricBarMessages {
    return messages[this.locale];
  }

  static override styles = metricBarStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    metric: {},
    label: {},
    value: {},
    unit: {},
    kind: {},
    polarity: {},
    max: {},
  };

  /** A metric id in the surrounding `<hz-report>` (attribute) or a metric object (property). */
  metric?: string | object;

  /** The figure's name, without a report; with one, it renames the metric. */
  label?: string;

  /** The value as printed: `124.2`, `-3.5`, `98`. */
  value?: string;

  /** The unit as printed: `%`, `个百分点`, `家`. */
  unit?: string;

  /** `completion`, `change`, `share`, `percent` … inferred from value and unit when absent. */
  kind?: MetricKind;

  /** Whether a rise is good news (`higher-is-better`, the default), bad news, or neither. */
  polarity?: Polarity;

  /** The end of the scale. Needed for counts and money; optional for rates (100%) and changes. */
  max?: string;

  protected override resolve(): Resolved<MetricBarView> {
    const resolved = this.resolveMetric(this.metric, { label: this.label, value: this.value, unit: this.unit, kind: this.kind, polarity: this.polarity });
    if (!('view' in resolved)) return resolved;
    const { figure, caption } = resolved.view; // a metric of a report is captioned with its department

    let max: number | undefined;
    if (this.max !== undefined) {
      max = Number(this.max);
      if (!Number.isFinite(max) || max <= 0) return { problems: [problem('max', `expected a positive number, received ${JSON.stringify(this.max)}`)] };
    }
    const layout = meterLayout({ kind: figure.kind, value: figure.value, unit: figure.unit, ...(max !== undefined && { max }) });
    if (!layout) return { problems: [problem('max', `required for a ${figure.kind} figure: the end of the scale, e.g. max="${plainNumber(figure.value * 2)}"`)] };
    return { view: metricBarView(figure, layout, this.locale, caption) };
  }

  protected override renderView(view: MetricBarView) {
    const { layout } = view;
    // Past the target (completion) or past the page's own max: the part beyond the line is drawn apart.
    const lineAhead = layout.mode === 'completion' || (layout.limit !== undefined && layout.mode !== 'diverging');
    const overTarget = lineAhead && layout.marker !== undefined && layout.to > layout.marker;
    const barEnd = overTarget ? layout.marker! : layout.to;
    return html`<div part="base" class="meter mode-${layout.mode} tone-${view.tone}">
      <div class="head">
        <span part="label" class="label" id="label">${view.label}</span>
        <span part="value" class="value" aria-hidden="true">${view.valueText}</span>
      </div>
      <div
        part="track"
        class="track"
        role="meter"
        aria-labelledby="label"
        aria-valuenow=${layout.value}
        aria-valuemin=${layout.min}
        aria-valuemax=${layout.max}
        aria-valuetext=${view.spoken}
      >
        <div part="bar" class="bar" style=${styleProperties({ left: percentOf(layout.from), width: percentOf(barEnd - layout.from) })}></div>
        ${overTarget ? html`<div class="over" style=${styleProperties({ left: percentOf(barEnd), width: percentOf(layout.to - barEnd) })}></div>` : nothing}
        ${layout.marker !== undefined ? html`<div part="marker" class="marker" style=${styleProperties({ left: percentOf(layout.marker) })}></div>` : nothing}
      </div>
      ${layout.marker !== undefined && lineAhead
        ? html`<div class="scale" aria-hidden="true"><span class="target" style=${styleProperties({ left: percentOf(layout.marker) })}
            >${layout.limit !== undefined ? `${this.messages.limit} ${plainNumber(layout.limit)}` : `${this.messages.target} 100%`}</span
          ></div>`
        : nothing}
      ${view.caption ? html`<p part="caption" class="caption">${view.caption}</p>` : nothing}
    </div>`;
  }
}
