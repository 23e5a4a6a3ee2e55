import type { Department, Honor, Initiative, Metric, Report } from '@hz-viz/schema';

export interface MetricEntry {
  readonly metric: Metric;
  readonly initiative: Initiative;
  readonly department: Department;
}
export interface HonorEntry {
  readonly honor: Honor;
  readonly initiative: Initiative;
  readonly department: Department;
}
export interface InitiativeEntry {
  readonly initiative: Initiative;
  readonly department: Department;
}

/** A validated report with its ids looked up once, so elements resolve `metric="…"` in O(1). */
export interface ReportIndex {
  readonly report: Report;
  readonly metrics: ReadonlyMap<string, MetricEntry>;
  readonly honors: ReadonlyMap<string, HonorEntry>;
  readonly initiatives: ReadonlyMap<string, InitiativeEntry>;
  readonly departments: ReadonlyMap<string, Department>;
}

export function indexReport(report: Report): ReportIndex {
  const metrics = new Map<string, MetricEntry>();
  const honors = new Map<string, HonorEntry>();
  const initiatives = new Map<string, InitiativeEntry>();
  const departments = new Map<string, Department>();
  for (const department of report.departments) {
    departments.set(department.id, department);
    for (const initiative of department.initiatives) {
      initiatives.set(initiative.id, { initiative, department });
      for (const metric of initiative.metrics) metrics.set(metric.id, { metric, initiative, department });
      for (const honor of initiative.honors) honors.set(honor.id, { honor, initiative, department });
    }
  }
  return { report, metrics, honors, initiatives, departments };
}
