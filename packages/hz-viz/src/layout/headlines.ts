import type { Metric } from '@hz-viz/schema';

/** Kinds that usually carry an initiative's news: a rate against target, a growth, an amount. */
const weightyKinds = new Set<Metric['kind']>(['completion', 'change', 'money', 'share']);

/**
 * Picks an initiative's headline figures: those that earned an honor first, then rates,
 * changes and money, then the largest magnitudes; returned in the order the text gives them.
 */
export function headlineMetrics(metrics: readonly Metric[], count: number): Metric[] {
  const score = (m: Metric) => (m.honor ? 4 : 0) + (weightyKinds.has(m.kind) ? 2 : 0) + (m.magnitude ? 1 : 0);
  return metrics
    .map((metric, order) => ({ metric, order, score: score(metric) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(0, count))
    .sort((a, b) => a.order - b.order)
    .map(({ metric }) => metric);
}
