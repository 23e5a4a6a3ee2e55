import * as z from 'zod/mini';

/** A readable, stable slug: `jiaotong`, `jiaotong.port`, `jiaotong.port.cargo-throughput`. */
export const idSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: 'expected a slug id such as "jiaotong.port" (lower-case letters, digits, "-" and ".")',
  }),
);

export const textSchema = z.string().check(z.minLength(1, { error: 'expected non-empty text' }));

/** zod 4 numbers are finite already: NaN and ±Infinity are rejected. */
export const finiteNumberSchema = z.number();

export const offsetSchema = z.int().check(z.nonnegative());

/**
 * Where a figure or honor sits in its initiative's text: the exact quote and its UTF-16
 * offsets (`text.slice(start, end) === quote`; checked by `parseReport`). All optional: a quote
 * without offsets is found in the text, and a hand-made report may carry no quote at all.
 */
export const sourceSpanShape = {
  quote: z.optional(textSchema),
  start: z.optional(offsetSchema),
  end: z.optional(offsetSchema),
};
