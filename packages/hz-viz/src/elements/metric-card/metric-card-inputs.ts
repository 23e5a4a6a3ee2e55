import type { Figure, FigureFields, Problem } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import { LazyPart } from '../../internal/lazy-part.js';

/**
 * The honor reader and the rank badge: loaded when a card (or a grid item) first shows a rank.
 * One part for both elements, so a page loads it once.
 */
export const rankPart = new LazyPart(() => import('./metric-card-rank.js'));

/** A change read, or waiting for the reader of Chinese numerals (下降一个百分点). */
export type ChangeRead = { figure: Figure } | { problems: readonly Problem[] } | { pending: true };

/** How a figure element reads attribute text (HzFigureElement.figureFromAttributes). */
export type AttributeReader = (fields: FigureFields, problemAt: string) => ChangeRead;

/** A card's `change` text (2.6, -1.47, 下降1.47) in `unit`; problems under `at` (change, metrics[3].change). */
export function readChange(text: string, unit: string, at: string, read: AttributeReader): ChangeRead {
  const result = read({ label: 'change', value: text, unit, kind: 'change' }, at);
  return 'problems' in result ? { problems: result.problems.map((p) => problem(at, p.detail)) } : result;
}
