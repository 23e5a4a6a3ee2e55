/**
 * Is every figure in the source accounted for? Each run of Arabic digits, each Chinese-numeral
 * count or rank, and each honor word must sit inside a metric's quote, an honor's quote, a
 * period that a metric carries, or a reviewed exclusion.
 *
 *   npx tsx scripts/extract/coverage.ts   prints what is not covered
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../packages/schema/src/index.js';
import type { Annotations } from './annotations.js';
import { isExclusion, readAnnotations } from './annotations.js';
import { exclusionSpans } from './build-initiative.js';
import { huzhou2024 } from './paths.js';

/** The figure-like runs the coverage check looks for; deliberately independent of the parser. */
export const figureLikePatterns: readonly RegExp[] = [
  /[0-9０-９]+/gu,
  /第[一二两三四五六七八九十百千]+|[一二两三四五六七八九十百千]+(?=个|家|次|项|年|名|位|场|批|届|轮|类|级|连|季度|例|户|座|条|大|期|等次|倍|成|万|亿|人)/gu,
  /首个|首批|首单|首发|首家|首次|首位|率先|唯一|领跑|最多|最高|最佳|蝉联|连增|连冠/gu,
];

export interface Uncovered {
  readonly initiative: string;
  readonly where: 'text' | 'title';
  readonly figure: string;
  readonly context: string;
}

export interface Coverage {
  readonly total: number;
  readonly covered: number;
  readonly uncovered: readonly Uncovered[];
}

function figureLikeSpans(text: string): [number, number][] {
  return figureLikePatterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}

export function measureCoverage(report: Report, annotations: Annotations): Coverage {
  let total = 0;
  let covered = 0;
  const uncovered: Uncovered[] = [];
  report.departments.forEach((department, d) => {
    department.initiatives.forEach((initiative, i) => {
      const annotation = annotations.departments[d]!.initiatives[i]!;
      const excluded = [...Object.entries(annotation.figures), ...Object.entries(annotation.honors)]
        .filter(([, entry]) => isExclusion(entry))
        .flatMap(([quote]) => exclusionSpans(initiative.text, quote.replace(/#\d+$/, '')));
      const periods = new Set(initiative.metrics.flatMap((metric) => (metric.period ? [metric.period] : [])));
      const periodSpans = [...periods].flatMap((period) => exclusionSpans(initiative.text, period));
      const accounted: [number, number][] = [
        ...initiative.metrics.map((m): [number, number] => [m.start, m.end]),
        ...initiative.honors.map((h): [number, number] => [h.start, h.end]),
        ...excluded,
        ...periodSpans,
      ];
      for (const [start, end] of figureLikeSpans(initiative.text)) {
        total++;
        if (accounted.some(([s, e]) => start >= s && end <= e)) covered++;
        else {
          uncovered.push({
            initiative: initiative.id,
            where: 'text',
            figure: initiative.text.slice(start, end),
            context: initiative.text.slice(Math.max(0, start - 8), end + 8),
          });
        }
      }
      const titleExcluded = Object.keys(annotation.titleExclusions ?? {}).flatMap((quote) => exclusionSpans(initiative.title, quote));
      for (const [start, end] of figureLikeSpans(initiative.title)) {
        total++;
        if (titleExcluded.some(([s, e]) => start >= s && end <= e)) covered++;
        else uncovered.push({ initiative: initiative.id, where: 'title', figure: initiative.title.slice(start, end), context: initiative.title });
      }
    });
  });
  return { total, covered, uncovered };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = JSON.parse(readFileSync(huzhou2024.output, 'utf8')) as Report;
  const coverage = measureCoverage(report, readAnnotations(huzhou2024.annotations));
  for (const u of coverage.uncovered) console.log(`${u.initiative} (${u.where}): ${u.figure}  …${u.context}…`);
  console.log(`coverage: ${coverage.covered}/${coverage.total} figure-like runs (${((100 * coverage.covered) / coverage.total).toFixed(1)}%)`);
}
