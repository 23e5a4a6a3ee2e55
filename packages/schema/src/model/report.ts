import * as z from 'zod/mini';
import { honorSchema } from './honor.js';
import { metricSchema } from './metric.js';
import { idSchema, textSchema } from './primitives.js';
import { schemaVersions } from './vocabulary.js';

export const initiativeSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  titleEn: z.optional(textSchema),
  /** The paragraph exactly as the source printed it, wrapped lines joined. */
  text: textSchema,
  metrics: z.array(metricSchema),
  honors: z.array(honorSchema),
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const departmentSchema = z.strictObject({
  id: idSchema,
  /** The name as printed: 市经信局. */
  name: textSchema,
  fullName: textSchema,
  nameEn: textSchema,
  /** The id of the department's group in `report.groups`. */
  group: idSchema,
  initiatives: z.array(initiativeSchema),
});
export type Department = z.infer<typeof departmentSchema>;

export const groupSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  nameEn: textSchema,
});
export type Group = z.infer<typeof groupSchema>;

export const sourceSchema = z.strictObject({
  title: textSchema,
  publisher: textSchema,
  /** The file in this repository the data was extracted from. */
  file: z.optional(textSchema),
  note: z.optional(textSchema),
});
export type Source = z.infer<typeof sourceSchema>;

export const regionSchema = z.strictObject({
  name: textSchema,
  nameEn: textSchema,
});

export const reportSchema = z.strictObject({
  schemaVersion: z.enum(schemaVersions),
  id: idSchema,
  title: textSchema,
  titleEn: z.optional(textSchema),
  region: regionSchema,
  year: z.int().check(z.gte(1949), z.lte(2100)),
  /** What a figure without its own period covers: 全年. */
  period: textSchema,
  source: sourceSchema,
  groups: z.array(groupSchema),
  departments: z.array(departmentSchema),
});
export type Report = z.infer<typeof reportSchema>;
