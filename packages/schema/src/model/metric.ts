import * as z from 'zod/mini';
import { figureShape } from './figure.js';
import { idSchema, sourceSpanShape, textSchema } from './primitives.js';

/**
 * A correction of a source typo. The printed text stays verbatim; the correction says what
 * was meant and why we believe it.
 */
export const correctionSchema = z.strictObject({
  /** What the source should have printed, e.g. 资讯12期. */
  text: textSchema,
  /** The corrected unit, when the typo dropped or garbled it. */
  unit: z.optional(z.string()),
  note: textSchema,
});
export type Correction = z.infer<typeof correctionSchema>;

export const metricSchema = z.strictObject({
  id: idSchema,
  ...figureShape,
  ...sourceSpanShape,
  /** The honor this figure earned, e.g. 1600万元 → 全省首位. */
  honor: z.optional(idSchema),
  correction: z.optional(correctionSchema),
  note: z.optional(textSchema),
});
export type Metric = z.infer<typeof metricSchema>;
