import { render } from 'lit';
import type { Report } from '../../packages/schema/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';
import type { ReportPageOptions } from '../../packages/ssr/src/report-page.js';
import { reportPageTemplate } from '../../packages/ssr/src/report-page.js';

/** A report a story shows, complete (ids, terms) as the elements see it; a broken one is a broken story. */
export function storyReport(json: unknown): Report {
  const parsed = parseReport(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.value;
}

/**
 * The report page layout (packages/ssr/src/report-page.ts, the one the static page of
 * `hz-viz-render` is rendered from), drawn in the browser: given `report`, its `<hz-report>`
 * reads that report; without, the bundled Huzhou report.
 */
export function reportPage(report: Report, options: ReportPageOptions): HTMLElement {
  const container = document.createElement('div');
  render(reportPageTemplate(report, options), container);
  return container.firstElementChild as HTMLElement;
}
