import type { Figure } from '../model/figure.js';
import type { QualifierWord } from '../model/vocabulary.js';
import { unitInfo } from '../parse/units.js';
import type { Locale } from './locale.js';
import { chineseScale, englishScale, groupedNumber, plainNumber } from './numbers.js';

/** The pieces of a formatted figure, so an element can set the number big and the unit small. */
export interface FigureParts {
  /** Words before the number: 超, over, 增长, +. */
  readonly before: string;
  /** The number with its magnitude: 4.51万, 45,100, 26.58 billion. */
  readonly number: string;
  /** The unit with any qualifier after it: 多人次, person-times, %以上. */
  readonly after: string;
}

/** The part of a figure formatting reads; a schema Metric is one. */
export type FormattableFigure = Pick<Figure, 'kind' | 'value' | 'unit'> &
  Partial<Pick<Figure, 'printed' | 'magnitude' | 'qualifier' | 'changeWord' | 'currency' | 'valueMax' | 'unitEn'>>;

const englishQualifier: Readonly<Record<QualifierWord, { before?: string; after?: string }>> = {
  多: { before: 'over ' },
  余: { before: 'over ' },
  超: { before: 'over ' },
  超过: { before: 'over ' },
  逾: { before: 'over ' },
  以上: { after: ' or more' },
  近: { before: 'nearly ' },
  约: { before: 'about ' },
  左右: { before: 'about ' },
};
const qualifierBefore = new Set<QualifierWord>(['超', '超过', '逾', '近', '约']);
const qualifierAfterUnit = new Set<QualifierWord>(['以上', '左右']);

const minus = '−';

function signOf(figure: FormattableFigure): string {
  if (figure.kind !== 'change' || figure.changeWord) return '';
  return figure.value > 0 ? '+' : figure.value < 0 ? minus : '';
}

/** A date figure: value is UTC milliseconds. */
function dateParts(figure: FormattableFigure, locale: Locale): FigureParts {
  const date = new Date(figure.value);
  if (locale === 'en') {
    const text = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
    return { before: '', number: text, after: '' };
  }
  return { before: '', number: `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`, after: '' };
}

function zhParts(figure: FormattableFigure): FigureParts {
  const changeWord = figure.changeWord ?? '';
  if (figure.printed) {
    // Faithful: the printed figure is the source's own text, significant digits and all.
    return splitPrinted(figure.printed, changeWord || signOf(figure));
  }
  const magnitude = (value: number) => {
    if (figure.unit === '%' || figure.unit === '‰' || figure.kind === 'change' || figure.kind === 'completion') return plainNumber(value);
    const scaled = chineseScale(value);
    return scaled.number + (scaled.magnitude ?? '');
  };
  const size = (value: number) => magnitude(figure.kind === 'change' ? Math.abs(value) : value);
  const number = size(figure.value) + (figure.valueMax === undefined ? '' : `-${size(figure.valueMax)}`);
  const q = figure.qualifier;
  const before = (changeWord || signOf(figure)) + (q && qualifierBefore.has(q) ? q : '');
  const middle = q && !qualifierBefore.has(q) && !qualifierAfterUnit.has(q) ? q : '';
  const after = middle + figure.unit + (q && qualifierAfterUnit.has(q) ? q : '');
  return { before, number, after };
}

/** The number in a printed figure, with what comes before and after it. */
const printedNumber = /^(\D*?)([0-9０-９.．]+(?:[-—~～至][0-9０-９.．]+)?(?:万亿|万|亿)?|[零〇一二两三四五六七八九十百千]+(?:万亿|万|亿)?)(.*)$/u;

/** Splits a printed figure (超3500亿元, 2600多人次) into its parts around the number. */
function splitPrinted(printed: string, changeWord: string): FigureParts {
  const match = printedNumber.exec(printed);
  if (!match) return { before: changeWord, number: printed, after: '' };
  return { before: changeWord + match[1], number: match[2]!, after: match[3]! };
}

function enParts(figure: FormattableFigure): FigureParts {
  const info = figure.unitEn ? { en: figure.unitEn, enPlural: figure.unitEn, enSuffix: false } : unitInfo(figure.unit);
  const size = figure.kind === 'change' ? Math.abs(figure.value) : figure.value;
  const maxSize = figure.valueMax === undefined ? undefined : figure.kind === 'change' ? Math.abs(figure.valueMax) : figure.valueMax;
  // A range takes its scale from its upper end: 500,000–2,000,000 people is 0.5–2 million people.
  const scaled = englishScale(size, maxSize ?? size);
  const maxScaled = maxSize === undefined ? undefined : englishScale(maxSize);
  const number = [scaled.number, maxScaled ? `–${maxScaled.number}` : '', scaled.word ? ` ${scaled.word}` : ''].join('');
  const plural = Math.abs(figure.valueMax ?? figure.value) !== 1 || scaled.word !== undefined;
  const unitWord = plural ? (info.enPlural ?? info.en) : info.en;
  const unit = info.enSuffix ? unitWord : unitWord ? ` ${unitWord}` : '';
  const qualifier = figure.qualifier ? englishQualifier[figure.qualifier] : {};
  const direction = figure.kind === 'change' ? (figure.value > 0 ? '+' : figure.value < 0 ? minus : '') : '';
  return { before: (qualifier.before ?? '') + direction, number, after: unit + (qualifier.after ?? '') };
}

