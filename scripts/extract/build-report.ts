import type { Report } from '../../packages/schema/src/index.js';
import type { Annotations } from './annotations.js';
import { AnnotationProblems, buildInitiative } from './build-initiative.js';
import { readSource } from './read-source.js';

/** Source text + annotations → the report. Pure, so a test can rebuild it and compare. */
export interface BuildReportOptions {
  /** Build only these departments (by id): for annotators checking their own files. */
  readonly only?: readonly string[];
}

export function buildReport(sourceText: string, annotations: Annotations, options: BuildReportOptions = {}): Report {
  const { report } = annotations;
  const sourceDepartments = readSource(sourceText, annotations);
  const problems: string[] = [];
  const departments = annotations.departments.flatMap((department, d) => (options.only && !options.only.includes(department.id) ? [] : [{
    id: department.id,
    name: department.name,
    fullName: department.fullName,
    nameEn: department.nameEn,
    group: department.group,
    initiatives: department.initiatives.flatMap((initiative, i) => {
      try {
        return [buildInitiative(sourceDepartments[d]!.initiatives[i]!, initiative, { year: report.year, defaultPeriod: report.period })];
      } catch (error) {
        if (!(error instanceof AnnotationProblems)) throw error;
        problems.push(...error.problems);
        return [];
      }
    }),
  }]));
  if (problems.length > 0) throw new AnnotationProblems(problems);
  return {
    schemaVersion: report.schemaVersion,
    id: report.id,
    title: report.title,
    titleEn: report.titleEn,
    region: report.region,
    year: report.year,
    period: report.period,
    source: report.source,
    groups: report.groups.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    departments,
  };
}
