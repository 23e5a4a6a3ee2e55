import * as z from 'zod/mini';
import { finiteNumberSchema, textSchema } from './primitives.js';
import {
  changeWords,
  currencies,
  magnitudeWords,
  metricKinds,
  polarities,
  qualifierWords,
} from './vocabulary.js';

/**
 * The meaning of one figure, independent of where it was printed. A report's Metric adds an id
 * and its place in the text; an element given plain attributes builds a Figure alone.
 */
export const figureShape = {
  /** A short label, e.g. 港口货物吞吐量. */
  label: textSchema,
  labelEn: z.optional(textSchema),
  kind: z.enum(metricKinds),
  /**
   * The value in its base unit: 4.51万人次 → 45100, 265.8亿元 → 26580000000. Changes are
   * signed (下降1.47% → -1.47). Dates are milliseconds since the epoch (UTC).
   */
  value: finiteNumberSchema,
  /** The upper end when the source printed a range (3-5个); `value` is then the lower end. */
  valueMax: z.optional(finiteNumberSchema),
  /** The base unit as printed, without its magnitude word: 人次, 元, 吨, %, ‰, 个百分点; '' if none. */
  unit: z.string(),
  /**
   * The unit in English where the general reading does not fit this figure: 期 is issues of a
   * newsletter but sessions of a forum.
   */
  unitEn: z.optional(textSchema),
  /** The figure exactly as printed, so Chinese display reproduces the source: 2600多人次. */
  printed: z.optional(textSchema),
  /** The magnitude word the source scaled by (万, 亿); `value` is already multiplied out. */
  magnitude: z.optional(z.enum(magnitudeWords)),
  /** 多, 余, 超, 以上, 近, 约 …: the value is a bound or an estimate, not an exact figure. */
  qualifier: z.optional(z.enum(qualifierWords)),
  currency: z.optional(z.enum(currencies)),
  /** The word that gave a change its sign, as printed: 增长, 下降, 提高 … */
  changeWord: z.optional(z.enum(changeWords)),
  /** The period the figure covers as printed, when it is not the report's whole year: 1-11月. */
  period: z.optional(textSchema),
  /** A running total since some start (累计建成7个), not what the period added. */
  cumulative: z.optional(z.boolean()),
  polarity: z.enum(polarities),
};

export const figureSchema = z.strictObject(figureShape);
export type Figure = z.infer<typeof figureSchema>;

/**
 * A figure as an element property accepts it: a schema Metric, or any object with a figure's
 * fields; fields beyond a figure's (id, quote …) are allowed and ignored.
 */
export const figureInputSchema = z.looseObject(figureShape);
