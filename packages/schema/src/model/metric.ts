import * as z from 'zod/mini';
import { figureShape } from './figure.js';
import { idSchema, sourceSpanShape, textSchema } from './primitives.js';
import type { MetricKind, Polarity } from './vocabulary.js';
import { metricKinds, polarities } from './vocabulary.js';

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

/**
 * A metric as a report file gives it. Only `label` and `value` are needed: the unit defaults to
 * none, the kind follows from the unit, the polarity is higher-is-better, and the id follows
 * from the metric's place.
 */
export const metricSchema = z.strictObject({
  id: z.optional(idSchema),
  ...figureShape,
  kind: z.optional(z.enum(metricKinds)),
  unit: z.optional(z.string()),
  polarity: z.optional(z.enum(polarities)),
  ...sourceSpanShape,
  /** The honor this figure earned, e.g. 1600万元 → 全省首位. */
  honor: z.optional(idSchema),
  correction: z.optional(correctionSchema),
  note: z.optional(textSchema),
});
export type MetricInput = z.infer<typeof metricSchema>;
/** A metric after `parseReport`: id, kind, unit and polarity are always there. */
export type Metric = MetricInput & { id: string; kind: MetricKind; unit: string; polarity: Polarity };
