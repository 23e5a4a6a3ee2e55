import type { QualifierWord } from '../model/vocabulary.js';
import { unitKind } from '../parse/unit-kinds.js';
import type { FigureFormat, FigureParts, FigurePeriod, FormattableFigure } from './figure-format.js';
import { joinParts, minus } from './figure-format.js';
import { englishScale } from './english-scale.js';
import { englishUnitNames } from './unit-names-en.js';

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

function parts(figure: FormattableFigure): FigureParts {
  if (figure.kind === 'date') {
    // value is UTC milliseconds
    const text = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(figure.value));
    return { before: '', number: text, after: '' };
  }
  const name = figure.unitEn ? { en: figure.unitEn, enPlural: figure.unitEn } : (englishUnitNames[figure.unit] ?? { en: figure.unit });
  const tight = !figure.unitEn && unitKind(figure.unit).tight;
  const size = figure.kind === 'change' ? Math.abs(figure.value) : figure.value;
  const maxSize = figure.valueMax === undefined ? undefined : figure.kind === 'change' ? Math.abs(figure.valueMax) : figure.valueMax;
  // A range takes its scale from its upper end: 500,000–2,000,000 people is 0.5–2 million people.
  const scaled = englishScale(size, maxSize ?? size);
  const maxScaled = maxSize === undefined ? undefined : englishScale(maxSize);
  const number = [scaled.number, maxScaled ? `–${maxScaled.number}` : '', scaled.word ? ` ${scaled.word}` : ''].join('');
  const plural = Math.abs(figure.valueMax ?? figure.value) !== 1 || scaled.word !== undefined;
  const unitWord = plural ? (name.enPlural ?? name.en) : name.en;
  const unit = tight ? unitWord : unitWord ? ` ${unitWord}` : '';
  const qualifier = figure.qualifier ? englishQualifier[figure.qualifier] : {};
  const direction = figure.kind === 'change' ? (figure.value > 0 ? '+' : figure.value < 0 ? minus : '') : '';
  return { before: (qualifier.before ?? '') + direction, number, after: unit + (qualifier.after ?? '') };
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

function period(figure: FigurePeriod): string {
  const when = figure.period ? englishPeriod(figure.period) : '';
  if (!figure.cumulative) return when;
  return when ? `${when}, cumulative` : 'cumulative';
}

/**
 * Figures written out in English: 45,100 person-times, over 2,600 person-times, −1.47%,
 * 148 million t; the value in full is the same text without the source's printed form.
 */
export const englishFigures: FigureFormat = {
  locale: 'en',
  parts,
  // The English parts never use the printed form, so they are the value in full already.
  normalizedValue: (figure) => joinParts(parts(figure)),
  period,
};
