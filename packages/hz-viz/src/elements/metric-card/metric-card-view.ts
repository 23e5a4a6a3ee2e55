import type { Figure, FigureParts, FormattableRank, Locale } from '@hz-viz/schema';
import { figuresFor } from '../../internal/figures-for.js';
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

/**
 * The trend of a change already worded, by the change figure: a card, or a grid item, keeps its
 * change figure while only its value changes, so an update of 1,000 values words no change again.
 */
const changeTrends = new WeakMap<Figure, { polarity: Figure['polarity']; locale: Locale; trend: Trend }>();

function changeTrend(change: Figure, polarity: Figure['polarity'], locale: Locale): Trend {
  const known = changeTrends.get(change);
  if (known && known.polarity === polarity && known.locale === locale) return known.trend;
  const trend = trendOf(change, polarity, locale);
  changeTrends.set(change, { polarity, locale, trend });
  return trend;
}

export function metricCardView({ figure, change, rank, caption }: MetricCardInputs, locale: Locale): MetricCardView {
  const label = locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label;
  const trendIsValue = figure.kind === 'change' && change === undefined;
  const trend = change ? changeTrend(change, figure.polarity, locale) : trendIsValue ? trendOf(figure, figure.polarity, locale) : undefined;
  const figures = figuresFor(locale);
  return {
    label,
    value: figures.parts(figure),
    // Read only for a tooltip (a card's title; in a grid, the value under the pointer): worked out when read.
    get normalized() {
      return figures.normalizedValue(figure);
    },
    // When the figure holds: its period, and 累计 / cumulative for a running total.
    ...((figure.period || figure.cumulative) && { period: figures.period(figure) }),
    ...(trend && { trend }),
    trendIsValue,
    ...(rank && { rank }),
    ...(caption && { caption }),
  };
}
