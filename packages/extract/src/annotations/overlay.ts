import * as z from 'zod/mini';
import { groupSchema, honorKinds, honorScopes, metricKinds, polarities, schemaVersions, termsSchema } from '@hz-viz/schema';

/**
 * The editor's half of a dataset: what the text cannot tell (English names, groups, labels) and
 * corrections, each keyed by what it corrects, so re-running the extractor after the source is
 * fixed keeps every correction. Figures and honors are keyed by their quote as printed; a quote
 * printed twice in one paragraph is keyed `quote#2` the second time.
 */

const text = z.string().check(z.minLength(1));

export const exclusionSchema = z.strictObject({ exclude: text });
export type Exclusion = z.infer<typeof exclusionSchema>;

/** What an editor may say of any figure or honor: its label in both languages, its id, a note. */
const labelShape = {
  label: z.optional(text),
  labelEn: z.optional(text),
  /** Only where the slug of labelEn would collide or read badly. */
  id: z.optional(text),
  note: z.optional(text),
};

export const figureEntrySchema = z.strictObject({
  ...labelShape,
  kind: z.optional(z.enum(metricKinds)),
  unitEn: z.optional(text),
  polarity: z.optional(z.enum(polarities)),
  /** Overrides the period found in the sentence; null where that period is not the figure's. */
  period: z.optional(z.nullable(text)),
  /** Overrides the 累计 reading: true for a running total, false where 累计 means the period's own sum. */
  cumulative: z.optional(z.boolean()),
  /** The quote of the honor this figure earned, or null where the adjacent honor is not its own. */
  honor: z.optional(z.nullable(text)),
  correction: z.optional(z.strictObject({ text, unit: z.optional(z.string()), note: text })),
});
export type FigureEntry = z.infer<typeof figureEntrySchema>;

export const honorEntrySchema = z.strictObject({
  ...labelShape,
  kind: z.optional(z.enum(honorKinds)),
  /** A scope the words leave out: 第一届全国…大比武 … 第一 is first in a national contest. */
  scope: z.optional(z.enum(honorScopes)),
  position: z.optional(z.int().check(z.positive())),
});
export type HonorEntry = z.infer<typeof honorEntrySchema>;

export const initiativeOverlaySchema = z.strictObject({
  id: z.optional(text),
  /** The paragraph's title as the text (or the draft) gives it: the key this overlay matches. */
  title: text,
  titleEn: z.optional(text),
  figures: z.optional(z.record(z.string(), z.union([figureEntrySchema, exclusionSchema]))),
  honors: z.optional(z.record(z.string(), z.union([honorEntrySchema, exclusionSchema]))),
  /** Figures printed inside the title that are part of a name (“2+8”平台). */
  titleExclusions: z.optional(z.record(z.string(), text)),
});
export type InitiativeOverlay = z.infer<typeof initiativeOverlaySchema>;

export const departmentOverlaySchema = z.strictObject({
  id: z.optional(text),
  /** The unit's name as printed: the key this overlay matches. */
  name: text,
  fullName: z.optional(text),
  nameEn: z.optional(text),
  group: z.optional(text),
  initiatives: z.optional(z.array(initiativeOverlaySchema)),
});
export type DepartmentOverlay = z.infer<typeof departmentOverlaySchema>;

export const reportOverlaySchema = z.strictObject({
  $comment: z.optional(z.string()),
  schemaVersion: z.optional(z.enum(schemaVersions)),
  id: z.optional(text),
  title: z.optional(text),
  titleEn: z.optional(text),
  region: z.optional(z.strictObject({ name: text, nameEn: z.optional(text) })),
  year: z.optional(z.int()),
  period: z.optional(text),
  terms: z.optional(termsSchema),
  source: z.optional(z.strictObject({ title: text, publisher: z.optional(text), file: z.optional(text), url: z.optional(text), note: z.optional(text) })),
  groups: z.optional(z.array(z.extend(groupSchema, { note: z.optional(text) }))),
  /** In the folder form: the ids of the department files, in order. */
  departments: z.optional(z.array(text)),
  /** For the pdf-table reader: lines that start a paragraph with no blank line before them. */
  paragraphBreaks: z.optional(z.array(z.strictObject({ lineStartsWith: text, note: text }))),
});
export type ReportOverlay = z.infer<typeof reportOverlaySchema>;

/** A single-file overlay: the report's fields and its departments' corrections in one JSON file. */
export const overlayFileSchema = z.strictObject({
  $comment: z.optional(z.string()),
  report: z.optional(reportOverlaySchema),
  departments: z.optional(z.array(departmentOverlaySchema)),
});

export interface Overlay {
  readonly report: ReportOverlay;
  readonly departments: readonly DepartmentOverlay[];
}

export const emptyOverlay: Overlay = { report: {}, departments: [] };

export function isExclusion(entry: FigureEntry | HonorEntry | Exclusion): entry is Exclusion {
  return 'exclude' in entry;
}
