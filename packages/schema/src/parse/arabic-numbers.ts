/**
 * Numbers written with digits (half- or full-width) and magnitude words (万, 亿) applied without
 * float error. Chinese numerals are in chinese-numerals.ts; numerals.ts reads both.
 */

/** Characters that can make up a Chinese numeral (without the section words 万/亿). */
export const chineseNumeralChars = '零〇一二两三四五六七八九十百千';

/** The exponent of ten each magnitude word stands for. */
export const magnitudeExponents = { 万: 4, 亿: 8, 万亿: 12 } as const;

const fullWidthDigitOffset = '０'.charCodeAt(0) - '0'.charCodeAt(0);

/** Full-width digits and points (１２．５) become ASCII (12.5); other characters stay. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - fullWidthDigitOffset)).replace(/．/g, '.');
}

/** A decimal written with digits, half- or full-width: 4.51, １２. */
export const arabicDecimalPattern = '[0-9０-９]+(?:[.．][0-9０-９]+)?';

/**
 * Multiplies a decimal string by 10^exponent by moving its point, so 4.51万 is exactly 45100
 * and 265.8亿 exactly 26580000000 (4.51 * 10000 in floating point is 45100.00000000001).
 */
export function scaleDecimal(decimal: string, exponent: number): number {
  const [integerPart = '0', fractionPart = ''] = toHalfWidthDigits(decimal).split('.');
  const digits = integerPart + fractionPart;
  const pointAt = integerPart.length + exponent;
  const shifted =
    pointAt >= digits.length
      ? digits + '0'.repeat(pointAt - digits.length)
      : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return Number(shifted);
}

/** The significant digits the source printed: '265.8' → 4, '148' → 3, '1600' → 2. */
export function significantDigits(decimal: string): number {
  const plain = toHalfWidthDigits(decimal);
  const [integerPart = '', fractionPart = ''] = plain.split('.');
  if (fractionPart.length > 0) return (integerPart + fractionPart).replace(/^0+/, '').length || 1;
  return integerPart.replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

const wholeArabicDecimal = new RegExp(`^${arabicDecimalPattern}$`);

/** The number part of a figure when it is written with digits: '4.51' → 4.51; undefined otherwise (三). */
export function parseArabicNumberText(text: string, exponent = 0): number | undefined {
  return wholeArabicDecimal.test(text) ? scaleDecimal(text, exponent) : undefined;
}

/** Reads the number part of a figure (its text and the exponent of its magnitude word). */
export type NumberReader = (text: string, exponent?: number) => number | undefined;
