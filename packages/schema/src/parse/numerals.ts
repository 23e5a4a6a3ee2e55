/**
 * Numbers as Chinese reports print them: Arabic (half- or full-width), Chinese numerals
 * (三, 两, 十, 二十三, 一百零五, 千), and magnitude words (万, 亿) applied without float error.
 */

const chineseDigitValues: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnitValues: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const chineseSectionValues: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral (without the section words 万/亿). */
export const chineseNumeralChars = '零〇一二两三四五六七八九十百千';

/** The exponent of ten each magnitude word stands for. */
export const magnitudeExponents = { 万: 4, 亿: 8, 万亿: 12 } as const;

/**
 * Parses a Chinese integer numeral: 三 → 3, 十 → 10, 二十三 → 23, 一百零五 → 105, 千万 → 10000000.
 * Returns undefined for anything that is not one.
 */
export function parseChineseInteger(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    const digitValue = chineseDigitValues[char];
    if (digitValue !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // 三五: not a numeral
      digit = digitValue;
      continue;
    }
    const unitValue = chineseUnitValues[char];
    if (unitValue !== undefined) {
      section += (digit ?? 1) * unitValue;
      digit = undefined;
      continue;
    }
    const sectionValue = chineseSectionValues[char];
    if (sectionValue !== undefined) {
      section += digit ?? 0;
      total += (section === 0 ? 1 : section) * sectionValue;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

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

/**
 * Parses the number part of a figure, Arabic or Chinese: '4.51' → 4.51, '三' → 3, '千' → 1000.
 * Returns undefined when it is neither.
 */
const wholeArabicDecimal = new RegExp(`^${arabicDecimalPattern}$`);

export function parseNumberText(text: string, exponent = 0): number | undefined {
  if (wholeArabicDecimal.test(text)) return scaleDecimal(text, exponent);
  const chinese = parseChineseInteger(text);
  return chinese === undefined ? undefined : chinese * 10 ** exponent;
}

/** The significant digits the source printed: '265.8' → 4, '148' → 3, '1600' → 2. */
export function significantDigits(decimal: string): number {
  const plain = toHalfWidthDigits(decimal);
  const [integerPart = '', fractionPart = ''] = plain.split('.');
  if (fractionPart.length > 0) return (integerPart + fractionPart).replace(/^0+/, '').length || 1;
  return integerPart.replace(/^0+/, '').replace(/0+$/, '').length || 1;
}
