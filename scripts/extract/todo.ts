import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFigures, scanRanks } from '../../packages/schema/src/index.js';
import { departmentAnnotationSchema, readAnnotations, reportAnnotationSchema } from './annotations.js';
import { readSource } from './read-source.js';

/**
 * For annotators: adds `{ "label": "", "labelEn": "" }` for every figure and honor that has no
 * annotation yet. Empty labels fail validation, so nothing unlabelled can reach the dataset.
 */
export function addMissingAnnotations(sourceText: string, folder: string): number {
  const lenient = readLenient(folder);
  const source = readSource(sourceText, lenient);
  let added = 0;
  lenient.departments.forEach((department, d) => {
    department.initiatives.forEach((initiative, i) => {
      const text = source[d]!.initiatives[i]!.text;
      const ranks = scanRanks(text);
      const add = (map: Record<string, unknown>, items: { quote: string }[]) => {
        const seen = new Map<string, number>();
        for (const item of items) {
          const n = (seen.get(item.quote) ?? 0) + 1;
          seen.set(item.quote, n);
          const key = n === 1 ? item.quote : `${item.quote}#${n}`;
          if (!(key in map)) {
            map[key] = { label: '', labelEn: '' };
            added++;
          }
        }
      };
      add(initiative.honors, ranks);
      add(
        initiative.figures,
        scanFigures(text, { year: lenient.report.year }).filter((f) => !ranks.some((r) => f.start >= r.start && f.end <= r.end)),
      );
    });
    writeFileSync(join(folder, 'departments', `${department.id}.json`), `${JSON.stringify(department, null, 2)}\n`);
  });
  return added;
}

/** Reads annotations without checking labels, since this is how empty ones get filled. */
function readLenient(folder: string) {
  try {
    return readAnnotations(folder);
  } catch {
    const report = reportAnnotationSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
    const departments = report.departments.map((id) => {
      const raw = JSON.parse(readFileSync(join(folder, 'departments', `${id}.json`), 'utf8'));
      return raw as ReturnType<typeof departmentAnnotationSchema.parse>;
    });
    return { report, departments };
  }
}
