import type { FigureMatch, HonorInput, Lexicon, MetricInput, Polarity, RankMatch } from '@hz-viz/schema';
import { describeHonor, describeMetric, findPeriods, isCumulativeAt, periodAt, readFigures, scanRanks } from '@hz-viz/schema';
import type { Exclusion, FigureEntry, HonorEntry, InitiativeOverlay } from '../annotations/overlay.js';
import { isExclusion } from '../annotations/overlay.js';
import type { Doubt, FoundItem, SkippedItem, UnsureItem } from '../review/model.js';
import { figureLikeSpans } from './coverage.js';
import { draftLabel } from './label.js';
import { guessPolarity } from './polarity.js';
import { slugOf, slugOfEnglish, uniqueIds } from './slug.js';

/**
 * One paragraph to its metrics and honors: every figure and honor the generic parsers find,
 * typed, with the quote and offsets the parsers computed, labelled by the annotations where an
 * editor gave a label and by a draft from the surrounding words where not.
 */

export interface ParagraphContext {
  readonly initiativeId: string;
  readonly year: number;
  readonly defaultPeriod: string;
  readonly lexicon: Lexicon;
  readonly overlay?: InitiativeOverlay | undefined;
  /** A reviewed dataset: every figure and honor must be annotated, with label and labelEn. */
  readonly strict: boolean;
  /** Where the paragraph is, for messages: 市科协 (source line 12). */
  readonly where: string;
}

export interface DraftedParagraph {
  readonly metrics: MetricInput[];
  readonly honors: HonorInput[];
  readonly found: FoundItem[];
  readonly skipped: SkippedItem[];
  readonly unsure: UnsureItem[];
  /** What stops a strict dataset from building: unannotated figures, stale annotations. */
  readonly problems: string[];
}

/** `quote`, `quote#2`, `quote#3` … in order of appearance: the keys annotations use. */
function keysInOrder<T extends { quote: string }>(items: readonly T[]): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.quote) ?? 0) + 1;
    seen.set(item.quote, count);
    return [count === 1 ? item.quote : `${item.quote}#${count}`, item];
  });
}

/** Spans of text an exclusion names, wherever it occurs in the paragraph. */
export function exclusionSpans(text: string, quote: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) spans.push([at, at + quote.length]);
  return spans;
}

/** An exclusion's spans by its key: `12家` is every 12家, `12家#3` only the third. */
function spansOfKey(text: string, key: string): [number, number][] {
  const numbered = /^(.*)#(\d+)$/.exec(key);
  if (!numbered) return exclusionSpans(text, key);
  const nth = exclusionSpans(text, numbered[1]!)[Number(numbered[2]) - 1];
  return nth ? [nth] : [];
}

