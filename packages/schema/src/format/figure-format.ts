import type { Figure } from '../model/figure.js';
import type { Locale } from './locale.js';

/** The pieces of a formatted figure, so an element can set the number big and the unit small. */
export interface FigureParts {
  /** Words before the number: 超, over, 增长, +. */
  readonly before: string;
  /** The number with its magnitude: 4.51万, 45,100, 26.58 billion. */
  readonly number: string;
  /** The unit with any qualifier after it: 多人次, person-times, %以上. */
  readonly after: string;
}

/** The part of a figure formatting reads; a schema Metric is one. */
export type FormattableFigure = Pick<Figure, 'kind' | 'value' | 'unit'> &
  Partial<Pick<Figure, 'printed' | 'magnitude' | 'qualifier' | 'changeWord' | 'currency' | 'valueMax' | 'unitEn'>>;

/** When a figure holds: its period as printed (1-11月) and whether it is a running total. */
export interface FigurePeriod {
  readonly period?: string | undefined;
  readonly cumulative?: boolean | undefined;
}

/** A figure with its label, as a sentence says it. */
export type DescribableFigure = FormattableFigure & FigurePeriod & { label: string; labelEn?: string | undefined };

/**
 * How one language writes figures. `chineseFigures` (figure-zh.ts) and `englishFigures`
 * (figure-en.ts) are separate modules so that code which writes only one language, an element
 * on a Chinese page, carries only that one (decision 0019); `formatMetric(figure, locale)` and
 * its siblings (figure.ts) pick one by locale; `describeFigure` (describe.ts) says one in a sentence.
 */
export interface FigureFormat {
  readonly locale: Locale;
  /** A figure in pieces, for layouts that style the number apart from its unit. */
  parts(figure: FormattableFigure): FigureParts;
  /** A figure's value in full, for tooltips and screen readers. */
  normalizedValue(figure: FormattableFigure): string;
  /** When a figure holds, as a short caption; '' for the report's whole period. */
  period(figure: FigurePeriod): string;
}

export const minus = '−';

/** The sign a change figure without a change word is written with. */
export function signOf(figure: FormattableFigure): string {
  if (figure.kind !== 'change' || figure.changeWord) return '';
  return figure.value > 0 ? '+' : figure.value < 0 ? minus : '';
}

/** The parts written one after the other. */
export function joinParts({ before, number, after }: FigureParts): string {
  return `${before}${number}${after}`;
}
