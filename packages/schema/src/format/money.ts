import type { Locale } from './locale.js';
import { englishScale } from './english-scale.js';
import { chineseScale } from './numbers.js';

/**
 * An amount in yuan that has no printed form, exactly as `formatMetric` writes a money figure in
 * 元 (265.8亿元 / 26.58 billion yuan). Its own module so that what only sums money, a treemap sized
 * by amount, does not carry the figure formatter, its qualifiers and the unit table.
 */
export function formatYuan(value: number, locale: Locale): string {
  if (locale === 'en') {
    const { number, word } = englishScale(value);
    return `${number}${word ? ` ${word}` : ''} yuan`;
  }
  const { number, magnitude } = chineseScale(value);
  return `${number}${magnitude ?? ''}元`;
}
