import type { ChangeWord, MagnitudeWord, MetricKind, QualifierWord } from '../model/vocabulary.js';
import { arabicDecimalPattern, chineseNumeralChars, magnitudeExponents, parseNumberText } from './numerals.js';
import { findPeriods } from './periods.js';
import type { Lexicon } from './lexicon.js';
import { canonicalUnit, unitKind, unitWordsLongestFirst } from './unit-kinds.js';
import type { FigureMatch } from './figure-match.js';
import { figureMatch } from './figure-match.js';

export type { FigureMatch } from './figure-match.js';

export interface ScanOptions {
  /** The year a month-and-day date (12月26日) falls in; dates are skipped without it. */
  readonly year?: number;
  /** A dataset's names that hold a numeral (三保, 红十字): skipped, never read as figures. */
  readonly lexicon?: Lexicon;
}

/** Why a run that looks like a figure is not one. */
export const skipReasons = ['year', 'edition', 'ordinal', 'date', 'month', 'threshold', 'span', 'name', 'word'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** A run of text that looks like a figure but is not one, and why: 2024年 is a year. */
export interface SkippedRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: SkipReason;
}

/** Every figure in a text, and every figure-like run passed over with its reason. */
export interface FigureScan {
  readonly figures: FigureMatch[];
  readonly skipped: SkippedRun[];
}

const numberToken = new RegExp(`${arabicDecimalPattern}|[${chineseNumeralChars}]+`, 'gu');
const arabicOnly = new RegExp(`^${arabicDecimalPattern}$`);
const rangeTail = new RegExp(`^[-—~～至](${arabicDecimalPattern})`);
const magnitudeTail = /^(万亿|万|亿)/;
const countQualifierTail = /^(多|余)/;
const boundTail = /^(以上|左右|余)/;
const dateTail = new RegExp(`^月(${arabicDecimalPattern})日`);
const prefixQualifier = /(超过|超|逾|近|约)$/;
/** An explicit sign (+2.6%, ＋2.6%, −1.5%), but not the dash of a range (五-六个) nor a plus inside a name. */
const signPrefix = /(?:^|[^0-9A-Za-z０-９零〇一二两三四五六七八九十百千])([+＋\-−－])$/;
/** 第三届, 第二批: an edition; other ordinals (第3) are places, left to the rank parser. */
const editionTail = /^(?:届|批|轮|期|次|课堂|等次)/;
/** 2024年, 2024年度, 2024—2030年: a calendar year, not 2024 years. */
const yearTail = new RegExp(`^(?:[-—~～至](?:19|20)[0-9]{2})?年度?`);
/** 35年来, 近五年: a span of time a sentence looks back over, not an achievement. */
const spanTail = /^(?:来|以来|间)/;
const spanPrefix = /(?:近|过去|这)$/;
/** 百亿元, 千亿级, 80万元以上的: a threshold that defines what is counted, not a figure. */
const roundNumber = /^[百千]+$/;
const thresholdTail = /^(?:级|的)/;
/** What follows 一家, 一年 when they are counts: 其中一家为境外商会, 提前一年完成. */
const oneFollower = /^(?:$|[^\u4e00-\u9fff]|[为是完达实和及与等])/u;
/** What may follow a real figure: punctuation, a conjunction, or a comparison (超3500亿元，增长…). */
const figureFollower = /^(?:$|[^\u4e00-\u9fff]|[和及与或等同比较占增达为其均])/u;

/**
 * Where a threshold that defines what is counted ends, or undefined if the figure is a figure:
 * 百亿级 / 千亿级, 80万元以上的行政村, 超10亿元项目, 超百亿元产业集群. A bound (超, 以上) or a
 * round 百/千 directly followed by a noun names a class of things, not an amount.
 */
function thresholdAt(text: string, end: number, qualifier: QualifierWord | undefined, round: boolean): number | undefined {
  const tail = thresholdTail.exec(text.slice(end));
  if (tail && (round || qualifier === '以上' || tail[0] === '级')) return end + tail[0].length;
  const bound = qualifier === '超' || qualifier === '超过' || qualifier === '逾' || qualifier === '以上';
  if ((bound || round) && !figureFollower.test(text.slice(end))) return end;
  return undefined;
}

const decreaseWords: ReadonlySet<ChangeWord> = new Set(['下降', '降低', '缩短', '减少']);
const changeCue = /(增长|增幅|增速|提高|提升|下降|降低|缩短|减少)率?(?:达到|达)?$|(高于|快于)(?:省均|全省平均)?$/;
const completionCue = /(?:完成率|完成(?:年度)?(?:目标|任务|计划)的|年度任务的)(?:达到|达|为)?$/;
/** 实现翻番 (×2), 翻两番 (×4): a multiple said in words. */
const doubling = /翻了?([一两二])?番/gu;
/** 城乡居民收入比缩小至1.68: a ratio printed without 倍. */
const ratioCue = /比(?:值)?(?:缩小|扩大|下降|降低|提高|为)?(?:至|到|为)$/u;
const shareCue = /(?:占[^，。；、（）\n]{0,14}?(?:比重|比例|的)|占比|比重|比例)(?:达到|达|为)?$/;

