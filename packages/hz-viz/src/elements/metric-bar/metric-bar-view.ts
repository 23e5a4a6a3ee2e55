import type { Figure, Locale } from '@hz-viz/schema';
import { joinParts, plainNumber } from '@hz-viz/schema';
import { figuresFor } from '../../internal/figures-for.js';
import { metricBarMessages } from './metric-bar-messages.js';
import type { Tone } from '../../internal/trend.js';
import { directionOf, toneOf } from '../../internal/trend.js';
import type { MeterLayout } from '../../layout/meter.js';

export interface MetricBarView {
  readonly label: string;
  readonly valueText: string;
  /** Said by screen readers instead of the bare number: 190%，超出目标 90 个百分点. */
  readonly spoken: string;
  readonly layout: MeterLayout;
  readonly tone: Tone;
  readonly caption?: string;
}

export function metricBarView(figure: Figure, layout: MeterLayout, locale: Locale, caption?: string): MetricBarView {
  const messages = metricBarMessages[locale];
  const label = locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label;
  const valueText = joinParts(figuresFor(locale).parts(figure));
  let spoken = valueText;
  if (layout.limit !== undefined) {
    spoken = `${valueText}${locale === 'en' ? ', ' : '，'}${messages.overLimit(plainNumber(layout.limit))}`;
  } else if (layout.mode === 'completion') {
    const gap = figure.value - 100;
    if (gap !== 0) spoken = `${valueText}${locale === 'en' ? ', ' : '，'}${gap > 0 ? messages.overTarget(plainNumber(gap)) : messages.underTarget(plainNumber(-gap))}`;
  }
  const tone = layout.mode === 'diverging' ? toneOf(directionOf(figure.value), figure.polarity) : 'neutral';
  return { label, valueText, spoken, layout, tone, ...(caption && { caption }) };
}
