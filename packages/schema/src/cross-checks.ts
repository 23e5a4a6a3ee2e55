import type { Report } from './model/report.js';
import type { Problem } from './problems.js';
import { describeValue, problem } from './problems.js';

/**
 * What zod cannot express: ids unique across the report, quotes that sit at their offsets,
 * references that resolve, and facts that only hold together (a money figure has a currency).
 */
export function crossCheckReport(report: Report): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) problems.push(problem(`${path}.id`, `duplicate id ${describeValue(id)}, first used at ${earlier}`));
    else firstSeen.set(id, path);
  };

  report.groups.forEach((group, g) => claim(group.id, `groups[${g}]`));
  const groupIds = new Set(report.groups.map((group) => group.id));
  const honorIds = new Set(report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors.map((h) => h.id))));

  report.departments.forEach((department, d) => {
    const departmentPath = `departments[${d}]`;
    claim(department.id, departmentPath);
    if (!groupIds.has(department.group)) {
      problems.push(problem(`${departmentPath}.group`, `unknown group ${describeValue(department.group)}; report.groups has ${[...groupIds].map((id) => JSON.stringify(id)).join(', ') || 'none'}`));
    }
    department.initiatives.forEach((initiative, i) => {
      const initiativePath = `${departmentPath}.initiatives[${i}]`;
      claim(initiative.id, initiativePath);
      const spans = [
        ...initiative.metrics.map((item, m) => ({ item, path: `${initiativePath}.metrics[${m}]` })),
        ...initiative.honors.map((item, h) => ({ item, path: `${initiativePath}.honors[${h}]` })),
      ];
      for (const { item, path } of spans) {
        claim(item.id, path);
        if (item.end > initiative.text.length || item.start >= item.end) {
          problems.push(problem(`${path}.end`, `offsets ${item.start}–${item.end} are outside the initiative text (length ${initiative.text.length})`));
        } else if (initiative.text.slice(item.start, item.end) !== item.quote) {
          problems.push(problem(`${path}.quote`, `${describeValue(item.quote)} is not the text at ${item.start}–${item.end}, which reads ${describeValue(initiative.text.slice(item.start, item.end))}`));
        }
      }
      initiative.metrics.forEach((metric, m) => {
        const path = `${initiativePath}.metrics[${m}]`;
        if (metric.honor !== undefined && !honorIds.has(metric.honor)) {
          problems.push(problem(`${path}.honor`, `unknown honor ${describeValue(metric.honor)}`));
        }
        if (metric.kind === 'money' && metric.currency === undefined) {
          problems.push(problem(`${path}.currency`, 'required for a money figure: "CNY" or "USD"'));
        }
        if (metric.valueMax !== undefined && Math.abs(metric.valueMax) < Math.abs(metric.value)) {
          problems.push(problem(`${path}.valueMax`, `a range must end above its start (${metric.value}), received ${metric.valueMax}`));
        }
      });
      initiative.honors.forEach((honor, h) => {
        if (honor.kind === 'position' && honor.position === undefined) {
          problems.push(problem(`${initiativePath}.honors[${h}].position`, 'required for a "position" honor'));
        }
      });
    });
  });
  return problems;
}
