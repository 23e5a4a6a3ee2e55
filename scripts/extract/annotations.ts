import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { groupSchema, polarities } from '../../packages/schema/src/index.js';

/**
 * The hand-kept half of the dataset: what the source text cannot tell. Every field here is
 * either a name (labels, English), a grouping, or a correction with its note; figures
 * themselves always come from the text.
 */

const text = z.string().check(z.minLength(1));

const exclusionSchema = z.object({ exclude: text });

const figureLabelSchema = z.object({
  label: text,
  labelEn: text,
  /** Only where the slug of labelEn would collide or read badly. */
  id: z.optional(text),
  polarity: z.optional(z.enum(polarities)),
  /** Overrides the period found in the sentence; null where that period is not the figure's. */
  period: z.optional(z.nullable(text)),
  /** The quote of the honor this figure earned, or null where the adjacent honor is not its own. */
  honor: z.optional(z.nullable(text)),
  correction: z.optional(z.object({ text, unit: z.optional(z.string()), note: text })),
  note: z.optional(text),
});

const honorLabelSchema = z.object({
  label: text,
  labelEn: text,
  id: z.optional(text),
  note: z.optional(text),
});

const initiativeAnnotationSchema = z.object({
  id: text,
  title: text,
  titleEn: text,
  /** Keyed by the figure's quote; a repeated quote is keyed `quote#2`, `quote#3`. */
  figures: z.record(z.string(), z.union([figureLabelSchema, exclusionSchema])),
  honors: z.record(z.string(), z.union([honorLabelSchema, exclusionSchema])),
  /** Figures printed inside the title that are part of a name (“2+8”平台). */
  titleExclusions: z.optional(z.record(z.string(), text)),
});

export const departmentAnnotationSchema = z.object({
  id: text,
  name: text,
  fullName: text,
  nameEn: text,
  group: text,
  initiatives: z.array(initiativeAnnotationSchema),
});

export const reportAnnotationSchema = z.object({
  $comment: z.optional(z.string()),
  schemaVersion: z.literal('1.0'),
  id: text,
  title: text,
  titleEn: text,
  region: z.object({ name: text, nameEn: text }),
  year: z.int(),
  period: text,
  source: z.object({ title: text, publisher: text, file: text, note: z.optional(text) }),
  groups: z.array(z.extend(groupSchema, { note: text })),
  departments: z.array(text),
  paragraphBreaks: z.array(z.object({ lineStartsWith: text, note: text })),
});

export type FigureAnnotation = z.infer<typeof figureLabelSchema> | z.infer<typeof exclusionSchema>;
export type HonorAnnotation = z.infer<typeof honorLabelSchema> | z.infer<typeof exclusionSchema>;
export type InitiativeAnnotation = z.infer<typeof initiativeAnnotationSchema>;
export type DepartmentAnnotation = z.infer<typeof departmentAnnotationSchema>;
export type ReportAnnotation = z.infer<typeof reportAnnotationSchema>;

export interface Annotations {
  readonly report: ReportAnnotation;
  readonly departments: readonly DepartmentAnnotation[];
}

export function isExclusion(entry: FigureAnnotation | HonorAnnotation): entry is { exclude: string } {
  return 'exclude' in entry;
}

function readJson<T>(file: string, schema: z.ZodMiniType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads and checks the annotations folder: report.json plus one file per department. With
 * `strictFor`, only those departments' files must be complete; the rest are read as they are.
 */
export function readAnnotations(folder: string, strictFor?: readonly string[]): Annotations {
  const report = readJson(join(folder, 'report.json'), reportAnnotationSchema);
  const available = new Set(readdirSync(join(folder, 'departments')));
  const departments = report.departments.map((id) => {
    const file = `${id}.json`;
    if (!available.has(file)) throw new Error(`${folder}/departments/${file}: missing, but report.json lists "${id}"`);
    available.delete(file);
    const path = join(folder, 'departments', file);
    if (strictFor && !strictFor.includes(id)) return JSON.parse(readFileSync(path, 'utf8')) as DepartmentAnnotation;
    return readJson(path, departmentAnnotationSchema);
  });
  if (available.size > 0) throw new Error(`${folder}/departments: not listed in report.json: ${[...available].join(', ')}`);
  return { report, departments };
}