/** A metric earned the honor printed right after it: 1600万元（全省首位）, 6.6%，居全省第1. */
const honorFollows = /^[，、（,(]?$/u;
/** Words that make a figure a plan or target rather than a result. */
const planWords = /(?:计划|力争|预计|目标|拟|将于|争取|预期)[^，。；]*$/u;

const inside = (start: number, end: number, spans: readonly { start: number; end: number }[]) => spans.some((s) => start >= s.start && end <= s.end);

export function draftParagraph(text: string, context: ParagraphContext): DraftedParagraph {
  const { initiativeId, overlay, strict, where } = context;
  const problems: string[] = [];
  const found: FoundItem[] = [];
  const skipped: SkippedItem[] = [];
  const unsure: UnsureItem[] = [];
  const figureEntries = (overlay?.figures ?? {}) as Record<string, FigureEntry | Exclusion>;
  const honorEntries = (overlay?.honors ?? {}) as Record<string, HonorEntry | Exclusion>;
  const claimId = uniqueIds();

  // Honors first: a figure inside an honor (十个季度 in 连续十个季度…第一) belongs to the honor.
  const usedHonorKeys = new Set<string>();
  const honors: HonorInput[] = [];
  const honorSpans: RankMatch[] = [];
  const honorByKey = new Map<string, { id: string; start: number }>();
  for (const [key, rank] of keysInOrder(scanRanks(text, { lexicon: context.lexicon }))) {
    const entry = honorEntries[key];
    usedHonorKeys.add(key);
    honorSpans.push(rank);
    if (entry && isExclusion(entry)) {
      skipped.push({ start: rank.start, end: rank.end, text: rank.quote, reason: 'excluded', note: entry.exclude });
      continue;
    }
    if (strict && !entry) {
      problems.push(`${where}: honor "${key}" has no annotation (label, labelEn or exclude)`);
      continue;
    }
    if (strict && entry && (!entry.label || !entry.labelEn)) problems.push(`${where}: honor "${key}" needs a label and a labelEn`);
    const drafted = entry?.label ? undefined : draftLabel(text, rank.start, rank.end, rank.kind === 'first' || rank.kind === 'only');
    const label = entry?.label ?? drafted!.label;
    const kind = entry?.kind ?? rank.kind;
    const idStem = entry?.id ?? (entry?.labelEn ? `${slugOfEnglish(entry.labelEn)}-${kind}` : `${slugOf(label, 4)}-${kind}`);
    const id = `${initiativeId}.${claimId(idStem)}`;
    const { start, end, quote, printed, ...rankFields } = rank;
    const honor: HonorInput = {
      id,
      label,
      ...(entry?.labelEn && { labelEn: entry.labelEn }),
      ...rankFields,
      kind,
      ...(entry?.scope && { scope: entry.scope }),
      ...(entry?.position !== undefined && { position: entry.position }),
      printed,
      quote,
      start,
      end,
      ...(entry?.note && { note: entry.note }),
    };
    honors.push(honor);
    honorByKey.set(key, { id, start });
    found.push({ id, type: 'honor', quote, start, end, label, reading: describeHonor({ ...honor, kind }, 'zh-CN'), from: entry?.label ? 'annotation' : 'draft' });
    if (drafted?.unsure || label.length < 2) unsure.push({ id, quote, start, end, reason: 'label-from-clause-before', detail: label });
  }

  // Reviewed exclusions: every place the excluded words occur.
  const usedFigureKeys = new Set<string>();
  const excluded: { start: number; end: number; note: string }[] = [];
  for (const [key, entry] of Object.entries(figureEntries)) {
    if (!isExclusion(entry)) continue;
    const spans = spansOfKey(text, key);
    if (spans.length === 0) problems.push(`${where}: exclusion "${key}" is not in the text`);
    for (const [start, end] of spans) excluded.push({ start, end, note: entry.exclude });
    usedFigureKeys.add(key);
  }

  // An honor's exclusion names words, too: wherever they occur they are accounted for.
  for (const [key, entry] of Object.entries(honorEntries)) {
    if (!isExclusion(entry)) continue;
    for (const [start, end] of spansOfKey(text, key)) excluded.push({ start, end, note: entry.exclude });
  }

  const periods = findPeriods(text);
  const scan = readFigures(text, { year: context.year, lexicon: context.lexicon });
  for (const run of scan.skipped) {
    if (inside(run.start, run.end, honorSpans)) continue;
    const exclusion = excluded.find((e) => run.start >= e.start && run.end <= e.end);
    skipped.push(exclusion ? { ...run, reason: 'excluded', note: exclusion.note } : run);
  }

  const metrics: MetricInput[] = [];
  const candidates = scan.figures.filter((f) => !inside(f.start, f.end, honorSpans));
  for (const [key, figure] of keysInOrder(candidates)) {
    const entry = figureEntries[key];
    const exclusion = entry && isExclusion(entry) ? { note: entry.exclude } : excluded.find((e) => figure.start >= e.start && figure.end <= e.end);
    if (exclusion) {
      if (!skipped.some((s) => s.start === figure.start)) skipped.push({ start: figure.start, end: figure.end, text: figure.quote, reason: 'excluded', note: exclusion.note });
      continue;
    }
    usedFigureKeys.add(key);
    const annotation = entry as FigureEntry | undefined;
    if (strict && !annotation) {
      problems.push(`${where}: figure "${key}" (${figure.kind}) has no annotation (label, labelEn or exclude)`);
      continue;
    }
    if (strict && annotation && (!annotation.label || !annotation.labelEn)) problems.push(`${where}: figure "${key}" needs a label and a labelEn`);
    const metric = draftMetric(text, figure, annotation, context, periods, unsure, problems, claimId);
    const honorKey = annotation?.honor;
    let honorId: string | undefined;
    if (honorKey !== undefined && honorKey !== null) {
      honorId = honorByKey.get(honorKey)?.id;
      if (!honorId) problems.push(`${where}: "${key}" names honor "${honorKey}", which is not an annotated honor here`);
    } else if (honorKey === undefined) {
      honorId = honors.find((h) => h.start !== undefined && h.start >= figure.end && honorFollows.test(text.slice(figure.end, h.start)))?.id;
    }
    const complete = { ...metric, ...(honorId && { honor: honorId }), ...(annotation?.correction && { correction: annotation.correction }), ...(annotation?.note && { note: annotation.note }) };
    metrics.push(complete);
    found.push({
      id: complete.id!,
      type: 'metric',
      quote: figure.quote,
      start: figure.start,
      end: figure.end,
      label: complete.label,
      reading: `${complete.kind} · ${describeMetric({ ...complete, kind: complete.kind!, unit: complete.unit ?? '' }, 'zh-CN')}`,
      from: annotation?.label ? 'annotation' : 'draft',
    });
  }

  for (const key of Object.keys(figureEntries)) {
    if (!usedFigureKeys.has(key)) (strict ? problems : []).push(`${where}: annotation for figure "${key}" matches no figure in the text`);
  }
  for (const key of Object.keys(honorEntries)) {
    if (!usedHonorKeys.has(key)) (strict ? problems : []).push(`${where}: annotation for honor "${key}" matches no honor in the text`);
  }

  // Reviewed exclusions the parsers had no reading for (三级, “五类英才”) are listed once.
  for (const exclusion of excluded) {
    if (!skipped.some((k) => k.start < exclusion.end && exclusion.start < k.end)) {
      skipped.push({ start: exclusion.start, end: exclusion.end, text: text.slice(exclusion.start, exclusion.end), reason: 'excluded', note: exclusion.note });
    }
  }
  skipped.sort((a, b) => a.start - b.start);

  // Anything that still looks like a figure and was neither read nor passed over with a reason.
  const accounted = [...found, ...skipped, ...periods];
  for (const [start, end] of figureLikeSpans(text)) {
    if (!inside(start, end, accounted)) unsure.push({ quote: text.slice(start, end), start, end, reason: 'unread' });
  }
  return { metrics, honors, found, skipped, unsure, problems };
}

function draftMetric(
  text: string,
  figure: FigureMatch,
  annotation: FigureEntry | undefined,
  context: ParagraphContext,
  periods: ReturnType<typeof findPeriods>,
  unsure: UnsureItem[],
  problems: string[],
  claimId: (id: string) => string,
): MetricInput {
  const { quote, start, end } = figure;
  const drafted = annotation?.label ? undefined : draftLabel(text, start, end);
  const label = annotation?.label ?? drafted!.label;
  const doubt = (reason: Doubt, detail?: string) => unsure.push({ quote, start, end, reason, ...(detail !== undefined && { detail }) });

  const foundPeriod = periodAt(text, start, periods)?.text;
  const period = annotation?.period === null ? undefined : (annotation?.period ?? foundPeriod);
  const cumulative = annotation?.cumulative ?? isCumulativeAt(text, start, periods);

  let polarity: Polarity | undefined = annotation?.polarity;
  if (!polarity) {
    if (context.strict && figure.value < 0) problems.push(`${context.where}: "${quote}" is a decrease; say whether lower is better (polarity)`);
    const guess = guessPolarity(figure, label, text.slice(0, figure.start));
    polarity = context.strict ? (figure.kind === 'date' ? 'neutral' : 'higher-is-better') : guess.polarity;
    if (!context.strict && guess.unsure) doubt('polarity-guessed', guess.polarity);
  }

  const idStem = annotation?.id ?? (annotation?.labelEn ? slugOfEnglish(annotation.labelEn) : slugOf(label, 4));
  const id = `${context.initiativeId}.${claimId(idStem)}`;
  if (!annotation?.label) {
    if (drafted?.unsure || label.length < 2) doubt('label-from-clause-before', label);
    if (figure.unit === '' && figure.kind !== 'date') doubt('no-unit');
    if (figure.kind === 'percent') doubt('rate-or-share');
    if (planWords.test(text.slice(Math.max(0, start - 20), start))) doubt('plan');
    if (foundPeriod && period && period !== context.defaultPeriod) doubt('period-from-sentence', period);
  }
  return {
    id,
    label,
    ...(annotation?.labelEn && { labelEn: annotation.labelEn }),
    kind: annotation?.kind ?? figure.kind,
    value: figure.value,
    ...(figure.valueMax !== undefined && { valueMax: figure.valueMax }),
    unit: figure.unit,
    ...(annotation?.unitEn && { unitEn: annotation.unitEn }),
    printed: figure.printed,
    ...(figure.magnitude && { magnitude: figure.magnitude }),
    ...(figure.qualifier && { qualifier: figure.qualifier }),
    ...(figure.currency && { currency: figure.currency }),
    ...(figure.changeWord && { changeWord: figure.changeWord }),
    ...(period && period !== context.defaultPeriod && { period }),
    ...(cumulative && { cumulative: true }),
    polarity,
    quote,
    start,
    end,
  };
}
