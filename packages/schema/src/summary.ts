import type { Report } from './model/report.js';

export interface ReportSummary {
  readonly departments: number;
  readonly initiatives: number;
  readonly metrics: number;
  readonly honors: number;
}

/** How much a report holds, counted once for the CLI, the extractor and the elements. */
export function summarizeReport(report: Report): ReportSummary {
  const initiatives = report.departments.flatMap((department) => department.initiatives);
  return {
    departments: report.departments.length,
    initiatives: initiatives.length,
    metrics: initiatives.reduce((sum, initiative) => sum + initiative.metrics.length, 0),
    honors: initiatives.reduce((sum, initiative) => sum + initiative.honors.length, 0),
  };
}
