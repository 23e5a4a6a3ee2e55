/**
 * Finding a quote in its paragraph: for the cross-check that says where a misplaced quote really
 * is, and for `hz-viz-validate --fix`, which writes the offsets it finds.
 */

/** Where `quote` occurs in `text` nearest to `near` (UTF-16 offsets), or undefined if nowhere. */
export function nearestOccurrence(text: string, quote: string, near: number): { start: number; end: number } | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + quote.length };
}

interface SpanLike {
  quote?: unknown;
  start?: unknown;
  end?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Corrects, in place, every quote whose offsets point elsewhere while the quote itself is in the
 * paragraph, moving it to the nearest occurrence. Works on the raw JSON value, so everything
 * else in the file is kept as written. Returns how many spans were moved.
 */
export function fixOffsets(input: unknown): number {
  let fixed = 0;
  if (!isRecord(input)) return 0;
  for (const department of arrayOf(input.departments)) {
    if (!isRecord(department)) continue;
    for (const initiative of arrayOf(department.initiatives)) {
      if (!isRecord(initiative) || typeof initiative.text !== 'string') continue;
      const text = initiative.text;
      for (const item of [...arrayOf(initiative.metrics), ...arrayOf(initiative.honors)]) {
        if (!isRecord(item)) continue;
        const span = item as SpanLike;
        if (typeof span.quote !== 'string' || typeof span.start !== 'number' || typeof span.end !== 'number') continue;
        if (text.slice(span.start, span.end) === span.quote) continue;
        const found = nearestOccurrence(text, span.quote, span.start);
        if (!found) continue;
        item.start = found.start;
        item.end = found.end;
        fixed++;
      }
    }
  }
  return fixed;
}
