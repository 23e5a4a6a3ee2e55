import type { ChangeWord, Currency, MagnitudeWord, MetricKind, QualifierWord } from '../model/vocabulary.js';
import { arabicDecimalPattern, chineseNumeralChars, magnitudeExponents, parseNumberText } from './numerals.js';
import { findPeriods } from './periods.js';
import { canonicalUnit, unitInfo, unitWordsLongestFirst } from './units.js';

/** A figure found in text: what it says, and exactly where. */
export interface FigureMatch {
  /** Offsets of `quote` in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The figure with the cue word that gives it its kind: 增长2.6%, 完成率190%, 2600多人次. */
  readonly quote: string;
  /** The figure alone, as printed: 2.6%, 190%, 2600多人次. */
  readonly printed: string;
  readonly kind: MetricKind;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly magnitude?: MagnitudeWord;
  readonly qualifier?: QualifierWord;
  readonly currency?: Currency;
  readonly changeWord?: ChangeWord;
}

export interface ScanOptions {
  /** The year a month-and-day date (12月26日) falls in; dates are skipped without it. */
  readonly year?: number;
}

const numberToken = new RegExp(`${arabicDecimalPattern}|[${chineseNumeralChars}]+`, 'gu');
const arabicOnly = new RegExp(`^${arabicDecimalPattern}$`);
const rangeTail = new RegExp(`^[-—~～至](${arabicDecimalPattern})`);
const magnitudeTail = /^(万亿|万|亿)/;
const countQualifierTail = /^(多|余)/;
const boundTail = /^(以上|左右|余)/;
const dateTail = new RegExp(`^月(${arabicDecimalPattern})日`);
const prefixQualifier = /(超过|超|逾|近|约)$/;
/** An explicit sign (+2.6%, ＋2.6%, −1.5%), but not the plus inside a name such as 1+8+X. */
const signPrefix = /(?:^|[^0-9A-Za-z０-９])([+＋\-−－])$/;

const decreaseWords: ReadonlySet<ChangeWord> = new Set(['下降', '降低', '缩短', '减少']);
const changeCue = /(增长|增幅|增速|提高|提升|下降|降低|缩短|减少)率?(?:达到|达)?$|(高于|快于)(?:省均|全省平均)?$/;
const completionCue = /(?:完成率|完成(?:年度)?(?:目标|任务|计划)的|年度任务的)(?:达到|达|为)?$/;
const shareCue = /(?:占[^，。；、（）\n]{0,14}?(?:比重|比例|的)|占比|比重|比例)(?:达到|达|为)?$/;

/** Words that contain a numeral but are not figures: 红十字 is the Red Cross, not ten 字. */
const numeralWords = ['红十字'];

function insideNumeralWord(text: string, at: number): boolean {
  return numeralWords.some((word) => {
    for (let i = Math.max(0, at - word.length + 1); i <= at; i++) if (text.startsWith(word, i)) return true;
    return false;
  });
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
  const unitKind = unitInfo(unit).kind;
  if (unitKind === 'permille') return 'permille';
  if (cue.share) return 'share';
  return unitKind;
}

/** Reads the figure whose number starts at `numberStart`, or undefined if it is not one. */
function readFigureAt(text: string, numberStart: number, numberText: string, options: ScanOptions): FigureMatch | undefined {
  const isArabic = arabicOnly.test(numberText);
  if (text[numberStart - 1] === '第') return undefined; // an ordinal: a rank or an edition
  let cursor = numberStart + numberText.length;
  const rest = () => text.slice(cursor);

  const date = isArabic ? dateTail.exec(rest()) : null;
  if (date) {
    if (options.year === undefined) return undefined;
    const month = Number(numberText);
    const day = Number(date[1]);
    const end = cursor + date[0].length;
    const printed = text.slice(numberStart, end);
    return { start: numberStart, end, quote: printed, printed, kind: 'date', value: Date.UTC(options.year, month - 1, day), unit: '' };
  }

  if (rest().startsWith('月')) return undefined; // a month, not a figure
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
  const kind = signMark
    ? 'change'
    : kindOf(unit, { change: changeWord, completion: completion !== null, share: share !== null });
  const currency = unitInfo(unit).currency;
  return {
    start,
    end: cursor,
    quote: text.slice(start, cursor),
    printed: text.slice(printedStart, cursor),
    kind,
    value: sign * magnitudeValue,
    ...(valueMax !== undefined && { valueMax: sign * valueMax }),
    unit,
    ...(magnitude && { magnitude }),
    ...(qualifier && { qualifier }),
    ...(currency && { currency }),
    ...(changeWord && { changeWord }),
  };
}

/**
 * Finds every figure in a paragraph: 4.51万人次, 超3500亿元, 增长2.6%, 完成率190%, 三家, 12月26日.
 * Ordinals (第3, 第三届) are left to the rank parser.
 */
export function scanFigures(text: string, options: ScanOptions = {}): FigureMatch[] {
  const found: FigureMatch[] = [];
  const periods = findPeriods(text);
  let resumeAt = 0;
  for (const token of text.matchAll(numberToken)) {
    if (token.index < resumeAt) continue;
    if (periods.some((period) => token.index >= period.start && token.index < period.end)) continue;
    if (insideNumeralWord(text, token.index)) continue;
    const figure = readFigureAt(text, token.index, token[0], options);
    if (!figure) continue;
    found.push(figure);
    resumeAt = figure.end;
  }
  return found;
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
