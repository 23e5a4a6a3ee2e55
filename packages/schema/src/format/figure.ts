import { describeFigure } from './describe.js';
import { englishFigures } from './figure-en.js';
import type { DescribableFigure, FigureFormat, FigureParts, FigurePeriod, FormattableFigure } from './figure-format.js';
import { joinParts } from './figure-format.js';
import { chineseFigures } from './figure-zh.js';
import type { Locale } from './locale.js';

export type { DescribableFigure, FigureFormat, FigureParts, FigurePeriod, FormattableFigure } from './figure-format.js';
export { joinParts } from './figure-format.js';
export { describeFigure } from './describe.js';
export { chineseFigures } from './figure-zh.js';
export { englishFigures, englishPeriod } from './figure-en.js';

/** How a locale writes figures. Code that writes one language imports that one's object instead, and carries only it. */
export function figureFormat(locale: Locale): FigureFormat {
  return locale === 'en' ? englishFigures : chineseFigures;
}

/** A figure in pieces, for layouts that style the number apart from its unit. */
export function formatFigureParts(figure: FormattableFigure, locale: Locale): FigureParts {
  return figureFormat(locale).parts(figure);
}

/**
 * The visible text of a figure. zh-CN reproduces the source (4.51万人次, 2600多人次, 下降1.47%);
 * en writes it out (45,100 person-times, over 2,600 person-times, −1.47%, 148 million t).
 */
export function formatMetric(figure: FormattableFigure, locale: Locale): string {
  return joinParts(formatFigureParts(figure, locale));
}

/** A figure's value in full, for tooltips and screen readers: 45,100 人次 / 45,100 person-times. */
export function formatNormalizedValue(figure: FormattableFigure, locale: Locale): string {
  return figureFormat(locale).normalizedValue(figure);
}

/**
 * When a figure holds, as a short caption: its period (1-11月 / Jan–Nov), 累计 / cumulative for a
 * running total, both when both apply; '' for a figure of the report's whole period.
 */
export function formatPeriod(figure: FigurePeriod, locale: Locale): string {
  return figureFormat(locale).period(figure);
}

/**
 * One sentence for aria-label and tooltips: label, value and the bound in words.
 * 红色领航培训：2600多人次 / Red leadership training: over 2,600 person-times.
 */
export function describeMetric(figure: DescribableFigure, locale: Locale): string {
  return describeFigure(figureFormat(locale), figure);
}
