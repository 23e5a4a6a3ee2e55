import type { Report } from './model/report.js';
import { honorKinds } from './model/vocabulary.js';
import { nearestOccurrence } from './offsets.js';
import type { Problem } from './problems.js';
import { describeValue, problem } from './problems.js';

interface Span {
  readonly quote?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

const listOf = (ids: Iterable<string>) => [...ids].map((id) => JSON.stringify(id)).join(', ') || 'none';

/** Is the quote where its offsets say? If not, where is it? */
function checkSpan(item: Span, path: string, text: string | undefined): Problem | undefined {
  const { quote, start, end } = item;
  if (quote === undefined) {
    if (start !== undefined || end !== undefined) return problem(`${path}.quote`, 'required with start and end: the text the offsets point at');
    return undefined;
  }
  if (text === undefined) return problem(`${path}.quote`, `${describeValue(quote)} needs the initiative's text to sit in, but the initiative has no text`);
  if (start === undefined || end === undefined) {
    if (start !== undefined || end !== undefined) return problem(`${path}.${start === undefined ? 'start' : 'end'}`, 'required with the other offset; or leave both out to place the quote where it first occurs');
    return problem(`${path}.quote`, `${describeValue(quote)} does not occur in the initiative text`);
  }
  if (start >= end) return problem(`${path}.end`, `offsets ${start}–${end} hold no text: end must be after start${whereItIs(text, quote, start)}`);
  if (end > text.length) {
    return problem(`${path}.end`, `offsets ${start}–${end} are outside the initiative text (length ${text.length})${whereItIs(text, quote, start)}`);
  }
  const actual = text.slice(start, end);
  if (actual === quote) return undefined;
  return problem(`${path}.quote`, `${describeValue(quote)} is not the text at ${start}–${end}, which reads ${describeValue(actual)}${whereItIs(text, quote, start)}`);
}

function whereItIs(text: string, quote: string, near: number): string {
  const found = nearestOccurrence(text, quote, near);
  return found ? `; the quote is at ${found.start}–${found.end} (hz-viz-validate --fix corrects it)` : '; the quote does not occur in the text';
}

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
    if (department.group === undefined) {
      if (groupIds.size > 0) problems.push(problem(`${departmentPath}.group`, `required when the report has groups: one of ${listOf(groupIds)}`));
    } else if (!groupIds.has(department.group)) {
      problems.push(problem(`${departmentPath}.group`, `unknown group ${describeValue(department.group)}; report.groups has ${listOf(groupIds)}`));
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
        const misplaced = checkSpan(item, path, initiative.text);
        if (misplaced) problems.push(misplaced);
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
        const path = `${initiativePath}.honors[${h}]`;
        if (honor.kind === undefined) {
          problems.push(problem(`${path}.kind`, `required: ${describeValue(honor.printed)} is not an honor hz-viz can read; give kind, one of ${listOf(honorKinds)}`));
        } else if (honor.kind === 'position' && honor.position === undefined) {
          problems.push(problem(`${path}.position`, 'required for a "position" honor'));
        }
      });
    });
  });
  return problems;
}