/** A figure in pieces, for layouts that style the number apart from its unit. */
export function formatFigureParts(figure: FormattableFigure, locale: Locale): FigureParts {
  if (figure.kind === 'date') return dateParts(figure, locale);
  return locale === 'en' ? enParts(figure) : zhParts(figure);
}

/**
 * The visible text of a figure. zh-CN reproduces the source (4.51万人次, 2600多人次, 下降1.47%);
 * en writes it out (45,100 person-times, over 2,600 person-times, −1.47%, 148 million t).
 */
export function formatMetric(figure: FormattableFigure, locale: Locale): string {
  const { before, number, after } = formatFigureParts(figure, locale);
  return `${before}${number}${after}`;
}

/** A figure's value in full, for tooltips and screen readers: 45,100 人次 / 45,100 person-times. */
export function formatNormalizedValue(figure: FormattableFigure, locale: Locale): string {
  if (figure.kind === 'date') return formatMetric(figure, locale);
  if (locale === 'en') return formatMetric({ ...figure, printed: undefined }, 'en');
  const info = unitInfo(figure.unit);
  const number = groupedNumber(figure.kind === 'change' ? Math.abs(figure.value) : figure.value);
  const sign = figure.kind === 'change' ? (figure.changeWord ?? signOf(figure)) : '';
  return `${sign}${number}${info.enSuffix ? '' : ' '}${figure.unit}`.trim();
}

/**
 * When a figure holds, as a short caption: its period (1-11月 / Jan–Nov), 累计 / cumulative for a
 * running total, both when both apply; '' for a figure of the report's whole period.
 */
export function formatPeriod(figure: { period?: string | undefined; cumulative?: boolean | undefined }, locale: Locale): string {
  const period = figure.period ? (locale === 'en' ? englishPeriod(figure.period) : figure.period) : '';
  if (!figure.cumulative) return period;
  if (locale === 'en') return period ? `${period}, cumulative` : 'cumulative';
  return `${period}累计`;
}

/**
 * One sentence for aria-label and tooltips: label, value and the bound in words.
 * 红色领航培训：2600多人次 / Red leadership training: over 2,600 person-times.
 */
export function describeMetric(
  figure: FormattableFigure & { label: string; labelEn?: string | undefined; period?: string | undefined; cumulative?: boolean | undefined },
  locale: Locale,
): string {
  const label = locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label;
  const when = formatPeriod(figure, locale);
  const period = when ? (locale === 'en' ? ` (${when})` : `（${when}）`) : '';
  return locale === 'en' ? `${label}${period}: ${formatMetric(figure, 'en')}` : `${label}${period}：${formatMetric(figure, 'zh-CN')}`;
}

const quarterCount: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const countWords = ['', 'one', 'two', 'three', 'four'];
const monthName = (month: number) => new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

/**
 * A Chinese period in English, by its grammar rather than a list: 1-11月 → Jan–Nov, 前三季度 →
 * first three quarters, 三季度 → Q3, 上半年 → first half, 6月 → Jun, 全年 → full year. A period
 * of another shape stays as printed.
 */
export function englishPeriod(period: string): string {
  const months = /^(\d{1,2})[-—~～至](\d{1,2})月$/.exec(period);
  if (months) return `${monthName(Number(months[1]))}–${monthName(Number(months[2]))}`;
  const month = /^(\d{1,2})月(?:份)?$/.exec(period);
  if (month) return monthName(Number(month[1]));
  const firstQuarters = /^前([一二三四])(?:个)?季度$/.exec(period);
  if (firstQuarters) {
    const n = quarterCount[firstQuarters[1]!]!;
    return n === 1 ? 'first quarter' : `first ${countWords[n]} quarters`;
  }
  const quarter = /^(?:第)?([一二三四])季度$/.exec(period);
  if (quarter) return `Q${quarterCount[quarter[1]!]}`;
  const half = /^([上下])半年$/.exec(period);
  if (half) return half[1] === '上' ? 'first half' : 'second half';
  if (period === '全年') return 'full year';
  return period;
}
