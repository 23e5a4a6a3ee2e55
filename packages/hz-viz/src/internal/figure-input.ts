import type { Figure, Problem } from '@hz-viz/schema';
import { figureFromFields, figureInputSchema, prefixProblem, problemFromIssue } from '@hz-viz/schema';
import type { FigureFields } from '@hz-viz/schema';

/** A figure from an element property: validated like report data, problems under `property`. */
export function figureFromProperty(property: string, value: unknown): { figure: Figure } | { problems: readonly Problem[] } {
  const parsed = figureInputSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => prefixProblem(property, problemFromIssue(issue))) };
  return { figure: parsed.data };
}

/** A figure from attribute strings (value="4.51万" unit="人次"). */
export function figureFromAttributes(fields: FigureFields): { figure: Figure } | { problems: readonly Problem[] } {
  const result = figureFromFields(fields);
  return result.ok ? { figure: result.value } : { problems: result.problems };
}
