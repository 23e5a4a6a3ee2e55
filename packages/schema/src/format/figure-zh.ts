import type { QualifierWord } from '../model/vocabulary.js';
import { unitKind } from '../parse/unit-kinds.js';
import type { FigureFormat, FigureParts, FigurePeriod, FormattableFigure } from './figure-format.js';
import { joinParts, signOf } from './figure-format.js';
import { chineseScale, groupedNumber, plainNumber } from './numbers.js';

const qualifierBefore = new Set<QualifierWord>(['超', '超过', '逾', '近', '约']);
const qualifierAfterUnit = new Set<QualifierWord>(['以上', '左右']);

/** The number in a printed figure, with what comes before and after it. */
const printedNumber = /^(\D*?)([0-9０-９.．]+(?:[-—~～至][0-9０-９.．]+)?(?:万亿|万|亿)?|[零〇一二两三四五六七八九十百千]+(?:万亿|万|亿)?)(.*)$/u;

/** Splits a printed figure (超3500亿元, 2600多人次) into its parts around the number. */
function splitPrinted(printed: string, changeWord: string): FigureParts {
  const match = printedNumber.exec(printed);
  if (!match) return { before: changeWord, number: printed, after: '' };
  return { before: changeWord + match[1], number: match[2]!, after: match[3]! };
}

function parts(figure: FormattableFigure): FigureParts {
  if (figure.kind === 'date') {
    // value is UTC milliseconds
    const date = new Date(figure.value);
    return { before: '', number: `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`, after: '' };
  }
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

const period = (figure: FigurePeriod) => `${figure.period ?? ''}${figure.cumulative ? '累计' : ''}`;

/**
 * Figures as a Chinese report writes them: the source's own text (4.51万人次, 2600多人次,
 * 下降1.47%), or for a figure without one, 万 and 亿 as the reports use them.
 */
export const chineseFigures: FigureFormat = {
  locale: 'zh-CN',
  parts,
  normalizedValue(figure) {
    if (figure.kind === 'date') return joinParts(parts(figure));
    const number = groupedNumber(figure.kind === 'change' ? Math.abs(figure.value) : figure.value);
    const sign = figure.kind === 'change' ? (figure.changeWord ?? signOf(figure)) : '';
    return `${sign}${number}${unitKind(figure.unit).tight ? '' : ' '}${figure.unit}`.trim();
  },
  period,
};
