/**
 * Chinese integer numerals (三, 两, 十, 二十三, 一百零五, 千). Their own module: an element reading an
 * attribute written with digits (2600, 4.51万) does not load them; one written in numerals (二千六百)
 * loads them as a lazy part (hz-viz's chinese-figure-text.ts).
 */

const chineseDigitValues: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnitValues: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const chineseSectionValues: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

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