/** Where the lexicon's names sit in the text: their numerals are part of a name. */
function nameSpans(text: string, lexicon: Lexicon | undefined): SkippedRun[] {
  const spans: SkippedRun[] = [];
  for (const name of lexicon?.names ?? []) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      spans.push({ start: at, end: at + name.length, text: name, reason: 'name' });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function skip(text: string, start: number, end: number, reason: SkipReason): SkippedRun {
  return { start, end, text: text.slice(start, end), reason };
}

function noCue(...cues: (RegExpExecArray | null)[]): boolean {
  return cues.every((cue) => cue === null);
}

function matchUnitAt(text: string, at: number): string | undefined {
  return unitWordsLongestFirst.find((unit) => text.startsWith(unit, at));
}

function kindOf(unit: string, cue: { change?: ChangeWord; completion: boolean; share: boolean }): MetricKind {
  if (cue.change) return 'change';
  if (cue.completion) return 'completion';
  const kindOfUnit = unitKind(unit).kind;
  if (kindOfUnit === 'permille') return 'permille';
  if (cue.share) return 'share';
  return kindOfUnit;
}

/**
 * Reads the figure whose number starts at `numberStart`: a figure, a run skipped with its reason,
 * or undefined when the number is a word (一般, 三进) and nothing a reader would take for a figure.
 */
function readFigureAt(text: string, numberStart: number, numberText: string, options: ScanOptions): FigureMatch | SkippedRun | undefined {
  const isArabic = arabicOnly.test(numberText);
  let cursor = numberStart + numberText.length;
  const rest = () => text.slice(cursor);

  // 5G, PM2.5, 1+8+X: digits joined to Latin letters, or to a plus between parts, are a name.
  if (isArabic && (/[A-Za-z]$|[0-9A-Za-z][+＋]$/.test(text.slice(0, numberStart)) || /^(?:[A-Za-z]|[+＋][0-9A-Za-z])/.test(rest()))) {
    let end = cursor;
    while (end < text.length && /[A-Za-z0-9.+＋]/.test(text[end]!)) end++;
    let begin = numberStart;
    while (begin > 0 && /[A-Za-z0-9+＋]/.test(text[begin - 1]!)) begin--;
    return skip(text, begin, end, 'name');
  }
  // 十二月26日: a day of the month, whatever spelled the month.
  if (isArabic && rest().startsWith('日')) return skip(text, numberStart, cursor + 1, 'date');

  if (text[numberStart - 1] === '第') {
    const edition = editionTail.exec(rest());
    return skip(text, numberStart - 1, cursor + (edition?.[0].length ?? 0), edition ? 'edition' : 'ordinal');
  }

  const date = isArabic ? dateTail.exec(rest()) : null;
  if (date) {
    const end = cursor + date[0].length;
    if (options.year === undefined) return skip(text, numberStart, end, 'date');
    const month = Number(numberText);
    const day = Number(date[1]);
    const printed = text.slice(numberStart, end);
    return { start: numberStart, end, quote: printed, printed, kind: 'date', value: Date.UTC(options.year, month - 1, day), unit: '' };
  }
  if (rest().startsWith('月')) return skip(text, numberStart, cursor + 1, 'month'); // 计划6月完工: a month, not a figure

  const year = isArabic && /^(?:19|20)[0-9]{2}$/.test(numberText) ? yearTail.exec(rest()) : null;
  if (year) return skip(text, numberStart, cursor + year[0].length, 'year');

  let maxText: string | undefined;
  const range = isArabic ? rangeTail.exec(rest()) : null;
  if (range) {
    maxText = range[1];
    cursor += range[0].length;
  }
  const magnitude = magnitudeTail.exec(rest())?.[1] as MagnitudeWord | undefined;
  if (magnitude) cursor += magnitude.length;
  let qualifier = countQualifierTail.exec(rest())?.[1] as QualifierWord | undefined;
  if (qualifier) cursor += qualifier.length;
  const printedUnit = matchUnitAt(text, cursor);
  if (printedUnit) cursor += printedUnit.length;
  if (!isArabic && !printedUnit && !magnitude) return undefined; // 一般, 三进: words, not figures
  if (!qualifier) {
    const bound = boundTail.exec(rest())?.[1] as QualifierWord | undefined;
    if (bound) {
      qualifier = bound;
      cursor += bound.length;
    }
  }

  let start = numberStart;
  const before = text.slice(0, start);
  const prefix = qualifier ? undefined : (prefixQualifier.exec(before)?.[1] as QualifierWord | undefined);
  if (prefix) {
    qualifier = prefix;
    start -= prefix.length;
  }
  // 滨江快速路二期: a phase of a project, written in Chinese numerals; 45期 stays a count of issues.
  if (!isArabic && printedUnit === '期') return skip(text, start, cursor, 'edition');
  // 走出了一条…新路子, 一次办: 一 with a classifier inside a phrase is an article, not a count of one.
  if (numberText === '一' && printedUnit && !magnitude && !qualifier && !oneFollower.test(rest())) return skip(text, start, cursor, 'word');
  const threshold = thresholdAt(text, cursor, qualifier, !isArabic && roundNumber.test(numberText));
  if (threshold !== undefined) return skip(text, start, threshold, 'threshold');
  if (printedUnit === '年' && (spanTail.test(rest()) || spanPrefix.test(text.slice(0, numberStart)))) {
    return skip(text, start, cursor + (spanTail.exec(rest())?.[0].length ?? 0), 'span');
  }

  const printedStart = start;
  const beforeFigure = text.slice(0, start);
  const change = changeCue.exec(beforeFigure);
  const completion = change ? null : completionCue.exec(beforeFigure);
  const share = change || completion ? null : shareCue.exec(beforeFigure);
  const signMark = noCue(change, completion, share) ? signPrefix.exec(beforeFigure)?.[1] : undefined;
  const cue = change ?? completion ?? share;
  if (cue) start -= cue[0].length;
  if (signMark) start -= signMark.length;

  const changeWord = (change?.[1] ?? change?.[2]) as ChangeWord | undefined;
  const unit = canonicalUnit(printedUnit ?? '');
  const exponent = magnitude ? magnitudeExponents[magnitude] : 0;
  const magnitudeValue = parseNumberText(numberText, exponent);
  if (magnitudeValue === undefined) return undefined;
  const sign = (changeWord && decreaseWords.has(changeWord)) || (signMark && signMark !== '+' && signMark !== '＋') ? -1 : 1;
  const valueMax = maxText === undefined ? undefined : parseNumberText(maxText, exponent);
  const ratio = !cue && !signMark && !printedUnit && ratioCue.test(beforeFigure);
  const kind = signMark
    ? 'change'
    : ratio
      ? 'ratio'
      : kindOf(unit, { change: changeWord, completion: completion !== null, share: share !== null });
  return figureMatch({ start, end: cursor, quote: text.slice(start, cursor), printed: text.slice(printedStart, cursor), kind, sign, value: magnitudeValue, valueMax, unit, magnitude, qualifier, currency: unitKind(unit).currency, changeWord });
}

const isSkip = (read: FigureMatch | SkippedRun): read is SkippedRun => 'reason' in read;

/**
 * Reads a paragraph: every figure (4.51万人次, 超3500亿元, 增长2.6%, 完成率190%, 三家, 12月26日) and
 * every run passed over with its reason (2024年, 第三届, 超百亿元, 35年来, a lexicon name).
 * Ordinals (第3) are skipped here and left to the rank parser; periods (1-11月) are not figures.
 */
export function readFigures(text: string, options: ScanOptions = {}): FigureScan {
  const figures: FigureMatch[] = [];
  const skipped: SkippedRun[] = [];
  const periods = findPeriods(text);
  const names = nameSpans(text, options.lexicon);
  let resumeAt = 0;
  for (const token of text.matchAll(numberToken)) {
    if (token.index < resumeAt) continue;
    if (periods.some((period) => token.index >= period.start && token.index < period.end)) continue;
    const name = names.find((n) => token.index >= n.start && token.index < n.end);
    if (name) {
      if (!skipped.includes(name)) skipped.push(name);
      continue;
    }
    const read = readFigureAt(text, token.index, token[0], options);
    if (!read) continue;
    if (isSkip(read)) skipped.push(read);
    else figures.push(read);
    resumeAt = read.end;
  }
  for (const match of text.matchAll(doubling)) {
    const start = match.index;
    const end = start + match[0].length;
    if (figures.some((f) => start < f.end && f.start < end)) continue;
    const times = match[1] === '两' || match[1] === '二' ? 4 : 2;
    figures.push({ start, end, quote: match[0], printed: match[0], kind: 'ratio', value: times, unit: '倍' });
  }
  figures.sort((a, b) => a.start - b.start);
  return { figures, skipped };
}

/** Every figure in a paragraph; `readFigures` also says what it passed over and why. */
export function scanFigures(text: string, options: ScanOptions = {}): FigureMatch[] {
  return readFigures(text, options).figures;
}

/**
 * Parses text that is exactly one figure, cue words included: '4.51万人次', '下降1.47%',
 * '完成率190%', '２６００多人次'. Returns undefined when the text is not exactly one figure.
 */
export function parseFigure(text: string, options: ScanOptions = {}): FigureMatch | undefined {
  const trimmed = text.trim();
  const [only, ...others] = scanFigures(trimmed, options);
  if (!only || others.length > 0 || only.start !== 0 || only.end !== trimmed.length) return undefined;
  return only;
}
