import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import type { Problem, Result } from '@hz-viz/schema';
import { failure, parseJsonText, prefixProblem, problem, problemFromIssue, success } from '@hz-viz/schema';
import type { DepartmentOverlay, Overlay } from './overlay.js';
import { departmentOverlaySchema, overlayFileSchema, reportOverlaySchema } from './overlay.js';

function readJson<T>(file: string, schema: z.ZodMiniType<T>): Result<T> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    return failure([problem(file, `cannot read: ${error instanceof Error && 'code' in error ? String(error.code) : String(error)}`)]);
  }
  const json = parseJsonText(raw);
  if (!json.ok) return failure(json.problems.map((p) => prefixProblem(file, p)));
  const parsed = schema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return failure(parsed.error.issues.map((issue) => prefixProblem(file, problemFromIssue(issue))));
  return success(parsed.data);
}

/**
 * Reads an annotations overlay: a JSON file (`{ report, departments }`), or a folder holding
 * report.json and one file per department under departments/, listed in report.json's order.
 */
export function readOverlay(path: string): Result<Overlay> {
  if (!existsSync(path)) return failure([problem(path, 'the annotations named in the config do not exist')]);
  if (!statSync(path).isDirectory()) {
    const file = readJson(path, overlayFileSchema);
    return file.ok ? success({ report: file.value.report ?? {}, departments: file.value.departments ?? [] }) : file;
  }
  const report = readJson(join(path, 'report.json'), reportOverlaySchema);
  if (!report.ok) return report;
  const folder = join(path, 'departments');
  const available = new Set(existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : []);
  const problems: Problem[] = [];
  const departments: DepartmentOverlay[] = [];
  for (const id of report.value.departments ?? []) {
    const file = `${id}.json`;
    if (!available.delete(file)) {
      problems.push(problem(join(folder, file), `missing, but report.json lists "${id}"`));
      continue;
    }
    const department = readJson(join(folder, file), departmentOverlaySchema);
    if (department.ok) departments.push(department.value);
    else problems.push(...department.problems);
  }
  if (available.size > 0) problems.push(problem(folder, `not listed in report.json: ${[...available].join(', ')}`));
  return problems.length > 0 ? failure(problems) : success({ report: report.value, departments });
}
