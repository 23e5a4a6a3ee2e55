import type { ChangeWord, MagnitudeWord, MetricKind, QualifierWord } from '../model/vocabulary.js';
import type { FigureMatch } from './figure-match.js';
import { figureMatch } from './figure-match.js';
import type { NumberReader } from './arabic-numbers.js';
import { chineseNumeralChars, magnitudeExponents, parseArabicNumberText } from './arabic-numbers.js';
import { canonicalUnit, unitKind, unitKinds, unitWordsLongestFirst } from './unit-kinds.js';

/*
 * Text that is one figure and nothing else (an attribute: value="4.51万" unit="人次"), read by its
 * grammar in one pass, without the paragraph scanner of figures.ts:
 *
 *   [cue word | sign] [超/超过/逾/近/约] number [-range] [万/亿/万亿] [多/余] [unit] [以上/左右/余]
 *
 * It answers as parseFigure does for every such text (test/schema/figure-text.test.ts compares
 * the two): a page of 1,000 cards parses 2,000 attributes, and a card's bundle should not carry
 * the scanner's year, date, threshold and lexicon rules, which whole-text input never needs
 * beyond the few kept here.
 */

const arabic = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const changeCue = '(?:(增长|增幅|增速|提高|提升|下降|降低|缩短|减少)率?(?:达到|达)?|(高于|快于)(?:省均|全省平均)?)';
const completionCue = '((?:完成率|完成(?:年度)?(?:目标|任务|计划)的|年度任务的)(?:达到|达|为)?)';
const shareCue = '((?:占[^，。；、（）\\n]{0,14}?(?:比重|比例|的)|占比|比重|比例)(?:达到|达|为)?)';
/**
 * Groups: 1 the cue word or sign before the figure (2–3 change word, 4 completion, 5 share),
 * 6 leading qualifier, 7 number, 8 range end, 9 magnitude, 10 count qualifier, 11 the rest
 * (unit and trailing bound, checked apart: the longest unit wins).
 */
const figureGrammar = new RegExp(
  `^(${changeCue}|${completionCue}|${shareCue}|[+＋\\-−－])?(超过|超|逾|近|约)?(${arabic}|[零〇一二两三四五六七八九十百千]+)(?:[-—~～至](${arabic}))?(万亿|万|亿)?(多|余)?(.*)$`,
  'u',
);
const isArabic = new RegExp(`^${arabic}$`);
const boundTail = /^(以上|左右|余)$/;
/** 2024年, 2024年度, 2024—2030年: a calendar year, not a count of years. */
const yearNumber = /^(?:19|20)[0-9]{2}$/;
const yearTail = /^(?:[-—~～至](?:19|20)[0-9]{2})?年/;
const decreaseWords: ReadonlySet<string> = new Set(['下降', '降低', '缩短', '减少']);
/** 实现翻番 (×2), 翻两番 (×4): a multiple said in words. */
const doubling = /^翻了?([一两二])?番$/u;

/**
 * Reads text that is exactly one figure, its number read by `readNumber`: with numerals.ts's
 * parseNumberText, 4.51万人次, 下降1.47%, 完成率190%, 2600多人次, 超3500亿元, 三家, 3-5个
 * (readFigureText, figure-text-numerals.ts). Undefined when the text is not one figure (abc, 12万x,
 * 2024年, 6月, 5G).
 */
export function readFigureTextWith(input: string, readNumber: NumberReader): FigureMatch | undefined {
  const text = input.trim();
  const doubled = doubling.exec(text);
  if (doubled) return { start: 0, end: text.length, quote: text, printed: text, kind: 'ratio', value: doubled[1] === '两' || doubled[1] === '二' ? 4 : 2, unit: '倍' };
  const m = figureGrammar.exec(text);
  if (!m) return undefined;
  const [, cueOrSign = '', changeA, changeB, completion, share, leading, numberText = '', maxText, magnitudeText, countQualifier, rest = ''] = m;
  const signMark = cueOrSign && !changeA && !changeB && !completion && !share ? cueOrSign : undefined;
  const arabicNumber = isArabic.test(numberText);
  if (maxText !== undefined && !arabicNumber) return undefined;
  if (arabicNumber && yearNumber.test(numberText) && yearTail.test(text.slice(cueOrSign.length + (leading?.length ?? 0) + numberText.length))) return undefined;
  // The unit, longest first, then at most a trailing bound; nothing else may follow.
  // Most often the rest is exactly one unit (人次), which is then the longest that fits.
  const printedUnit = Object.hasOwn(unitKinds, rest) ? rest : unitWordsLongestFirst.find((word) => rest.startsWith(word));
  const tail = rest.slice(printedUnit?.length ?? 0);
  const bound = !countQualifier && tail ? boundTail.exec(tail)?.[1] : undefined;
  if (tail && !bound) return undefined;
  // A leading qualifier only where no other one is printed (超3000多 is not one figure).
  if (leading && (countQualifier || bound)) return undefined;
  if (!arabicNumber && !printedUnit && !magnitudeText) return undefined; // 一般, 三: words, not figures
  if (!arabicNumber && printedUnit === '期') return undefined; // 二期: a phase of a project
  if (printedUnit === '年' && leading === '近') return undefined; // 近五年: a span looked back over
  const magnitude = magnitudeText as MagnitudeWord | undefined;
  const exponent = magnitude ? magnitudeExponents[magnitude] : 0;
  const magnitudeValue = readNumber(numberText, exponent);
  if (magnitudeValue === undefined) return undefined;
  const changeWord = (changeA ?? changeB) as ChangeWord | undefined;
  const qualifier = (countQualifier ?? bound ?? leading) as QualifierWord | undefined;
  const unit = canonicalUnit(printedUnit ?? '');
  const info = unitKind(unit);
  const sign = (changeWord && decreaseWords.has(changeWord)) || (signMark && signMark !== '+' && signMark !== '＋') ? -1 : 1;
  const valueMax = maxText === undefined ? undefined : readNumber(maxText, exponent);
  const kind: MetricKind = signMark || changeWord ? 'change' : completion ? 'completion' : info.kind === 'permille' ? 'permille' : share ? 'share' : info.kind;
  return figureMatch({ start: 0, end: text.length, quote: text, printed: text.slice(cueOrSign.length), kind, sign, value: magnitudeValue, valueMax, unit, magnitude, qualifier, currency: info.currency, changeWord });
}

const chineseNumeral = new RegExp(`[${chineseNumeralChars}]`);

/**
 * Whether a text may hold a Chinese numeral (三家, 二千六百; also 千克, whose 千 is a unit's):
 * only such text needs the numerals; the rest reads the same with digits alone.
 */
export function mayHoldChineseNumeral(text: string): boolean {
  return chineseNumeral.test(text);
}

/**
 * readFigureText for text without Chinese numerals (mayHoldChineseNumeral false), without
 * carrying them: it answers as readFigureText for every such text (test/schema/figure-text.test.ts).
 */
export function readDigitFigureText(input: string): FigureMatch | undefined {
  return readFigureTextWith(input, parseArabicNumberText);
}
