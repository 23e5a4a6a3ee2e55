import type { Figure, FigureFields, Problem } from '@hz-viz/schema';
import { figureFromFields } from '@hz-viz/schema';

/** A figure from attribute strings (value="4.51万" unit="人次"); a figure object goes through figure-property.ts. */
export function figureFromAttributes(fields: FigureFields): { figure: Figure } | { problems: readonly Problem[] } {
  const result = figureFromFields(fields);
  return result.ok ? { figure: result.value } : { problems: result.problems };
}
