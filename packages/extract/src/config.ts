import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { Result } from '@hz-viz/schema';
import { failure, honorScopes, parseJsonText, prefixProblem, problem, problemFromIssue, success } from '@hz-viz/schema';
import { markerKinds } from './readers/markers.js';

/**
 * A dataset's config: which reader understands its layout, the words its text uses, and where
 * its annotations live. Everything is optional: the common layouts need no config at all.
 */
export const readerNames = ['outline', 'pdf-table'] as const;
export type ReaderName = (typeof readerNames)[number];

export const draftConfigSchema = z.strictObject({
  $comment: z.optional(z.string()),
  /** outline (numbered headings, district lines, 这一年 paragraphs: the default) or pdf-table. */
  reader: z.optional(z.enum(readerNames)),
  /** For the outline reader: which numbering opens each level, e.g. { "unit": "1." }. */
  levels: z.optional(
    z.strictObject({ group: z.optional(z.enum(markerKinds)), unit: z.optional(z.enum(markerKinds)), paragraph: z.optional(z.enum(markerKinds)) }),
  ),
  /** The report's year, when its title does not say it. */
  year: z.optional(z.int().check(z.gte(1949), z.lte(2100))),
  lexicon: z.optional(
    z.strictObject({
      names: z.optional(z.array(z.string().check(z.minLength(1)))),
      scopes: z.optional(z.record(z.string(), z.enum(honorScopes))),
      scopesEn: z.optional(z.record(z.string(), z.string())),
    }),
  ),
  /** An annotations file or folder, relative to the config. */
  annotations: z.optional(z.string().check(z.minLength(1))),
  /** Every figure and honor must have an annotation with label and labelEn (a reviewed dataset). */
  requireAnnotations: z.optional(z.boolean()),
});
export type DraftConfig = z.infer<typeof draftConfigSchema> & { readonly annotationsPath?: string };

/** Reads a config file; `annotations` is resolved against the config's own folder. */
export function readConfig(file: string): Result<DraftConfig> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    return failure([problem(file, `cannot read the config: ${error instanceof Error && 'code' in error ? String(error.code) : String(error)}`)]);
  }
  const json = parseJsonText(raw);
  if (!json.ok) return failure(json.problems.map((p) => prefixProblem(file, p)));
  const parsed = draftConfigSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return failure(parsed.error.issues.map((issue) => prefixProblem(file, problemFromIssue(issue))));
  const config = parsed.data;
  return success({ ...config, ...(config.annotations && { annotationsPath: resolve(dirname(file), config.annotations) }) });
}
