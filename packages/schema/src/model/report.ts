import * as z from 'zod/mini';
import type { Honor } from './honor.js';
import { honorSchema } from './honor.js';
import type { Metric } from './metric.js';
import { metricSchema } from './metric.js';
import { idSchema, textSchema } from './primitives.js';
import type { SchemaVersion } from './vocabulary.js';
import { schemaVersions } from './vocabulary.js';

/**
 * The schemas below say what a report *file* may hold; most fields are optional so that a
 * publisher's first report is ten fields long. `parseReport` fills what was left out (ids,
 * kinds, terms, offsets) and returns the complete types declared after each schema.
 */

/** What a report calls one of its units: 部门 / department, 区县 / district, 领域 / area. */
export const termSchema = z.strictObject({
  zh: textSchema,
  en: z.optional(textSchema),
  /** When English does not just add an s: county → counties is found; person → people is not. */
  enPlural: z.optional(textSchema),
});
export type TermInput = z.infer<typeof termSchema>;
export interface Term {
  readonly zh: string;
  readonly en: string;
  readonly enPlural: string;
}

/**
 * The words for the report's three levels. The middle level is stored as `departments` in every
 * report, whatever it holds: a district report says `"department": { "zh": "区县", "en": "district" }`
 * and every element, table and message then says 区县 / district.
 */
export const termsSchema = z.strictObject({
  group: z.optional(termSchema),
  department: z.optional(termSchema),
  initiative: z.optional(termSchema),
});
export type TermsInput = z.infer<typeof termsSchema>;
export interface Terms {
  readonly group: Term;
  readonly department: Term;
  readonly initiative: Term;
}

export const initiativeSchema = z.strictObject({
  id: z.optional(idSchema),
  title: textSchema,
  titleEn: z.optional(textSchema),
  /** The paragraph exactly as the source printed it, wrapped lines joined. Needed for quotes. */
  text: z.optional(textSchema),
  metrics: z.optional(z.array(metricSchema)),
  honors: z.optional(z.array(honorSchema)),
  note: z.optional(textSchema),
});
export type InitiativeInput = z.infer<typeof initiativeSchema>;
export type Initiative = Omit<InitiativeInput, 'id' | 'metrics' | 'honors'> & {
  id: string;
  metrics: Metric[];
  honors: Honor[];
};

export const departmentSchema = z.strictObject({
  id: z.optional(idSchema),
  /** The name as printed: 市经信局, 东湖区, 经济运行. */
  name: textSchema,
  fullName: z.optional(textSchema),
  nameEn: z.optional(textSchema),
  /** The id of the department's group in `report.groups`; required when the report has groups. */
  group: z.optional(idSchema),
  initiatives: z.array(initiativeSchema),
  note: z.optional(textSchema),
});
export type DepartmentInput = z.infer<typeof departmentSchema>;
export type Department = Omit<DepartmentInput, 'id' | 'initiatives'> & { id: string; initiatives: Initiative[] };

export const groupSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  nameEn: z.optional(textSchema),
});
export type Group = z.infer<typeof groupSchema>;
export type GroupInput = Group;

export const sourceSchema = z.strictObject({
  title: textSchema,
  publisher: z.optional(textSchema),
  /** The file in this repository the data was extracted from. */
  file: z.optional(textSchema),
  url: z.optional(textSchema),
  note: z.optional(textSchema),
});
export type Source = z.infer<typeof sourceSchema>;

export const regionSchema = z.strictObject({
  name: textSchema,
  nameEn: z.optional(textSchema),
});
export type Region = z.infer<typeof regionSchema>;

export const reportSchema = z.strictObject({
  /** The JSON Schema an editor validates the file against; ignored by `parseReport`. */
  $schema: z.optional(z.string()),
  schemaVersion: z.optional(z.enum(schemaVersions)),
  id: z.optional(idSchema),
  title: textSchema,
  titleEn: z.optional(textSchema),
  region: z.optional(regionSchema),
  year: z.int().check(z.gte(1949), z.lte(2100)),
  /** What a figure without its own period covers: 全年 (the default). */
  period: z.optional(textSchema),
  terms: z.optional(termsSchema),
  source: z.optional(sourceSchema),
  /** An optional level above the departments: 经济发展, 城乡建设 … */
  groups: z.optional(z.array(groupSchema)),
  departments: z.array(departmentSchema),
});
export type ReportInput = z.infer<typeof reportSchema>;
/** A report after `parseReport`: every default filled in, every id present. */
export type Report = Omit<ReportInput, '$schema' | 'schemaVersion' | 'id' | 'period' | 'terms' | 'groups' | 'departments'> & {
  schemaVersion: SchemaVersion;
  id: string;
  period: string;
  terms: Terms;
  groups: Group[];
  departments: Department[];
};
