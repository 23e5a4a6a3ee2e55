import * as z from 'zod/mini';
import { idSchema, sourceSpanShape, textSchema } from './primitives.js';
import type { HonorKind } from './vocabulary.js';
import { honorKinds, honorScopes } from './vocabulary.js';

/** The part of an honor that can be read from its words alone: 居全省第1, 全国首个, 九连冠. */
export const rankShape = {
  kind: z.enum(honorKinds),
  /** Absent when the source names no scope (蝉联“浙江制造天工鼎”). */
  scope: z.optional(z.enum(honorScopes)),
  /** The scope as printed: 全省, 全国, 全国中等城市. */
  scopeText: z.optional(textSchema),
  /** A named peer group in English, where `scope` is `group`: China's medium-sized cities. */
  scopeTextEn: z.optional(textSchema),
  /** 1 for 第1, 第一, 首位; present for `position` honors and for firsts. */
  position: z.optional(z.int().check(z.positive())),
  /** How many in a row: 八连增 → 8, 连续三年 → 3. */
  streak: z.optional(z.int().check(z.positive())),
  /** What the streak counts, as printed: 年, 季度, 连增, 连冠. */
  streakUnit: z.optional(textSchema),
  /** Among the top N, without a place: 全国十大 → 10. */
  topN: z.optional(z.int().check(z.positive())),
  /** The honor's words as printed: 居全省第1. */
  printed: textSchema,
};
export const rankSchema = z.strictObject(rankShape);
export type Rank = z.infer<typeof rankSchema>;

/**
 * A rank as an element property accepts it: the rank fields of an Honor (or of a hand-made
 * object) with the rest ignored, and `printed` optional.
 */
export const rankInputSchema = z.looseObject({ ...rankShape, printed: z.optional(textSchema) });
export type RankInput = z.infer<typeof rankInputSchema>;

/**
 * An honor as a report file gives it. Only `label` and `printed` are needed: the rank fields are
 * read from `printed` when `kind` is absent, and the id follows from the honor's place.
 */
export const honorSchema = z.strictObject({
  id: z.optional(idSchema),
  /** What was honored, short: 单位工业增加值能耗降低率. */
  label: textSchema,
  labelEn: z.optional(textSchema),
  ...rankShape,
  kind: z.optional(z.enum(honorKinds)),
  ...sourceSpanShape,
  note: z.optional(textSchema),
});
export type HonorInput = z.infer<typeof honorSchema>;
/** An honor after `parseReport`: its id and kind are always there. */
export type Honor = HonorInput & { id: string; kind: HonorKind };
