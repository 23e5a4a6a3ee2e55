import type { Honor, Initiative, Metric, Polarity } from '../../packages/schema/src/index.js';
import { findPeriods, periodAt, scanFigures, scanRanks } from '../../packages/schema/src/index.js';
import type { FigureAnnotation, HonorAnnotation, InitiativeAnnotation } from './annotations.js';
import { isExclusion } from './annotations.js';
import type { SourceInitiative } from './read-source.js';

/** Everything wrong with one initiative's annotations, collected rather than thrown one by one. */
export class AnnotationProblems extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** `quote`, `quote#2`, `quote#3` … in order of appearance, the keys annotations use. */
function keysInOrder<T extends { quote: string }>(items: readonly T[]): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.quote) ?? 0) + 1;
    seen.set(item.quote, count);
    return [count === 1 ? item.quote : `${item.quote}#${count}`, item];
  });
}

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Spans of text an exclusion names, wherever it occurs in the paragraph. */
export function exclusionSpans(text: string, quote: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) spans.push([at, at + quote.length]);
  return spans;
}

/** A metric earned the honor printed right after it: 1600万元（全省首位）, 6.6%，居全省第1. */
const honorFollows = /^[，、（,(]?$/u;

export interface BuildOptions {
  readonly year: number;
  readonly defaultPeriod: string;
}

export function buildInitiative(source: SourceInitiative, annotation: InitiativeAnnotation, options: BuildOptions): Initiative {
  const problems: string[] = [];
  const where = `${annotation.id} (source line ${source.line})`;
  const text = source.text;

  // Honors first: a figure inside an honor (十个季度 in 连续十个季度…第一) belongs to the honor.
  const honorEntries = annotation.honors as Record<string, HonorAnnotation>;
  const usedHonorKeys = new Set<string>();
  const honors: Honor[] = [];
  const honorByQuoteKey = new Map<string, Honor>();
  for (const [key, rank] of keysInOrder(scanRanks(text))) {
    const entry = honorEntries[key];
    usedHonorKeys.add(key);
    if (!entry) {
      problems.push(`${where}: honor "${key}" has no annotation (label, labelEn or exclude)`);
      continue;
    }
    if (isExclusion(entry)) continue;
    const honor: Honor = {
      id: `${annotation.id}.${entry.id ?? `${slugOf(entry.labelEn)}-${rank.kind}`}`,
      label: entry.label,
      labelEn: entry.labelEn,
      ...rank,
      ...(entry.note && { note: entry.note }),
    };
    honors.push(honor);
    honorByQuoteKey.set(key, honor);
  }

  const figureEntries = annotation.figures as Record<string, FigureAnnotation>;
  const usedFigureKeys = new Set<string>();
  const excluded: [number, number][] = [];
  for (const [key, entry] of Object.entries(figureEntries)) {
    if (!isExclusion(entry)) continue;
    const spans = exclusionSpans(text, key.replace(/#\d+$/, ''));
    if (spans.length === 0) problems.push(`${where}: exclusion "${key}" is not in the text`);
    excluded.push(...spans);
    usedFigureKeys.add(key);
  }
  const insideHonor = (start: number, end: number) => honors.some((h) => start >= h.start && end <= h.end);
  const insideExclusion = (start: number, end: number) => excluded.some(([s, e]) => start >= s && end <= e);

  const periods = findPeriods(text);
  const metrics: Metric[] = [];
  const candidates = scanFigures(text, { year: options.year }).filter((f) => !insideHonor(f.start, f.end));
  for (const [key, figure] of keysInOrder(candidates)) {
    const entry = figureEntries[key];
    if (entry && isExclusion(entry)) continue;
    if (insideExclusion(figure.start, figure.end)) continue;
    usedFigureKeys.add(key);
    if (!entry) {
      problems.push(`${where}: figure "${key}" (${figure.kind}) has no annotation (label, labelEn or exclude)`);
      continue;
    }
    const period = entry.period === null ? undefined : (entry.period ?? periodAt(text, figure.start, periods)?.text);
    let polarity: Polarity | undefined = entry.polarity;
    if (!polarity && figure.value < 0) problems.push(`${where}: "${key}" is a decrease; say whether lower is better (polarity)`);
    polarity ??= figure.kind === 'date' ? 'neutral' : 'higher-is-better';

    let honorId: string | undefined;
    if (entry.honor !== undefined && entry.honor !== null) {
      honorId = honorByQuoteKey.get(entry.honor)?.id;
      if (!honorId) problems.push(`${where}: "${key}" names honor "${entry.honor}", which is not an annotated honor here`);
    } else if (entry.honor === undefined) {
      honorId = honors.find((h) => h.start >= figure.end && honorFollows.test(text.slice(figure.end, h.start)))?.id;
    }
    metrics.push({
      id: `${annotation.id}.${entry.id ?? slugOf(entry.labelEn)}`,
      label: entry.label,
      labelEn: entry.labelEn,
      kind: figure.kind,
      value: figure.value,
      ...(figure.valueMax !== undefined && { valueMax: figure.valueMax }),
      unit: figure.unit,
      printed: figure.printed,
      ...(figure.magnitude && { magnitude: figure.magnitude }),
      ...(figure.qualifier && { qualifier: figure.qualifier }),
      ...(figure.currency && { currency: figure.currency }),
      ...(figure.changeWord && { changeWord: figure.changeWord }),
      ...(period && period !== options.defaultPeriod && { period }),
      polarity,
      quote: figure.quote,
      start: figure.start,
      end: figure.end,
      ...(honorId && { honor: honorId }),
      ...(entry.correction && { correction: entry.correction }),
      ...(entry.note && { note: entry.note }),
    });
  }

  for (const key of Object.keys(figureEntries)) {
    if (!usedFigureKeys.has(key)) problems.push(`${where}: annotation for figure "${key}" matches no figure in the text`);
  }
  for (const key of Object.keys(honorEntries)) {
    if (!usedHonorKeys.has(key)) problems.push(`${where}: annotation for honor "${key}" matches no honor in the text`);
  }
  for (const quote of Object.keys(annotation.titleExclusions ?? {})) {
    if (!source.title.includes(quote)) problems.push(`${where}: title exclusion "${quote}" is not in the title`);
  }
  if (problems.length > 0) throw new AnnotationProblems(problems);

  return { id: annotation.id, title: source.title, titleEn: annotation.titleEn, text, metrics, honors };
}
