import type { DescribableFigure, FigureFormat } from './figure-format.js';
import { joinParts } from './figure-format.js';

/**
 * One sentence for aria-label and tooltips: label, period and value, in the language of
 * `figures`. 红色领航培训：2600多人次 / Red leadership training: over 2,600 person-times. Its own
 * module: an element that only draws figures (a card) does not carry it.
 */
export function describeFigure(figures: FigureFormat, figure: DescribableFigure): string {
  const when = figures.period(figure);
  const value = joinParts(figures.parts(figure));
  if (figures.locale === 'en') return `${figure.labelEn ?? figure.label}${when ? ` (${when})` : ''}: ${value}`;
  return `${figure.label}${when ? `（${when}）` : ''}：${value}`;
}
