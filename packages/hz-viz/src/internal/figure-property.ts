import type { Figure, Problem } from '@hz-viz/schema';
import { figureInputSchema, prefixProblem, problemFromIssue } from '@hz-viz/schema';

/**
 * A figure from an element property: validated like report data, problems under `property`.
 * Its own module, apart from the attribute reader (figure-input.ts): it brings the zod schema,
 * which a card set up by attributes or by a report's metric id never needs.
 */
export function figureFromProperty(property: string, value: unknown): { figure: Figure } | { problems: readonly Problem[] } {
  const parsed = figureInputSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => prefixProblem(property, problemFromIssue(issue))) };
  return { figure: parsed.data };
}
