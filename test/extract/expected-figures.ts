import type { HonorInput, MetricInput, ReportInput } from '../../packages/schema/src/index.js';
import type { DraftReview } from '../../packages/extract/src/index.js';

/**
 * Scores a draft against a hand-written list of what a careful reader finds in a sample text
 * (test/extract/samples/*): which expected figures and honors the draft reads exactly, which it
 * reads differently or misses, and which of its own it invented.
 */

export interface ExpectedFigure {
  readonly quote: string;
  readonly value: number | string;
  readonly valueMax?: number;
  readonly unit: string;
  readonly kind: string;
  readonly qualifier?: string;
  readonly period?: string;
  readonly cumulative?: boolean;
}

export interface ExpectedHonor {
  readonly quote: string;
  readonly kind: string;
  readonly scope?: string;
  readonly position?: number;
  readonly streak?: number;
}

export interface Expected {
  readonly figures: readonly ExpectedFigure[];
  readonly honors: readonly ExpectedHonor[];
  readonly skips: readonly { readonly text: string; readonly reason: string }[];
}

interface Placed<T> {
  readonly item: T;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export interface Score {
  readonly expected: number;
  readonly exact: number;
  readonly wrong: { quote: string; expected: string; drafted: string }[];
  readonly missed: string[];
  readonly invented: string[];
  /** Expected items the draft did not read exactly and the review does not mention. */
  readonly unnamed: string[];
}

/** Places each expected quote in its paragraph, walking the paragraphs in text order. */
function place<T extends { quote: string }>(items: readonly T[], texts: readonly string[]): Placed<T>[] {
  let paragraph = 0;
  let from = 0;
  return items.map((item) => {
    for (let p = paragraph; p < texts.length; p++) {
      const at = texts[p]!.indexOf(item.quote, p === paragraph ? from : 0);
      if (at !== -1) {
        paragraph = p;
        from = at + item.quote.length;
        return { item, paragraph: p, start: at, end: at + item.quote.length };
      }
    }
    throw new Error(`expected quote "${item.quote}" is not in any paragraph`);
  });
}

const overlaps = (a: { start: number; end: number }, b: { start?: number | undefined; end?: number | undefined }) =>
  b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;

function metricValue(expected: ExpectedFigure): number {
  return typeof expected.value === 'string' ? Date.parse(`${expected.value}T00:00:00Z`) : expected.value;
}

function describeFigure(f: { value: unknown; valueMax?: unknown; unit?: unknown; kind?: unknown; qualifier?: unknown; period?: unknown; cumulative?: unknown }): string {
  return JSON.stringify([f.value, f.valueMax ?? null, f.unit ?? '', f.kind, f.qualifier ?? null, f.period ?? null, f.cumulative ?? false]);
}

function describeHonorFields(h: { kind?: unknown; scope?: unknown; position?: unknown; streak?: unknown }): string {
  return JSON.stringify([h.kind, h.scope ?? null, h.position ?? null, h.streak ?? null]);
}

export function scoreDraft(report: ReportInput, review: DraftReview, expected: Expected): { figures: Score; honors: Score } {
  const initiatives = report.departments.flatMap((d) => d.initiatives);
  const texts = initiatives.map((i) => i.text ?? '');
  const mentioned = (placed: Placed<unknown>) => {
    const r = review.paragraphs[placed.paragraph]!;
    return [...r.found, ...r.skipped, ...r.unsure].some((x) => overlaps(placed, x));
  };

  const score = <E extends { quote: string }, D extends { quote?: string | undefined; start?: number | undefined; end?: number | undefined }>(
    items: readonly E[],
    drafted: (i: number) => readonly D[],
    same: (e: E, d: D) => boolean,
    show: { e: (e: E) => string; d: (d: D) => string },
  ): Score => {
    const placed = place(items, texts);
    const wrong: Score['wrong'] = [];
    const missed: string[] = [];
    const unnamed: string[] = [];
    const used = new Set<D>();
    let exact = 0;
    for (const p of placed) {
      const match = drafted(p.paragraph).find((d) => overlaps(p, d));
      if (match) used.add(match);
      if (match && same(p.item, match)) {
        exact++;
        continue;
      }
      if (match) wrong.push({ quote: p.item.quote, expected: show.e(p.item), drafted: `${match.quote} ${show.d(match)}` });
      else missed.push(p.item.quote);
      if (!mentioned(p)) unnamed.push(p.item.quote);
    }
    const invented = initiatives.flatMap((_, i) =>
      drafted(i)
        .filter((d) => !used.has(d) && !placed.some((p) => p.paragraph === i && overlaps(p, d)))
        .map((d) => d.quote ?? '?'),
    );
    return { expected: items.length, exact, wrong, missed, invented, unnamed };
  };

  const figures = score<ExpectedFigure, MetricInput>(
    expected.figures,
    (i) => initiatives[i]!.metrics ?? [],
    (e, d) => describeFigure({ ...e, value: metricValue(e) }) === describeFigure(d),
    { e: (e) => describeFigure({ ...e, value: metricValue(e) }), d: describeFigure },
  );
  const honors = score<ExpectedHonor, HonorInput>(
    expected.honors,
    (i) => initiatives[i]!.honors ?? [],
    (e, d) => describeHonorFields(e) === describeHonorFields(d),
    { e: describeHonorFields, d: describeHonorFields },
  );
  return { figures, honors };
}
