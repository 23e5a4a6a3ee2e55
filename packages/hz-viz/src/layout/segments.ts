/** A stretch of paragraph text: plain, or one marked span (a figure or an honor). */
export type Segment<T> = { readonly text: string; readonly mark?: undefined } | { readonly text: string; readonly mark: T };

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a paragraph into plain and marked stretches, in order, from spans with offsets.
 * Overlapping spans keep the earlier one; spans outside the text are ignored. Joining every
 * segment's text gives back the paragraph exactly.
 */
export function segmentText<T extends Span>(text: string, spans: readonly T[]): Segment<T>[] {
  const ordered = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), mark: span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
