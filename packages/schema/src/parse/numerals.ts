/**
 * Numbers as Chinese reports print them: Arabic (half- or full-width), Chinese numerals
 * (三, 两, 十, 二十三, 一百零五, 千), and magnitude words (万, 亿) applied without float error.
 * The two kinds live apart (arabic-numbers.ts, chinese-numerals.ts) so a reader of digits alone
 * does not carry the numerals.
 */
import { parseArabicNumberText } from './arabic-numbers.js';
import { parseChineseInteger } from './chinese-numerals.js';

export * from './arabic-numbers.js';
export * from './chinese-numerals.js';

/**
 * Parses the number part of a figure, Arabic or Chinese: '4.51' → 4.51, '三' → 3, '千' → 1000.
 * Returns undefined when it is neither.
 */
export function parseNumberText(text: string, exponent = 0): number | undefined {
  const arabic = parseArabicNumberText(text, exponent);
  if (arabic !== undefined) return arabic;
  const chinese = parseChineseInteger(text);
  return chinese === undefined ? undefined : chinese * 10 ** exponent;
}
