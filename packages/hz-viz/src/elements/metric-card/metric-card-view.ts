import type { Figure, FigureParts, FormattableRank, Locale } from '@hz-viz/schema';
import { formatFigureParts, formatNormalizedValue, formatPeriod } from '@hz-viz/schema';
import type { Trend } from '../../internal/trend.js';
import { trendOf } from '../../internal/trend.js';

/** Everything a metric card draws. */
export interface MetricCardView {
  readonly label: string;
  readonly value: FigureParts;
  /** The value in its base unit, for the tooltip: 45,100 人次. */
  readonly normalized: string;
  readonly period?: string;
  /** The change beside the value, or the value's own direction when the figure is a change. */
  readonly trend?: Trend;
  readonly trendIsValue: boolean;
  readonly rank?: FormattableRank;
  readonly caption?: string;
}

export interface MetricCardInputs {
  readonly figure: Figure;
  readonly change?: Figure;
  readonly rank?: FormattableRank;
  readonly caption?: string;
}

export function metricCardView({ figure, change, rank, caption }: MetricCardInputs, locale: Locale): MetricCardView {
  const label = locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label;
  const trendIsValue = figure.kind === 'change' && change === undefined;
  const trend = change ? trendOf(change, figure.polarity, locale) : trendIsValue ? trendOf(figure, figure.polarity, locale) : undefined;
  const value = formatFigureParts(figure, locale);
  return {
    label,
    value,
    normalized: formatNormalizedValue(figure, locale),
    // When the figure holds: its period, and 累计 / cumulative for a running total.
    ...((figure.period || figure.cumulative) && { period: formatPeriod(figure, locale) }),
    ...(trend && { trend }),
    trendIsValue,
    ...(rank && { rank }),
    ...(caption && { caption }),
  };
}
