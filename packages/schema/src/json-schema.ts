import * as z from 'zod/mini';
import { reportSchema } from './model/report.js';

export const reportJsonSchemaId = 'https://unpkg.com/@hz-viz/schema/report.schema.json';

/**
 * The JSON Schema of a report, generated from the zod schema so the two never disagree.
 * Shipped as report.schema.json; cross-checks (unique ids, quotes at their offsets) are beyond
 * JSON Schema and only `parseReport` and the validate CLI make them.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }),
    $id: reportJsonSchemaId,
    title: 'hz-viz report',
    description: 'A government work report: departments, their initiatives, and every figure and honor with its place in the text.',
  };
}
