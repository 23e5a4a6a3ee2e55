import type { Figure, FormattableRank, Locale } from '@hz-viz/schema';
import { figureMessages } from './figure-messages.js';
import type { Resolved } from './hz-element.js';
import type { ReportHost } from './report-link.js';
import { lookUp, reportOf } from './report-link.js';

export { lookUp, reportOf };

/** A metric of the report, with what the report adds to its card: its department as the caption, its honor as a rank. */
export interface MetricFromReport {
  readonly figure: Figure;
  readonly caption: string;
  readonly rank?: FormattableRank;
}

/**
 * The report code of the figure elements (<hz-metric-card>, <hz-metric-bar>, <hz-metric-grid>), a
 * lazy part (HzFigureElement's `reportLinkPart`): they read a report only for a metric id, which
 * waits for its report anyway, so a card given attributes never loads it (decision 0020).
 *
 * The metric `id` names in the report `host` is inside (problems under `at`), following that report
 * from the first call.
 */
export function metricFromReport(host: ReportHost, at: string, id: string, locale: Locale): Resolved<MetricFromReport> {
  const found = lookUp(host, { attribute: at, id, what: figureMessages[locale].metric, pick: (index) => index.metrics.get(id) }, locale);
  if (!('view' in found)) return found;
  const { metric, department } = found.view;
  const state = reportOf(host);
  const honor = metric.honor && state?.status === 'ready' ? state.index.honors.get(metric.honor)?.honor : undefined;
  const caption = locale === 'en' ? (department.nameEn ?? department.name) : department.name;
  return { view: { figure: metric, caption, ...(honor && { rank: honor }) } };
}
